"""Calibration of the visual proxy judge (judge/proxy.py) on the bundled suite.

Every task is replayed as the release format would be (structured checks removed, so
the judge decides every step; structured targets kept, so grounding does not blur the
picture) on three pages:

- ``reference``: the original app. The proxy should pass every step;
- ``static``: the initial screenshot and nothing else (the built-in floor);
- ``inert``: the original app with every input event stopped before the app sees it:
  it looks right and ignores the user, the commonest way a generated page fails;
- ``restyled``: the original app in another typeface, letter-spaced and hue-shifted: it
  works and looks close but not pixel-equal, as a good reconstruction would. The proxy
  should pass it too; it is what the thresholds leave room for.

A recording judge passes every step and keeps the proxy's measurements, so one replay
per page gives the IFS the proxy would give at any threshold. Prints the measurements'
spread on the reference, the IFS at the shipped thresholds and, with ``--sweep``, at
others.

Usage: python benchmarks/proxy_judge.py [--tasks DIR] [--sweep]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from pytest_iwr import scoring
from pytest_iwr.browser import launch_args
from pytest_iwr.generate.builtin import reference_page, static_page
from pytest_iwr.judge import proxy
from pytest_iwr.judge.base import JudgeRequest
from pytest_iwr.replay import ReplayOptions, replay
from pytest_iwr.results import PASSED, CheckResult
from pytest_iwr.sandbox import SandboxServer, fence
from pytest_iwr.tasks import Checkpoint, Task, bundled_tasks_dir, discover_tasks

INERT_JS = (
    "<script>for (const t of ['click','dblclick','input','change','keydown','keyup','keypress','submit',"
    "'mousedown','mouseup','pointerdown','pointerup','wheel','scroll'])"
    " window.addEventListener(t, e => e.stopImmediatePropagation(), true);</script>"
)


RESTYLE_CSS = (
    "<style>*{font-family:'DejaVu Serif',serif!important;letter-spacing:0.2px}"
    "html{filter:hue-rotate(25deg) saturate(0.85)}</style>"
)


def _inject(html: str, snippet: str) -> str:
    head = html.lower().find("<head>")
    cut = head + len("<head>") if head >= 0 else 0
    return html[:cut] + snippet + html[cut:]


def inert(html: str) -> str:
    return _inject(html, INERT_JS)


def restyled(html: str) -> str:
    return _inject(html, RESTYLE_CSS)


def without_checks(task: Task) -> Task:
    steps = [
        s.model_copy(update={"checkpoint": Checkpoint(expect=[], assertion=s.checkpoint.assertion)}) for s in task.steps
    ]
    return Task(spec=task.spec.model_copy(update={"steps": steps}), root=task.root, source=task.source)


class Recorder:
    """Passes every step; keeps what the proxy would have measured."""

    def __init__(self) -> None:
        self.seen: dict[int, proxy.ProxyMetrics] = {}

    def __call__(self, request: JudgeRequest) -> CheckResult:
        task = request.task
        self.seen[request.index] = proxy.metrics(
            task.checkpoint_image(request.index - 1).read_bytes(),
            task.checkpoint_image(request.index).read_bytes(),
            request.before,
            request.after,
        )
        return CheckResult("recorder", True)


def run(tasks: list[Task]) -> dict[str, dict[str, tuple[list[bool], dict[int, proxy.ProxyMetrics]]]]:
    """Per page kind, per task: which steps' actions succeeded, and the proxy's measurements."""
    out: dict[str, dict[str, tuple[list[bool], dict[int, proxy.ProxyMetrics]]]] = {}
    pages = {
        "reference": lambda t: reference_page(t).html,
        "static": lambda t: static_page(t).html,
        "inert": lambda t: inert(reference_page(t).html),
        "restyled": lambda t: restyled(reference_page(t).html),
    }
    with sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_args())
        for kind, make in pages.items():
            out[kind] = {}
            for task in tasks:
                bare = without_checks(task)
                width, height = task.viewport
                context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
                page = context.new_page()
                recorder = Recorder()
                with SandboxServer(make(task).encode(), task.assets_dir) as server:
                    fence(context, server.origin)
                    result = replay(page, bare, server.url, kind, ReplayOptions(judge=recorder))
                context.close()
                out[kind][task.id] = ([s.status == PASSED for s in result.steps], recorder.seen)
        browser.close()
    return out


def ifs_at(acted: list[bool], seen: dict[int, proxy.ProxyMetrics], min_recall: float, min_sim: float) -> float:
    verdicts = [ok and k in seen and seen[k].passed(min_recall, min_sim) for k, ok in enumerate(acted, start=1)]
    return scoring.interaction_fidelity(scoring.leading_passes(verdicts), len(acted))


def summary(runs: dict, min_recall: float, min_sim: float) -> str:
    cells = []
    for kind, tasks in runs.items():
        scores = [ifs_at(acted, seen, min_recall, min_sim) for acted, seen in tasks.values()]
        full = sum(s == 1.0 for s in scores)
        cells.append(f"{kind}: IFS {statistics.fmean(scores):.3f}, {full}/{len(scores)} tasks fully passed")
    return f"recall >= {min_recall:.2f}, similarity >= {min_sim:.2f}: " + "; ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=Path, default=bundled_tasks_dir())
    parser.add_argument("--sweep", action="store_true")
    args = parser.parse_args()
    started = time.monotonic()
    tasks = [t for t in discover_tasks(args.tasks) if isinstance(t, Task)]
    runs = run(tasks)
    ref = [m for _, seen in runs["reference"].values() for m in seen.values()]
    recalls = [m.recall for m in ref if m.recall is not None]
    print(f"proxy judge calibration on {len(tasks)} bundled tasks ({len(ref)} reference steps)")
    print(
        f"reference steps: change recall min {min(recalls):.2f}, 5th percentile "
        f"{statistics.quantiles(recalls, n=20)[0]:.2f}; similarity min {min(m.similarity for m in ref):.3f}, "
        f"5th percentile {statistics.quantiles([m.similarity for m in ref], n=20)[0]:.3f}; "
        f"ground truth unchanged on {sum(m.recall is None for m in ref)} steps"
    )
    inert_first = []
    for acted, seen in runs["inert"].values():
        for k, ok in enumerate(acted, start=1):
            if ok and k in seen and seen[k].recall is not None and seen[k].recall < proxy.MIN_RECALL:
                inert_first.append(seen[k])
                break
    print(f"inert pages: {len(inert_first)}/{len(tasks)} tasks show a step whose change is missing")
    styled = [m for _, seen in runs["restyled"].values() for m in seen.values()]
    styled_recalls = [m.recall for m in styled if m.recall is not None]
    print(
        f"restyled steps: change recall 5th percentile {statistics.quantiles(styled_recalls, n=20)[0]:.2f}, "
        f"similarity min {min(m.similarity for m in styled):.3f}, "
        f"5th percentile {statistics.quantiles([m.similarity for m in styled], n=20)[0]:.3f}"
    )
    print("shipped: " + summary(runs, proxy.MIN_RECALL, proxy.MIN_SIMILARITY))
    if args.sweep:
        for min_recall in (0.5, 0.6, 0.75, 1.0):
            for min_sim in (0.8, 0.85, 0.9, 0.95):
                print("  " + summary(runs, min_recall, min_sim))
    print(f"({time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
