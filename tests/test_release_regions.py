"""Annotators' region phrases on a release-format dataset: every kind the offline grounder
reads (tests/region_release.py), scored end to end at IFS 1.0 on the page that implements
the tasks, each step grounded from its description alone among look-alike controls."""

from __future__ import annotations

from pathlib import Path

import pytest

from pytest_iwr.agent import refer
from tests.conftest import by_task
from tests.region_release import ATTRIBUTES, RELATIONS, TASKS, VIEWPORT
from tests.release_helpers import write_release


@pytest.fixture(scope="module")
def regions(tmp_path_factory: pytest.TempPathFactory, launch_browser) -> Path:
    browser = launch_browser()
    try:
        return write_release(tmp_path_factory.mktemp("regions"), browser, TASKS, VIEWPORT, broken=False)
    finally:
        browser.close()


def descriptions(steps: list) -> list[str]:
    return [raw["parameters"]["description"] for raw, _ in steps]


def test_the_descriptions_use_every_kind_of_phrase():
    parsed = [refer.parse(d) for d in descriptions(RELATIONS + ATTRIBUTES)]
    relations = {a.relation for ref in parsed for a in ref.anchors}
    assert relations >= {"near", "left", "right", "above", "below", "between", "region"}
    regions = " ".join(descriptions(RELATIONS))
    for phrase in (" in the ", " under the ", " for ", " of ", " belonging to ", "card", "column", "panel", "heading"):
        assert phrase in regions, phrase
    assert {ref.ordinal for ref in parsed} >= {2, -1}  # second, last
    assert {p for ref in parsed for p in ref.places} >= {"middle", "bottom", "left"}  # leftmost
    assert any(ref.colours for ref in parsed) and any(ref.size for ref in parsed) and any(ref.shapes for ref in parsed)


def test_region_phrases_are_grounded_offline_at_ifs_one(regions, run_suite):
    good, inert = f"dir:{regions.parent / 'good'}", f"dir:{regions.parent / 'inert'}"
    _, data = run_suite(f"--iwr-tasks={regions}", f"--iwr-model={good}", f"--iwr-model={inert}")
    rows = by_task(data)
    for task_id, steps in (("reg_001", RELATIONS), ("reg_002", ATTRIBUTES)):
        row = rows[good, task_id]
        failed = [f"{s['index']}: {s.get('failure')}" for s in row["steps"] if s["status"] != "passed"]
        assert row["ifs"] == 1.0, f"{task_id}: {row['failure']}\n" + "\n".join(failed)
        assert len(row["steps"]) == len(steps)
        assert {s["grounding"]["method"] for s in row["steps"]} == {"offline"}
        # A page that shows the same and ignores the user fails at once: the proxy sees it.
        assert rows[inert, task_id]["steps_passed"] == 0
