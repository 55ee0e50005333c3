"""Build the site: read the results, place every image and video in it, render the pages."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from pytest_iwr.tasks import Task, TaskLoadError, bundled_tasks_dir, discover_tasks
from pytest_iwr.view import render
from pytest_iwr.view.data import Results, load_results
from pytest_iwr.view.diff import difference
from pytest_iwr.view.pages import Picture, grid_rows, runs_by_task, task_page

# A folder we built says so; only such a folder is cleared before a new build, so
# ``-o`` pointed at the wrong place never deletes anyone's files.
MARKER = ".iwr-site"
OWNED = ("index.html", "grid.html", "tasks", "media", "static")
STATIC = Path(__file__).resolve().parent / "static"


class SiteError(Exception):
    """The site cannot be written where it was asked to be."""


@dataclass(frozen=True)
class SiteReport:
    index: Path
    tasks: int
    runs: int
    missing: int  # pictures that could not be shown (shown as "missing" on the pages)


class SiteMedia:
    """Files copied into the site, each once, and difference images made at build time."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.missing = 0

    def copy(self, source: Path, dest: str) -> str:
        target = self.root / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        return dest

    def diff(self, expected: Path, actual: Path, dest: str) -> tuple[Picture, float | None]:
        try:
            with Image.open(expected) as want, Image.open(actual) as got:
                result = difference(want, got)
        except (OSError, UnidentifiedImageError, ValueError) as exc:
            # A truncated or foreign file is the run's problem; the page says so and goes on.
            self.missing += 1
            return Picture(None, f"no difference: {exc}"), None
        target = self.root / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        result.image.save(target, optimize=True)
        return Picture(dest, f"{100 * result.fraction:.1f}% of pixels differ"), result.fraction


def load_tasks(tasks_dir: Path) -> tuple[dict[str, Task], str]:
    """The loadable tasks by id, and how to name the folder on a page; a missing folder is no tasks."""
    try:
        loaded = discover_tasks(tasks_dir)
    except FileNotFoundError:
        return {}, f"{tasks_dir}, not found"
    return {t.id: t for t in loaded if not isinstance(t, TaskLoadError)}, str(tasks_dir)


def prepare(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise SiteError(f"{out} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise SiteError(f"{out} is not empty and is not a site built by 'view': choose an empty or new folder")
    for name in OWNED:
        path = out / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text("built by python -m pytest_iwr view; cleared on the next build\n", encoding="utf-8")


def build_site(result_files: list[Path], out: Path, tasks_dir: Path | None = None) -> SiteReport:
    """Write the site for ``result_files`` into ``out``; raises ResultsError or SiteError."""
    results: Results = load_results(result_files)
    tasks, tasks_note = load_tasks(tasks_dir or bundled_tasks_dir())
    prepare(out)
    shutil.copytree(STATIC, out / "static")
    media = SiteMedia(out)
    env = render.environment()
    rows = grid_rows(results, tasks)
    render.write(env, out / "index.html", "leaderboard.html.j2", root="", results=results, rows=rows)
    render.write(env, out / "grid.html", "grid.html.j2", root="", results=results, rows=rows)
    grouped = runs_by_task(results)
    for task_id, runs in grouped.items():
        page = task_page(media, task_id, runs, tasks.get(task_id), tasks_note)
        pictures = [p for row in page.steps for p in (row.expected, *(c.actual for c in row.cells.values()))]
        media.missing += sum(p.missing for p in pictures)
        render.write(env, out / "tasks" / f"{page.slug}.html", "task.html.j2", root="../", results=results, page=page)
    return SiteReport(out / "index.html", len(grouped), len(results.runs), media.missing)
