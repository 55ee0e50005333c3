"""``--iwr-json``: every result, plus the suite scores, as one JSON document."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pytest_iwr.report.terminal import suite_scores
from pytest_iwr.results import TaskResult

SCHEMA_VERSION = 1


def build(
    results: list[TaskResult], visual_off_reason: str = "", extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    rows = sorted(results, key=lambda r: (r.model, r.task_id, r.repeat))
    return {
        **(extra or {}),
        "schema": SCHEMA_VERSION,
        "visual": {"computed": not visual_off_reason, "reason": visual_off_reason},
        "suite": suite_scores(rows),
        "tasks": [r.to_dict() for r in rows],
    }


def write_atomic(path: Path, document: Any) -> None:
    """Write then rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2, sort_keys=False)
    os.replace(tmp, path)
