from __future__ import annotations

import pytest

from pytest_iwr.cpu import available_cores, threads_per_worker


@pytest.mark.parametrize(
    ("cores", "workers", "threads"),
    [(2, 1, 2), (2, 2, 1), (2, 16, 1), (8, 2, 4), (8, 3, 2), (1, 0, 1)],
)
def test_threads_per_worker(cores: int, workers: int, threads: int) -> None:
    assert threads_per_worker(cores, workers) == threads


PROBE = """
import os

def test_threads():
    import torch
    print(f"THREADS={torch.get_num_threads()} OMP={os.environ.get('OMP_NUM_THREADS')}")
"""


def _threads(result: pytest.RunResult) -> set[str]:
    return {line.split("THREADS=")[1] for line in result.outlines if "THREADS=" in line}


def test_xdist_workers_share_the_cores(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.delenv("MKL_NUM_THREADS", raising=False)
    pytester.makepyfile(test_probe=PROBE)
    result = pytester.runpytest_subprocess("-n", "2", "-rA", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    share = threads_per_worker(available_cores(), 2)
    assert _threads(result) == {f"{share} OMP={share}"}


def test_a_thread_count_the_user_set_is_kept(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    # A count other than the share the plugin would pick, and one torch can honour here.
    mine = 2 if threads_per_worker(available_cores(), 2) == 1 else 1
    monkeypatch.setenv("OMP_NUM_THREADS", str(mine))
    monkeypatch.delenv("MKL_NUM_THREADS", raising=False)
    pytester.makepyfile(test_probe=PROBE)
    result = pytester.runpytest_subprocess("-n", "2", "-rA", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    assert _threads(result) == {f"{mine} OMP={mine}"}
