"""The summary table printed at the end of a run, and the suite scores behind it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from pytest_iwr import scoring
from pytest_iwr.cost import format_usd, total_cost
from pytest_iwr.results import TaskResult
from pytest_iwr.stats import Interval, mean_interval

VISUAL_KEYS = ("ocr", "dino", "lfs", "hfs", "vfs")


def _mean_or_none(values: list[float | None]) -> float | None:
    """A suite mean only when every scored task has the value: a partial mean would mislead."""
    if not values or any(v is None for v in values):
        return None
    return scoring.macro_mean(v for v in values if v is not None)


def suite_scores(results: Iterable[TaskResult]) -> dict[str, dict[str, Any]]:
    """Per model: macro means over scored tasks; errored tasks are counted, not averaged."""
    by_model: dict[str, list[TaskResult]] = defaultdict(list)
    for r in results:
        by_model[r.model].append(r)
    out: dict[str, dict[str, Any]] = {}
    for model, rows in sorted(by_model.items()):
        scored = [r for r in rows if r.status != "error"]
        per_task = per_task_scores(scored)
        entry: dict[str, Any] = {
            "tasks": len(per_task),
            "errors": len({r.task_id for r in rows if r.status == "error"}),
            "ifs": scoring.macro_mean(t["ifs"] for t in per_task.values()) if per_task else 0.0,
            "steps_passed": sum(r.steps_passed for r in scored),
            "steps_total": sum(r.steps_total for r in scored),
        }
        for key in (*VISUAL_KEYS, "final", "vfs_all"):
            entry[key] = _mean_or_none([t[key] for t in per_task.values()])
        entry["coverage"] = suite_coverage(scored)
        entry["cost"] = total_cost([r.cost for r in rows if r.cost])
        entry["ci95"] = {key: {"low": ci.low, "high": ci.high} for key, ci in suite_intervals(per_task).items()}
        entry["notes"] = sorted({n for r in scored for n in r.visual.get("notes", [])}) if scored else []
        out[model] = entry
    return out


def per_task_scores(scored: list[TaskResult]) -> dict[str, dict[str, float | None]]:
    """Each task's scores, averaged over its repeats (``--iwr-repeat``) before the macro mean."""
    runs: dict[str, list[TaskResult]] = defaultdict(list)
    for r in scored:
        runs[r.task_id].append(r)
    out: dict[str, dict[str, float | None]] = {}
    for task_id, rs in runs.items():
        values: dict[str, float | None] = {"ifs": scoring.macro_mean(r.ifs for r in rs)}
        for key in VISUAL_KEYS:
            values[key] = _mean_or_none([r.visual.get(key) if r.visual else None for r in rs])
        values["final"] = _mean_or_none([r.final for r in rs])
        values["vfs_all"] = _mean_or_none([r.vfs_all for r in rs])
        out[task_id] = values
    return out


def suite_coverage(scored: list[TaskResult]) -> dict[str, Any]:
    """Flagged checkpoints scored, out of flagged checkpoints, over every scored item."""
    counted = [r.coverage for r in scored if r.coverage]
    done, flagged = sum(c["scored"] for c in counted), sum(c["flagged"] for c in counted)
    return {"scored": done, "flagged": flagged, "ratio": done / flagged if flagged else None}


def _coverage_cell(coverage: dict[str, Any]) -> str:
    return f"{coverage['scored']}/{coverage['flagged']}" if coverage and coverage.get("flagged") else "-"


def suite_intervals(per_task: dict[str, dict[str, float | None]]) -> dict[str, Interval]:
    """Bootstrap 95% intervals over tasks for IFS, VFS and Final (where every task has them)."""
    out = {}
    for key in ("ifs", "vfs", "final"):
        values = [t[key] for t in per_task.values()]
        if values and all(v is not None for v in values):
            out[key] = mean_interval([v for v in values if v is not None])
    return out


def render_intervals(suite: dict[str, dict[str, Any]]) -> list[str]:
    lines = []
    for model, s in suite.items():
        cells = [
            f"{key.upper()} {s[key]:.3f} [{ci['low']:.3f}, {ci['high']:.3f}]" for key, ci in s.get("ci95", {}).items()
        ]
        if cells:
            lines.append(f"{model}: 95% CI over {s['tasks']} tasks (bootstrap): " + "; ".join(cells))
    return lines


def render_costs(suite: dict[str, dict[str, Any]]) -> list[str]:
    lines = []
    for model, s in suite.items():
        c = s.get("cost") or {}
        if not c.get("calls") and not c.get("prompt_tokens"):
            continue
        tokens = f"{c['prompt_tokens']:,} in + {c['completion_tokens']:,} out tokens, {c['calls']} calls"
        usd = format_usd(c["usd"])
        if c["unpriced"]:
            usd += f" ({', '.join(c['unpriced'])}; priced part ${c['priced_usd']:,.4f})"
        lines.append(f"{model}: cost {usd}: {tokens}")
    return lines


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _status(r: TaskResult) -> str:
    if r.generation_error:
        return "generation failed"
    if r.status == "failed":
        return f"failed at step {r.steps_passed + 1}"
    return r.status


def render_table(results: list[TaskResult], visual_off_reason: str = "") -> list[str]:
    rows = sorted(results, key=lambda r: (r.model, r.task_id))
    if not rows:
        return []
    suite = suite_scores(rows)
    name_w = max(12, *(len(r.task_id) for r in rows), *(len(f"SUITE ({s['tasks']} tasks)") for s in suite.values()))
    model_w = max(8, *(len(r.model) for r in rows))
    cols = ("IFS", "OCR", "DINO", "LFS", "HFS", "VFS", "Final", "VFSall")
    head = f"{'model':<{model_w}}  {'task':<{name_w}}  {'steps':>7}  " + "  ".join(f"{c:>6}" for c in cols)
    head += f"  {'cover':>7}  {'time':>6}  status"
    lines = [head, "-" * len(head)]

    def row(model: str, name: str, steps: str, values: list[float | None], tail: str) -> str:
        return f"{model:<{model_w}}  {name:<{name_w}}  {steps:>7}  " + "  ".join(f"{_fmt(v):>6}" for v in values) + tail

    for r in rows:
        v = r.visual or {}
        values = [r.ifs, *(v.get(k) for k in VISUAL_KEYS), r.final, r.vfs_all]
        tail = f"  {_coverage_cell(r.coverage):>7}  {r.seconds:>5.1f}s  {_status(r)}"
        lines.append(row(r.model, r.task_id, f"{r.steps_passed}/{r.steps_total}", values, tail))
    lines.append("-" * len(head))
    for model, s in suite.items():
        values = [s["ifs"], *(s[k] for k in VISUAL_KEYS), s["final"], s["vfs_all"]]
        note = f"  {_coverage_cell(s['coverage']):>7}"
        note += f"  ({s['errors']} task(s) errored, excluded)" if s["errors"] else ""
        lines.append(row(model, f"SUITE ({s['tasks']} tasks)", f"{s['steps_passed']}/{s['steps_total']}", values, note))
    notes = sorted({n for s in suite.values() for n in s["notes"]})
    if visual_off_reason:
        notes.insert(0, f"{visual_off_reason}: OCR, DINO, LFS, HFS, VFS and Final not computed")
    lines += render_intervals(suite)
    lines += render_costs(suite)
    lines.append(
        "cover: flagged checkpoints scored / flagged (the initial state and every visual step); VFS judges only "
        "those a replay reached, VFSall counts the unreached ones as 0 (never in Final)"
    )
    lines += [f"note: {n}" for n in notes]
    return lines
