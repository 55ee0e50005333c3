"""``--iwr-compare``: this run against an earlier ``--iwr-json``, task by task.

Tasks are paired by (model, task id); when each run scored exactly one model, by task
id alone, so a fine-tuned checkpoint can be compared with its parent under another name.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from statistics import fmean
from typing import Any

from pytest_iwr.stats import Interval, paired_difference

SCORES = ("ifs", "vfs", "final")
EPSILON = 1e-9


@dataclass
class TaskDelta:
    model: str
    task_id: str
    current: dict[str, float | None]
    baseline: dict[str, float | None]

    def delta(self, key: str) -> float | None:
        now, before = self.current.get(key), self.baseline.get(key)
        return None if now is None or before is None else now - before

    @property
    def headline(self) -> str:
        """The score a regression is judged on: Final when both runs have it, else IFS."""
        return "final" if self.delta("final") is not None else "ifs"

    @property
    def regressed(self) -> bool:
        d = self.delta(self.headline)
        return d is not None and d < -EPSILON

    @property
    def improved(self) -> bool:
        d = self.delta(self.headline)
        return d is not None and d > EPSILON


@dataclass
class Comparison:
    baseline_path: str
    tasks: list[TaskDelta]
    # Per model and score: the paired bootstrap interval of the mean difference.
    suite: dict[str, dict[str, Interval]] = field(default_factory=dict)
    shared: dict[str, int] = field(default_factory=dict)
    unmatched: list[str] = field(default_factory=list)

    def regressed(self) -> list[TaskDelta]:
        return [t for t in self.tasks if t.regressed]


def task_scores(rows: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, float | None]]:
    """Mean score per (model, task) over repeats; errored tasks are left out."""
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row.get("status") != "error":
            grouped[row["model"], row["task_id"]].append(row)
    out: dict[tuple[str, str], dict[str, float | None]] = {}
    for key, runs in grouped.items():
        out[key] = {
            score: (None if any(r.get(score) is None for r in runs) else fmean(r[score] for r in runs))
            for score in SCORES
        }
    return out


def load(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return list(data["tasks"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"--iwr-compare: {path} is not an --iwr-json result ({exc})") from exc


def compare(current_rows: list[dict[str, Any]], baseline_rows: list[dict[str, Any]], baseline_path: str) -> Comparison:
    now, before = task_scores(current_rows), task_scores(baseline_rows)
    now_models = {m for m, _ in now}
    before_models = {m for m, _ in before}
    by_task_only = len(now_models) == 1 and len(before_models) == 1 and now_models != before_models
    if by_task_only:
        (new_model,) = now_models
        before = {(new_model, t): s for (_, t), s in before.items()}
    deltas = [TaskDelta(m, t, now[m, t], before[m, t]) for (m, t) in sorted(now) if (m, t) in before]
    unmatched = sorted(f"{m}/{t}" for (m, t) in now if (m, t) not in before)
    deltas.sort(key=lambda d: (not d.regressed, d.delta(d.headline) or 0.0, d.model, d.task_id))
    comparison = Comparison(baseline_path, deltas, unmatched=unmatched)
    for model in sorted({d.model for d in deltas}):
        rows = [d for d in deltas if d.model == model]
        comparison.shared[model] = len(rows)
        for score in SCORES:
            cur = {d.task_id: d.current[score] for d in rows if d.current[score] is not None}
            old = {d.task_id: d.baseline[score] for d in rows if d.baseline[score] is not None}
            if set(cur) & set(old):
                comparison.suite.setdefault(model, {})[score] = paired_difference(cur, old)[0]
    return comparison


def render(comparison: Comparison) -> list[str]:
    lines = [f"compared with {comparison.baseline_path}"]
    for model, intervals in comparison.suite.items():
        parts = []
        for score, interval in intervals.items():
            verdict = "within noise" if interval.contains_zero() else ("up" if interval.mean > 0 else "DOWN")
            parts.append(f"{score.upper()} {interval.mean:+.3f} [{interval.low:+.3f}, {interval.high:+.3f}] {verdict}")
        lines.append(f"  {model} ({comparison.shared[model]} tasks), change with paired 95% CI: " + "; ".join(parts))
    regressed = comparison.regressed()
    lines.append(f"  regressed tasks: {len(regressed)}" + (":" if regressed else ""))
    for d in comparison.tasks:
        if not (d.regressed or d.improved):
            continue
        deltas = ", ".join(
            f"{s.upper()} {d.baseline[s]:.3f} -> {d.current[s]:.3f} ({d.delta(s):+.3f})"
            for s in SCORES
            if d.delta(s) is not None
        )
        mark = "REGRESSED" if d.regressed else "improved "
        lines.append(f"    {mark} {d.model}/{d.task_id}: {deltas}")
    if comparison.unmatched:
        lines.append(f"  not in the baseline: {', '.join(comparison.unmatched)}")
    return lines


def to_json(comparison: Comparison) -> dict[str, Any]:
    return {
        "baseline": comparison.baseline_path,
        "suite": {
            model: {s: {"mean": i.mean, "low": i.low, "high": i.high} for s, i in scores.items()}
            for model, scores in comparison.suite.items()
        },
        "regressed": [f"{d.model}/{d.task_id}" for d in comparison.regressed()],
        "tasks": [
            {"model": d.model, "task_id": d.task_id, "delta": {s: d.delta(s) for s in SCORES}, "regressed": d.regressed}
            for d in comparison.tasks
        ],
        "unmatched": comparison.unmatched,
    }
