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
from pytest_iwr.agent.actions import ActionError, first_line, perform
from pytest_iwr.agent.locate import LocateError
from pytest_iwr.judge import structured
from pytest_iwr.judge.base import AssertionJudge, Grounder, JudgeError, JudgeRequest
from pytest_iwr.judge.structured import PageState
from pytest_iwr.results import FAILED, NOT_REACHED, PASSED, CheckResult, StepResult, TaskResult, note
from pytest_iwr.tasks import Step, Task
from pytest_iwr.watchdog import Watchdog, page_closer

POLL_SECONDS = 0.1
FIRST_POLL_SECONDS = 0.02


@dataclass(frozen=True)
class ReplayOptions:
    step_timeout: float = 3.0  # seconds for one action, including waiting for its target
    check_timeout: float = 1.0  # seconds a checkpoint may take to become true
    output_dir: Path | None = None  # where step_k.png go; None keeps nothing
    judge: AssertionJudge | None = None  # rules on natural-language assertions
    judge_all: bool = False  # also on steps with structured checks (their verdict stays structured)
    grounder: Grounder | None = None  # picks the element for description-only steps

    def step_budget(self) -> float:
        """Wall-clock bound of one step: finding the target and acting may each take
        ``step_timeout``; past this the page is deemed hung (see watchdog.py)."""
        return 2 * self.step_timeout + self.check_timeout + 3.0


# Images a script added after load may still be loading or decoding, and fonts still
# swapping in; wait (at most 1.5 s) so the screenshot shows the state, not its loading.
IMAGES_SETTLED_JS = """
() => Promise.race([
  Promise.all([
    ...[...document.images].map(i => i.complete ? i.decode().catch(() => {}) :
      new Promise(r => { i.addEventListener('load', r); i.addEventListener('error', r); })),
    document.fonts ? document.fonts.ready : null,
  ]),
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
    attempt = 0
    while True:
        shot = screenshot(page, options.step_timeout) if with_shot else None
        after = structured.observe(page, shot)
        checks = structured.evaluate(list(step.checkpoint.expect), before, after)
        if all(c.passed for c in checks) or time.monotonic() >= deadline:
            return checks, after
        time.sleep(poll_delay(attempt))
        attempt += 1


def poll_delay(attempt: int) -> float:
    """Seconds before the next look at a checkpoint: 20, 40, 80 ms, then every POLL_SECONDS.
    Most late checkpoints are a transition or a timer away; past the first 140 ms a failing
    one is polled no faster than before."""
    return min(POLL_SECONDS, FIRST_POLL_SECONDS * 2**attempt)


def _judged(
    options: ReplayOptions, request: JudgeRequest, checks: list[CheckResult], record: StepResult
) -> list[CheckResult]:
    """Add the judge's verdict: it decides steps without structured checks; on the others it is
    recorded beside them (``record.judge``) so the two can be compared."""
    structured_checks = bool(request.step.checkpoint.expect)
    if options.judge is None or (structured_checks and not options.judge_all):
        if structured_checks:
            return checks
        return [CheckResult("assertion", False, "no structured check and no judge to rule on the assertion")]
    try:
        verdict = options.judge(request)
    except JudgeError as exc:
        verdict = CheckResult("assertion", False, f"judge error: {exc}")
    if structured_checks:
        record.judge = {"check": verdict.check, "passed": verdict.passed, "detail": verdict.detail}
        return checks
    return [verdict]


def _grounding(grounder: Grounder | None) -> dict | None:
    """What a grounder that reports (``take_record``) saw for this step, for StepResult.grounding."""
    take = getattr(grounder, "take_record", None)
    return take() if callable(take) else None


def failure_line(task: Task, index: int, step: Step, reason: str) -> str:
    return f"{task.id}: step {index}/{len(task.steps)} {step.action} {step.describe_target()}: {reason}"


BeforeStep = Callable[[int, Step, Page, PageState], None]
AfterStep = Callable[[int, Step, Page, PageState], None]


def replay(
    page: Page,
    task: Task,
    url: str,
    model: str,
    options: ReplayOptions,
    before_step: BeforeStep | None = None,
    after_step: AfterStep | None = None,
) -> TaskResult:
    """Load ``url`` and run every step until the first failure.

    ``before_step`` sees the page just before each action, ``after_step`` just after a step
    whose checkpoint held (the validator uses both).
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
    page.on("pageerror", lambda exc: note(result.page_errors, str(exc)[:300]))
    crashed: list[bool] = []
    page.on("crash", lambda _: crashed.append(True))
    timeout = options.step_timeout
    budget = options.step_budget()
    close_page = page_closer(page)
    try:
        with Watchdog(budget, close_page=close_page) as dog:
            # Loading gets what finding a target and acting on it get together: a page
            # that is merely slow to load on a busy machine is not a broken one.
            page.goto(url, wait_until="load", timeout=2 * timeout * 1000)
            shot = screenshot(page, timeout)
            result.initial_screenshot = _save(shot, options.output_dir, 0)
            before = structured.observe(page, shot)
    except PlaywrightError as exc:
        reason = _interrupted(dog, crashed) or f"page did not load: {first_line(exc)}"
        _fail(result, task, 1, task.steps[0], reason)
        result.seconds = time.monotonic() - started
        return result

    for index, (step, record) in enumerate(zip(task.steps, result.steps, strict=True), start=1):
        dog = Watchdog(budget, close_page=close_page)
        try:
            with dog:
                if before_step is not None:
                    before_step(index, step, page, before)
                t0 = time.monotonic()
                perform(page, step, task.viewport, timeout, options.grounder)
                record.grounding = _grounding(options.grounder)
                t1 = time.monotonic()
                checks, after = wait_for_checkpoint(page, step, before, options)
                shot = after.screenshot if after.screenshot is not None else screenshot(page, timeout)
                checks = _judged(
                    options, JudgeRequest(task, index, step, before.screenshot or b"", shot), checks, record
                )
                t2 = time.monotonic()
                record.screenshot = _save(shot, options.output_dir, index)
                t3 = time.monotonic()
        except (ActionError, LocateError) as exc:
            record.grounding = record.grounding or _grounding(options.grounder)
            _fail(result, task, index, step, _interrupted(dog, crashed) or str(exc))
            break
        except PlaywrightError as exc:
            _fail(result, task, index, step, _interrupted(dog, crashed) or f"page error: {first_line(exc)}")
            break
        if _interrupted(dog, crashed):  # the page died while a check swallowed the error
            _fail(result, task, index, step, _interrupted(dog, crashed))
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
        if after_step is not None:
            after_step(index, step, page, after)
        before = after

    passed = scoring.leading_passes([s.status == PASSED for s in result.steps])
    result.steps_passed = passed
    result.ifs = scoring.interaction_fidelity(passed, len(task.steps))
    result.seconds = time.monotonic() - started
    return result


def _interrupted(dog: Watchdog, crashed: list[bool]) -> str:
    """Why a step broke off when the page itself was stopped or died, else ``''``."""
    if dog.fired:
        return dog.reason
    if crashed:
        return "page crashed: its renderer died (out of memory, or a Chromium bug)"
    return ""


def _fail(result: TaskResult, task: Task, index: int, step: Step, reason: str) -> None:
    record = result.steps[index - 1]
    record.status = FAILED
    record.reason = reason
    result.status = FAILED
    result.failure = failure_line(task, index, step, reason)
    for later in result.steps[index:]:
        later.status = NOT_REACHED
