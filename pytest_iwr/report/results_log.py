"""The results log: one JSON line per finished task, appended the moment it finishes.

Only the controller writes it, each line in one ``write`` on an ``O_APPEND`` file, so a
killed worker loses only its in-flight task and a reader never sees half a line (a torn
last line from a killed controller is skipped). ``--iwr-resume`` reads it back.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pytest_iwr.results import TaskResult


def append(path: Path, result: TaskResult) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(result.to_dict(), separators=(",", ":")) + "\n").encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def load(path: Path) -> dict[tuple[str, str], TaskResult]:
    """The latest result per (model, task) that was scored (errors are retried on resume)."""
    found: dict[tuple[str, str], TaskResult] = {}
    if not path.exists():
        return found
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            result = TaskResult.from_dict(json.loads(raw))
        except (ValueError, TypeError):
            continue  # a torn line from an interrupted write
        if result.status != "error":
            found[result.model, result.task_id] = result
    return found
