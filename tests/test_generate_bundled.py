"""The issue's must-show on the bundled suite: a ``-n 2`` run over every task that has a
recording makes one API call per task, the rerun none, and every task is scored.

Slow (two runs over the whole suite), so it lives apart from the quick end-to-end tests
and can be deselected like ``test_bundled_suite.py``.
"""

from __future__ import annotations

import shutil

import pytest

from pytest_iwr.generate.prompt import asset_sheets
from pytest_iwr.tasks import Task, bundled_tasks_dir, discover_tasks
from tests.gen_helpers import chat_server
from tests.test_generate_e2e import api_env, check_first_and_second_run

__all__ = ["api_env", "chat_server"]  # fixtures, used by name


@pytest.mark.slow
def test_bundled_tasks_with_video_once_then_from_cache(run_suite, pytester, api_env, tmp_path):
    tasks_dir = tmp_path / "bundled-with-video"
    for task in discover_tasks(bundled_tasks_dir()):
        if isinstance(task, Task) and task.video() is not None and asset_sheets(task):
            # A snapshot: a task re-recorded between the two runs would rightly miss the cache.
            shutil.copytree(task.root, tasks_dir / task.id)
    if not tasks_dir.exists():
        pytest.skip("no bundled task has a video yet (python -m pytest_iwr record tasks/<id>)")
    check_first_and_second_run(run_suite, pytester, api_env, tasks_dir, via_dir=False)
