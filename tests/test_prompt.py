"""Prompt assembly, reply extraction, model profiles, redaction: no server, real files."""

from __future__ import annotations

import base64
import io
import time
from dataclasses import replace

import pytest
from PIL import Image, ImageStat

from pytest_iwr.generate import PLACEHOLDER
from pytest_iwr.generate.profiles import DEFAULT, parse_profile_line, profile_for
from pytest_iwr.generate.prompt import PROMPT_VERSION, PromptError, build_prompt, inputs_hash, sample_times
from pytest_iwr.generate.redact import MASK, Redactor, safe_url
from pytest_iwr.generate.reply import NoCodeError, extract_page
from pytest_iwr.generate.summary import summarize
from pytest_iwr.results import TaskResult
from tests.gen_helpers import video_task, write_video


def images(prompt) -> list[Image.Image]:
    parts = [p for p in prompt.messages[1]["content"] if p["type"] == "image_url"]
    return [Image.open(io.BytesIO(base64.b64decode(p["image_url"]["url"].split(",", 1)[1]))) for p in parts]


def text(prompt) -> str:
    return "\n".join(p["text"] for p in prompt.messages[1]["content"] if p["type"] == "text")


# --- sampling -------------------------------------------------------------------------


def test_sampling_is_one_frame_per_second_and_capped_evenly():
    assert sample_times(10.0, 1.0, 64) == [float(t) for t in range(11)]
    assert sample_times(2.0, 2.0, 64) == [0.0, 0.5, 1.0, 1.5, 2.0]
    long = sample_times(200.0, 1.0, 64)
    assert len(long) == 64 and long[0] == 0.0 and long[-1] == 200.0
    assert long == sorted(set(long))  # strictly increasing
    assert sample_times(5.0, 1.0, 0) == []


def test_frames_are_taken_at_one_fps_after_the_sheets(tmp_path):
    task = video_task(tmp_path, seconds=6)  # synthetic: frame i is grey level 2*i, 10 fps
    prompt = build_prompt(task, DEFAULT)
    assert (prompt.sheets, prompt.frames) == (1, 6)
    assert prompt.frame_times == [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    shown = images(prompt)
    assert shown[0].format == "PNG" and all(im.format == "JPEG" for im in shown[1:])  # sheet first
    # The frame for second t is video frame 10*t, whose grey level is 20*t.
    levels = [ImageStat.Stat(im.convert("L")).mean[0] for im in shown[1:]]
    assert levels == pytest.approx([20.0 * t for t in range(6)], abs=3)


def test_image_budget_frame_cap_and_max_side(tmp_path):
    task = video_task(tmp_path, seconds=6)
    capped = build_prompt(task, replace(DEFAULT, max_frames=3))
    assert capped.frames == 3 and capped.frame_times == [0.0, 2.0, 5.0]  # thinned 1 fps grid, ends kept
    budget = build_prompt(task, replace(DEFAULT, image_budget=3))
    assert (budget.sheets, budget.frames) == (1, 2)
    small = build_prompt(task, replace(DEFAULT, max_side=200))
    assert all(max(im.size) <= 200 for im in images(small))
    assert images(small)[1].size == (200, 150)  # 800x600 frame, aspect kept
    two_fps = build_prompt(task, replace(DEFAULT, fps=2.0))
    assert two_fps.frames == 12


def test_prompt_states_the_papers_rules_and_is_deterministic(tmp_path):
    task = video_task(tmp_path)  # the recorded fixture: 640x480, a real webm
    prompt = build_prompt(task, DEFAULT)
    words = text(prompt)
    assert "640x480" in words
    assert f"{PLACEHOLDER}/" in words and "asset_001.png" in words
    assert "width and height" in words and "index.html" in words
    assert "no external libraries" in words.lower() and "fonts" in words
    assert prompt.frames >= 5
    assert build_prompt(task, DEFAULT).messages == prompt.messages  # same request, same cache key
    assert PROMPT_VERSION


def test_inputs_hash_follows_the_video_and_the_sheets(tmp_path):
    task = video_task(tmp_path)
    before = inputs_hash(task)
    assert inputs_hash(task) == before
    sheet = task.root / "stitched" / "sheet_1.png"
    sheet.write_bytes(sheet.read_bytes() + b"\0")
    assert inputs_hash(task) != before
    after_sheet = inputs_hash(task)
    write_video(task.root / "video.mp4", 2)
    (task.root / "video.webm").unlink()
    assert inputs_hash(task) != after_sheet


def test_a_task_without_video_cannot_be_prompted(tmp_path):
    task = video_task(tmp_path)
    (task.root / "video.webm").unlink()
    with pytest.raises(PromptError, match="no video"):
        build_prompt(task, DEFAULT)


# --- reply ----------------------------------------------------------------------------


def test_the_html_block_is_extracted_and_iframes_stripped():
    reply = (
        "Sure! Notes first:\n```css\nbody{}\n```\nThe page:\n```html\n<!doctype html><body>"
        "<iframe src='https://x.invalid'></iframe><p>hi</p><IFRAME src=y>\n</body>\n```\nDone."
    )
    page = extract_page(reply)
    assert page.html.startswith("<!doctype html>") and "<p>hi</p>" in page.html
    assert "iframe" not in page.html.lower() and page.iframes_removed == 2
    assert not page.truncated


def test_longest_html_block_wins_and_unclosed_block_is_truncated():
    reply = "```html\n<p>a</p>\n```\n```HTML\n<!doctype html><p>the real page</p>\n```"
    assert "the real page" in extract_page(reply).html
    cut = extract_page("```html\n<!doctype html><p>the model ran out of tok")
    assert cut.truncated and cut.html.endswith("ran out of tok")
    assert extract_page("<!DOCTYPE html><html><p>bare</p></html>").html.endswith("</html>")


@pytest.mark.parametrize(
    "reply, reason",
    [
        ("", "an empty reply"),
        ("   \n", "an empty reply"),
        ("I cannot do that.", "no html code block"),
        ("```python\nprint('hi')\n```", "no html code block"),
        ("```html\n\n```", "empty"),
    ],
)
def test_a_reply_without_code_is_no_page(reply, reason):
    with pytest.raises(NoCodeError, match=reason):
        extract_page(reply)


def test_a_reply_of_several_megabytes_is_scanned_in_linear_time():
    body = "<!doctype html><body>" + "<div>row</div>\n" * 400_000 + "</body>"  # ~6 MB
    started = time.monotonic()
    page = extract_page(f"```html\n{body}\n```")
    assert len(page.html) == len(body)
    with pytest.raises(NoCodeError):
        extract_page("word ``` " * 600_000)  # 6 MB of fences and no html
    assert time.monotonic() - started < 5


# --- profiles -------------------------------------------------------------------------


def test_profiles_table_user_rows_and_overrides():
    gpt5 = profile_for("gpt-5-mini")
    assert gpt5.temperature is None and gpt5.token_param == "max_completion_tokens"
    assert profile_for("some-local-vlm") == DEFAULT
    assert (DEFAULT.fps, DEFAULT.max_frames, DEFAULT.image_budget) == (1.0, 64, 70)
    row = parse_profile_line("gpt-5* max_tokens=1000 temperature=0.3 fps=2")
    mine = profile_for("gpt-5", [row])
    assert (mine.max_tokens, mine.temperature, mine.fps) == (1000, 0.3, 2.0)
    assert profile_for("gpt-5", [row], {"max_tokens": 77, "fps": None}).max_tokens == 77
    with pytest.raises(ValueError, match="unknown profile field"):
        parse_profile_line("x* colour=blue")
    with pytest.raises(ValueError, match="key=value"):
        parse_profile_line("x* max_tokens")


# --- secrets and summary --------------------------------------------------------------


def test_redaction_masks_secrets_everywhere_in_data():
    redactor = Redactor("sk-abcdef123456", None, "")
    data = {"msg": "bad key sk-abcdef123456!", "list": ["Bearer sk-abcdef123456"], "n": 3}
    assert redactor.data(data) == {"msg": f"bad key {MASK}!", "list": [f"Bearer {MASK}"], "n": 3}
    assert Redactor("abc").text("abc") == "abc"  # too short to be a key: ordinary text stays
    assert safe_url("https://user:pw@gw.example:8443/v1?key=zzz") == "https://gw.example:8443/v1"


def test_summary_counts_tokens_latency_failures_and_cache_hits():
    def result(model, meta, error=""):
        return TaskResult(model=model, task_id="t", generation=meta, generation_error=error)

    rows = summarize(
        [
            result("m", {"generator": "openai", "tokens": 100, "latency_s": 2.0, "cached": False, "api_calls": 2}),
            result("m", {"generator": "openai", "tokens": 50, "latency_s": 4.0, "cached": True, "api_calls": 0}),
            result("m", {"generator": "openai", "api_calls": 3}, error="HTTP 500"),
            result("reference", {"generator": "reference"}),
        ]
    )
    assert len(rows) == 1
    row = rows[0]
    assert (row.tasks, row.failures, row.cache_hits, row.api_calls) == (3, 1, 1, 5)
    assert (row.tokens, row.tokens_spent, row.mean_latency) == (150, 100, 3.0)
    assert "150 tokens" in row.line() and "1 generation failures" in row.line()
