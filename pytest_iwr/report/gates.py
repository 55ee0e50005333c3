"""CI gates: ``--iwr-fail-under=final:0.30,ifs:0.20`` and ``--iwr-max-drop=final:0.02``."""

from __future__ import annotations

from typing import Any

from pytest_iwr.report.compare import SCORES, Comparison

GATE_KEYS = ("ifs", "ocr", "dino", "lfs", "hfs", "vfs", "final")


def parse(option: str, text: str | None) -> dict[str, float]:
    """``"final:0.30,ifs:0.20"`` -> ``{"final": 0.3, "ifs": 0.2}``; a bad spec is a usage error."""
    if not text:
        return {}
    out: dict[str, float] = {}
    for part in text.split(","):
        key, sep, value = part.strip().partition(":")
        key = key.strip().lower()
        try:
            number = float(value)
        except ValueError:
            number = float("nan")
        if not sep or key not in GATE_KEYS or number != number:
            raise ValueError(
                f"{option}: expected score:value pairs like final:0.30 (scores {', '.join(GATE_KEYS)}), got {part!r}"
            )
        out[key] = number
    return out


def fail_under(suite: dict[str, dict[str, Any]], thresholds: dict[str, float]) -> list[str]:
    problems = []
    for model, scores in suite.items():
        for key, floor in thresholds.items():
            value = scores.get(key)
            if value is None:
                problems.append(f"--iwr-fail-under: {model} has no {key.upper()} (not computed), needs >= {floor:.3f}")
            elif value < floor:
                problems.append(f"--iwr-fail-under: {model} {key.upper()} {value:.3f} < {floor:.3f}")
    return problems


def max_drop(comparison: Comparison | None, thresholds: dict[str, float]) -> list[str]:
    if not thresholds:
        return []
    if comparison is None:
        return ["--iwr-max-drop needs --iwr-compare=BASELINE.json"]
    problems = []
    for model, intervals in comparison.suite.items():
        for key, allowed in thresholds.items():
            if key not in SCORES:
                problems.append(f"--iwr-max-drop: {key} is not compared (only {', '.join(SCORES)})")
                continue
            interval = intervals.get(key)
            if interval is not None and -interval.mean > allowed:
                noise = " (inside the noise: the 95% CI includes 0)" if interval.contains_zero() else ""
                problems.append(
                    f"--iwr-max-drop: {model} {key.upper()} dropped {-interval.mean:.3f} > {allowed:.3f}{noise}"
                )
    return problems
