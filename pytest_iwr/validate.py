"""The task validator: is each bundled task a fair, working benchmark item?

For every task it checks that the reference passes every step, that each checkpoint
is false on the state before its step (so it measures that step), that every target is
found from what a user sees (not from accessible names alone) and checks name fields
by their visible label, that both metamorphic twins (twins.py) pass every step too,
that assets are present and anonymized, that the recording fits the steps, and that
the prose a judge needs is filled in.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, Page

from pytest_iwr.agent.resolve import Unresolved, resolve
from pytest_iwr.judge import structured
from pytest_iwr.judge.structured import CHANGE_NOISE, PageState, changed_pixel_fraction
from pytest_iwr.perceive import LiveScreen, Screen
from pytest_iwr.record import ANONYMOUS_ASSET, ASSET_REF
from pytest_iwr.replay import AfterStep, BeforeStep, ReplayOptions, replay
from pytest_iwr.results import PASSED, TaskResult
from pytest_iwr.sandbox import Sandbox
from pytest_iwr.tasks import Step, Target, Task, TaskLoadError, load_task
from pytest_iwr.twins import restyled_twin, stripped_twin
from pytest_iwr.visual import shipped
from pytest_iwr.visual.fidelity import OCR_FAST

MIN_SECONDS_PER_STATE = 1.0
# Recording tolerance: a fresh replay may differ from the committed checkpoint in at
# most this share of pixels (beyond channel noise): anti-aliasing at image edges.
REPRODUCE_TOLERANCE = 0.001
MAX_SECONDS_PER_STEP = 15.0


@dataclass
class Finding:
    task_id: str
    check: str
    ok: bool
    message: str = ""

    def line(self) -> str:
        mark = "ok  " if self.ok else "FAIL"
        return f"{mark} {self.task_id}: {self.check}" + (f": {self.message}" if self.message else "")


def check_prose(task: Task) -> list[Finding]:
    missing = []
    for i, step in enumerate(task.steps, start=1):
        if not step.description.strip():
            missing.append(f"step {i} has no description")
        if not step.checkpoint.assertion.strip():
            missing.append(f"step {i} has no checkpoint.assertion")
        if not step.checkpoint.expect:
            missing.append(f"step {i} has no checkpoint.expect")
    return [Finding(task.id, "descriptions and assertions", not missing, "; ".join(missing))]


def check_assets(task: Task) -> list[Finding]:
    html = task.reference_html.read_text(encoding="utf-8") if task.reference_html.exists() else ""
    files = sorted(p.name for p in task.assets_dir.iterdir()) if task.assets_dir.is_dir() else []
    semantic = [n for n in files if not ANONYMOUS_ASSET.match(n)]
    referenced = sorted(set(ASSET_REF.findall(html)))
    absent = [n for n in referenced if n not in files]
    return [
        Finding(task.id, "assets anonymized", not semantic, f"not named asset_NNN.png: {semantic}" if semantic else ""),
        Finding(task.id, "assets present", not absent, f"referenced but missing: {absent}" if absent else ""),
    ]


def check_recording(task: Task) -> list[Finding]:
    findings = []
    shots = [task.checkpoint_image(i) for i in range(len(task.steps) + 1)]
    lost = [p.name for p in shots if not p.exists()]
    findings.append(Finding(task.id, "checkpoints recorded", not lost, f"missing {lost} (run record)" if lost else ""))
    video = task.video()
    if video is None:
        findings.append(Finding(task.id, "video", False, "no video.webm or video.mp4 (run record)"))
        return findings
    seconds, frames = video_length(video)
    low = MIN_SECONDS_PER_STATE * (len(task.steps) + 1)
    high = MAX_SECONDS_PER_STEP * len(task.steps) + 10
    ok = frames > 0 and low <= seconds <= high
    findings.append(Finding(task.id, "video", ok, f"{seconds:.1f}s, {frames} frames; expected {low:.0f}..{high:.0f}s"))
    if ok and not lost:
        findings.append(check_states_seen(task, video))
    return findings


# Mean grey-level difference (0-255, at 160x90) above which no sampled frame shows a
# checkpoint's state: the pointer and a hover differ by about 1, a missing state by 10+.
UNSEEN_STATE = 4.0


def check_states_seen(task: Task, video: Path) -> Finding:
    """Every checkpoint's state shows in a frame the model is given (generate/prompt.py's
    sampling): a check on a state the video never shows asks for what nobody could see."""
    import numpy as np
    from PIL import Image

    from pytest_iwr.generate.profiles import ModelProfile
    from pytest_iwr.generate.prompt import read_frames

    def small(image: Image.Image) -> np.ndarray:
        return np.asarray(image.convert("L").resize((160, 90), Image.BILINEAR), dtype=np.float32)

    profile = ModelProfile()
    frames = [small(im) for _, im in read_frames(video, profile.fps, profile.max_frames, profile.max_side)]
    unseen = []
    for index in range(len(task.steps) + 1):
        with Image.open(task.checkpoint_image(index)) as image:
            state = small(image)
        distance = min(float(np.abs(frame - state).mean()) for frame in frames)
        if distance > UNSEEN_STATE:
            unseen.append(f"{task.checkpoint_image(index).name} (closest frame differs by {distance:.1f})")
    message = f"no frame the model is given shows {unseen}: re-record the video" if unseen else ""
    return Finding(task.id, "every checkpoint's state is in the sampled frames", not unseen, message)


def check_features(task: Task) -> Finding:
    """The shipped ground-truth OCR matches the committed checkpoints (else a first run reads them)."""
    outdated = shipped.stale(task, OCR_FAST)
    message = f"{shipped.FILE_NAME} lacks or mismatches {outdated} (run features)" if outdated else ""
    return Finding(task.id, "ground-truth features shipped", not outdated, message)


def video_length(path: Path) -> tuple[float, int]:
    """Seconds and frames actually decoded (webm headers often carry no duration)."""
    import cv2

    capture = cv2.VideoCapture(str(path))
    try:
        frames, last_ms = 0, 0.0
        while True:
            ok = capture.grab()
            if not ok:
                break
            frames += 1
            last_ms = capture.get(cv2.CAP_PROP_POS_MSEC)
        return last_ms / 1000.0, frames
    finally:
        capture.release()


def compare_checkpoints(task: Task, fresh_dir: Path) -> Finding:
    """Recording is deterministic: a fresh replay reproduces the committed checkpoints."""
    differing = []
    for index in range(len(task.steps) + 1):
        committed, fresh = task.checkpoint_image(index), fresh_dir / f"step_{index}.png"
        if committed.exists() and fresh.exists():
            share = changed_pixel_fraction(committed.read_bytes(), fresh.read_bytes())
            if share > REPRODUCE_TOLERANCE:
                differing.append(f"{committed.name} ({share:.2%} of pixels)")
    return Finding(
        task.id,
        "checkpoints reproduce",
        not differing,
        f"a fresh replay differs beyond {REPRODUCE_TOLERANCE:.1%} of pixels (channel noise {CHANGE_NOISE}): {differing}"
        if differing
        else "",
    )


def _replay_page(
    browser: Browser,
    task: Task,
    html: bytes,
    fresh_dir: Path | None,
    before_step: BeforeStep | None = None,
    after_step: AfterStep | None = None,
) -> tuple[TaskResult, list[str], list[str]]:
    """Replay ``task`` on ``html`` served with its assets: the result, blocked requests, 404s."""
    width, height = task.viewport
    context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
    try:
        page = context.new_page()
        sandbox = Sandbox(html, task.assets_dir).serve(context)
        options = ReplayOptions(step_timeout=5.0, output_dir=fresh_dir)
        result = replay(page, task, sandbox.url, "reference", options, before_step, after_step)
    finally:
        context.close()
    return result, sandbox.blocked, sandbox.missing()


def _rule_problems(index: int, what: str, target: Target, screen: Screen, page: Page) -> list[str]:
    if target.alt or target.title:
        return [f"step {index}: {what} {target.describe()} uses alt/title, which no user reads"]
    try:
        if target.within:  # regions need the elements; everything else is read from the screen
            with LiveScreen(page) as live:
                seen = resolve(live.screen, target, live.region_depths, accessible=True)
                visible = resolve(live.screen, target, live.region_depths, accessible=False)
        else:
            seen = resolve(screen, target, accessible=True)
            visible = resolve(screen, target, accessible=False)
    except Unresolved as exc:
        return [f"step {index}: {what} {target.describe()} is not found from visible things: {exc}"]
    if (seen.kind, seen.index) != (visible.kind, visible.index):
        return [f"step {index}: {what} {target.describe()} needs the page's accessible names to find its element"]
    return []


def step_target_rules(index: int, step: Step, page: Page, before: PageState) -> list[str]:
    """On the reference just before the step: the step's target is found from visible things
    alone, and to the same element as with the page's accessible names."""
    if step.target is None:
        return []
    return _rule_problems(index, "target", step.target, before.screen, page)


def check_target_rules(index: int, step: Step, page: Page, after: PageState) -> list[str]:
    """On the reference just after the step (when its checks read): input_value targets are
    named by a visible label or placeholder and found from visible things alone."""
    problems = []
    for spec in [e.input_value.target for e in step.checkpoint.expect if e.input_value and e.input_value.target]:
        if not (spec.label or spec.placeholder):
            problems.append(
                f"step {index}: input_value target {spec.describe()} must be named by its visible label or placeholder"
            )
        problems += _rule_problems(index, "input_value target", spec, after.screen, page)
    return problems


def check_replay(browser: Browser, task: Task, fresh_dir: Path | None = None) -> list[Finding]:
    trivially_true: list[str] = []
    invisible: list[str] = []

    def before_step(index: int, step: Step, page: Page, before: PageState) -> None:
        invisible.extend(step_target_rules(index, step, page, before))
        if step.checkpoint.persistent:
            return
        checks = structured.evaluate(list(step.checkpoint.expect), before, before)
        if checks and all(c.passed for c in checks):
            trivially_true.append(f"step {index}")

    def after_step(index: int, step: Step, page: Page, after: PageState) -> None:
        invisible.extend(check_target_rules(index, step, page, after))

    result, blocked, missing = _replay_page(
        browser, task, task.reference_html.read_bytes(), fresh_dir, before_step, after_step
    )
    return [
        Finding(task.id, "reference passes every step", result.status == PASSED, result.failure),
        Finding(
            task.id,
            "checkpoints false before their step",
            not trivially_true,
            f"already true before: {', '.join(trivially_true)} (fix the check or set checkpoint.persistent)"
            if trivially_true
            else "",
        ),
        Finding(task.id, "targets and checks read visible things", not invisible, "; ".join(invisible)),
        Finding(
            task.id,
            "self-contained",
            not blocked and not missing,
            "; ".join(filter(None, [f"blocked {blocked[:5]}" if blocked else "", f"404 {missing}" if missing else ""])),
        ),
    ]


TWINS = {"stripped twin": stripped_twin, "restyled twin": restyled_twin}


def check_twins(browser: Browser, task: Task) -> list[Finding]:
    """Each metamorphic twin of the reference (twins.py) passes every step too."""
    html = task.reference_html.read_text(encoding="utf-8")
    findings = []
    for label, make in TWINS.items():
        result, _, _ = _replay_page(browser, task, make(html).encode("utf-8"), None)
        findings.append(Finding(task.id, f"{label} passes every step", result.status == PASSED, result.failure))
    return findings


def validate_task(browser: Browser, task_dir: Path, *, media: bool = True, twins: bool = True) -> list[Finding]:
    loaded = load_task(task_dir)
    if isinstance(loaded, TaskLoadError):
        return [Finding(loaded.id, "task.yaml loads", False, loaded.message)]
    findings = [Finding(loaded.id, "task.yaml loads", True)]
    findings += check_prose(loaded)
    findings += check_assets(loaded)
    with tempfile.TemporaryDirectory(prefix="iwr-validate-") as fresh:
        findings += check_replay(browser, loaded, Path(fresh))
        if twins:
            findings += check_twins(browser, loaded)
        if media:
            findings += check_recording(loaded)
            findings.append(compare_checkpoints(loaded, Path(fresh)))
            findings.append(check_features(loaded))
    return findings


_WORKER_BROWSER: Browser | None = None


def _start_worker_browser() -> None:
    """A validation worker's browser, for the life of its process."""
    from playwright.sync_api import sync_playwright

    from pytest_iwr.browser import launch_args

    global _WORKER_BROWSER
    _WORKER_BROWSER = sync_playwright().start().chromium.launch(**launch_args())


def _validate_in_worker(task_dir: Path, media: bool) -> list[Finding]:
    assert _WORKER_BROWSER is not None
    return validate_task(_WORKER_BROWSER, task_dir, media=media)


def validate_many(task_dirs: list[Path], *, media: bool = True, jobs: int = 1) -> Iterator[list[Finding]]:
    """Each task's findings, in order; ``jobs`` processes with a browser each."""
    if jobs <= 1:
        from playwright.sync_api import sync_playwright

        from pytest_iwr.browser import launch_args

        with sync_playwright() as pw:
            browser = pw.chromium.launch(**launch_args())
            try:
                for task_dir in task_dirs:
                    yield validate_task(browser, task_dir, media=media)
            finally:
                browser.close()
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")  # Playwright's driver does not survive fork
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker_browser) as pool:
        yield from pool.map(_validate_in_worker, task_dirs, [media] * len(task_dirs))
