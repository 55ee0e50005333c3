"""``--iwr-markdown``: a leaderboard in the paper's columns (scores x100)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

COLUMNS = (
    ("IFS", "ifs"),
    ("OCR", "ocr"),
    ("DINO", "dino"),
    ("LFS", "lfs"),
    ("HFS", "hfs"),
    ("VFS", "vfs"),
    ("Final", "final"),
)


def _cell(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.2f}"


def leaderboard(suite: dict[str, dict[str, Any]]) -> str:
    """Models sorted by Final (then IFS), best first; uncomputed scores shown as –."""
    ranked = sorted(suite.items(), key=lambda kv: (-(kv[1].get("final") or -1), -kv[1]["ifs"], kv[0]))
    lines = [
        "| Model | " + " | ".join(name for name, _ in COLUMNS) + " | Tasks |",
        "| --- | " + " | ".join("---:" for _ in COLUMNS) + " | ---: |",
    ]
    for model, s in ranked:
        lines.append(f"| {model} | " + " | ".join(_cell(s.get(key)) for _, key in COLUMNS) + f" | {s['tasks']} |")
    notes = sorted({n for s in suite.values() for n in s.get("notes", [])})
    if notes:
        lines.append("")
        lines += [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


def from_result_files(paths: list[Path]) -> str:
    """One leaderboard over several ``--iwr-json`` files; a model seen in two files is
    shown once per file, named ``model (file)``."""
    import json

    suites: dict[str, dict[str, Any]] = {}
    seen: dict[str, int] = {}
    loaded = []
    for path in paths:
        try:
            suite = json.loads(path.read_text(encoding="utf-8"))["suite"]
        except (OSError, ValueError, KeyError) as exc:
            raise ValueError(f"{path}: not an --iwr-json result ({exc})") from exc
        loaded.append((path, suite))
        for model in suite:
            seen[model] = seen.get(model, 0) + 1
    for path, suite in loaded:
        for model, scores in suite.items():
            suites[f"{model} ({path.stem})" if seen[model] > 1 else model] = scores
    return leaderboard(suites)


def write(path: Path, suite: dict[str, dict[str, Any]], extra_notes: list[str]) -> None:
    text = leaderboard(suite)
    if extra_notes:
        text += "".join(f"- {n}\n" for n in extra_notes)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
