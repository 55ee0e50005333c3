"""The IWR-Bench release format: data.jsonl + task folders, loaded and scored end to end in
child pytest runs against pages that implement it: grounded offline and judged by the
visual proxy without any model, then with a local server scripted to answer like a model
as the browser-use agent, the VLM judge and the HFS judge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pytest_iwr.agent import rank
from pytest_iwr.release import load_release
from pytest_iwr.tasks import Task, TaskLoadError, discover_tasks
from tests.conftest import by_task
from tests.gen_helpers import SECRET, chat_server
from tests.release_helpers import VIEWPORT, ScriptedModel, record, write_release

__all__ = ["chat_server"]


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory, launch_browser) -> Path:
    browser = launch_browser()
    try:
        return write_release(tmp_path_factory.mktemp("release"), browser)
    finally:
        browser.close()


def test_release_records_load_into_the_task_model(release):
    loaded = {t.id: t for t in discover_tasks(release)}
    assert sorted(loaded) == ["rel_001", "rel_002", "rel_003"]
    task = loaded["rel_001"]
    assert isinstance(task, Task)
    assert task.viewport == VIEWPORT
    assert task.tags == {"domain": "productivity", "visual_complexity": "simple", "interaction_logic": "stateful"}
    steps = task.steps
    assert [s.action for s in steps] == ["click", "type", "click", "scroll"]
    assert all(s.target is None and s.checkpoint.expect == [] for s in steps)
    assert steps[0].description == 'Click the "Increment" button' and steps[0].visual
    assert steps[1].text == "hello" and steps[3].direction == "down"
    assert steps[2].checkpoint.assertion == 'The note "hello" is listed'
    assert task.checkpoint_image(4).name == "step_4.png" and task.checkpoint_image(4).exists()
    assert task.stitched_dir.name == "stitched_assets" and task.video().name == "video.mp4"
    broken = loaded["rel_003"]
    assert isinstance(broken, TaskLoadError)
    assert "line 3" in broken.message and "Wiggle" in broken.message


def test_each_broken_record_is_an_error_of_its_own(tmp_path):
    good = record("ok_1", "Games", [{"type": "Press", "parameters": {"description": "Press enter", "key": "enter"}}])
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({**good, "id": "no_steps", "action_sequence": []}),
        json.dumps({**good, "id": "bad_size", "recording_details": {"resolution": "wide"}}),
        json.dumps(
            {**good, "id": "no_text", "action_sequence": [{"type": "Type", "parameters": {"description": "x"}}]}
        ),
        json.dumps({**good, "id": "ok_1"}),
        json.dumps({**good, "id": "no_folder"}),
    ]
    for name in ("ok_1", "no_steps", "bad_size", "no_text"):
        (tmp_path / name).mkdir()
    data = tmp_path / "data.jsonl"
    data.write_text("\n".join(lines))
    loaded = {t.id: t for t in load_release(data)}
    assert isinstance(loaded["ok_1"], Task) and loaded["ok_1"].steps[0].key == "Enter"
    errors = {k: v.message for k, v in loaded.items() if isinstance(v, TaskLoadError)}
    assert "not valid JSON" in errors["line-2"]
    assert "action_sequence" in errors["no_steps"]
    assert "viewport must look like" in errors["bad_size"]
    assert "step 1" in errors["no_text"] and "needs 'text'" in errors["no_text"]
    assert "duplicate id 'ok_1'" in errors["ok_1-line6"]
    assert "folder is missing" in errors["no_folder"]


def test_release_scored_offline_with_proxy_verdicts(release, run_suite, pytester):
    good, inert = f"dir:{release.parent / 'good'}", f"dir:{release.parent / 'inert'}"
    result, data = run_suite(
        f"--iwr-tasks={release}", f"--iwr-model={good}", f"--iwr-model={inert}", "--iwr-markdown=board.md"
    )
    rows = by_task(data)
    # The pages that implement the tasks pass every step, each grounded offline and judged by the proxy.
    for task_id, steps in (("rel_001", 4), ("rel_002", 2)):
        row = rows[good, task_id]
        assert row["ifs"] == 1.0, row["failure"]
        assert [s["checks"][0]["check"] for s in row["steps"]] == ["assertion (proxy)"] * steps
        assert all("proxy verdict" in s["checks"][0]["detail"] for s in row["steps"])
    clicks = [s["grounding"] for s in rows[good, "rel_001"]["steps"] if s["action"] in ("click", "type")]
    assert [g["method"] for g in clicks] == ["offline"] * 3 and min(g["confidence"] for g in clicks) >= rank.THRESHOLD
    # Pages that look right and ignore the user fail at the first step whose change is missing.
    inert_row = rows[inert, "rel_001"]
    assert inert_row["steps_passed"] == 0 and "assertion (proxy)" in inert_row["failure"]
    assert "change recall" in inert_row["failure"] and "(need 0.75)" in inert_row["failure"]
    # The broken record is an error of its own; the rest of the dataset ran.
    assert rows[good, "rel_003"]["status"] == "error"
    result.assert_outcomes(passed=2, failed=2, errors=2)
    out = result.stdout.str()
    assert "IWR judges" in out and "assertion (proxy) [PROXY, not a VLM judge]: 6 passed" in out
    assert "assertions judged by the visual PROXY" in out
    assert "assertions judged by the visual PROXY" in (pytester.path / "board.md").read_text()
    judges = data["judges"][good]
    assert judges["proxy"] and judges["verdicts"]["assertion (proxy)"] == {"passed": 6, "failed": 0}
    assert judges["grounding"]["offline"]["steps"] == 5


@pytest.fixture
def scripted(monkeypatch, chat_server) -> ScriptedModel:
    model = ScriptedModel()
    chat_server.responder = model
    monkeypatch.setenv("OPENAI_BASE_URL", chat_server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    return model


def test_browser_use_agent_and_vlm_judge_record_every_verdict_and_hfs(release, scripted, run_suite, pytester):
    good = f"dir:{release.parent / 'good'}"
    scripted.garble.add("The version details are shown")
    result, data = run_suite(
        f"--iwr-tasks={release}",
        f"--iwr-model={good}",
        "--iwr-agent=browser-use",
        "--iwr-agent-model=scripted-agent",
        "--iwr-judge-model=scripted-judge",
        "--iwr-visual=on",
        f"--iwr-cache={pytester.path / 'cache'}",
        "-k",
        "rel_001 or rel_002",
    )
    rows = by_task(data)
    counter = rows[good, "rel_001"]
    assert counter["ifs"] == 1.0, counter["failure"]
    assert [s["checks"][0]["check"] for s in counter["steps"]] == ["assertion (vlm scripted-judge)"] * 4
    assert all(s["checks"][0]["detail"].startswith("Yes (scripted-judge") for s in counter["steps"])
    grounded = [s["grounding"] for s in counter["steps"] if s["action"] != "scroll"]
    assert [g["method"] for g in grounded] == ["browser-use"] * 3 and all(g["reads"] == 1 for g in grounded)
    assert scripted.asked["agent"] == 5  # every click and type of both tasks
    # The garbled verdict is retried, then a judge error: the step fails, it never passes.
    settings = rows[good, "rel_002"]
    assert settings["steps"][0]["status"] == "passed"
    assert settings["steps"][1]["status"] == "failed" and "judge error" in settings["steps"][1]["reason"]
    assert "no parsable reply in 3 attempts" in settings["failure"]
    # HFS from the rubric (9 + 14 + 38 + 13 + 18 = 92 per checkpoint) in every report.
    assert counter["visual"]["hfs"] == pytest.approx(0.92) and counter["vfs"] is not None
    assert all(c["hfs"] == 92.0 for c in counter["visual"]["checkpoints"])
    assert data["suite"][good]["hfs"] == pytest.approx(0.92)
    out = result.stdout.str()
    assert "0.920" in out and "IWR judges" in out and "1 judge error(s) (never counted as a pass)" in out
    assert "PROXY" not in out
    judges = data["judges"][good]
    assert judges["verdicts"]["assertion (vlm scripted-judge)"] == {"passed": 5, "failed": 0}
    assert judges["judge_errors"] == 1 and judges["grounding"]["browser-use"]["steps"] == 5
    # The key reached the server and nothing the run wrote.
    assert scripted.asked == {"agent": 5, "judge": 8, "hfs": 4}
    assert SECRET not in out and SECRET not in (pytester.path / "results.json").read_text()
