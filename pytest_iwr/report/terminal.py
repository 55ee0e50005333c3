"""The summary table printed at the end of a run."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from pytest_iwr import scoring
from pytest_iwr.results import TaskResult


def suite_scores(results: Iterable[TaskResult]) -> dict[str, dict[str, float | int]]:
    """Per model: macro-mean IFS over scored tasks, and how many tasks errored (excluded)."""
    by_model: dict[str, list[TaskResult]] = defaultdict(list)
    for r in results:
        by_model[r.model].append(r)
    out: dict[str, dict[str, float | int]] = {}
    for model, rows in sorted(by_model.items()):
        scored = [r for r in rows if r.status != "error"]
        out[model] = {
            "tasks": len(scored),
            "errors": len(rows) - len(scored),
            "ifs": scoring.macro_mean(r.ifs for r in scored) if scored else 0.0,
            "steps_passed": sum(r.steps_passed for r in scored),
            "steps_total": sum(r.steps_total for r in scored),
        }
    return out


def render_table(results: list[TaskResult]) -> list[str]:
    rows = sorted(results, key=lambda r: (r.model, r.task_id))
    if not rows:
        return []
    width = max(12, *(len(r.task_id) for r in rows))
    mwidth = max(8, *(len(r.model) for r in rows))
    head = f"{'model':<{mwidth}}  {'task':<{width}}  {'steps':>7}  {'IFS':>6}  {'time':>6}  status"
    lines = [head, "-" * len(head)]
    for r in rows:
        steps = f"{r.steps_passed}/{r.steps_total}"
        status = r.status if r.status != "failed" else f"failed at step {r.steps_passed + 1}"
        if r.generation_error:
            status = "generation failed"
        lines.append(
            f"{r.model:<{mwidth}}  {r.task_id:<{width}}  {steps:>7}  {r.ifs:>6.3f}  {r.seconds:>5.1f}s  {status}"
        )
    lines.append("-" * len(head))
    for model, s in suite_scores(rows).items():
        steps = f"{s['steps_passed']}/{s['steps_total']}"
        note = f"  ({s['errors']} task(s) errored, excluded)" if s["errors"] else ""
        lines.append(
            f"{model:<{mwidth}}  {'SUITE (' + str(s['tasks']) + ' tasks)':<{width}}  {steps:>7}  {s['ifs']:>6.3f}{note}"
        )
    return lines
