"""What each page shows, as plain data for the templates: leaderboard rows, grid cells,
task pages with their steps. Files are placed through ``Media`` (site.py), never here."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from statistics import fmean
from typing import Protocol

from pytest_iwr.report.breakdown import AXES, FAILURE_CLASSES
from pytest_iwr.results import FAILED, NOT_REACHED, PASSED, StepResult
from pytest_iwr.tasks import Task
from pytest_iwr.view.data import Results, Run, resolve
from pytest_iwr.view.names import safe_name

# Columns someone may add to the suite scores later; shown as "—" until they exist.
EXTRA_COLUMNS = (("coverage", "Coverage"), ("vfs_all", "VFS (all)"), ("cost", "Cost"))
OUTCOMES = ("passed", *FAILURE_CLASSES, "error")


@dataclass(frozen=True)
class Picture:
    src: str | None  # path from the site's root; None when there is nothing to show
    note: str = ""  # why there is nothing, or a caption

    @property
    def missing(self) -> bool:
        """A file the results name that is not there (not merely a step never reached)."""
        return self.src is None and self.note.startswith("missing")


class Media(Protocol):
    def copy(self, source: Path, dest: str) -> str: ...
    def diff(self, expected: Path, actual: Path, dest: str) -> tuple[Picture, float | None]: ...


@dataclass
class Cell:
    """One run at one checkpoint (index 0: the page as loaded)."""

    status: str  # passed | failed | not_reached | loaded
    reason: str
    step: StepResult | None
    actual: Picture
    diff: Picture
    diff_fraction: float | None


@dataclass
class StepRow:
    index: int
    action: str
    title: str
    target: str
    assertion: str
    expected: Picture
    cells: dict[str, Cell] = field(default_factory=dict)  # run key -> cell


@dataclass
class RunView:
    key: str
    label: str
    run: Run
    trace: str | None = None  # the item's Playwright trace, copied into the site (--iwr-trace)


@dataclass
class TaskPage:
    task_id: str
    slug: str
    title: str
    taxonomy: dict[str, str]
    task_note: str  # why there is no recording and no expected image, when the task is not found
    video: Picture
    runs: list[RunView]
    steps: list[StepRow]


@dataclass
class GridCell:
    model: str
    href: str
    ifs: float | None
    final: float | None
    outcomes: list[str]


@dataclass
class GridRow:
    task_id: str
    slug: str
    title: str
    taxonomy: dict[str, str]
    cells: dict[str, GridCell]  # model -> its cell; a model that did not run the task has none

    @property
    def best_ifs(self) -> float | None:
        return max((c.ifs for c in self.cells.values() if c.ifs is not None), default=None)


def taxonomy_values(results: Results) -> dict[str, list[str]]:
    """Per axis, every value some model's breakdown has."""
    return {axis: sorted({v for axes in results.taxonomy.values() for v in axes.get(axis, {})}) for axis in AXES}


def runs_by_task(results: Results) -> dict[str, list[Run]]:
    order = {m: i for i, m in enumerate(results.models)}
    grouped: dict[str, list[Run]] = defaultdict(list)
    for run in results.runs:
        grouped[run.result.task_id].append(run)
    return {
        task_id: sorted(runs, key=lambda r: (order[r.model], r.result.repeat))
        for task_id, runs in sorted(grouped.items())
    }


def run_views(runs: list[Run]) -> list[RunView]:
    """Keys unique within the task: a model's repeats (``--iwr-repeat``) are told apart."""
    per_model = defaultdict(int)
    for run in runs:
        per_model[run.model] += 1
    views = []
    for run in runs:
        repeated = per_model[run.model] > 1
        key = safe_name(run.model) + (f"-r{run.result.repeat}" if repeated else "")
        label = run.model + (f" (repeat {run.result.repeat})" if repeated else "")
        views.append(RunView(key, label, run))
    return views


def taxonomy_of(runs: list[Run], task: Task | None) -> dict[str, str]:
    if task is not None:
        return task.tags
    return next((r.result.taxonomy for r in runs if r.result.taxonomy), {})


def _mean(values: list[float | None]) -> float | None:
    return None if not values or any(v is None for v in values) else fmean(v for v in values if v is not None)


def grid_rows(results: Results, tasks: dict[str, Task]) -> list[GridRow]:
    rows = []
    for task_id, runs in runs_by_task(results).items():
        slug = safe_name(task_id)
        views = run_views(runs)
        cells = {}
        for model in results.models:
            mine = [v for v in views if v.run.model == model]
            if not mine:
                continue
            scored = [v.run.result for v in mine if v.run.result.status != "error"]
            cells[model] = GridCell(
                model=model,
                href=f"tasks/{slug}.html?a={mine[0].key}",
                ifs=_mean([r.ifs for r in scored]) if scored else None,
                final=_mean([r.final for r in scored]) if scored else None,
                outcomes=sorted({v.run.outcome for v in mine}, key=OUTCOMES.index),
            )
        title = tasks[task_id].spec.title if task_id in tasks else runs[0].result.title
        rows.append(GridRow(task_id, slug, title, taxonomy_of(runs, tasks.get(task_id)), cells))
    return rows


def filter_values(rows: list[GridRow]) -> dict[str, list[str]]:
    """The values each filter offers: only those present."""
    values = {axis: sorted({r.taxonomy[axis] for r in rows if axis in r.taxonomy}) for axis in AXES}
    present = {o for r in rows for c in r.cells.values() for o in c.outcomes}
    values["outcome"] = [o for o in OUTCOMES if o in present]
    return values


def _step_heads(task: Task | None, runs: list[Run]) -> list[tuple[str, str, str, str]]:
    """(action, title, target, assertion) per step: from the task, else from what a run recorded."""
    if task is not None:
        return [(s.action, s.description, s.describe_target(), s.checkpoint.assertion) for s in task.steps]
    longest = max((r.result.steps for r in runs), key=len, default=[])
    return [(s.action, s.description, s.target, "") for s in longest]


def _no_shot_note(raw: str | None, status: str) -> str:
    if raw:
        return f"missing: {raw}"
    if status == NOT_REACHED:
        return "not reached"
    if status == FAILED:
        return "no screenshot: the step failed before its checkpoint"
    return "no screenshot recorded"


def _cell(media: Media, view: RunView, index: int, expected: Path | None, slug: str, step: StepResult | None) -> Cell:
    result = view.run.result
    if index == 0:
        raw = result.initial_screenshot
        status = "loaded" if raw else (FAILED if result.steps and result.steps[0].status == FAILED else NOT_REACHED)
        reason = "" if raw else (result.failure or result.generation_error)
    else:
        raw = step.screenshot if step else None
        status = step.status if step else NOT_REACHED
        reason = step.reason if step else ""
    source = resolve(raw, view.run.base)
    folder = f"media/{slug}/{view.key}"
    if source is None:
        actual = Picture(None, _no_shot_note(raw, status))
    else:
        actual = Picture(media.copy(source, f"{folder}/step_{index}{source.suffix.lower()}"))
    if source is not None and expected is not None:
        diff, fraction = media.diff(expected, source, f"{folder}/diff_{index}.png")
    else:
        diff, fraction = Picture(None, "no difference: needs both images"), None
    return Cell(status, reason, step, actual, diff, fraction)


def task_page(media: Media, task_id: str, runs: list[Run], task: Task | None, tasks_note: str) -> TaskPage:
    slug = safe_name(task_id)
    views = run_views(runs)
    if task is None:
        task_note = f"This task is not in the tasks folder ({tasks_note}): no recording and no expected images."
        video = Picture(None, "no recording: the task folder was not found")
    else:
        task_note = ""
        source = task.video()
        video = (
            Picture(media.copy(source, f"media/{slug}/recording{source.suffix.lower()}"))
            if source
            else Picture(None, "no recording: the task folder has no video.webm or video.mp4")
        )
    for view in views:
        trace = resolve(view.run.result.trace, view.run.base)
        if trace is not None:
            view.trace = media.copy(trace, f"media/{slug}/trace-{view.key}.zip")
    heads = [("load", "Page loaded", "(page)", "The page as it first appears"), *_step_heads(task, runs)]
    steps = []
    for index, (action, title, target, assertion) in enumerate(heads):
        expected_path = task.checkpoint_image(index) if task is not None else None
        if expected_path is not None and expected_path.is_file():
            dest = f"media/{slug}/expected/step_{index}{expected_path.suffix.lower()}"
            expected = Picture(media.copy(expected_path, dest))
        else:
            expected = Picture(None, "no task folder" if expected_path is None else f"missing: {expected_path}")
            expected_path = None
        row = StepRow(index, action, title or f"Step {index}", target, assertion, expected)
        for view in views:
            steps_done = view.run.result.steps
            step = steps_done[index - 1] if 0 < index <= len(steps_done) else None
            row.cells[view.key] = _cell(media, view, index, expected_path, slug, step)
        steps.append(row)
    title = task.spec.title if task is not None else runs[0].result.title
    return TaskPage(task_id, slug, title, taxonomy_of(runs, task), task_note, video, views, steps)


STATUS_WORDS = {PASSED: "passed", FAILED: "failed", NOT_REACHED: "not reached", "loaded": "loaded"}
