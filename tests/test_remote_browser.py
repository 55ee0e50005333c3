"""Scoring in a remote browser (``--iwr-browser-ws``): a real Playwright browser server.

The server runs as a separate process tree, as it would in a pod: the worker cannot see
its renderers, and the page and its assets reach the browser only through request
routing (sandbox.py). The same items scored locally and remotely must end alike.
"""

from __future__ import annotations

import pytest

from tests.browser_server import browser_server
from tests.conftest import FIXTURE_PAGES, FIXTURE_TASKS, beacon_pages, by_task

TASKS = f"--iwr-tasks={FIXTURE_TASKS}"


@pytest.fixture(scope="module")
def endpoint():
    with browser_server() as ws:
        yield ws


def outcome(data: dict) -> dict:
    return {
        key: (row["status"], row["ifs"], row["steps_passed"], sorted(row["blocked_requests"]), row["failure"])
        for key, row in by_task(data).items()
    }


def test_a_remote_browser_scores_as_the_local_one(run_suite, pytester, tmp_path, endpoint):
    pages = beacon_pages(tmp_path)
    partial = FIXTURE_PAGES / "partial"
    models = ("--iwr-model=reference", "--iwr-model=static", f"--iwr-model=dir:{pages}", f"--iwr-model=dir:{partial}")
    _, local = run_suite(TASKS, *models, "--iwr-output=local")
    _, remote = run_suite(TASKS, *models, f"--iwr-browser-ws={endpoint}", "--iwr-output=remote")
    assert outcome(remote) == outcome(local)
    rows = by_task(remote)
    assert rows["reference", "notes-counter"]["ifs"] == 1.0
    beacons = rows[f"dir:{pages}", "notes-counter"]
    assert beacons["ifs"] == 1.0
    blocked = " ".join(beacons["blocked_requests"])
    assert "198.51.100.7/pixel.gif" in blocked and "127.0.0.1:9/steal" in blocked
    assert "ws://example.invalid/socket" in blocked
    assert remote["suite"] == local["suite"]
    # The screenshots were taken by the remote browser and written here.
    assert (pytester.path / "remote" / "reference" / "notes-counter" / "step_8.png").stat().st_size > 1000


def test_agents_that_attach_over_cdp_refuse_a_remote_browser(run_suite, endpoint):
    result, _ = run_suite(TASKS, "--iwr-model=reference", f"--iwr-browser-ws={endpoint}", "--iwr-agent=browser-use")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "cannot with --iwr-browser-ws" in result.stderr.str()
