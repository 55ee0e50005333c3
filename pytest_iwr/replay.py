"""Replay a task's trajectory on a served page: act, check, screenshot, step by step.

Browser-facing but pytest-free, so the recorder and the validator reuse it. The
caller owns the page and the sandbox; this returns a :class:`TaskResult`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from pytest_iwr import scoring
from pytest_iwr.agent.actions import ActionError, perform
from pytest_iwr.agent.locate import LocateError
from pytest_iwr.judge import structured
from pytest_iwr.judge.structured import PageState
from pytest_iwr.results import FAILED, NOT_REACHED, PASSED, CheckResult, StepResult, TaskResult
from pytest_iwr.tasks import Step, Task
from pytest_iwr.watchdog import Watchdog

POLL_SECONDS = 0.1


@dataclass(frozen=True)
class ReplayOptions:
    step_timeout: float = 3.0  # seconds for one action, including waiting for its target
    check_timeout: float = 1.0  # seconds a checkpoint may take to become true
    output_dir: Path | None = None  # where step_k.png go; None keeps nothing

    def step_budget(self) -> float:
        """Wall-clock bound of one step: finding the target and acting may each take
        ``step_timeout``; past this the page is deemed hung (see watchdog.py)."""
        return 2 * self.step_timeout + self.check_timeout + 3.0


# Images a script added after load may still be decoding; wait (briefly) so the
# screenshot shows the state, not the loading of it.
IMAGES_SETTLED_JS = """
() => Promise.race([
  Promise.all([...document.images].filter(i => !i.complete).map(i => new Promise(r => { i.addEventListener('load', r); i.addEventListener('error', r); }))),
  new Promise(r => setTimeout(r, 1500)),
])
"""


def screenshot(page: Page, timeout: float) -> bytes:
    page.evaluate(IMAGES_SETTLED_JS)
    # Animations are fast-forwarded so a checkpoint shows the settled state.
    return page.screenshot(animations="disabled", caret="hide", timeout=timeout * 1000)


def _save(shot: bytes, output_dir: Path | None, index: int) -> str | None:
    if output_dir is None:
        return None
    path = output_dir / f"step_{index}.png"
    path.write_bytes(shot)
    return str(path)


def _needs_screenshot(step: Step) -> bool:
    return any(e.kind == "changed" for e in step.checkpoint.expect)


def wait_for_checkpoint(
    page: Page, step: Step, before: PageState, options: ReplayOptions
) -> tuple[list[CheckResult], PageState]:
    """Poll the checkpoint until it holds or ``check_timeout`` passes; return the last verdicts."""
    deadline = time.monotonic() + options.check_timeout
    with_shot = _needs_screenshot(step)
    while True:
        shot = screenshot(page, options.step_timeout) if with_shot else None
        after = structured.observe(page, shot)
        checks = structured.evaluate(page, list(step.checkpoint.expect), before, after, POLL_SECONDS)
        if all(c.passed for c in checks) or time.monotonic() >= deadline:
            return checks, after
        time.sleep(POLL_SECONDS)


def failure_line(task: Task, index: int, step: Step, reason: str) -> str:
    return f"{task.id}: step {index}/{len(task.steps)} {step.action} {step.describe_target()}: {reason}"


BeforeStep = Callable[[int, Step, Page, PageState], None]


def replay(
    page: Page,
    task: Task,
    url: str,
    model: str,
    options: ReplayOptions,
    before_step: BeforeStep | None = None,
) -> TaskResult:
    """Load ``url`` and run every step until the first failure.

    ``before_step`` sees the page just before each action (the validator uses it).
    """
    started = time.monotonic()
    result = TaskResult(
        model=model,
        task_id=task.id,
        title=task.spec.title,
        taxonomy=task.tags,
        steps_total=len(task.steps),
        steps=[
            StepResult(i, s.action, s.describe_target(), s.description, visual=s.visual)
            for i, s in enumerate(task.steps, start=1)
        ],
    )
    page.on("pageerror", lambda exc: result.page_errors.append(str(exc)[:300]))
    timeout = options.step_timeout
    budget = options.step_budget()
    try:
        with Watchdog(budget) as dog:
            page.goto(url, wait_until="load", timeout=timeout * 1000)
            shot = screenshot(page, timeout)
            result.initial_screenshot = _save(shot, options.output_dir, 0)
            before = structured.observe(page, shot)
    except PlaywrightError as exc:
        reason = _unresponsive(budget) if dog.fired else f"page did not load: {_first_line(exc)}"
        _fail(result, task, 1, task.steps[0], reason)
        result.seconds = time.monotonic() - started
        return result

    for index, (step, record) in enumerate(zip(task.steps, result.steps, strict=True), start=1):
        dog = Watchdog(budget)
        try:
            with dog:
                if before_step is not None:
                    before_step(index, step, page, before)
                t0 = time.monotonic()
                perform(page, step, task.viewport, timeout)
                t1 = time.monotonic()
                checks, after = wait_for_checkpoint(page, step, before, options)
                t2 = time.monotonic()
                shot = after.screenshot if after.screenshot is not None else screenshot(page, timeout)
                record.screenshot = _save(shot, options.output_dir, index)
                t3 = time.monotonic()
        except (ActionError, LocateError) as exc:
            _fail(result, task, index, step, _unresponsive(budget) if dog.fired else str(exc))
            break
        except PlaywrightError as exc:
            _fail(result, task, index, step, _unresponsive(budget) if dog.fired else f"page error: {_first_line(exc)}")
            break
        record.action_seconds, record.check_seconds, record.screenshot_seconds = t1 - t0, t2 - t1, t3 - t2
        record.checks = checks
        failed = [c for c in checks if not c.passed]
        if failed:
            reason = "checkpoint false: " + "; ".join(f"{c.check} ({c.detail})" for c in failed)
            _fail(result, task, index, step, reason)
            break
        record.status = PASSED
        after.screenshot = shot
        before = after

    passed = scoring.leading_passes([s.status == PASSED for s in result.steps])
    result.steps_passed = passed
    result.ifs = scoring.interaction_fidelity(passed, len(task.steps))
    result.seconds = time.monotonic() - started
    return result


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _unresponsive(budget: float) -> str:
    return f"page unresponsive: still busy after {budget:.0f} s (an endless script?); its renderer was stopped"


def _fail(result: TaskResult, task: Task, index: int, step: Step, reason: str) -> None:
    record = result.steps[index - 1]
    record.status = FAILED
    record.reason = reason
    result.status = FAILED
    result.failure = failure_line(task, index, step, reason)
    for later in result.steps[index:]:
        later.status = NOT_REACHED
