"""A new user's first ``make run`` against a warm rerun of the same command.

``make run`` scores the bundled suite with ``reference`` and ``static``. A fresh clone has
no feature cache: without the ground-truth OCR shipped beside each task's checkpoints
(``checkpoints/ocr-features.json``), the first run would OCR every checkpoint of the
ground truth. This script runs the command twice against one new, empty cache folder
(the first run, then the warm rerun), and with ``--without-shipped`` a third time on a copy
of the tasks without the shipped files (what a first run cost before them).

Prints the wall time of each run, the ground-truth checkpoints OCR'd in each (from the
results' ``ground_truth_read``) and the first-run / warm ratio (goal <= 1.3).

Usage: python benchmarks/first_run.py [--without-shipped] [--tasks DIR] [-n 2]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pytest_iwr.tasks import bundled_tasks_dir
from pytest_iwr.visual.shipped import FILE_NAME


def make_run(tasks: Path, cache: Path, out: Path, workers: str) -> tuple[float, dict, str]:
    """``make run``'s own pytest command, timed: the seconds, the results JSON and pytest's
    summary line."""
    results = out / "results.json"
    command = [
        sys.executable,
        "-m",
        "pytest",
        "--iwr-model=reference",
        "--iwr-model=static",
        "-n",
        workers,
        f"--iwr-tasks={tasks}",
        f"--iwr-cache={cache}",
        f"--iwr-json={results}",
        f"--iwr-output={out / 'artifacts'}",
        "-q",
        "-p",
        "no:cacheprovider",
    ]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.monotonic() - started
    if done.returncode > 1:
        raise SystemExit(f"pytest exited {done.returncode}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    return seconds, json.loads(results.read_text()), lines[-1] if lines else ""


def ground_truth_read(data: dict) -> int:
    return sum((row.get("visual") or {}).get("ground_truth_read", 0) for row in data["tasks"])


def summary(data: dict) -> str:
    """Per model: IFS, VFS, Final, coverage, and how many tasks score IFS 1 and IFS 0."""
    lines = []
    for model, row in sorted(data["suite"].items()):
        tasks = [t for t in data["tasks"] if t["model"] == model]
        full = sum(t["ifs"] == 1.0 for t in tasks)
        zero = sum(t["ifs"] == 0.0 for t in tasks)
        coverage = row.get("coverage") or {}
        lines.append(
            f"  {model}: IFS {row['ifs']:.3f}, VFS {row.get('vfs') or 0:.3f}, Final {row.get('final') or 0:.3f},"
            f" coverage {coverage.get('scored')}/{coverage.get('flagged')}, VFSall {row.get('vfs_all') or 0:.3f};"
            f" {full} of {len(tasks)} tasks at IFS 1, {zero} at IFS 0"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=Path, default=bundled_tasks_dir())
    parser.add_argument("-n", dest="workers", default="2")
    parser.add_argument("--without-shipped", action="store_true", help="also a first run without the shipped OCR")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="iwr-first-run-") as scratch:
        root = Path(scratch)
        cache = root / "cache"
        first, first_data, first_line = make_run(args.tasks, cache, root / "first", args.workers)
        warm, warm_data, warm_line = make_run(args.tasks, cache, root / "warm", args.workers)
        items = len(first_data["tasks"])
        print(f"tasks folder: {args.tasks} ({items} items, -n {args.workers})")
        print(
            f"first run, empty cache:  {first:7.1f} s  ({ground_truth_read(first_data)} ground-truth checkpoints OCR'd)"
        )
        print(
            f"warm rerun, same cache:  {warm:7.1f} s  ({ground_truth_read(warm_data)} ground-truth checkpoints OCR'd)"
        )
        print(f"first / warm:            {first / warm:7.2f}  (goal <= 1.3)")
        print(f"first run ({first_line}):\n{summary(first_data)}\nwarm rerun ({warm_line}):\n{summary(warm_data)}")
        if args.without_shipped:
            bare = root / "tasks"
            shutil.copytree(args.tasks, bare, ignore=shutil.ignore_patterns(FILE_NAME, "independent"))
            cold, cold_data, _ = make_run(bare, root / "cache-bare", root / "bare", args.workers)
            print(
                f"first run without the shipped OCR: {cold:7.1f} s  ({ground_truth_read(cold_data)} ground-truth"
                f" checkpoints OCR'd); / warm {cold / warm:.2f}"
            )


if __name__ == "__main__":
    main()
