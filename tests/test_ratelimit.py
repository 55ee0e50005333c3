"""One request limit per endpoint, shared by every worker: real xdist workers, real HTTP.

A child ``pytest -n 4`` sends requests through the real client to the local chat server,
which counts the requests in flight. The limit lives in files (generate/ratelimit.py), so
what is checked is what four separate processes do together.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pytest_iwr.generate.ratelimit import EndpointLimit, endpoint_key
from tests.gen_helpers import chat_server

__all__ = ["chat_server"]  # the fixture, used by name

WORKER_TESTS = """
import os
from dataclasses import replace

import pytest

from pytest_iwr.generate.openai_compat import ChatClient, ClientSettings
from pytest_iwr.generate.profiles import DEFAULT


@pytest.mark.parametrize("n", range({requests}))
def test_request(n):
    settings = ClientSettings(
        base_url=os.environ["CHAT_URL"], api_key="k", retries=3, backoff=0.05,
        max_concurrency={limit},
    )
    ChatClient(settings).complete("m", [{{"role": "user", "content": "hi"}}], replace(DEFAULT, timeout=10))
"""


def run_workers(pytester: pytest.Pytester, monkeypatch, server, requests: int, limit: int) -> None:
    pytester.makepyfile(test_requests=WORKER_TESTS.format(requests=requests, limit=limit))
    monkeypatch.setenv("CHAT_URL", server.base_url)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-n", "4")
    result.assert_outcomes(passed=requests)


def test_four_workers_never_exceed_a_limit_of_two(pytester: pytest.Pytester, monkeypatch, chat_server):
    chat_server.delay = 0.4
    run_workers(pytester, monkeypatch, chat_server, requests=12, limit=2)
    assert chat_server.calls == 12
    assert chat_server.max_in_flight == 2  # reached, never passed


def test_a_429_with_retry_after_pauses_every_worker(pytester: pytest.Pytester, monkeypatch, chat_server):
    chat_server.delay = 0.2
    chat_server.retry_after = "2"
    chat_server.script[:] = ["", "", "429"]  # the third request to arrive is told to wait 2 s
    run_workers(pytester, monkeypatch, chat_server, requests=10, limit=2)
    told = next(r for r in chat_server.requests if r.answered == "429")
    after = sorted(r.arrived - told.answered_at for r in chat_server.requests if r.arrived > told.answered_at)
    # A request let through before the 429 came back may still land just after it; then
    # nothing, from any worker, until the 2 s are over.
    assert not [d for d in after if 0.15 < d < 1.9], after
    assert len([d for d in after if d >= 1.9]) >= 6, after  # the other requests came after the pause
    assert chat_server.calls == 11  # ten answered, one of them after its 429


# --- the limit's rules, on a clock of its own -------------------------------------------


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_requests_per_minute_are_a_sliding_window(tmp_path: Path):
    fake = FakeTime()
    limit = EndpointLimit(tmp_path, concurrency=1, per_minute=3, clock=fake.clock, sleep=fake.sleep)
    starts = []
    for _ in range(5):
        with limit.request():
            starts.append(fake.now)
            fake.now += 1.0  # each request takes a second
    assert starts[:3] == [1000.0, 1001.0, 1002.0]
    assert starts[3] >= 1060.0 and starts[4] >= 1061.0  # the 4th waits for the 1st to leave the window
    assert all(later - earlier >= 60.0 for earlier, later in zip(starts, starts[3:], strict=False))


def test_a_pause_holds_back_every_limit_on_the_same_directory(tmp_path: Path):
    fake = FakeTime()
    one = EndpointLimit(tmp_path, concurrency=2, clock=fake.clock, sleep=fake.sleep)
    other = EndpointLimit(tmp_path, concurrency=2, clock=fake.clock, sleep=fake.sleep)
    one.pause(5.0)
    assert other.paused_for() == pytest.approx(5.0)
    with other.request() as waited:
        assert waited >= 5.0
    one.pause(1.0)
    one.pause(0.5)  # a shorter pause never cuts a longer one short
    assert other.paused_for() == pytest.approx(1.0)


def test_a_slot_is_free_again_once_its_holder_is_done(tmp_path: Path):
    limit = EndpointLimit(tmp_path, concurrency=1)
    with limit.request():
        pass
    with limit.request() as waited:  # would wait forever if the slot had leaked
        assert waited < 1.0


def test_endpoints_are_kept_apart_and_credentials_never_reach_the_disk():
    assert endpoint_key("http://127.0.0.1:8000/v1") != endpoint_key("http://127.0.0.1:8001/v1")
    assert endpoint_key("https://api.example.com/v1/") == endpoint_key("https://api.example.com/v1")
    assert endpoint_key("https://user:sk-secret@api.example.com/v1") == endpoint_key("https://api.example.com/v1")
    assert endpoint_key(None) == endpoint_key("https://api.openai.com/v1")


def test_the_shared_limit_keeps_its_state_where_iwr_state_dir_says(tmp_path: Path, monkeypatch):
    from pytest_iwr.generate.openai_compat import ChatClient, ClientSettings

    monkeypatch.setenv("IWR_STATE_DIR", str(tmp_path))
    chat = ChatClient(ClientSettings(base_url="http://127.0.0.1:9/v1", api_key=None, max_concurrency=3))
    assert chat.limit.directory == tmp_path / "limits" / endpoint_key("http://127.0.0.1:9/v1")
    assert chat.limit.concurrency == 3
