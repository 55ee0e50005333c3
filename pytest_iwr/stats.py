"""Uncertainty over tasks: bootstrap confidence intervals, paired differences, repeats.

Scores are macro means over tasks, so tasks are the unit that is resampled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean, pvariance

import numpy as np

CONFIDENCE = 0.95
RESAMPLES = 5000
SEED = 0  # fixed so the same results always print the same interval


@dataclass(frozen=True)
class Interval:
    mean: float
    low: float
    high: float

    def contains_zero(self) -> bool:
        return self.low <= 0.0 <= self.high

    def format(self, scale: float = 1.0) -> str:
        return f"{self.mean * scale:.3f} [{self.low * scale:.3f}, {self.high * scale:.3f}]"


def mean_interval(values: Sequence[float]) -> Interval:
    """95% bootstrap (BCa) interval of the mean; degenerate samples get a zero-width one."""
    data = np.asarray(values, dtype=float)
    if data.size == 0:
        raise ValueError("no values")
    mean = float(data.mean())
    if data.size < 2 or np.allclose(data, data[0]):
        return Interval(mean, mean, mean)
    from scipy.stats import bootstrap  # on use: scipy.stats costs every pytest run 0.4 s to import

    res = bootstrap(
        (data,), np.mean, confidence_level=CONFIDENCE, n_resamples=RESAMPLES, method="BCa", random_state=SEED
    )
    low, high = float(res.confidence_interval.low), float(res.confidence_interval.high)
    if not np.isfinite(low) or not np.isfinite(high):  # BCa can fail on very skewed samples
        res = bootstrap(
            (data,), np.mean, confidence_level=CONFIDENCE, n_resamples=RESAMPLES, method="percentile", random_state=SEED
        )
        low, high = float(res.confidence_interval.low), float(res.confidence_interval.high)
    return Interval(mean, low, high)


def paired_difference(current: dict[str, float], baseline: dict[str, float]) -> tuple[Interval, int]:
    """Interval of the mean per-task difference (current - baseline) over the tasks both scored.

    Pairing by task removes the spread between easy and hard tasks, so a real change is
    told from noise with far fewer tasks than two independent intervals would need.
    """
    shared = sorted(set(current) & set(baseline))
    if not shared:
        raise ValueError("no task is scored in both runs")
    return mean_interval([current[t] - baseline[t] for t in shared]), len(shared)


def repeat_spread(values: Sequence[float]) -> tuple[float, float]:
    """Mean and population variance of one task's repeated scores."""
    return fmean(values), pvariance(values) if len(values) > 1 else 0.0


def step_pass_rate_for(step_counts: Sequence[int], target_ifs: float) -> float:
    """The per-step pass probability at which a model's expected macro IFS over tasks with
    these step counts is ``target_ifs`` (each step passed independently; IFS counts the
    steps before the first failure)."""
    counts = np.asarray(step_counts, dtype=float)

    def expected(p: float) -> float:
        # E[IFS] of an n-step task: sum over k = 1..n of P(first k steps pass) / n.
        return float(np.mean([(p * (1 - p**n) / (1 - p)) / n if p < 1 else 1.0 for n in counts]))

    low, high = 0.0, 1.0
    for _ in range(60):
        mid = (low + high) / 2
        low, high = (mid, high) if expected(mid) < target_ifs else (low, mid)
    return (low + high) / 2


def simulated_half_width(step_counts: Sequence[int], target_ifs: float = 0.5, runs: int = 40) -> float:
    """Median half-width of the reported 95% interval on IFS (``mean_interval``) for a
    simulated model whose expected IFS over these tasks is ``target_ifs``."""
    counts = np.asarray(step_counts, dtype=int)
    p = step_pass_rate_for(counts, target_ifs)
    rng = np.random.default_rng(SEED)
    widths = []
    for _ in range(runs):
        passes = rng.random((counts.size, int(counts.max()))) < p
        leading = np.where(passes.all(axis=1), passes.shape[1], passes.argmin(axis=1))
        ifs = np.minimum(leading, counts) / counts
        interval = mean_interval(ifs.tolist())
        widths.append((interval.high - interval.low) / 2)
    return float(np.median(widths))
