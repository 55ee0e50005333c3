"""The README's catalogue of bundled tasks, generated from the task files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from statistics import median

from pytest_iwr.stats import simulated_half_width
from pytest_iwr.tasks import DOMAINS, INTERACTION_LOGIC, VISUAL_COMPLEXITY, Task, discover_tasks

# The suite's size before it grew to IWR-Bench's (issue 14), for the interval it gave.
EARLIER_SIZE = 32
START = "<!-- catalogue:start -->"
END = "<!-- catalogue:end -->"


def render(tasks_root: Path) -> str:
    tasks = [t for t in discover_tasks(tasks_root) if isinstance(t, Task)]
    lines = ["| id | domain | complexity | logic | steps |", "| --- | --- | --- | --- | ---: |"]
    for t in tasks:
        tax = t.spec.taxonomy
        lines.append(f"| {t.id} | {tax.domain} | {tax.visual_complexity} | {tax.interaction_logic} | {len(t.steps)} |")
    lines.append(f"| **{len(tasks)} tasks** | | | | **{sum(len(t.steps) for t in tasks)}** |")
    lines.append("")
    for axis, values in (
        ("domain", DOMAINS),
        ("visual_complexity", VISUAL_COMPLEXITY),
        ("interaction_logic", INTERACTION_LOGIC),
    ):
        tasks_per = Counter(getattr(t.spec.taxonomy, axis) for t in tasks)
        steps_per = Counter()
        for t in tasks:
            steps_per[getattr(t.spec.taxonomy, axis)] += len(t.steps)
        cells = ", ".join(f"{v} {tasks_per[v]} ({steps_per[v]} steps)" for v in values)
        lines.append(f"- **{axis.replace('_', ' ')}**: {cells}")
    counts = sorted(len(t.steps) for t in tasks)
    long_tasks = sum(n >= 15 for n in counts)
    lines.append(
        f"- **steps per task**: median {median(counts):g}, {counts[0]} to {counts[-1]}; {long_tasks} tasks of 15 or more"
    )
    if len(counts) > EARLIER_SIZE:
        # An evenly spaced subsample keeps the step-count mix of the whole suite.
        earlier = [counts[round(i * (len(counts) - 1) / (EARLIER_SIZE - 1))] for i in range(EARLIER_SIZE)]
        lines.append(
            "- **95% interval on IFS** (bootstrap over tasks) for a simulated model at IFS 0.5: "
            f"±{simulated_half_width(counts):.3f} at {len(counts)} tasks, "
            f"±{simulated_half_width(earlier):.3f} at {EARLIER_SIZE} tasks"
        )
    return "\n".join(lines)


def update_readme(readme: Path, tasks_root: Path) -> bool:
    """Rewrite the block between the markers; True when it changed."""
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise ValueError(f"{readme} lacks the {START} / {END} markers")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    new = f"{head}{START}\n{render(tasks_root)}\n{END}{tail}"
    if new != text:
        readme.write_text(new, encoding="utf-8")
    return new != text
