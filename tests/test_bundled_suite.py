"""The bundled benchmark: every task validated, the ceiling and the floor, the catalogue."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pytest_iwr.catalogue import END, START, render
from pytest_iwr.tasks import DOMAINS, INTERACTION_LOGIC, VISUAL_COMPLEXITY, Task, bundled_tasks_dir, discover_tasks
from pytest_iwr.validate import validate_task
from tests.conftest import ROOT

TASK_DIRS = sorted(p for p in bundled_tasks_dir().iterdir() if (p / "task.yaml").exists())
TASKS = [t for t in discover_tasks(bundled_tasks_dir()) if isinstance(t, Task)]


# Every task's reference, rules and recording here; both twins of every task are replayed by
# `make validate`, its own CI step (.ci/run), and here on a sample that covers the twins'
# rewriting: aria-driven state, label-for, markup written by scripts, role-only board squares.
TWIN_SAMPLE = ("calculator", "forum-thread", "settings-panel", "tic-tac-toe")


@pytest.mark.parametrize("task_dir", TASK_DIRS, ids=[p.name for p in TASK_DIRS])
def test_validator_is_green(browser, task_dir: Path):
    failed = [f.line() for f in validate_task(browser, task_dir, twins=task_dir.name in TWIN_SAMPLE) if not f.ok]
    assert not failed, "\n".join(failed)


def test_suite_size_and_coverage_of_every_axis():
    assert len(TASKS) == len(TASK_DIRS) >= 30
    assert sum(len(t.steps) for t in TASKS) >= 300
    assert all(3 <= len(t.steps) <= 25 for t in TASKS)
    for axis, values in (
        ("domain", DOMAINS),
        ("visual_complexity", VISUAL_COMPLEXITY),
        ("interaction_logic", INTERACTION_LOGIC),
    ):
        counts = Counter(getattr(t.spec.taxonomy, axis) for t in TASKS)
        thin = {v: counts[v] for v in values if counts[v] < 3}
        assert not thin, f"{axis} values with fewer than 3 tasks: {thin}"
    assert Counter(t.spec.taxonomy.domain for t in TASKS)["games"] >= 5


def test_every_action_and_check_kind_is_used():
    actions = {s.action for t in TASKS for s in t.steps}
    kinds = {e.kind for t in TASKS for s in t.steps for e in s.checkpoint.expect}
    assert actions == {"click", "type", "press", "scroll", "hover", "select"}
    assert kinds >= {"visible_text", "absent_text", "text_count", "matches", "input_value", "scrolled", "changed"}


# The ceiling and the floor over the whole suite: every reference passes its own steps
# (the validator above, and through the generator with the plugin's items in
# test_generate_bundled.py, where static scores 0 on every task beside it).


def test_readme_catalogue_is_generated_from_the_task_files():
    readme = (ROOT / "README.md").read_text()
    block = readme.split(START, 1)[1].split(END, 1)[0].strip()
    assert block == render(bundled_tasks_dir()), "run `make catalogue`"
