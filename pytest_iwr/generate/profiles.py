"""Per-model defaults for the OpenAI-compatible generator: a small table users can extend.

A profile says how to ask one model: how many tokens it may write, its temperature and
timeout, and how the video is shown to it (frames per second, frame cap, image budget,
largest image side). Rows are matched by shell pattern on the model name, first match
wins; rows a user adds (``iwr_model_profiles`` in the ini file) come before the built-in
ones, and command-line options override whatever the matched row says.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class ModelProfile:
    max_tokens: int = 16384
    # None leaves the server's default: some models (gpt-5, o-series) reject any other value.
    temperature: float | None = 0.0
    timeout: float = 600.0  # seconds for one request; reasoning models think for minutes
    fps: float = 1.0  # the paper samples the video at 1 frame per second
    max_frames: int = 64  # ... and caps it at 64 frames
    image_budget: int = 70  # asset sheets + frames, at most
    max_side: int = 1280  # every image is shrunk so its longer side fits
    # Newer OpenAI models take max_completion_tokens; most compatible servers take max_tokens.
    token_param: str = "max_tokens"

    def request_params(self) -> dict[str, Any]:
        """The parameters that change what the model writes: part of the cache key."""
        return {
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "fps": self.fps,
            "max_frames": self.max_frames,
            "image_budget": self.image_budget,
            "max_side": self.max_side,
            "token_param": self.token_param,
        }


DEFAULT = ModelProfile()

# Built-in rows. Kept short on purpose: a row exists only where the default is wrong.
BUILTIN_PROFILES: list[tuple[str, dict[str, Any]]] = [
    ("gpt-5*", {"max_tokens": 32768, "temperature": None, "token_param": "max_completion_tokens", "max_side": 2048}),
    ("o[134]*", {"max_tokens": 32768, "temperature": None, "token_param": "max_completion_tokens", "max_side": 2048}),
    ("gpt-4o*", {"max_side": 2048}),
    ("gpt-4.1*", {"max_tokens": 32768, "max_side": 2048}),
    ("claude*", {"max_tokens": 32000, "max_side": 1568}),
    ("gemini*", {"max_tokens": 32768, "max_side": 3072}),
    ("qwen*vl*", {"max_side": 1280, "timeout": 900.0}),
]

_FIELDS = {f.name: f.type for f in fields(ModelProfile)}


def _coerce(name: str, raw: str) -> Any:
    if name not in _FIELDS:
        raise ValueError(f"unknown profile field {name!r}; known: {', '.join(_FIELDS)}")
    if name == "token_param":
        if raw not in ("max_tokens", "max_completion_tokens"):
            raise ValueError("token_param is max_tokens or max_completion_tokens")
        return raw
    if name == "temperature" and raw.lower() in ("none", "default", ""):
        return None
    if name in ("max_tokens", "max_frames", "image_budget", "max_side"):
        return int(raw)
    return float(raw)


def parse_profile_line(line: str) -> tuple[str, dict[str, Any]]:
    """``"my-vlm* max_tokens=8000 temperature=0.2"`` -> ``("my-vlm*", {...})``."""
    pattern, *pairs = line.split()
    values = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep:
            raise ValueError(f"iwr_model_profiles: {line!r}: expected key=value, got {pair!r}")
        try:
            values[name] = _coerce(name, raw)
        except ValueError as exc:
            raise ValueError(f"iwr_model_profiles: {line!r}: {exc}") from exc
    return pattern, values


def profile_for(
    model: str, user_rows: list[tuple[str, dict[str, Any]]] = (), overrides: dict[str, Any] | None = None
) -> ModelProfile:
    """The matched row (user rows first) with ``overrides`` (non-None values) on top."""
    profile = DEFAULT
    for pattern, values in [*user_rows, *BUILTIN_PROFILES]:
        if fnmatch.fnmatchcase(model.lower(), pattern.lower()):
            profile = replace(DEFAULT, **values)
            break
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    return replace(profile, **given) if given else profile
