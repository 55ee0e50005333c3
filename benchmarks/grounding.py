"""Offline grounding accuracy: the bundled suite's steps, grounded from descriptions alone.

Each task's ``reference`` page is replayed as usual (structured targets, so the page
goes through the recorded states). Before every step that acts on an element, the page
is read once (the perception layer) and the element the structured target resolves to
is noted; then the step is grounded from each description set's description alone, as
in the IWR-Bench release, by agent/offline.py's ranking over that reading. A pick is
right when it is that element, or its ancestor or descendant (the same control: a click
on either lands in it). "not grounded" is a miss, never a wrong pick; a wrong pick at or
above the confidence threshold is a *confident wrong pick*, the error that matters most.

Description sets: ``suite`` (the task files' own descriptions) and every YAML file in
benchmarks/grounding/, written by other authors who saw only the screenshot before each
step with the element marked (``--shots``): ``descriptions-*.yaml`` were looked at while
the grounder was worked on; ``heldout-personas.yaml`` (2026-12-04) is scored rather than
worked from (the other ``heldout-*.yaml`` were too, until their misses were looked at).

Prints accuracy per set and per phrasing style, the confident-wrong rate, accuracy by
confidence bin (the calibration), the threshold that keeps confident picks 99% right,
and the grounding time per step (median, p95).

Usage:
  python benchmarks/grounding.py                    # replay, then score every set
  python benchmarks/grounding.py --dump rows.json   # ... and keep the readings
  python benchmarks/grounding.py --load rows.json   # score kept readings again (no browser)
  python benchmarks/grounding.py --shots DIR        # marked screenshots for description authors
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml
from playwright.sync_api import Page, sync_playwright

from pytest_iwr.agent import offline, rank
from pytest_iwr.agent.locate import locate
from pytest_iwr.browser import launch_args
from pytest_iwr.judge.structured import PageState
from pytest_iwr.perceive import LiveScreen
from pytest_iwr.perceive.reader import screen_from_data
from pytest_iwr.replay import ReplayOptions, replay
from pytest_iwr.sandbox import Sandbox
from pytest_iwr.tasks import Step, Task, bundled_tasks_dir, discover_tasks, values_cut_by_comments

SETS_DIR = Path(__file__).resolve().parent / "grounding"
STYLES = ("positional", "terse", "unquoted", "synonyms", "region")
BINS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def grounded_from_description(step: Step) -> bool:
    """Steps that, without a target, ask the grounder (agent/actions.perform): press and
    scroll then act on the focused element or the page, as the release's harness does."""
    return step.action in ("click", "type", "hover", "select")


def what_is_done(step: Step) -> str:
    """The act, as the description authors are told it (never the suite's description)."""
    if step.action == "type":
        return f"types {step.text!r} into the marked element"
    if step.action == "select":
        return f"chooses the option {step.text!r} in the marked element"
    return f"{step.action}s the marked element"


def capture_task(page: Page, task: Task, url: str, rows: list[dict], shots: Path | None) -> None:
    def before_step(index: int, step: Step, page: Page, _: PageState) -> None:
        if not grounded_from_description(step):
            return
        expected = locate(page, step.target, "", 3.0)
        started = time.perf_counter()
        with LiveScreen(page) as live:
            icons = live.screen.icons  # read from the pixels now (a --load has no page), and timed
            seconds = time.perf_counter() - started
            relations = live.relations(expected)
            data = live.data
        row = {
            "task": task.id,
            "step": index,
            "action": step.action,
            "text": step.text,
            "description": step.description,
            "screen": data,
            "icons": {str(k): v for k, v in icons.items()},
            "relations": relations,
            "read_seconds": seconds,
        }
        rows.append(row)
        if shots is not None:
            mark(page, expected, shots / f"{task.id}-step{index:02d}.png", row)

    result = replay(page, task, url, "reference", ReplayOptions(), before_step=before_step)
    if result.status != "passed":
        print(f"  note: reference stopped on {task.id}: {result.failure}", file=sys.stderr)


def mark(page: Page, element: object, path: Path, row: dict) -> None:
    """The screenshot before the step with the element framed in red (for description authors)."""
    from io import BytesIO

    from PIL import Image, ImageDraw

    box = element.bounding_box()  # type: ignore[attr-defined]
    width, height = page.viewport_size["width"], page.viewport_size["height"]  # type: ignore[index]
    outside = box and (
        box["y"] < 0 or box["x"] < 0 or box["y"] + box["height"] > height or box["x"] + box["width"] > width
    )
    image = Image.open(BytesIO(page.screenshot(full_page=bool(outside)))).convert("RGB")
    if box and outside:  # the whole page, so the element shows: its box in page coordinates
        scroll = page.evaluate("[scrollX, scrollY]")
        box = {**box, "x": box["x"] + scroll[0], "y": box["y"] + scroll[1]}
    if box:
        draw = ImageDraw.Draw(image)
        x, y, w, h = box["x"], box["y"], box["width"], box["height"]
        for pad in (3, 4, 5):
            draw.rectangle((x - pad, y - pad, x + w + pad, y + h + pad), outline=(255, 0, 64))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)
    row["shot"] = path.name


def capture(tasks_dir: Path, shots: Path | None) -> list[dict]:
    rows: list[dict] = []
    tasks = [t for t in discover_tasks(tasks_dir) if isinstance(t, Task)]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_args())
        for task in tasks:
            width, height = task.viewport
            context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
            page = context.new_page()
            sandbox = Sandbox(task.reference_html.read_bytes(), task.assets_dir).serve(context)
            capture_task(page, task, sandbox.url, rows, shots)
            context.close()
        browser.close()
    if shots is not None:
        manifest = [
            {
                "shot": r["shot"],
                "task": r["task"],
                "step": r["step"],
                "act": act_line(r),
                "style": STYLES[i % len(STYLES)],
            }
            for i, r in enumerate(rows)
        ]
        (shots / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return rows


def act_line(row: dict) -> str:
    if row["action"] == "type":
        return f"types {row['text']!r} into the marked element"
    if row["action"] == "select":
        return f"chooses the option {row['text']!r} in the marked element"
    return f"{row['action']}s the marked element"


def load_sets(paths: list[Path]) -> dict[str, dict]:
    """Description sets (default: every one beside the benchmark): name -> {(task, step): entry}."""
    sets: dict[str, dict] = {}
    for path in paths or sorted(SETS_DIR.glob("*.yaml")):
        text = path.read_text()
        cut = values_cut_by_comments(text)
        if cut:
            raise SystemExit(f"{path}:{cut[0][0]}: {cut[0][1][-40:]!r} is cut short by a ' #' comment; quote it")
        doc = yaml.safe_load(text)
        entries = {}
        for task_id, steps in (doc.get("steps") or {}).items():
            for step, entry in steps.items():
                entries[(task_id, int(step))] = entry
        sets[path.stem.removeprefix("descriptions-")] = entries
    return sets


RANK_SECONDS: list[float] = []


def outcome(row: dict, description: str) -> tuple[str, float]:
    """("right" | "wrong" | "ambiguous", confidence) of one description's best pick."""
    screen = screen_from_data(row["screen"])
    drawn = {int(k): v for k, v in row.get("icons", {}).items()}
    screen.icon_source = lambda: drawn
    started = time.perf_counter()
    step = Step.model_validate(
        {"action": row["action"], "text": row["text"], "description": description, "checkpoint": {"expect": []}}
    )
    ranked, candidates, _ = offline.rank_screen(screen, step)
    RANK_SECONDS.append(time.perf_counter() - started)
    if not ranked:
        return "wrong", 0.0
    best = ranked[0]
    if len(ranked) > 1 and ranked[1].score == best.score:
        return "ambiguous", best.confidence
    kind, index = candidates[best.index].pick()
    return ("right" if row["relations"][kind][index] else "wrong"), best.confidence


def score_set(name: str, rows: list[dict], descriptions: dict, threshold: float, show: bool) -> list[tuple]:
    scored = []
    for row in rows:
        entry = descriptions.get((row["task"], row["step"])) if descriptions else None
        if descriptions and entry is None:
            continue
        text = entry["description"] if entry else row["description"]
        style = entry.get("style", "?") if entry else "suite"
        result, confidence = outcome(row, text)
        confident = confidence >= threshold
        final = result if confident else "not grounded"
        scored.append((row, text, style, result, confidence, final))
    right = sum(s[5] == "right" for s in scored)
    wrong = sum(s[5] == "wrong" for s in scored)
    n = max(len(scored), 1)
    print(
        f"\n[{name}] {len(scored)} steps: right {right} = {100 * right / n:.1f}%, "
        f"confident wrong {wrong} = {100 * wrong / n:.1f}%, not grounded {len(scored) - right - wrong}"
    )
    by_style = defaultdict(list)
    for s in scored:
        by_style[s[2]].append(s)
    for style, items in sorted(by_style.items()):
        ok = sum(s[5] == "right" for s in items)
        bad = sum(s[5] == "wrong" for s in items)
        print(f"  {style:<11} {ok}/{len(items)} right ({100 * ok / len(items):.0f}%), {bad} confident wrong")
    if show:
        for row, text, style, result, confidence, final in scored:
            if final != "right":
                print(f"  miss {row['task']} {row['step']} [{style}] {final} ({result}, {confidence:.2f}): {text}")
    return scored


def calibration(scored: list[tuple]) -> None:
    print("\naccuracy by confidence bin (all sets):")
    for lo, hi in itertools.pairwise(BINS):
        items = [s for s in scored if lo <= s[4] < hi]
        if items:
            ok = sum(s[3] == "right" for s in items)
            print(f"  [{lo:.1f}, {min(hi, 1.0):.1f}): {ok}/{len(items)} right ({100 * ok / len(items):.1f}%)")
    ordered = sorted(scored, key=lambda s: -s[4])
    best = None
    for k in range(len(ordered), 0, -1):
        top = ordered[:k]
        if sum(s[3] == "right" for s in top) >= 0.99 * k:
            best = top[-1][4]
            break
    if best is not None:
        print(f"lowest threshold keeping picks above it >= 99% right: {best:.3f} (in use: {rank.THRESHOLD})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=Path, default=bundled_tasks_dir())
    parser.add_argument("--dump", type=Path, help="write every step's reading as JSON")
    parser.add_argument("--load", type=Path, help="score a --dump file again instead of replaying")
    parser.add_argument("--shots", type=Path, help="write marked screenshots and a manifest for description authors")
    parser.add_argument("--misses", action="store_true", help="print every miss")
    parser.add_argument("--sets", type=Path, nargs="*", default=[], help="description set files (default: all beside)")
    args = parser.parse_args()
    started = time.monotonic()
    rows = json.loads(args.load.read_text()) if args.load else capture(args.tasks, args.shots)
    if args.dump:
        args.dump.write_text(json.dumps(rows))
    print(f"offline grounding on {len({r['task'] for r in rows})} bundled tasks, reference pages, descriptions only")
    print(f"steps grounded from their description (click, type, hover, select): {len(rows)}")
    everything = score_set("suite", rows, {}, rank.THRESHOLD, args.misses)
    for name, descriptions in load_sets(args.sets).items():
        everything += score_set(name, rows, descriptions, rank.THRESHOLD, args.misses)
    calibration(everything)
    reads = sorted(r["read_seconds"] for r in rows if "read_seconds" in r)
    ranks = sorted(RANK_SECONDS)
    for what, times in (("reading the page", reads), ("ranking (embedding included)", ranks)):
        if times:
            p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
            print(f"{what} per step: median {1000 * statistics.median(times):.1f} ms, p95 {1000 * p95:.1f} ms")
    print(f"({time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
