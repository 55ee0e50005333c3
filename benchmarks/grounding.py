"""Offline grounding accuracy on the bundled suite with the structured hints removed.

Each task's ``reference`` page is replayed as usual (structured targets, so the page
goes through the recorded states). Before every step that acts on an element, the
step is also grounded from its description alone (target removed, as in the IWR-Bench
release) with agent/offline.py, on the same page state. The pick is right when it is
the element the structured target resolves to, or its ancestor or descendant (the same
control: a click on either lands in it); the strict figure (the very same element) is
printed too. A step that is "not grounded" or "ambiguous" counts as wrong.

Prints per-task misses, the accuracy (goal >= 95%), the confidence distribution, and,
with ``--sweep``, the accuracy at other thresholds. ``--dump PATH`` keeps every step's
candidates and scores (JSON) for calibrating agent/rank.py.

Usage: python benchmarks/grounding.py [--tasks DIR] [--sweep] [--dump PATH]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from pytest_iwr.agent import offline, rank
from pytest_iwr.agent.locate import locate
from pytest_iwr.browser import launch_args
from pytest_iwr.judge.structured import PageState
from pytest_iwr.perceive import LiveScreen
from pytest_iwr.replay import ReplayOptions, replay
from pytest_iwr.sandbox import SandboxServer, fence
from pytest_iwr.tasks import Step, Task, bundled_tasks_dir, discover_tasks

# 2: the same element; 1: one contains the other; 0: elsewhere.
RELATION_JS = "([els, target]) => els.map(e => e === target ? 2 : (e.contains(target) || target.contains(e)) ? 1 : 0)"


def grounded_from_description(step: Step) -> bool:
    """Steps that, without a target, ask the grounder (agent/actions.perform): press and
    scroll then act on the focused element or the page, as the release's harness does."""
    return step.action in ("click", "type", "hover", "select")


def measure_task(page: Page, task: Task, url: str, rows: list[dict]) -> None:
    def before_step(index: int, step: Step, page: Page, _: PageState) -> None:
        if not grounded_from_description(step):
            return
        bare = step.model_copy(update={"target": None})
        expected = locate(page, step.target, "", 3.0)
        with LiveScreen(page) as live:
            candidates, _ = offline.read_candidates(live, rank.parse(bare.description, bare.text).terms)
            elements = [live.control_element(c.index) for c in live.screen.controls]
            relation = page.evaluate(RELATION_JS, [elements, expected])
        sims, _ = offline.semantic_scores(rank.query_text(bare.description, bare.text), candidates)
        rows.append(
            {
                "task": task.id,
                "step": index,
                "action": step.action,
                "description": step.description,
                "text": step.text,
                "relation": relation,
                "candidates": [c.__dict__ for c in candidates],
                "semantic": sims,
            }
        )

    result = replay(page, task, url, "reference", ReplayOptions(), before_step=before_step)
    if result.status != "passed":
        print(f"  note: reference stopped on {task.id}: {result.failure}", file=sys.stderr)


def verdict(row: dict, threshold: float) -> tuple[str, float]:
    """("strict" | "same-control" | "wrong" | "not grounded" | "ambiguous", confidence) of one step."""
    candidates = [rank.Candidate(**c) for c in row["candidates"]]
    ranked = rank.rank(row["description"], row["action"], row["text"], candidates, row["semantic"])
    if not ranked or ranked[0].confidence < threshold:
        return "not grounded", ranked[0].confidence if ranked else 0.0
    if len(ranked) > 1 and ranked[1].score == ranked[0].score:
        return "ambiguous", ranked[0].confidence
    relation = row["relation"][ranked[0].index]
    return {2: "strict", 1: "same-control", 0: "wrong"}[relation], ranked[0].confidence


def report(rows: list[dict], threshold: float, show_misses: bool) -> float:
    outcomes = [verdict(r, threshold) for r in rows]
    right = sum(o in ("strict", "same-control") for o, _ in outcomes)
    strict = sum(o == "strict" for o, _ in outcomes)
    if show_misses:
        for row, (outcome, score) in zip(rows, outcomes, strict=True):
            if outcome not in ("strict", "same-control"):
                print(f"  miss {row['task']} step {row['step']} ({outcome}, {score:.2f}): {row['description']}")
    accuracy = right / len(rows) if rows else 0.0
    print(
        f"threshold {threshold:.2f}: right {right}/{len(rows)} = {100 * accuracy:.1f}% "
        f"(strictly the same element: {100 * strict / max(len(rows), 1):.1f}%)"
    )
    return accuracy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=Path, default=bundled_tasks_dir())
    parser.add_argument("--sweep", action="store_true", help="also print the accuracy at other thresholds")
    parser.add_argument("--dump", type=Path, help="write every step's candidates and scores as JSON")
    parser.add_argument("--load", type=Path, help="score a --dump file again instead of replaying")
    args = parser.parse_args()
    started = time.monotonic()
    rows: list[dict] = []
    if args.load:
        rows = json.loads(args.load.read_text())
    else:
        tasks = [t for t in discover_tasks(args.tasks) if isinstance(t, Task)]
        with sync_playwright() as pw:
            browser = pw.chromium.launch(**launch_args())
            for task in tasks:
                width, height = task.viewport
                context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
                page = context.new_page()
                with SandboxServer(task.reference_html.read_bytes(), task.assets_dir) as server:
                    fence(context, server.origin)
                    measure_task(page, task, server.url, rows)
                context.close()
            browser.close()
    if args.dump:
        args.dump.write_text(json.dumps(rows))
    print(f"offline grounding on {len({r['task'] for r in rows})} bundled tasks, reference pages, descriptions only")
    print(f"steps grounded from their description (click, type, hover, select): {len(rows)}")
    report(rows, rank.THRESHOLD, show_misses=True)
    confidences = [verdict(r, rank.THRESHOLD)[1] for r in rows]
    if confidences:
        quartiles = statistics.quantiles(confidences, n=4)
        print(
            f"confidence of the pick: min {min(confidences):.2f}, quartiles " + ", ".join(f"{q:.2f}" for q in quartiles)
        )
    if args.sweep:
        for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
            report(rows, threshold, show_misses=False)
    print(f"({time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
