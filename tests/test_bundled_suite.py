"""The bundled benchmark: every task validated, the ceiling and the floor, the catalogue."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pytest_iwr.catalogue import END, START, render
from pytest_iwr.tasks import DOMAINS, INTERACTION_LOGIC, VISUAL_COMPLEXITY, Task, bundled_tasks_dir, discover_tasks
from pytest_iwr.validate import check_assets, check_features, check_prose, validate_task
from tests.conftest import ROOT

TASK_DIRS = sorted(p for p in bundled_tasks_dir().iterdir() if (p / "task.yaml").exists())
TASKS = [t for t in discover_tasks(bundled_tasks_dir()) if isinstance(t, Task)]


# `make validate`, its own CI step (.ci/run), replays every task and both twins of each.
# Here: the checks that need no browser on every task, and the replay on a sample that
# covers the twins' rewriting (aria-driven state, label-for, markup written by scripts,
# role-only board squares) and what real sites do (routing, sorting and pagination,
# validation, undo, reordering, search as you type, modals, a canvas board).
TWIN_SAMPLE = ("calculator", "forum-thread", "settings-panel", "tic-tac-toe")
REPLAY_SAMPLE = (
    "admin-dashboard",
    "bookstore-search",
    "email-client",
    "forum-moderation",
    "geometry-canvas",
    "password-signup",
    "playlist-sorter",
    "reversi",
)


@pytest.mark.parametrize("task", TASKS, ids=[t.id for t in TASKS])
def test_every_task_has_prose_assets_and_fresh_shipped_features(task: Task):
    findings = [*check_prose(task), *check_assets(task), check_features(task)]
    failed = [f.line() for f in findings if not f.ok]
    assert not failed, "\n".join(failed)


@pytest.mark.parametrize("name", TWIN_SAMPLE + REPLAY_SAMPLE)
def test_validator_is_green(browser, name: str):
    task_dir = bundled_tasks_dir() / name
    failed = [f.line() for f in validate_task(browser, task_dir, twins=name in TWIN_SAMPLE) if not f.ok]
    assert not failed, "\n".join(failed)


def test_suite_size_and_coverage_of_every_axis():
    """IWR-Bench's scale (113 tasks, 1,001 actions), every axis value well filled."""
    assert len(TASKS) == len(TASK_DIRS) >= 113
    assert sum(len(t.steps) for t in TASKS) >= 1000
    assert all(3 <= len(t.steps) <= 25 for t in TASKS)
    assert sum(len(t.steps) >= 15 for t in TASKS) >= 20
    for axis, values in (
        ("domain", DOMAINS),
        ("visual_complexity", VISUAL_COMPLEXITY),
        ("interaction_logic", INTERACTION_LOGIC),
    ):
        counts = Counter(getattr(t.spec.taxonomy, axis) for t in TASKS)
        thin = {v: counts[v] for v in values if counts[v] < 10}
        assert not thin, f"{axis} values with fewer than 10 tasks: {thin}"
    assert Counter(t.spec.taxonomy.visual_complexity for t in TASKS)["complex"] >= 0.30 * len(TASKS)
    assert Counter(t.spec.taxonomy.interaction_logic for t in TASKS)["logic"] >= 0.35 * len(TASKS)
    assert set(TWIN_SAMPLE + REPLAY_SAMPLE) <= {t.id for t in TASKS}


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


def test_a_checkpoint_state_the_video_never_shows_fails_the_recording_check(tmp_path: Path):
    """The model learns a state from the video's sampled frames only: a checkpoint whose
    state is in no frame asks for what no model could have seen."""
    import shutil

    from PIL import Image, ImageOps

    from pytest_iwr.tasks import load_task
    from pytest_iwr.validate import check_recording
    from tests.gen_helpers import VIDEO_TASKS

    shutil.copytree(VIDEO_TASKS / "notes-counter", tmp_path / "notes-counter")
    task = load_task(tmp_path / "notes-counter")
    assert all(f.ok for f in check_recording(task))
    image = task.checkpoint_image(3)
    with Image.open(image) as shown:
        ImageOps.invert(shown.convert("RGB")).save(image)  # a state the recording never reached
    seen = [f for f in check_recording(task) if "sampled frames" in f.check]
    assert len(seen) == 1 and not seen[0].ok and "step_3.png" in seen[0].message
    assert "step_2.png" not in seen[0].message
