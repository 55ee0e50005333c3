"""Per-model generation figures from results: tokens, latency, failures, cache hits.

Pure functions over ``TaskResult.generation`` (the generator's meta), so the terminal
summary and the progress line say the same thing and are tested without a server.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pytest_iwr.results import TaskResult


@dataclass
class ModelGeneration:
    model: str
    tasks: int = 0
    failures: int = 0
    cache_hits: int = 0
    api_calls: int = 0
    tokens: int = 0  # of every page scored this run, cached ones included
    tokens_spent: int = 0  # of the requests made this run only
    latencies: list[float] = field(default_factory=list)

    @property
    def mean_latency(self) -> float | None:
        return sum(self.latencies) / len(self.latencies) if self.latencies else None

    def line(self) -> str:
        latency = f"{self.mean_latency:.1f} s" if self.mean_latency is not None else "n/a"
        return (
            f"{self.model}: {self.tasks} tasks, {self.tokens:,} tokens ({self.tokens_spent:,} spent this run), "
            f"mean latency {latency}, {self.failures} generation failures, {self.cache_hits} cache hits, "
            f"{self.api_calls} API calls"
        )


def is_remote(meta: dict[str, Any]) -> bool:
    return meta.get("generator") == "openai"


def summarize(results: Iterable[TaskResult]) -> list[ModelGeneration]:
    """One row per model whose pages came from the OpenAI-compatible generator."""
    rows: dict[str, ModelGeneration] = {}
    for result in results:
        meta = result.generation or {}
        if not is_remote(meta):
            continue
        row = rows.setdefault(result.model, ModelGeneration(result.model))
        row.tasks += 1
        row.failures += bool(result.generation_error)
        row.cache_hits += bool(meta.get("cached"))
        row.api_calls += int(meta.get("api_calls") or 0)
        tokens = int(meta.get("tokens") or 0)
        row.tokens += tokens
        if not meta.get("cached"):
            row.tokens_spent += tokens
        if isinstance(meta.get("latency_s"), int | float):
            row.latencies.append(float(meta["latency_s"]))
    return [rows[m] for m in sorted(rows)]
