"""``python -m pytest_iwr record|validate|features|catalogue|leaderboard|prompt``: author, check and inspect tasks."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from pytest_iwr.browser import launch_args
from pytest_iwr.tasks import bundled_tasks_dir


def _task_dirs(paths: list[str]) -> list[Path]:
    if not paths:
        root = bundled_tasks_dir()
        return sorted(p for p in root.iterdir() if (p / "task.yaml").exists())
    dirs = []
    for raw in paths:
        path = Path(raw)
        if (path / "task.yaml").exists():
            dirs.append(path)
        elif path.is_dir():
            dirs.extend(sorted(p for p in path.iterdir() if (p / "task.yaml").exists()))
        else:
            raise SystemExit(f"not a task folder: {path}")
    return dirs


@contextmanager
def _browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_args())
        try:
            yield browser
        finally:
            browser.close()


def cmd_record(args: argparse.Namespace) -> int:
    from pytest_iwr.record import RecordError, record_task
    from pytest_iwr.tasks import TaskLoadError, load_task
    from pytest_iwr.visual import shipped
    from pytest_iwr.visual.fidelity import OCR_FAST
    from pytest_iwr.visual.ocr import OcrEngine

    failures = 0
    engine = OcrEngine()
    with _browser() as browser:
        for task_dir in _task_dirs(args.tasks):
            started = time.monotonic()
            task = load_task(task_dir)
            if isinstance(task, TaskLoadError):
                print(f"FAIL {task.id}: {task.message}")
                failures += 1
                continue
            try:
                rec = record_task(browser, task, video=not args.no_video)
            except RecordError as exc:
                print(f"FAIL {task.id}: {exc}")
                failures += 1
                continue
            shipped.write(task, engine, OCR_FAST)  # the checkpoints just changed: so did their OCR
            extra = f", renamed {rec.renamed_assets}" if rec.renamed_assets else ""
            video = f", video {rec.video.name}" if rec.video else ""
            print(
                f"ok   {task.id}: {len(rec.checkpoints)} checkpoints, {len(rec.sheets)} sheet(s){video}{extra}"
                f" ({time.monotonic() - started:.1f}s)"
            )
    return 1 if failures else 0


def cmd_validate(args: argparse.Namespace) -> int:
    from pytest_iwr.validate import validate_many

    bad = 0
    for findings in validate_many(_task_dirs(args.tasks), media=not args.no_media, jobs=args.jobs):
        for finding in findings:
            if not finding.ok or args.verbose:
                print(finding.line(), flush=True)
        failed = [f for f in findings if not f.ok]
        bad += bool(failed)
        if not failed and not args.verbose:
            print(f"ok   {findings[0].task_id}: {len(findings)} checks", flush=True)
    print(f"{bad} task(s) with problems")
    return 1 if bad else 0


def cmd_features(args: argparse.Namespace) -> int:
    from pytest_iwr.tasks import TaskLoadError, load_task
    from pytest_iwr.visual import shipped
    from pytest_iwr.visual.fidelity import OCR_FAST
    from pytest_iwr.visual.ocr import OcrEngine

    failures = 0
    engine = OcrEngine()
    for task_dir in _task_dirs(args.tasks):
        task = load_task(task_dir)
        if isinstance(task, TaskLoadError):
            print(f"FAIL {task.id}: {task.message}")
            failures += 1
            continue
        outdated = shipped.stale(task, OCR_FAST)
        if not outdated and not args.force:
            print(f"ok   {task.id}: {shipped.FILE_NAME} up to date")
            continue
        started = time.monotonic()
        path = shipped.write(task, engine, OCR_FAST)
        print(f"ok   {task.id}: wrote {path} ({len(outdated)} stale, {time.monotonic() - started:.1f}s)", flush=True)
    return 1 if failures else 0


def cmd_catalogue(args: argparse.Namespace) -> int:
    from pytest_iwr.catalogue import render, update_readme

    root = Path(args.tasks) if args.tasks else bundled_tasks_dir()
    if args.readme:
        changed = update_readme(Path(args.readme), root)
        print(f"{args.readme}: {'updated' if changed else 'already up to date'}")
    else:
        print(render(root))
    return 0


def cmd_leaderboard(args: argparse.Namespace) -> int:
    from pytest_iwr.report.markdown import from_result_files

    try:
        print(from_result_files([Path(p) for p in args.results]), end="")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from pytest_iwr.report.json_report import write_atomic
    from pytest_iwr.shard import MergeError, merge

    try:
        document = merge([Path(p) for p in args.shards])
    except MergeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    write_atomic(Path(args.output), document)
    shards = ", ".join(document["run"]["merged_from"]) or "one file"
    print(f"{args.output}: {len(document['tasks'])} results from shards {shards}")
    return 0


def cmd_prompt(args: argparse.Namespace) -> int:
    from pytest_iwr.generate.export import export_prompt
    from pytest_iwr.generate.prompt import PromptError
    from pytest_iwr.tasks import TaskLoadError, load_task

    task = load_task(Path(args.task))
    if isinstance(task, TaskLoadError):
        print(f"error: {task.message}", file=sys.stderr)
        return 2
    try:
        path = export_prompt(task, Path(args.output))
    except PromptError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(path)
    return 0


def cmd_view(args: argparse.Namespace) -> int:
    from pytest_iwr.view.data import ResultsError
    from pytest_iwr.view.serve import serve
    from pytest_iwr.view.site import SiteError, build_site

    try:
        report = build_site(
            [Path(p) for p in args.results], Path(args.output), Path(args.tasks) if args.tasks else None
        )
    except (ResultsError, SiteError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    missing = f", {report.missing} missing image(s) shown as such" if report.missing else ""
    print(f"{report.index}: {report.tasks} task page(s), {report.runs} result(s){missing}")
    if args.serve:
        serve(Path(args.output), args.port)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pytest_iwr", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="record checkpoints, asset sheets and video from the reference app")
    rec.add_argument("tasks", nargs="*", help="task folders (default: every bundled task)")
    rec.add_argument("--no-video", action="store_true", help="checkpoints and sheets only")
    rec.set_defaults(func=cmd_record)
    val = sub.add_parser("validate", help="check that tasks are fair and working")
    val.add_argument("tasks", nargs="*", help="task folders (default: every bundled task)")
    val.add_argument("--no-media", action="store_true", help="skip the checkpoint and video checks")
    val.add_argument("-v", "--verbose", action="store_true", help="print passing checks too")
    val.add_argument("-j", "--jobs", type=int, default=1, help="tasks validated at once, a browser each")
    val.set_defaults(func=cmd_validate)
    feat = sub.add_parser("features", help="write the ground truth's OCR beside each task's checkpoints")
    feat.add_argument("tasks", nargs="*", help="task folders (default: every bundled task)")
    feat.add_argument("--force", action="store_true", help="rewrite files that are up to date")
    feat.set_defaults(func=cmd_features)
    cat = sub.add_parser("catalogue", help="print the task catalogue, or update it in a README")
    cat.add_argument("--tasks", help="tasks folder (default: the bundled tasks/)")
    cat.add_argument("--readme", help="rewrite the catalogue block of this README")
    cat.set_defaults(func=cmd_catalogue)
    board = sub.add_parser("leaderboard", help="a markdown leaderboard across --iwr-json result files")
    board.add_argument("results", nargs="+", help="result JSON files")
    board.set_defaults(func=cmd_leaderboard)
    mrg = sub.add_parser("merge", help="merge the --iwr-json files of a run's shards (--iwr-shard) into one")
    mrg.add_argument("shards", nargs="+", help="the shards' result JSON files")
    mrg.add_argument("-o", "--output", required=True, help="the merged result JSON")
    mrg.set_defaults(func=cmd_merge)
    exp = sub.add_parser("prompt", help="write a task's generation prompt (text and images) to a folder")
    exp.add_argument("task", help="task folder")
    exp.add_argument("-o", "--output", required=True, help="folder for prompt.md and its images")
    exp.set_defaults(func=cmd_prompt)
    view = sub.add_parser("view", help="a static site (works offline) over --iwr-json result files")
    view.add_argument("results", nargs="+", help="result JSON files; their models are merged")
    view.add_argument("-o", "--output", required=True, help="the site's folder (index.html, grid.html, tasks/)")
    view.add_argument("--tasks", help="tasks folder, for recordings and expected checkpoints (default: bundled)")
    view.add_argument("--serve", action="store_true", help="then serve the site on 127.0.0.1 until Ctrl-C")
    view.add_argument("--port", type=int, default=8000, help="port for --serve (0: any free port; default 8000)")
    view.set_defaults(func=cmd_view)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
