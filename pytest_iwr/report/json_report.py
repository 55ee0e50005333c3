"""``--iwr-json``: every result, plus the suite scores, as one JSON document."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pytest_iwr.judge import summary as judge_summary
from pytest_iwr.report import breakdown
from pytest_iwr.report.terminal import suite_scores
from pytest_iwr.results import TaskResult

SCHEMA_VERSION = 1


def build(
    results: list[TaskResult], visual_off_reason: str = "", extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The document from the results alone (plus ``extra``: the run, gates, a comparison),
    in one order whatever order the items finished in: shards merged give the same."""
    rows = sorted(results, key=lambda r: (r.model, r.task_id, r.repeat))
    return {
        **(extra or {}),
        "schema": SCHEMA_VERSION,
        "visual": {"computed": not visual_off_reason, "reason": visual_off_reason},
        "suite": suite_scores(rows),
        "breakdown": {"taxonomy": breakdown.by_taxonomy(rows), "outcomes": breakdown.by_failure(rows)},
        "repeats": breakdown.repeat_variance(rows),
        "judges": judge_summary.by_model(rows),
        "tasks": [r.to_dict() for r in rows],
    }


class ResultFileError(ValueError):
    """A file that is not an ``--iwr-json`` document; the message names it."""


def read(path: Path) -> dict[str, Any]:
    """An ``--iwr-json`` document, or :class:`ResultFileError` saying what is wrong with the file."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResultFileError(f"{path}: cannot read ({exc})") from None
    if not isinstance(document, dict) or not isinstance(document.get("tasks"), list):
        raise ResultFileError(f"{path}: not an --iwr-json result (no 'tasks' list)")
    return document


def write_atomic(path: Path, document: Any) -> None:
    """Write then rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2, sort_keys=False)
    os.replace(tmp, path)
