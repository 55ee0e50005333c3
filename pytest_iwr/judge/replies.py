"""Strict parsing of a judge model's reply: one JSON object, nothing to guess.

The reference harness fell back to "is the word Yes anywhere in the reply" when the
JSON did not parse, and counted errors as passes. Here a reply is either the JSON
object the prompt asked for (bare, or alone in one ``json`` code fence, as chat models
like to wrap it) or an error: the judge asks again, then reports a judge error.
"""

from __future__ import annotations

import json
import re
from typing import Any

_FENCE = re.compile(r"^```(?:json)?\s*\n(.*?)\n?```$", re.DOTALL | re.IGNORECASE)


class ReplyError(ValueError):
    """The reply is not the JSON object the prompt asked for."""


def json_object(text: str) -> dict[str, Any]:
    body = text.strip()
    fenced = _FENCE.match(body)
    if fenced:
        body = fenced.group(1).strip()
    try:
        value = json.loads(body)
    except json.JSONDecodeError as exc:
        raise ReplyError(f"not JSON ({exc.msg} at char {exc.pos})") from None
    if not isinstance(value, dict):
        raise ReplyError(f"JSON {type(value).__name__}, not an object")
    return value


def yes_no(text: str) -> tuple[bool, str]:
    """``{"think": ..., "result": "Yes"|"No"}`` -> (verdict, reasoning)."""
    value = json_object(text)
    result = value.get("result")
    if not isinstance(result, str) or result.strip().lower() not in ("yes", "no"):
        raise ReplyError(f'\'result\' must be "Yes" or "No", got {result!r}')
    think = value.get("think", "")
    return result.strip().lower() == "yes", think if isinstance(think, str) else json.dumps(think)


def rubric(text: str, caps: dict[str, int]) -> tuple[dict[str, float], str]:
    """Every rubric item as a number within its cap, plus the comments."""
    value = json_object(text)
    scores: dict[str, float] = {}
    for key, cap in caps.items():
        raw = value.get(key)
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise ReplyError(f"'{key}' must be a number, got {raw!r}")
        if not 0 <= raw <= cap:
            raise ReplyError(f"'{key}' must be within 0..{cap}, got {raw}")
        scores[key] = float(raw)
    comments = value.get("comments", "")
    return scores, comments if isinstance(comments, str) else json.dumps(comments)
