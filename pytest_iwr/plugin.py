"""pytest wiring: options, collection of the suite, fixtures, result gathering, output.

Thin on purpose: every stage lives in its own module (see the README's architecture).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from pytest_iwr import browser, cpu, hookspecs
from pytest_iwr.browser import default_browser_path
from pytest_iwr.generate import builtin, openai_plugin
from pytest_iwr.judge import plugin as judge_plugin
from pytest_iwr.judge import summary as judge_summary
from pytest_iwr.report import breakdown, compare, gates, json_report, markdown, results_log, terminal
from pytest_iwr.report import html as html_report
from pytest_iwr.results import TaskResult
from pytest_iwr.runner import Case, load_error_result
from pytest_iwr.session import REPORTING_CHECKPOINTS_KEY, RESULT_KEY, SESSION_KEY, IWRSession
from pytest_iwr.tasks import DOMAINS, INTERACTION_LOGIC, VISUAL_COMPLEXITY, Task, TaskLoadError
from pytest_iwr.visual.dino import DEFAULT_DINO

SUITE_MODULE = Path(__file__).with_name("suite.py")


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    pluginmanager.add_hookspecs(hookspecs)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("iwr", "interactive webpage reconstruction (IWR-Bench)")
    group.addoption(
        "--iwr-model",
        action="append",
        default=[],
        metavar="NAME",
        help="model to score (repeatable): reference, static, dir:PATH, or one a plugin provides. "
        "Without it the suite is not collected.",
    )
    group.addoption("--iwr-tasks", default=None, metavar="PATH", help="tasks folder (default: the bundled tasks/)")
    group.addoption("--iwr-output", default="iwr-output", metavar="DIR", help="artifacts folder (default: iwr-output)")
    group.addoption("--iwr-json", default=None, metavar="PATH", help="write every result as JSON to PATH")
    group.addoption(
        "--iwr-step-timeout", type=float, default=3.0, metavar="SECONDS", help="timeout of one action (default 3)"
    )
    group.addoption(
        "--iwr-check-timeout",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="how long a checkpoint may take to become true after its action (default 1)",
    )
    group.addoption(
        "--iwr-visual",
        choices=("auto", "on", "off"),
        default="auto",
        help="visual fidelity (OCR, DINO -> LFS, VFS, Final): auto = on when easyocr is installed",
    )
    group.addoption(
        "--iwr-ocr",
        choices=("fast", "full"),
        default="fast",
        help="fast: line detector + cached full-resolution recognition; full: easyocr end to end",
    )
    group.addoption(
        "--iwr-dino",
        default=DEFAULT_DINO,
        metavar="ID|PATH",
        help=f"DINOv2 weights: a hub id (from the local HF cache) or a folder (default {DEFAULT_DINO})",
    )
    group.addoption("--iwr-dino-download", action="store_true", help="let transformers download the DINO weights")
    group.addoption(
        "--iwr-cache", default=".iwr-cache", metavar="DIR", help="feature cache (OCR, embeddings; default .iwr-cache)"
    )
    group.addoption(
        "--iwr-resume",
        action="store_true",
        help="keep earlier results in --iwr-output and skip the tasks they already scored",
    )
    group.addoption("--iwr-compare", default=None, metavar="PATH", help="compare with an earlier --iwr-json result")
    group.addoption(
        "--iwr-fail-under",
        default=None,
        metavar="SCORE:MIN,...",
        help="fail the session when a suite score is below, e.g. final:0.30,ifs:0.20",
    )
    group.addoption(
        "--iwr-max-drop",
        default=None,
        metavar="SCORE:MAX,...",
        help="fail the session when a suite score dropped more than this from --iwr-compare, e.g. final:0.02",
    )
    group.addoption(
        "--iwr-subtests",
        choices=("on", "off"),
        default="on",
        help="report every checkpoint as a subtest: passed, failed with its reason, or skipped as not "
        "reached (default on; -v or -o verbosity_subtests=1 lists the passing ones too)",
    )
    group.addoption(
        "--iwr-trace",
        choices=("all", "failed", "off"),
        default="off",
        help="keep a Playwright trace per item (all) or per failed item, through pytest-playwright's "
        "tracing; each result links its trace.zip (default off)",
    )
    group.addoption(
        "--iwr-shard",
        default=None,
        metavar="K/N",
        help="score only shard K of N: every N-th task by id (merge the shards' --iwr-json with "
        "'python -m pytest_iwr merge')",
    )
    group.addoption("--iwr-repeat", type=int, default=1, metavar="N", help="run each task N times; report variance")
    group.addoption("--iwr-markdown", default=None, metavar="PATH", help="write a leaderboard table in markdown")
    group.addoption(
        "--iwr-browser-path",
        default=default_browser_path(),
        metavar="PATH",
        help="Chromium executable (default: $IWR_CHROMIUM or /usr/bin/chromium; '' for Playwright's own); "
        "with --iwr-browser-ws, the path on the browser server's machine",
    )
    group.addoption(
        "--iwr-browser-ws",
        default=None,
        metavar="URL",
        help="score in a remote browser: a Playwright browser server (ws://host:port/, from "
        "'playwright run-server'); pages and assets still come from this process",
    )
    parser.addini(
        "iwr_prices",
        type="linelist",
        default=[],
        help="model prices in USD per 1M tokens, one row per line: 'PATTERN input=USD output=USD'; "
        "rows come before the built-in ones (cost.py); a model no row matches is reported unpriced",
    )
    openai_plugin.add_options(parser)  # OpenAI-compatible generator: --iwr-base-url, cache, retries
    judge_plugin.add_options(parser)  # judges and grounding: --iwr-judge-model, --iwr-agent


def marker_name(value: str) -> str:
    """A taxonomy value as a ``-m`` friendly marker: ``e-commerce`` -> ``e_commerce``."""
    return re.sub(r"[^a-z0-9]+", "_", value.lower()).strip("_")


def is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def _add_suite_to_args(config: pytest.Config) -> None:
    suite = str(SUITE_MODULE)
    if any(Path(a.split("::")[0]).resolve() == SUITE_MODULE for a in config.args):
        return
    if config.args_source == pytest.Config.ArgsSource.ARGS:
        config.args.append(suite)  # explicit paths run too, beside the suite
    else:
        config.args[:] = [suite]  # `pytest --iwr-model=x` runs the suite only


TRACING = {"all": "on", "failed": "retain-on-failure"}  # --iwr-trace -> pytest-playwright's --tracing


def pytest_configure(config: pytest.Config) -> None:
    if is_worker(config):
        # Before any model loads: xdist workers share the cores instead of each taking all.
        cpu.share_cores(int(config.workerinput.get("workercount", 1)))
    session = IWRSession.from_config(config)
    config.stash[SESSION_KEY] = session
    trace = config.getoption("iwr_trace")
    if trace != "off" and config.getoption("tracing", default="off") == "off":
        config.option.tracing = TRACING[trace]  # pytest-playwright records it, around each item
    # Both trylast; pluggy asks the earlier registered first, so dir:*/ reaches openai_plugin.
    config.pluginmanager.register(openai_plugin, "iwr-openai-generator")
    config.pluginmanager.register(builtin, "iwr-builtin-generators")
    config.pluginmanager.register(browser, "iwr-browser-defaults")
    config.pluginmanager.register(judge_plugin, "iwr-judges")
    if not is_worker(config):
        config.pluginmanager.register(ResultGatherer(session), "iwr-result-gatherer")
    for axis, values in (
        ("domain", DOMAINS),
        ("visual complexity", VISUAL_COMPLEXITY),
        ("interaction logic", INTERACTION_LOGIC),
    ):
        for value in values:
            config.addinivalue_line("markers", f"{marker_name(value)}: IWR tasks whose {axis} is {value}")
    if session.active:
        _add_suite_to_args(config)
    if config.getoption("video", default="off") != "off":
        browser.ensure_playwright_ffmpeg()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "iwr_case" not in metafunc.fixturenames:
        return
    session = metafunc.config.stash[SESSION_KEY]
    params = []
    for case in session.cases():
        marks: list[Any] = []
        if isinstance(case.task, Task):
            marks = [getattr(pytest.mark, marker_name(v)) for v in case.task.tags.values()]
            width, height = case.task.viewport
            marks.append(pytest.mark.browser_context_args(viewport={"width": width, "height": height}))
        params.append(pytest.param(case, id=case.id, marks=marks))
    metafunc.parametrize("iwr_case", params, indirect=True)


@pytest.fixture
def iwr_case(request: pytest.FixtureRequest) -> Case:
    """The (model, task) of this item; a task that failed to load errors here, alone."""
    case: Case = request.param
    if isinstance(case.task, TaskLoadError):
        pytest.fail(f"task {case.task.id} could not be loaded:\n{case.task.message}", pytrace=False)
    iwr = request.config.stash[SESSION_KEY]
    done = iwr.resumed().get((case.model, case.task.id)) if iwr.resume else None
    if done is not None:
        pytest.skip(f"already scored (--iwr-resume): IFS {done.ifs:.3f}")
    return case


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report = yield
    if item.stash.get(REPORTING_CHECKPOINTS_KEY, False):
        return report  # a checkpoint's subtest: the item's own report carries the result
    result = item.stash.get(RESULT_KEY, None)
    case = getattr(item, "callspec", None) and item.callspec.params.get("iwr_case")
    if result is None and isinstance(case, Case) and isinstance(case.task, TaskLoadError) and report.when == "setup":
        result = load_error_result(case)
    attach = report.when == "call" or (report.when == "setup" and report.failed)
    if result is not None and attach and not hasattr(report, "iwr_result"):
        report.iwr_result = result.to_dict()
        # On the item, so the teardown report carries them too (JUnit XML reads that one).
        item.user_properties += [
            ("iwr_model", result.model),
            ("iwr_task", result.task_id),
            ("iwr_ifs", round(result.ifs, 6)),
            ("iwr_vfs", "" if result.vfs is None else round(result.vfs, 6)),
            ("iwr_final", "" if result.final is None else round(result.final, 6)),
            ("iwr_steps", f"{result.steps_passed}/{result.steps_total}"),
        ]
        if item.config.getoption("htmlpath", default=None) and isinstance(case.task, Task):
            from pytest_html import extras

            report.extras = [*getattr(report, "extras", []), extras.html(html_report.item_html(case.task, result))]
    return report


class ResultGatherer:
    """Controller-side: collects each item's result from its report (xdist or not)."""

    def __init__(self, iwr: IWRSession) -> None:
        self.iwr = iwr

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        data = getattr(report, "iwr_result", None)
        if data is not None:
            result = TaskResult.from_dict(data)
            self.iwr.results.append(result)
            results_log.append(self.iwr.results_log, result)

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionstart(self, session: pytest.Session) -> None:
        if not self.iwr.active:
            return
        if self.iwr.resume:
            self.iwr.results.extend(self.iwr.resumed().values())
        else:
            shutil.rmtree(self.iwr.output_root, ignore_errors=True)


def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    iwr = config.stash[SESSION_KEY]
    if not iwr.active or is_worker(config):
        return
    for result in iwr.results:
        # pytest-playwright keeps a trace only after the item's report (and drops a passing
        # item's under "failed"): the link stays where the file is there now.
        if result.trace and not Path(result.trace).exists():
            result.trace = None
    rows = [r.to_dict() for r in iwr.results]
    suite = terminal.suite_scores(iwr.results)
    if iwr.compare_path is not None:
        try:
            iwr.comparison = compare.compare(rows, compare.load(iwr.compare_path), str(iwr.compare_path))
        except ValueError as exc:
            iwr.gate_failures.append(str(exc))
    iwr.gate_failures += gates.fail_under(suite, iwr.fail_under) + gates.max_drop(iwr.comparison, iwr.max_drop)
    if iwr.gate_failures and session.exitstatus == pytest.ExitCode.OK:
        # The items keep their own outcomes; the gate only decides the session's exit code.
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    extra: dict[str, Any] = {
        "run": iwr.run_info(),
        "gates": {"failures": iwr.gate_failures, "fail_under": iwr.fail_under, "max_drop": iwr.max_drop},
    }
    if iwr.comparison is not None:
        extra["comparison"] = compare.to_json(iwr.comparison)
    if iwr.json_path is not None:
        json_report.write_atomic(iwr.json_path, json_report.build(iwr.results, iwr.visual_off_reason, extra))
    if iwr.markdown_path is not None:
        notes = ([iwr.visual_off_reason] if iwr.visual_off_reason else []) + judge_summary.notes(iwr.results)
        markdown.write(iwr.markdown_path, suite, notes)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    iwr = config.stash[SESSION_KEY]
    if not iwr.active or not iwr.results:
        return
    terminalreporter.section("IWR scores")
    for line in terminal.render_table(iwr.results, iwr.visual_off_reason):
        terminalreporter.write_line(line)
    for line in breakdown.render(iwr.results):
        terminalreporter.write_line(line)
    if iwr.comparison is not None:
        for line in compare.render(iwr.comparison):
            terminalreporter.write_line(line)
    for problem in iwr.gate_failures:
        terminalreporter.write_line(f"GATE FAILED: {problem}", red=True, bold=True)
    if iwr.json_path is not None:
        terminalreporter.write_line(f"results JSON: {iwr.json_path}")
