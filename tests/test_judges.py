"""Judges on their own: strict replies, retries then a judge error, the verdict cache, HFS,
the visual proxy's measurements, and the agreement summary."""

from __future__ import annotations

import io
import json
import time

import numpy as np
import pytest
from PIL import Image

from pytest_iwr.generate.openai_compat import ChatClient, ClientSettings
from pytest_iwr.judge import proxy, summary
from pytest_iwr.judge.base import JudgeError, JudgeRequest
from pytest_iwr.judge.cache import VerdictCache
from pytest_iwr.judge.hfs import HfsJudge
from pytest_iwr.judge.replies import ReplyError, rubric, yes_no
from pytest_iwr.judge.vlm import VlmJudge
from pytest_iwr.results import CheckResult, StepResult, TaskResult
from pytest_iwr.scoring import HFS_RUBRIC
from pytest_iwr.tasks import Task, TaskSpec
from pytest_iwr.watchdog import Watchdog, suspended
from tests.gen_helpers import chat_server

__all__ = ["chat_server"]


def png(pixels: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(pixels.astype("uint8")).save(buffer, "PNG")
    return buffer.getvalue()


BLANK = np.full((120, 160, 3), 255)
MARKED = BLANK.copy()
MARKED[40:60, 30:90] = 0


def task_with_checkpoints(tmp_path, before: bytes, after: bytes) -> Task:
    spec = TaskSpec.model_validate(
        {
            "id": "t",
            "title": "t",
            "viewport": "160x120",
            "taxonomy": {"domain": "games", "visual_complexity": "simple", "interaction_logic": "logic"},
            "steps": [{"action": "click", "description": 'Click "Go"', "checkpoint": {"assertion": "It went"}}],
        }
    )
    (tmp_path / "checkpoints").mkdir()
    (tmp_path / "checkpoints" / "step_0.png").write_bytes(before)
    (tmp_path / "checkpoints" / "step_1.png").write_bytes(after)
    return Task(spec=spec, root=tmp_path, source=tmp_path / "task.yaml")


def request(task: Task, before: bytes, after: bytes) -> JudgeRequest:
    return JudgeRequest(task, 1, task.steps[0], before, after)


def test_replies_are_strict_json():
    assert yes_no('```json\n{"think": "ok", "result": "Yes"}\n```') == (True, "ok")
    assert yes_no('{"think": "", "result": "no"}')[0] is False
    for bad in ("Yes, it is.", '{"result": "Maybe"}', '["Yes"]', 'Sure: {"result": "Yes"}'):
        with pytest.raises(ReplyError):
            yes_no(bad)
    scores = {"layout": 10, "elements": 15, "content_and_text": 40, "style": 15, "overall": 20}
    assert rubric(json.dumps(scores), HFS_RUBRIC)[0]["content_and_text"] == 40
    with pytest.raises(ReplyError, match=r"within 0\.\.10"):
        rubric(json.dumps({**scores, "layout": 11}), HFS_RUBRIC)
    with pytest.raises(ReplyError, match="must be a number"):
        rubric(json.dumps({**scores, "style": "high"}), HFS_RUBRIC)


def client(server) -> ChatClient:
    return ChatClient(ClientSettings(base_url=server.base_url, api_key="sk-test-judge-key-123", retries=0))


def test_vlm_judge_retries_an_unparsable_reply_then_caches(chat_server, tmp_path):
    replies = iter(["I think so.", '{"think": "the page says it went", "result": "Yes"}'])
    chat_server.responder = lambda body: next(replies)
    task = task_with_checkpoints(tmp_path, png(BLANK), png(MARKED))
    judge = VlmJudge(client(chat_server), "judge-1", VerdictCache(tmp_path / "cache"))
    verdict = judge(request(task, png(BLANK), png(MARKED)))
    assert verdict == CheckResult("assertion (vlm judge-1)", True, verdict.detail)
    assert "attempt 2" in verdict.detail and chat_server.calls == 2
    sent = chat_server.requests[0].body["messages"][0]["content"]
    assert "Assertion: It went" in sent[0]["text"] and [p["type"] for p in sent[1:]] == ["image_url"] * 2
    again = judge(request(task, png(BLANK), png(MARKED)))  # same images, assertion, model: no call
    assert again.passed and "cached" in again.detail and chat_server.calls == 2


def test_vlm_judge_error_after_three_unparsable_replies(chat_server, tmp_path):
    chat_server.responder = lambda body: "Probably yes."
    task = task_with_checkpoints(tmp_path, png(BLANK), png(MARKED))
    judge = VlmJudge(client(chat_server), "judge-1", None)
    with pytest.raises(JudgeError, match="no parsable reply in 3 attempts"):
        judge(request(task, png(BLANK), png(MARKED)))
    assert chat_server.calls == 3


def test_hfs_judge_totals_the_rubric_and_fails_loudly(chat_server, tmp_path):
    scores = {"layout": 8, "elements": 12, "content_and_text": 30, "style": 10, "overall": 15}
    chat_server.responder = lambda body: json.dumps({"comments": "close", **scores})
    judge = HfsJudge(client(chat_server), "judge-1", VerdictCache(tmp_path / "cache"))
    assert judge(png(BLANK), png(MARKED)) == 75.0
    assert judge(png(BLANK), png(MARKED)) == 75.0 and chat_server.calls == 1  # cached
    chat_server.responder = lambda body: '{"layout": 8}'
    with pytest.raises(JudgeError, match="elements"):
        HfsJudge(client(chat_server), "judge-2")(png(BLANK), png(MARKED))


def test_proxy_passes_the_same_change_and_fails_a_missing_one(tmp_path):
    task = task_with_checkpoints(tmp_path, png(BLANK), png(MARKED))
    judge = proxy.ProxyJudge()
    same = judge(request(task, png(BLANK), png(MARKED)))
    assert same.passed and same.check == "assertion (proxy)" and "proxy verdict" in same.detail
    nothing = judge(request(task, png(BLANK), png(BLANK)))
    assert not nothing.passed and "change recall 0.00" in nothing.detail
    elsewhere = BLANK.copy()
    elsewhere[90:110, 120:150] = 0
    assert proxy.metrics(png(BLANK), png(MARKED), png(BLANK), png(elsewhere)).recall == 0.0
    (tmp_path / "checkpoints" / "step_1.png").unlink()
    with pytest.raises(JudgeError, match=r"no ground-truth checkpoint step_1\.png"):
        judge(request(task, png(BLANK), png(MARKED)))


def test_proxy_recall_counts_regions_not_area():
    """A hover style (a big region) changing alone must not stand in for the missing effect."""
    gt_after = BLANK.copy()
    gt_after[10:50, 10:150] = 0  # the hovered control: many cells
    gt_after[100:110, 10:20] = 0  # the effect: a few cells
    hover_only = BLANK.copy()
    hover_only[10:50, 10:150] = 0
    m = proxy.metrics(png(BLANK), png(gt_after), png(BLANK), png(hover_only))
    assert m.recall == 0.5 and not m.passed()


def test_agreement_between_structured_checks_and_the_judge():
    steps = []
    for i, (structured_ok, judge_ok) in enumerate([(True, True), (True, False), (False, False), (True, True)], 1):
        step = StepResult(i, "click", "x", "", status="passed", checks=[CheckResult("visible_text", structured_ok)])
        step.judge = {"check": "assertion (vlm j)", "passed": judge_ok, "detail": ""}
        steps.append(step)
    errored = StepResult(5, "click", "x", "", checks=[CheckResult("visible_text", True)])
    errored.judge = {"check": "assertion (vlm j)", "passed": False, "detail": "judge error: no parsable reply"}
    result = TaskResult(model="m", task_id="t", steps=[*steps, errored])
    stats = summary.by_model([result])["m"]
    a = stats["agreement"]["assertion (vlm j)"]
    assert (a["compared"], a["agree"], a["rate"]) == (4, 3, 0.75)
    assert a["structured_only"] == 1 and a["judge_errors_excluded"] == 1 and stats["judge_errors"] == 1
    assert any("agree on 3/4 steps (75.0%)" in line for line in summary.render({"m": stats}))


def test_time_waiting_on_a_model_is_not_the_pages():
    """A judge or agent call inside a step pauses the step's watchdog (watchdog.suspended)."""
    with Watchdog(0.4) as dog, suspended():
        time.sleep(0.9)
    assert not dog.fired
    with Watchdog(0.3) as late:
        time.sleep(0.9)
    assert late.fired and late.cause == "time"
