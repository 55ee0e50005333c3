"""What judges and grounds a run, built from the options (judge/plugin.py adds them).

- assertions: the VLM judge with ``--iwr-judge-model``, else the visual proxy (labelled
  proxy in every report); ``--iwr-judge-all`` also has it rule on steps that have
  structured checks, for agreement rates;
- HFS: the same judge model scores visual fidelity with the rubric;
- grounding of description-only steps: offline (default) or ``--iwr-agent=browser-use``.

The judge and the agent share one endpoint: ``--iwr-judge-base-url`` / ``--iwr-judge-api-key``,
else ``OPENAI_BASE_URL`` / ``OPENAI_API_KEY``, through the generator's client (retries,
concurrency cap, key redaction). Built once per process (controller and each worker);
nothing here loads a model until a step needs it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from pytest_iwr.agent.offline import OfflineGrounder
from pytest_iwr.generate.openai_compat import ChatClient, ClientSettings
from pytest_iwr.judge.base import AssertionJudge, Grounder
from pytest_iwr.judge.cache import VerdictCache
from pytest_iwr.judge.hfs import HfsJudge
from pytest_iwr.judge.proxy import ProxyJudge
from pytest_iwr.judge.vlm import VlmJudge

AGENTS = ("offline", "browser-use")


@dataclass
class Evaluation:
    judge: AssertionJudge
    judge_all: bool
    grounder: Grounder
    hfs: Callable[[bytes, bytes], float] | None = None
    hfs_name: str = ""


def client_settings(config: pytest.Config) -> ClientSettings:
    opt = config.getoption
    return ClientSettings(
        base_url=opt("iwr_judge_base_url") or os.environ.get("OPENAI_BASE_URL") or None,
        api_key=opt("iwr_judge_api_key") or os.environ.get("OPENAI_API_KEY") or None,
        retries=opt("iwr_retries"),
        backoff=opt("iwr_backoff"),
        max_concurrency=opt("iwr_max_concurrency"),
        per_minute=opt("iwr_requests_per_minute"),
    )


def _client(config: pytest.Config, needed_by: str) -> ChatClient:
    settings = client_settings(config)
    if not settings.api_key and not settings.base_url:
        raise pytest.UsageError(
            f"{needed_by} needs a model endpoint: set OPENAI_API_KEY (or --iwr-judge-api-key) for OpenAI, "
            "or OPENAI_BASE_URL (or --iwr-judge-base-url) for another OpenAI-compatible server"
        )
    return ChatClient(settings)


def build(config: pytest.Config, base: Path) -> Evaluation:
    opt = config.getoption
    judge_model, agent, agent_model = opt("iwr_judge_model"), opt("iwr_agent"), opt("iwr_agent_model")
    cache = VerdictCache(base / opt("iwr_cache") / "judge")
    client: ChatClient | None = None
    judge: AssertionJudge
    hfs: HfsJudge | None = None
    if judge_model:
        client = _client(config, "--iwr-judge-model")
        judge = VlmJudge(client, judge_model, cache)
        hfs = HfsJudge(client, judge_model, cache)
    else:
        judge = ProxyJudge()
    grounder: Grounder
    if agent == "browser-use":
        if not agent_model:
            raise pytest.UsageError(
                "--iwr-agent=browser-use needs --iwr-agent-model=NAME (any OpenAI-compatible model)"
            )
        from pytest_iwr.agent.browser_use_agent import BrowserUseGrounder  # imports browser-use: only when asked

        grounder = BrowserUseGrounder(client or _client(config, "--iwr-agent=browser-use"), agent_model)
    else:
        grounder = OfflineGrounder(opt("iwr_grounding_threshold"))
    return Evaluation(judge, opt("iwr_judge_all"), grounder, hfs, hfs.name if hfs else "")
