"""The benchmark as one parametrized test: ``test_iwr[<model>-<task-id>]``.

Collected only when ``--iwr-model`` is given; the plugin parametrizes ``iwr_case``.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from pytest_iwr.results import PASSED
from pytest_iwr.runner import Case, run_case
from pytest_iwr.session import RESULT_KEY, SESSION_KEY


def test_iwr(iwr_case: Case, page: Page, request: pytest.FixtureRequest) -> None:
    session = request.config.stash[SESSION_KEY]
    result = run_case(request.config, iwr_case, page, session.replay_options(iwr_case), session.visual)
    request.node.stash[RESULT_KEY] = result
    if result.status != PASSED:
        pytest.fail(result.failure, pytrace=False)
