"""Checkpoints as pytest subtests, under xdist: terminal, JUnit XML, and nothing else changed."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from tests.conftest import FIXTURE_PAGES, FIXTURE_TASKS

ARGS = (
    "-p",
    "no:cacheprovider",
    f"--iwr-tasks={FIXTURE_TASKS}",
    "--iwr-model=reference",
    f"--iwr-model=dir:{FIXTURE_PAGES / 'partial'}",  # passes steps 1-2, fails step 3 of 8
    "--iwr-visual=off",
    "-n",
    "2",
)


def items(path) -> dict:
    data = json.loads(path.read_text())
    return {(t["model"], t["task_id"]): (t["status"], t["ifs"], t["steps_passed"], t["failure"]) for t in data["tasks"]}


def test_checkpoints_are_subtests_and_the_items_are_unchanged(pytester):
    on = pytester.runpytest_subprocess(
        *ARGS, "-rA", "-v", "--junitxml=junit.xml", "--iwr-json=on.json", "--iwr-output=a"
    )
    off = pytester.runpytest_subprocess(*ARGS, "--iwr-subtests=off", "--iwr-json=off.json", "--iwr-output=b")
    out = on.stdout.str()
    partial = f"dir:{FIXTURE_PAGES / 'partial'}-notes-counter"
    # Every checkpoint of both items: 8 + 2 passed, 1 failed with its step's reason, 5 not reached.
    assert out.count("SUBPASSED[checkpoint ") == 10
    assert "SUBFAILED[checkpoint 3/8: type {placeholder='New note'}]" in out
    assert "not found: nothing visible matches {placeholder='New note'}" in out
    assert out.count("SUBSKIPPED[checkpoint ") == 5 + 5  # progress lines, then -rA: one each
    assert "checkpoint 8/8 not reached" in out
    assert "10 subtests passed" in out and "5 skipped" in out
    # The items themselves: one passed, one failed, exactly as without subtests.
    assert f"FAILED ::test_iwr[{partial}-chromium]" in out
    assert "PASSED ::test_iwr[reference-notes-counter-chromium]" in out
    off.assert_outcomes(passed=1, failed=1)
    assert items(pytester.path / "on.json") == items(pytester.path / "off.json")
    on_data = json.loads((pytester.path / "on.json").read_text())
    assert len(on_data["tasks"]) == 2  # one result per item: subtest reports carry none

    cases = {c.get("name"): c for c in ET.parse(pytester.path / "junit.xml").getroot().iter("testcase")}
    failed_case = cases[f"test_iwr[{partial}-chromium]"]
    messages = [f.get("message", "") for f in failed_case.findall("failure")]
    assert any(m.startswith("Failed: checkpoint 3/8: not found: nothing visible matches") for m in messages), messages
    skipped = [s.get("message") for s in failed_case.findall("skipped")]
    assert skipped == [f"checkpoint {i}/8 not reached" for i in range(4, 9)]  # the steps never reached
    props = {p.get("name"): p.get("value") for p in failed_case.iter("property")}
    assert props["iwr_steps"] == "2/8"  # the item's result is still attached once
    assert not cases["test_iwr[reference-notes-counter-chromium]"].findall("failure")
