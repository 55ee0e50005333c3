"""Jinja2 templates of the site and the filters they format numbers with."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from pytest_iwr.report.breakdown import AXES
from pytest_iwr.view.pages import EXTRA_COLUMNS, STATUS_WORDS, filter_values, taxonomy_values

TEMPLATES = Path(__file__).resolve().parent / "templates"
NONE = "—"


def score(value: Any) -> str:
    """A 0..1 score as the leaderboards print it (x100)."""
    return NONE if not isinstance(value, int | float) else f"{100 * value:.2f}"


def interval(ci: Any) -> str:
    if not isinstance(ci, dict) or not {"low", "high"} <= set(ci):
        return ""
    return f"[{score(ci['low'])}, {score(ci['high'])}]"


def value(v: Any) -> str:
    """A column whose shape is not fixed yet (coverage, cost): numbers short, the rest as JSON."""
    if v is None:
        return NONE
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return f"{v:.4g}"
    if isinstance(v, str):
        return v
    return json.dumps(v, sort_keys=True, default=str)


def coverage(v: Any) -> str:
    """``{"scored", "flagged", "ratio"}`` as ``scored/flagged``; a bare ratio as a percentage."""
    if isinstance(v, dict) and v.get("flagged"):
        return f"{v.get('scored', 0)}/{v['flagged']}"
    if isinstance(v, int | float) and not isinstance(v, bool):
        return f"{100 * v:.0f}%"
    return NONE if not v or isinstance(v, dict) else value(v)


def cost(v: Any) -> str:
    """USD where every part is priced; tokens alone otherwise; nothing spent is no cost."""
    if isinstance(v, int | float) and not isinstance(v, bool):
        return f"${v:,.4f}"
    if not isinstance(v, dict):
        return value(v)
    tokens = (v.get("prompt_tokens") or 0) + (v.get("completion_tokens") or 0)
    if isinstance(v.get("usd"), int | float) and (tokens or v.get("calls") or v["usd"]):
        return f"${v['usd']:,.4f}"
    return f"unpriced, {tokens:,} tokens" if tokens else NONE


def extra(key: str, v: Any) -> str:
    """A leaderboard column added after the viewer: coverage, VFS over all checkpoints, cost."""
    return {"coverage": coverage, "vfs_all": score, "cost": cost}.get(key, value)(v)


def first_line(text: Any) -> str:
    return str(text or "").strip().splitlines()[0] if str(text or "").strip() else ""


def percent(fraction: float | None) -> str:
    return NONE if fraction is None else f"{100 * fraction:.1f}%"


def candidate_table(candidates: Any) -> tuple[list[str], list[list[str]]]:
    """A grounding record's candidates as (columns, rows), whatever keys each grounder reports."""
    if not isinstance(candidates, list) or not candidates:
        return [], []
    keys: list[str] = []
    for c in candidates:
        keys += [k for k in (c if isinstance(c, dict) else {}) if k not in keys]
    if not keys:
        return ["candidate"], [[value(c)] for c in candidates]
    return keys, [[value(c.get(k)) if isinstance(c, dict) else value(c) for k in keys] for c in candidates]


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,  # model names, reasons, page errors: all text from outside
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(score=score, interval=interval, value=value, first_line=first_line, percent=percent)
    env.globals.update(
        axes=AXES,
        extra_columns=EXTRA_COLUMNS,
        extra=extra,
        status_words=STATUS_WORDS,
        filter_values=filter_values,
        candidate_table=candidate_table,
        taxonomy_values=taxonomy_values,
        none=NONE,
    )
    return env


def write(env: Environment, path: Path, template: str, **context: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(env.get_template(template).render(**context), encoding="utf-8")
