"""The OpenAI-compatible generator against a real local server, through the real client.

Every fault the issue names is injected over HTTP: 429 with Retry-After, 500, a hang
past the timeout, a reply with no code block, a reply of several MB, a malformed JSON
body; plus a 401 whose message echoes the key (it must come out redacted).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import replace

import pytest

from pytest_iwr.generate import PLACEHOLDER, GenerationError
from pytest_iwr.generate.cache import GenerationCache
from pytest_iwr.generate.openai_compat import ChatClient, ClientSettings, RequestFailedError
from pytest_iwr.generate.profiles import DEFAULT
from pytest_iwr.generate.remote import RemoteGenerator
from tests.gen_helpers import SECRET, chat_server, video_task
from tests.openai_server import BIG_PADDING, ChatServer

__all__ = ["chat_server"]  # the fixture, used by name

MESSAGES = [{"role": "user", "content": "build it"}]
FAST = replace(DEFAULT, timeout=1.0)


def client(server: ChatServer, **settings) -> tuple[ChatClient, list[float]]:
    """A client with short backoff whose waits are recorded (and really slept)."""
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    config = {"base_url": server.base_url, "api_key": SECRET, "retries": 2, "backoff": 0.05, **settings}
    return ChatClient(ClientSettings(**config), sleep=sleep), waits


# --- the client: retries, backoff, timeouts --------------------------------------------


def test_429_waits_as_long_as_retry_after_says(chat_server):
    chat_server.script[:] = ["429"]
    chat_server.retry_after = "1"
    chat, waits = client(chat_server)
    started = time.monotonic()
    reply = chat.complete("m", MESSAGES, FAST)
    assert time.monotonic() - started >= 1.0
    assert waits == [1.0] and reply.attempts == 2 and "HTTP 429" in reply.errors[0]
    assert "```html" in reply.text and reply.usage["total"] > 0


def test_500_is_retried_with_backoff_then_gives_up_after_the_bound(chat_server):
    chat_server.script[:] = ["500"]
    chat, waits = client(chat_server)
    assert chat.complete("m", MESSAGES, FAST).attempts == 2
    assert len(waits) == 1 and 0.03 < waits[0] < 0.07  # first backoff, with jitter

    chat_server.reset()
    chat_server.script[:] = ["500"] * 10
    with pytest.raises(RequestFailedError, match=r"HTTP 500.*after 3 attempts") as failed:
        chat.complete("m", MESSAGES, FAST)
    assert chat_server.calls == 3 and failed.value.attempts == 3  # 1 + retries=2, then stop


def test_a_hang_past_the_timeout_is_cut_and_retried(chat_server):
    chat_server.hang_seconds = 4
    chat_server.script[:] = ["hang"]
    chat, _ = client(chat_server)
    started = time.monotonic()
    reply = chat.complete("m", MESSAGES, FAST)
    assert reply.attempts == 2 and reply.errors == ["attempt 1: timed out"]
    assert time.monotonic() - started < 3  # the 1 s timeout, not the 4 s hang

    chat_server.reset()
    chat_server.script[:] = ["hang", "hang"]
    with pytest.raises(RequestFailedError, match="timed out"):
        client(chat_server, retries=1)[0].complete("m", MESSAGES, FAST)


def test_a_malformed_json_body_is_retried_then_fails(chat_server):
    chat_server.script[:] = ["malformed"]
    chat, _ = client(chat_server)
    assert chat.complete("m", MESSAGES, FAST).attempts == 2
    chat_server.script[:] = ["malformed"] * 5
    with pytest.raises(RequestFailedError, match="malformed JSON body"):
        chat.complete("m", MESSAGES, FAST)


def test_client_errors_are_not_retried_and_an_echoed_key_is_redacted(chat_server):
    chat_server.script[:] = ["401-echo"]
    chat, waits = client(chat_server)
    with pytest.raises(RequestFailedError) as failed:
        chat.complete("m", MESSAGES, FAST)
    assert chat_server.calls == 1 and waits == []
    assert "HTTP 401" in str(failed.value) and "[REDACTED]" in str(failed.value)
    assert SECRET not in str(failed.value) + json.dumps(failed.value.errors)
    assert chat_server.requests[0].headers["authorization"] == f"Bearer {SECRET}"  # it was sent, though


def test_concurrent_requests_per_worker_are_capped(chat_server):
    chat_server.delay = 0.3
    chat, _ = client(chat_server, max_concurrency=2)
    threads = [threading.Thread(target=chat.complete, args=("m", MESSAGES, FAST)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert chat_server.calls == 6 and chat_server.max_in_flight == 2


def test_request_parameters_follow_the_profile(chat_server):
    chat, _ = client(chat_server)
    chat.complete("gpt-5", MESSAGES, replace(FAST, token_param="max_completion_tokens", temperature=None))
    chat.complete("vlm", MESSAGES, replace(FAST, max_tokens=123, temperature=0.5))
    first, second = (r.body for r in chat_server.requests)
    assert first["max_completion_tokens"] == DEFAULT.max_tokens and "temperature" not in first
    assert (second["max_tokens"], second["temperature"], second["model"]) == (123, 0.5, "vlm")


# --- the generator: cache, reply handling ------------------------------------------------


@pytest.fixture
def generator(chat_server, tmp_path):
    def make(**kwargs) -> RemoteGenerator:
        chat, _ = client(chat_server)
        return RemoteGenerator(chat, GenerationCache(tmp_path / "outputs"), **kwargs)

    return make


def test_a_generation_is_cached_and_a_rerun_makes_no_call(chat_server, generator, tmp_path):
    task = video_task(tmp_path)
    chat_server.default_page = f'<!doctype html><img src="{PLACEHOLDER}/asset_001.png" width="4" height="4">'
    page = generator().generate(task, "my/vlm:7b")
    assert chat_server.calls == 1
    assert 'src="/assets/asset_001.png"' in page.html  # placeholder resolved for the sandbox
    assert page.meta["cached"] is False and page.meta["tokens"] > 0 and page.meta["latency_s"] >= 0
    assert page.meta["frames"] >= 5 and page.meta["sheets"] == 1

    folder = tmp_path / "outputs" / task.id / "my_vlm_7b"
    assert sorted(p.name for p in folder.iterdir()) == ["entry.json", "index.html", "reply.md"]
    assert PLACEHOLDER in (folder / "index.html").read_text()  # portable: the harness resolves it
    entry = json.loads((folder / "entry.json").read_text())
    assert entry["key"]["model"] == "my/vlm:7b" and entry["key"]["prompt_version"] == page.meta["prompt_version"]
    assert set(entry["key"]) == {"model", "inputs", "prompt_version", "params"}
    assert entry["usage"]["total"] == page.meta["tokens"]

    again = generator().generate(task, "my/vlm:7b")  # a new session: fresh generator, same folder
    assert chat_server.calls == 1 and again.meta["cached"] is True and again.html == page.html
    assert again.meta["api_calls"] == 0 and again.meta["tokens"] == page.meta["tokens"]

    generator(regenerate=True).generate(task, "my/vlm:7b")
    assert chat_server.calls == 2
    generator(overrides={"max_tokens": 99}).generate(task, "my/vlm:7b")  # other parameters, other key
    assert chat_server.calls == 3


def test_a_reply_without_code_fails_the_task_and_is_not_paid_twice(chat_server, generator, tmp_path):
    task = video_task(tmp_path)
    chat_server.script[:] = ["nocode"]
    with pytest.raises(GenerationError, match="no html code block") as failed:
        generator().generate(task, "vlm")
    assert failed.value.meta["cached"] is False and failed.value.meta["tokens"] > 0
    folder = tmp_path / "outputs" / task.id / "vlm"
    assert "cannot rebuild" in (folder / "reply.md").read_text() and not (folder / "index.html").exists()
    with pytest.raises(GenerationError, match="no html code block") as again:
        generator().generate(task, "vlm")
    assert chat_server.calls == 1 and again.value.meta["cached"] is True


def test_a_reply_of_several_megabytes_becomes_a_page(chat_server, generator, tmp_path):
    task = video_task(tmp_path)
    chat_server.default_page = "<!doctype html><body><p>big</p></body>"
    chat_server.script[:] = ["big"]
    started = time.monotonic()
    page = generator().generate(task, "vlm")
    assert len(page.html) > BIG_PADDING and "<p>big</p>" in page.html
    assert generator().generate(task, "vlm").html == page.html  # and it round-trips through the cache
    assert time.monotonic() - started < 20


def test_a_failed_request_is_a_generation_error_with_what_happened(chat_server, generator, tmp_path):
    task = video_task(tmp_path)
    chat_server.script[:] = ["500"] * 10
    with pytest.raises(GenerationError, match="HTTP 500") as failed:
        generator().generate(task, "vlm")
    meta = failed.value.meta
    assert meta["attempts"] == 3 and len(meta["errors"]) == 3 and meta["cached"] is False
    assert not (tmp_path / "outputs" / task.id / "vlm").exists()  # nothing to cache: a rerun asks again


def test_a_task_without_video_fails_without_a_request(chat_server, generator, tmp_path):
    task = video_task(tmp_path)
    (task.root / "video.webm").unlink()
    with pytest.raises(GenerationError, match="no video"):
        generator().generate(task, "vlm")
    assert chat_server.calls == 0


def test_a_half_written_or_foreign_entry_is_a_miss(chat_server, generator, tmp_path):
    task = video_task(tmp_path)
    generator().generate(task, "vlm")
    reply = tmp_path / "outputs" / task.id / "vlm" / "reply.md"
    reply.write_text(reply.read_text() + "torn write")
    generator().generate(task, "vlm")
    assert chat_server.calls == 2


def test_concurrent_writers_leave_a_consistent_entry(tmp_path):
    cache = GenerationCache(tmp_path / "outputs")
    key = {"model": "m", "inputs": "x", "prompt_version": "v", "params": {}}

    def write(n: int) -> None:
        for _ in range(20):
            cache.store("task", "m", key, f"reply {n} " * 1000, f"<p>{n}</p>", {"usage": {"total": n}})

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    entry = cache.load("task", "m", key)
    assert entry is not None and entry.reply.startswith("reply ")
    assert not [p for p in (tmp_path / "outputs" / "task" / "m").iterdir() if p.name.endswith(".tmp")]
