"""What a run cost: tokens per model call, priced from a table users can extend.

Every request the chat client completes is written to this process's :data:`LEDGER`
with what it was for (``generation``, ``judge``, ``agent``), the model and its token
counts. An xdist worker runs one item at a time, so the ledger's entries between an
item's start and end are that item's calls (runner.py). A cached generation made no
call this run; its recorded usage is priced too, and told apart as ``cached``.

Prices are USD per million tokens, input and output. A model no row matches is
"unpriced": its tokens are counted, its cost is never guessed, and never 0.
"""

from __future__ import annotations

import fnmatch
import threading
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

# USD per 1M tokens (input, output), list prices as published in 2025; first match wins,
# so the more specific patterns come first. Rows in the ini file's ``iwr_prices`` go before.
BUILTIN_PRICES: tuple[tuple[str, float, float], ...] = (
    ("gpt-5-nano*", 0.05, 0.40),
    ("gpt-5-mini*", 0.25, 2.00),
    ("gpt-5*", 1.25, 10.00),
    ("gpt-4.1-nano*", 0.10, 0.40),
    ("gpt-4.1-mini*", 0.40, 1.60),
    ("gpt-4.1*", 2.00, 8.00),
    ("gpt-4o-mini*", 0.15, 0.60),
    ("gpt-4o*", 2.50, 10.00),
    ("o3*", 2.00, 8.00),
    ("o4-mini*", 1.10, 4.40),
    ("claude-opus-4*", 15.00, 75.00),
    ("claude-sonnet-4*", 3.00, 15.00),
    ("gemini-2.5-pro*", 1.25, 10.00),
    ("gemini-2.5-flash*", 0.30, 2.50),
)
UNPRICED = "unpriced"


@dataclass(frozen=True)
class Price:
    pattern: str
    input_per_million: float
    output_per_million: float

    def usd(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.input_per_million + completion_tokens * self.output_per_million) / 1e6


def parse_price_line(line: str) -> Price:
    """``"my-vlm* input=0.5 output=1.5"`` (USD per 1M tokens) -> :class:`Price`."""
    pattern, *pairs = line.split()
    values: dict[str, float] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or name not in ("input", "output"):
            raise ValueError(f"iwr_prices: {line!r}: expected input=USD output=USD per 1M tokens, got {pair!r}")
        try:
            values[name] = float(raw)
        except ValueError:
            raise ValueError(f"iwr_prices: {line!r}: {raw!r} is not a number") from None
        if values[name] < 0:
            raise ValueError(f"iwr_prices: {line!r}: a price cannot be negative")
    if set(values) != {"input", "output"}:
        raise ValueError(f"iwr_prices: {line!r}: give both input= and output=")
    return Price(pattern, values["input"], values["output"])


def price_for(model: str, user_rows: tuple[Price, ...] | list[Price] = ()) -> Price | None:
    for price in [*user_rows, *(Price(*row) for row in BUILTIN_PRICES)]:
        if fnmatch.fnmatchcase(model.lower(), price.pattern.lower()):
            return price
    return None


@dataclass(frozen=True)
class Call:
    purpose: str  # generation | judge | agent
    model: str
    prompt_tokens: int
    completion_tokens: int


class Ledger:
    """The calls this process completed, in order; :meth:`since` reads an item's share."""

    def __init__(self) -> None:
        self._calls: list[Call] = []
        self._lock = threading.Lock()

    def record(self, purpose: str, model: str, usage: dict[str, int]) -> None:
        call = Call(purpose, model, int(usage.get("prompt", 0) or 0), int(usage.get("completion", 0) or 0))
        with self._lock:
            self._calls.append(call)

    def mark(self) -> int:
        with self._lock:
            return len(self._calls)

    def since(self, mark: int) -> list[Call]:
        with self._lock:
            return list(self._calls[mark:])


LEDGER = Ledger()


def item_cost(
    calls: list[Call], cached_generation: Call | None, prices: tuple[Price, ...] | list[Price] = ()
) -> dict[str, Any]:
    """One item's cost: tokens and USD per (purpose, model), this run's calls and a cached
    generation's recorded usage apart. ``usd`` is None when any of it is unpriced."""
    groups: dict[tuple[str, str, bool], list[Call]] = defaultdict(list)
    for call in calls:
        groups[call.purpose, call.model, False].append(call)
    if cached_generation is not None:
        groups[cached_generation.purpose, cached_generation.model, True].append(cached_generation)
    rows = []
    for (purpose, model, cached), group in sorted(groups.items()):
        prompt = sum(c.prompt_tokens for c in group)
        completion = sum(c.completion_tokens for c in group)
        price = price_for(model, prices)
        rows.append(
            {
                "purpose": purpose,
                "model": model,
                "calls": 0 if cached else len(group),
                "cached": cached,
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "usd": None if price is None else price.usd(prompt, completion),
            }
        )
    unpriced = sorted({r["model"] for r in rows if r["usd"] is None})
    spent = [r for r in rows if not r["cached"]]
    return {
        "rows": rows,
        "usd": None if unpriced else sum(r["usd"] for r in rows),
        "spent_usd": None if any(r["usd"] is None for r in spent) else sum(r["usd"] for r in spent),
        "unpriced": unpriced,
    }


def total_cost(costs: list[dict[str, Any]]) -> dict[str, Any]:
    """The sum over items: tokens always, USD only where every part is priced."""
    rows = [r for c in costs for r in c.get("rows", [])]
    unpriced = sorted({m for c in costs for m in c.get("unpriced", [])})
    priced = [r["usd"] for r in rows if r["usd"] is not None]
    return {
        "prompt_tokens": sum(r["prompt_tokens"] for r in rows),
        "completion_tokens": sum(r["completion_tokens"] for r in rows),
        "calls": sum(r["calls"] for r in rows),
        "usd": None if unpriced else sum(priced),
        "priced_usd": sum(priced),  # the priced part alone, when some of it is unpriced
        "unpriced": unpriced,
    }


def format_usd(value: float | None) -> str:
    return UNPRICED if value is None else f"${value:,.4f}"
