"""Where a model scores and where it fails: by taxonomy value and by failure class."""

from __future__ import annotations

from collections import Counter, defaultdict
from statistics import fmean
from typing import Any

from pytest_iwr.results import FAILED, TaskResult
from pytest_iwr.stats import repeat_spread

AXES = ("domain", "visual_complexity", "interaction_logic")
FAILURE_CLASSES = ("not found", "no effect", "assertion false", "judge error", "timeout", "crash", "generation failed")


def failure_class(result: TaskResult) -> str | None:
    """The class of the step that ended a failed task, or None when it passed."""
    if result.generation_error:
        return "generation failed"
    failed = next((s for s in result.steps if s.status == FAILED), None)
    if failed is None:
        # A failed task with no failed step never reached its replay (its browser was lost).
        return "crash" if result.status == FAILED else None
    reason = failed.reason
    if reason.startswith(("not found", "hidden", "ambiguous", "not grounded", "disabled")):
        return "not found"
    if reason.startswith("timed out"):
        return "timeout"
    if reason.startswith(("page unresponsive", "page error", "page did not load", "action failed")):
        return "crash"
    if "judge error:" in reason:
        return "judge error"
    if reason.startswith("checkpoint false"):
        # Only "the page did not change" failing means the action had no visible effect.
        kinds = {c.check.split("=")[0] for c in failed.checks if not c.passed}
        return "no effect" if kinds <= {"changed", "scrolled"} else "assertion false"
    return "crash"


def by_taxonomy(results: list[TaskResult]) -> dict[str, dict[str, dict[str, dict[str, Any]]]]:
    """model -> axis -> value -> {tasks, ifs, final}."""
    out: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    grouped: dict[tuple[str, str, str], list[TaskResult]] = defaultdict(list)
    for r in results:
        if r.status == "error":
            continue
        for axis in AXES:
            if axis in r.taxonomy:
                grouped[r.model, axis, r.taxonomy[axis]].append(r)
    for (model, axis, value), rows in sorted(grouped.items()):
        finals = [r.final for r in rows]
        out.setdefault(model, {}).setdefault(axis, {})[value] = {
            "tasks": len({r.task_id for r in rows}),
            "ifs": fmean(r.ifs for r in rows),
            "final": None if any(f is None for f in finals) else fmean(f for f in finals if f is not None),
        }
    return out


def by_failure(results: list[TaskResult]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for model in sorted({r.model for r in results}):
        counts = Counter(failure_class(r) for r in results if r.model == model and r.status != "error")
        out[model] = {cls: counts.get(cls, 0) for cls in FAILURE_CLASSES} | {"passed": counts.get(None, 0)}
    return out


def repeat_variance(results: list[TaskResult]) -> dict[str, dict[str, dict[str, float]]]:
    """model -> task -> {runs, ifs_mean, ifs_var, final_mean, final_var} for repeated tasks."""
    grouped: dict[tuple[str, str], list[TaskResult]] = defaultdict(list)
    for r in results:
        if r.status != "error":
            grouped[r.model, r.task_id].append(r)
    out: dict[str, dict[str, dict[str, float]]] = {}
    for (model, task), rows in sorted(grouped.items()):
        if len(rows) < 2:
            continue
        ifs_mean, ifs_var = repeat_spread([r.ifs for r in rows])
        entry = {"runs": len(rows), "ifs_mean": ifs_mean, "ifs_var": ifs_var}
        if all(r.final is not None for r in rows):
            entry["final_mean"], entry["final_var"] = repeat_spread([r.final for r in rows if r.final is not None])
        out.setdefault(model, {})[task] = entry
    return out


def render(results: list[TaskResult]) -> list[str]:
    lines = []
    for model, axes in by_taxonomy(results).items():
        lines.append(f"{model} by taxonomy (tasks, IFS, Final):")
        for axis, values in axes.items():
            cells = []
            for value, s in values.items():
                final = "-" if s["final"] is None else f"{s['final']:.3f}"
                cells.append(f"{value} {s['tasks']}: {s['ifs']:.3f}/{final}")
            lines.append(f"  {axis.replace('_', ' ')}: " + "; ".join(cells))
    for model, counts in by_failure(results).items():
        cells = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
        lines.append(f"{model} outcomes: {cells}")
    for model, tasks in repeat_variance(results).items():
        lines.append(f"{model} repeats (mean ± variance):")
        for task, s in tasks.items():
            final = f", Final {s['final_mean']:.3f} ± {s['final_var']:.4f}" if "final_mean" in s else ""
            lines.append(f"  {task} x{s['runs']}: IFS {s['ifs_mean']:.3f} ± {s['ifs_var']:.4f}{final}")
    return lines
