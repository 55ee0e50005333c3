"""The bundled suite through the generator: a ``-n 2`` run over every eighth task (and the
rerun sample) makes one API call per task, and the model that answers with each task's
reference page scores IFS 1.0 on every task (the ceiling, through the whole generation
path) while ``static`` scores 0 (the floor). A rerun of a sample asks nothing (the cache
works the same for every task; the fixture tasks' e2e test reruns all of its tasks).

Slow, so it lives apart from the quick end-to-end tests. `make run` scores the whole suite
with both models; the README records what it printed.
"""

from __future__ import annotations

import shutil

import pytest

from pytest_iwr.generate.prompt import asset_sheets
from pytest_iwr.tasks import Task, bundled_tasks_dir, discover_tasks
from tests.gen_helpers import chat_server
from tests.test_generate_e2e import api_env, check_first_and_second_run

__all__ = ["api_env", "chat_server"]  # fixtures, used by name


RERUN = ("kanban-board", "shop-cart", "tic-tac-toe")  # no id inside another: -k matches substrings
EVERY = 8  # a sample spread over the alphabet, so over authors and kinds


@pytest.mark.slow
def test_bundled_tasks_ceiling_and_floor_through_the_generator_then_from_cache(run_suite, pytester, api_env, tmp_path):
    tasks_dir = tmp_path / "bundled-with-video"
    tasks = [t for t in discover_tasks(bundled_tasks_dir()) if isinstance(t, Task)]
    for task in [t for i, t in enumerate(tasks) if i % EVERY == 0 or t.id in RERUN]:
        if task.video() is not None and asset_sheets(task):
            # A snapshot: a task re-recorded between the two runs would rightly miss the cache.
            shutil.copytree(task.root, tasks_dir / task.id)
    if not tasks_dir.exists():
        pytest.skip("no bundled task has a video yet (python -m pytest_iwr record tasks/<id>)")
    check_first_and_second_run(run_suite, pytester, api_env, tasks_dir, via_dir=False, floor=True, rerun=RERUN)
