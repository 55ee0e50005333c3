"""pytest wiring of the OpenAI-compatible generator: options, the generate hook, the summary.

Registered by ``plugin.py`` just before the built-in generators and ``trylast`` like them,
so a conftest's own ``pytest_iwr_generate`` still wins for its models, while this one is
asked before the built-ins (pluggy calls earlier-registered trylast impls first). It answers for every
model name that is not ``reference``, ``static`` or ``dir:PATH``, and also for
``dir:`` paths with a ``*`` (``dir:outputs/*/gpt-5``): the ``*`` is the task id, which
is how the generation cache lays pages out.
"""

from __future__ import annotations

import os
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from pytest_iwr.generate import GeneratedPage, GenerationError
from pytest_iwr.generate.cache import GenerationCache
from pytest_iwr.generate.openai_compat import ChatClient, ClientSettings
from pytest_iwr.generate.profiles import parse_profile_line
from pytest_iwr.generate.remote import RemoteGenerator, generation_root
from pytest_iwr.generate.summary import is_remote, summarize
from pytest_iwr.session import SESSION_KEY
from pytest_iwr.tasks import Task

GENERATOR_KEY = pytest.StashKey[RemoteGenerator]()
BUILTIN_NAMES = ("reference", "static")


def add_options(parser: pytest.Parser) -> None:
    """Called from plugin.py's ``pytest_addoption``: options must exist before parsing."""
    group = parser.getgroup("iwr")
    group.addoption(
        "--iwr-base-url",
        default=None,
        metavar="URL",
        help="OpenAI-compatible server (default: $OPENAI_BASE_URL, else OpenAI)",
    )
    group.addoption(
        "--iwr-api-key",
        default=None,
        metavar="KEY",
        help="API key (default: $OPENAI_API_KEY); never written to any output",
    )
    group.addoption(
        "--iwr-generations",
        default="outputs",
        metavar="DIR",
        help="generation cache: DIR/<task-id>/<model>/index.html (default outputs)",
    )
    group.addoption(
        "--iwr-regenerate", action="store_true", help="ask the model again even when the cache has an answer"
    )
    group.addoption(
        "--iwr-max-tokens", type=int, default=None, metavar="N", help="completion token limit (default: per model)"
    )
    group.addoption(
        "--iwr-temperature", type=float, default=None, metavar="T", help="sampling temperature (default: per model)"
    )
    group.addoption(
        "--iwr-request-timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="timeout of one request (default: per model, 600)",
    )
    group.addoption(
        "--iwr-fps",
        type=float,
        default=None,
        metavar="FPS",
        help="video frames per second shown to the model (default 1)",
    )
    group.addoption(
        "--iwr-max-frames", type=int, default=None, metavar="N", help="most video frames shown (default 64)"
    )
    group.addoption(
        "--iwr-image-budget",
        type=int,
        default=None,
        metavar="N",
        help="most images per request, sheets + frames (default 70)",
    )
    group.addoption(
        "--iwr-max-side", type=int, default=None, metavar="PX", help="longest image side sent (default: per model)"
    )
    group.addoption(
        "--iwr-retries",
        type=int,
        default=4,
        metavar="N",
        help="retries of a failed request: 429, 5xx, timeout, connection (default 4)",
    )
    group.addoption(
        "--iwr-backoff",
        type=float,
        default=2.0,
        metavar="SECONDS",
        help="first retry wait, doubled each time; Retry-After wins (default 2)",
    )
    group.addoption(
        "--iwr-max-concurrency",
        type=int,
        default=4,
        metavar="N",
        help="requests in flight at once per endpoint, across every worker and session on this machine (default 4)",
    )
    group.addoption(
        "--iwr-requests-per-minute",
        type=int,
        default=None,
        metavar="N",
        help="requests started per minute per endpoint, across every worker and session (default: no cap)",
    )
    parser.addini(
        "iwr_model_profiles",
        type="linelist",
        default=[],
        help="per-model defaults, one row per line: 'PATTERN key=value ...' (keys: max_tokens temperature "
        "timeout fps max_frames image_budget max_side token_param); rows come before the built-in ones",
    )
    parser.addini("iwr_progress_interval", default="30", help="seconds between generation progress lines (default 30)")


def build_generator(config: pytest.Config) -> RemoteGenerator:
    opt = config.getoption
    settings = ClientSettings(
        base_url=opt("iwr_base_url") or os.environ.get("OPENAI_BASE_URL") or None,
        api_key=opt("iwr_api_key") or os.environ.get("OPENAI_API_KEY") or None,
        retries=opt("iwr_retries"),
        backoff=opt("iwr_backoff"),
        max_concurrency=opt("iwr_max_concurrency"),
        per_minute=opt("iwr_requests_per_minute"),
    )
    try:
        rows = [parse_profile_line(line) for line in config.getini("iwr_model_profiles") if line.strip()]
    except ValueError as exc:
        raise pytest.UsageError(str(exc)) from None
    overrides = {
        "max_tokens": opt("iwr_max_tokens"),
        "temperature": opt("iwr_temperature"),
        "timeout": opt("iwr_request_timeout"),
        "fps": opt("iwr_fps"),
        "max_frames": opt("iwr_max_frames"),
        "image_budget": opt("iwr_image_budget"),
        "max_side": opt("iwr_max_side"),
    }
    root = generation_root(Path(config.invocation_params.dir), opt("iwr_generations"))
    return RemoteGenerator(ChatClient(settings), GenerationCache(root), opt("iwr_regenerate"), rows, overrides)


def generator(config: pytest.Config) -> RemoteGenerator:
    if GENERATOR_KEY not in config.stash:
        config.stash[GENERATOR_KEY] = build_generator(config)
    return config.stash[GENERATOR_KEY]


def cache_layout_page(task: Task, model: str, config: pytest.Config) -> GeneratedPage:
    """``dir:outputs/*/gpt-5``: the page at ``outputs/<task-id>/gpt-5/index.html``."""
    folder = Path(model[len("dir:") :].replace("*", task.id)).expanduser()
    if not folder.is_absolute():
        folder = Path(config.invocation_params.dir) / folder
    path = folder / "index.html"
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise GenerationError(f"no generated page at {path}") from None
    return GeneratedPage(raw.decode("utf-8", errors="replace"), {"generator": "dir", "path": str(path)})


@pytest.hookimpl(trylast=True)
def pytest_iwr_generate(task: Task, model: str, config: pytest.Config) -> GeneratedPage | None:
    if model.startswith("dir:"):
        return cache_layout_page(task, model, config) if "*" in model else None
    if model in BUILTIN_NAMES:
        return None
    gen = generator(config)
    settings = gen.client.settings
    if not settings.api_key and not settings.base_url:
        raise GenerationError(
            f"no generator for model {model!r}: set OPENAI_API_KEY (or --iwr-api-key) to ask OpenAI, "
            "or OPENAI_BASE_URL (or --iwr-base-url) for another OpenAI-compatible server",
            {"generator": "openai", "model": model, "cached": False, "api_calls": 0},
        )
    return gen.generate(task, model)


class GenerationProgress:
    """Controller side: a progress line now and then while remote generations finish.

    Generations can take minutes each, and pytest's dots say nothing about tokens or
    failures, so every ``iwr_progress_interval`` seconds one line sums them up.
    """

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.interval = float(config.getini("iwr_progress_interval"))
        self.last = time.monotonic()
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # done, cached, failed, tokens

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        data = getattr(report, "iwr_result", None)
        meta = (data or {}).get("generation") or {}
        if not is_remote(meta):
            return
        counts = self.counts[data["model"]]
        counts[0] += 1
        counts[1] += bool(meta.get("cached"))
        counts[2] += bool(data.get("generation_error"))
        counts[3] += int(meta.get("tokens") or 0)
        now = time.monotonic()
        if now - self.last < self.interval:
            return
        self.last = now
        total = len(self.config.stash[SESSION_KEY].tasks())
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is None:
            return
        reporter.ensure_newline()
        writer = getattr(reporter, "_tw", None)
        if writer is not None and writer.width_of_current_line:
            reporter.write("\n")  # xdist's progress dots do not go through ensure_newline
        for model, (done, cached, failed, tokens) in sorted(self.counts.items()):
            reporter.write_line(
                f"[iwr generation] {model}: {done}/{total} tasks, {cached} cached, {failed} failed, {tokens:,} tokens"
            )


def register_progress(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput") and config.stash[SESSION_KEY].active:
        config.pluginmanager.register(GenerationProgress(config), "iwr-generation-progress")


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    if config.stash[SESSION_KEY].active:
        generator(config)  # a bad iwr_model_profiles row is a usage error now, not in every item
    register_progress(config)


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    iwr = config.stash.get(SESSION_KEY, None)
    if iwr is None or not iwr.active:
        return
    rows = summarize(iwr.results)
    if not rows:
        return
    terminalreporter.section("IWR generation")
    for row in rows:
        terminalreporter.write_line(row.line())
