"""One item's work: generate the page, serve it in the sandbox, replay, collect a result."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from pytest_iwr.agent.actions import first_line
from pytest_iwr.cost import LEDGER, Call, Price, item_cost
from pytest_iwr.generate import GeneratedPage, GenerationError, TaskDataError, as_page
from pytest_iwr.replay import ReplayOptions, replay
from pytest_iwr.results import FAILED, TaskResult
from pytest_iwr.sandbox import Sandbox, contain
from pytest_iwr.tasks import Task, TaskLoadError
from pytest_iwr.visual.fidelity import VisualScorer, coverage


@dataclass(frozen=True)
class Case:
    """One (model, task) pair: the parameter of one ``test_iwr`` item."""

    model: str
    task: Task | TaskLoadError
    repeat: int = 0  # 0-based run index under --iwr-repeat
    repeats: int = 1

    @property
    def id(self) -> str:
        suffix = f"-r{self.repeat + 1}" if self.repeats > 1 else ""
        return f"{self.model}-{self.task.id}{suffix}"


def generate(config: pytest.Config, task: Task, model: str) -> GeneratedPage:
    produced = config.hook.pytest_iwr_generate(task=task, model=model, config=config)
    if produced is None:
        raise GenerationError(
            f"no generator for model {model!r}: built-ins are reference, static and dir:PATH; "
            "a conftest.py can add one with the pytest_iwr_generate hook"
        )
    return as_page(produced)


def item_output_dir(root: Path, case: Case) -> Path:
    safe_model = "".join(c if c.isalnum() or c in "-_." else "_" for c in case.model)
    folder = root / safe_model / (case.task.id + (f"-r{case.repeat + 1}" if case.repeats > 1 else ""))
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def failed_before_replay(task: Task, model: str, failure: str, generation_error: str = "") -> TaskResult:
    """A result for a task whose page never got replayed: every step not reached, IFS 0."""
    return TaskResult(
        model=model,
        task_id=task.id,
        title=task.spec.title,
        taxonomy=task.tags,
        status=FAILED,
        steps_total=len(task.steps),
        generation_error=generation_error,
        failure=f"{task.id}: {failure}",
    )


def generation_failure(task: Task, model: str, reason: str) -> TaskResult:
    return failed_before_replay(task, model, f"generation failed: {reason}", generation_error=reason)


def browser_lost(task: Task, model: str, exc: Exception) -> TaskResult:
    return failed_before_replay(task, model, f"browser lost before the page loaded: {first_line(exc)}")


def run_case(
    config: pytest.Config,
    case: Case,
    page: Page,
    options: ReplayOptions,
    visual: VisualScorer | None = None,
    prices: tuple[Price, ...] = (),
) -> TaskResult:
    mark = LEDGER.mark()
    result = _run_case(config, case, page, options, visual)
    result.cost = item_cost(LEDGER.since(mark), cached_generation(result.generation), prices)
    return result


def cached_generation(meta: dict) -> Call | None:
    """A page from the generation cache cost a call once; its recorded usage says how much."""
    usage = meta.get("usage") or {}
    if not meta.get("cached") or not usage or not meta.get("model"):
        return None
    return Call("generation", str(meta["model"]), int(usage.get("prompt", 0)), int(usage.get("completion", 0)))


def _run_case(
    config: pytest.Config, case: Case, page: Page, options: ReplayOptions, visual: VisualScorer | None = None
) -> TaskResult:
    task = case.task
    assert isinstance(task, Task)
    started = time.monotonic()
    try:
        generated = generate(config, task, case.model)
    except GenerationError as exc:
        result = generation_failure(task, case.model, str(exc))
        if isinstance(exc, TaskDataError):  # the task's fault, not the model's: not scored
            result.status, result.failure = "error", f"{task.id}: task data: {exc}"
        result.repeat = case.repeat
        result.generation = exc.meta
        result.coverage = coverage(task, result)
        if visual is not None:
            visual(task, result)
        result.seconds = time.monotonic() - started
        return result
    if options.output_dir is not None:
        (options.output_dir / "index.html").write_text(generated.html, encoding="utf-8")
    sandbox = Sandbox(generated.html.encode("utf-8", errors="replace"), task.assets_dir)
    try:
        sandbox.serve(page.context)
        events = contain(page, sandbox.origin)
    except PlaywrightError as exc:  # the browser died before the page was served (browser.py relaunches it)
        events = []
        result = browser_lost(task, case.model, exc)
    else:
        result = replay(page, task, sandbox.url, case.model, options)
    result.repeat = case.repeat
    missing = sandbox.missing()
    blocked = sandbox.blocked
    result.blocked_requests = list(blocked)
    result.page_events = list(events)
    result.generation = dict(generated.meta)
    if missing:
        result.page_errors.append(f"requests answered 404: {', '.join(missing[:10])}")
    result.coverage = coverage(task, result)
    if visual is not None:
        visual(task, result)
    result.seconds = time.monotonic() - started
    return result


def load_error_result(case: Case) -> TaskResult:
    assert isinstance(case.task, TaskLoadError)
    return TaskResult(model=case.model, task_id=case.task.id, status="error", failure=case.task.message)
