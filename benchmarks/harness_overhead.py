"""Harness cost on the bundled suite with the ``reference`` model.

Prints:
  1. the median harness time per step (action + checkpoint + screenshot);
  2. its ratio to a bare Playwright loop doing the same clicks and screenshots on the
     same page (goal <= 2x). The bare loop acts on the very elements the harness
     resolved (by a CSS path recorded during the harness pass), so it does the same work
     minus grounding and checking;
  3. the wall time of ``pytest --iwr-model=reference`` with ``-n 0`` and ``-n 2``, and
     their ratio (goal >= 1.6 on 2 cores), from an empty and from a primed feature cache.

Usage: python benchmarks/harness_overhead.py [--skip-xdist] [--skip-steps] [--tasks DIR]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from pytest_iwr.agent import actions
from pytest_iwr.browser import launch_args
from pytest_iwr.replay import ReplayOptions, replay, screenshot
from pytest_iwr.sandbox import SandboxServer, fence
from pytest_iwr.tasks import Step, Task, bundled_tasks_dir, discover_tasks

CSS_PATH_JS = """
el => {
  const parts = [];
  for (let node = el; node && node.nodeType === 1 && node !== document.documentElement; node = node.parentElement) {
    const index = [...node.parentElement.children].indexOf(node) + 1;
    parts.unshift(`${node.tagName.toLowerCase()}:nth-child(${index})`);
  }
  return 'html > ' + parts.join(' > ');
}
"""


def harness_pass(page: Page, task: Task, url: str) -> tuple[list[float], list[str | None]]:
    """Replay through the harness; note each step's time and the element it acted on."""
    paths: list[str] = []
    original = actions.locate

    def recording_locate(*args, **kwargs):
        element = original(*args, **kwargs)
        paths.append(element.evaluate(CSS_PATH_JS))
        return element

    actions.locate = recording_locate
    try:
        result = replay(page, task, url, "reference", ReplayOptions())
    finally:
        actions.locate = original
    if result.status != "passed":
        raise SystemExit(f"reference failed on {task.id}: {result.failure}")
    # Each step that acts on an element resolved exactly one, in order.
    resolved = iter(paths)
    return [s.seconds for s in result.steps], [next(resolved) if _acts_on_element(s) else None for s in task.steps]


def _acts_on_element(step: Step) -> bool:
    return step.action in ("click", "type", "hover", "select") or (
        step.target is not None and step.action in ("press", "scroll")
    )


def bare_pass(page: Page, task: Task, url: str, paths: list[str | None]) -> list[float]:
    page.goto(url, wait_until="load")
    screenshot(page, 5)
    width, height = task.viewport
    times = []
    for step, path in zip(task.steps, paths, strict=True):
        t0 = time.perf_counter()
        loc = page.locator(path) if path else None
        if step.action == "click":
            loc.click()
        elif step.action == "type":
            loc.fill(step.text or "")
        elif step.action == "hover":
            loc.hover(force=True)
        elif step.action == "select":
            if loc.evaluate("el => el.tagName") == "SELECT":
                loc.select_option(label=step.text)
            else:
                loc.click()
                page.get_by_role("option", name=step.text).first.click()
        elif step.action == "press":
            (loc.press if loc else page.keyboard.press)(step.key or "")
        elif step.action == "scroll":
            amount = step.amount or int(0.8 * (height if step.direction in ("up", "down") else width))
            dx, dy = {"down": (0, amount), "up": (0, -amount), "right": (amount, 0), "left": (-amount, 0)}[
                step.direction or "down"
            ]
            page.mouse.move(width / 2, height / 2)
            page.mouse.wheel(dx, dy)
        screenshot(page, 5)
        times.append(time.perf_counter() - t0)
    return times


def per_step_times(tasks: list[Task]) -> tuple[list[float], list[float]]:
    harness, bare = [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_args())
        for task in tasks:
            width, height = task.viewport
            html = task.reference_html.read_bytes()
            with SandboxServer(html, task.assets_dir) as server:
                context = browser.new_context(viewport={"width": width, "height": height})
                fence(context, server.origin)
                h_times, paths = harness_pass(context.new_page(), task, server.url)
                context.close()
                context = browser.new_context(viewport={"width": width, "height": height})
                fence(context, server.origin)
                b_times = bare_pass(context.new_page(), task, server.url, paths)
                context.close()
            harness += h_times
            bare += b_times
            print(
                f"  {task.id:<22} harness {statistics.median(h_times) * 1000:6.0f} ms/step   "
                f"bare {statistics.median(b_times) * 1000:6.0f} ms/step"
            )
        browser.close()
    return harness, bare


def wall_time(tasks_dir: Path, workers: str, cache: Path) -> float:
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--iwr-model=reference"]
    cmd += [f"--iwr-tasks={tasks_dir}", "-n", workers, "--iwr-output=/tmp/iwr-bench-out", f"--iwr-cache={cache}"]
    started = time.perf_counter()
    done = subprocess.run(cmd, check=False, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"pytest -n {workers} exited {done.returncode}:\n{done.stdout[-2000:]}")
    return time.perf_counter() - started


def wall_times(tasks_dir: Path) -> None:
    """-n 0 against -n 2, both from an empty feature cache (a first run: every ground-truth
    checkpoint is OCRed) and both from one primed cache (a rerun). Sharing one cache between
    the two timed runs would hand the second run the first one's OCR work."""
    with tempfile.TemporaryDirectory() as tmp:
        for label in ("cold", "warm"):
            times = {}
            for workers in ("0", "2"):
                cache = Path(tmp) / (f"cold-{workers}" if label == "cold" else "warm")
                if label == "warm" and not cache.exists():
                    wall_time(tasks_dir, "2", cache)  # prime it, untimed
                times[workers] = wall_time(tasks_dir, workers, cache)
            print(
                f"wall time, {label} feature cache: -n 0 {times['0']:.1f} s, -n 2 {times['2']:.1f} s, "
                f"ratio {times['0'] / times['2']:.2f} (goal >= 1.6)",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=Path, default=bundled_tasks_dir())
    parser.add_argument("--skip-xdist", action="store_true", help="skip the -n 0 / -n 2 wall times")
    parser.add_argument("--skip-steps", action="store_true", help="skip the per-step harness / bare loop")
    args = parser.parse_args()
    tasks = [t for t in discover_tasks(args.tasks) if isinstance(t, Task)]
    print(f"{len(tasks)} tasks, {sum(len(t.steps) for t in tasks)} steps, model=reference")
    if not args.skip_steps:
        harness, bare = per_step_times(tasks)
        h, b = statistics.median(harness), statistics.median(bare)
        print(f"median harness time per step (action + check + screenshot): {h * 1000:.0f} ms")
        print(f"median bare Playwright time per step (action + screenshot):  {b * 1000:.0f} ms")
        print(f"harness / bare ratio: {h / b:.2f}x (goal <= 2x)")
    if not args.skip_xdist:
        wall_times(args.tasks)


if __name__ == "__main__":
    main()
