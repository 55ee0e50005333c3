"""--iwr-judge-all on a bundled-format task: a local server scripted to answer like a VLM
judge rules beside the structured checks, and the run reports how often they agree."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURE_TASKS, by_task
from tests.gen_helpers import SECRET, chat_server
from tests.release_helpers import ScriptedModel

__all__ = ["chat_server"]


@pytest.fixture
def scripted(monkeypatch, chat_server):
    model = ScriptedModel()
    chat_server.responder = model
    monkeypatch.setenv("OPENAI_BASE_URL", chat_server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    return model


def test_judge_all_reports_agreement_with_structured_checks(scripted, run_suite):
    scripted.deny.add("The page turns dark")
    result, data = run_suite(
        f"--iwr-tasks={FIXTURE_TASKS}", "--iwr-model=reference", "--iwr-judge-model=scripted-judge", "--iwr-judge-all"
    )
    row = by_task(data)["reference", "notes-counter"]
    assert row["ifs"] == 1.0  # the structured checks still decide
    judged = [s["judge"] for s in row["steps"]]
    assert all(j is not None and j["check"] == "assertion (vlm scripted-judge)" for j in judged)
    assert [j["passed"] for j in judged].count(False) == 1  # "The page turns dark" is denied
    agreement = data["judges"]["reference"]["agreement"]["assertion (vlm scripted-judge)"]
    assert (agreement["compared"], agreement["agree"], agreement["structured_only"]) == (8, 7, 1)
    result.stdout.fnmatch_lines(
        ["*reference: structured checks vs assertion (vlm scripted-judge): agree on 7/8 steps (87.5%)*"]
    )
