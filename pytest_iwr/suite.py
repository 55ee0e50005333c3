"""The benchmark as one parametrized test: ``test_iwr[<model>-<task-id>]``.

Collected only when ``--iwr-model`` is given; the plugin parametrizes ``iwr_case``. Each
step's checkpoint is reported as a subtest (pytest's ``subtests``): it passes, fails with
the step's reason, or is skipped as not reached. The item's own outcome is the task's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from pytest_iwr.results import FAILED, NOT_REACHED, PASSED, TaskResult
from pytest_iwr.runner import Case, run_case
from pytest_iwr.session import REPORTING_CHECKPOINTS_KEY, RESULT_KEY, SESSION_KEY


def test_iwr(iwr_case: Case, page: Page, request: pytest.FixtureRequest, subtests: pytest.Subtests) -> None:
    session = request.config.stash[SESSION_KEY]
    result = run_case(request.config, iwr_case, page, session.replay_options(iwr_case), session.visual, session.prices)
    if request.config.getoption("tracing", default="off") != "off":
        # Where pytest-playwright puts this item's trace when it keeps it.
        result.trace = str(Path(request.getfixturevalue("output_path")) / "trace.zip")
    request.node.stash[RESULT_KEY] = result
    if request.config.getoption("iwr_subtests") == "on":
        report_checkpoints(result, subtests, request.node)
    if result.status != PASSED:
        pytest.fail(result.failure, pytrace=False)


def report_checkpoints(result: TaskResult, subtests: pytest.Subtests, item: pytest.Item) -> None:
    item.stash[REPORTING_CHECKPOINTS_KEY] = True  # their reports must not carry the item's result
    try:
        for step in result.steps:
            # The checkpoint is named in the messages too: JUnit XML keeps those, not the subtest's name.
            name = f"checkpoint {step.index}/{len(result.steps)}"
            with subtests.test(msg=f"{name}: {step.action} {step.target}"):
                if step.status == NOT_REACHED:
                    pytest.skip(f"{name} not reached")
                if step.status == FAILED:
                    pytest.fail(f"{name}: {step.reason}", pytrace=False)
    finally:
        item.stash[REPORTING_CHECKPOINTS_KEY] = False
