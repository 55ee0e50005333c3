"""Result files read for the viewer: models merged across files, each row with the folder it came from."""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pytest_iwr.report import json_report
from pytest_iwr.report.breakdown import failure_class
from pytest_iwr.results import StepResult, TaskResult


class ResultsError(ValueError):
    """A file that is not an ``--iwr-json`` result."""


@dataclass
class Run:
    """One result row: a model's attempt at a task."""

    model: str  # as shown: a model found in two files is ``model (file stem)``
    result: TaskResult
    base: Path  # the result file's folder: relative screenshot paths start there

    @property
    def outcome(self) -> str:
        """``passed``, a failure class of report/breakdown.py, or ``error`` (harness, not model)."""
        if self.result.status == "error":
            return "error"
        return failure_class(self.result) or "passed"


@dataclass
class Results:
    suite: dict[str, dict[str, Any]] = field(default_factory=dict)  # model -> suite scores
    taxonomy: dict[str, dict[str, Any]] = field(default_factory=dict)  # model -> axis -> value -> stats
    notes: list[str] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    sources: list[Path] = field(default_factory=list)

    def ranked(self) -> list[tuple[str, dict[str, Any]]]:
        """Best first: by Final where computed, then IFS (as the markdown leaderboard ranks)."""
        return sorted(self.suite.items(), key=lambda kv: (-(kv[1].get("final") or -1), -kv[1].get("ifs", 0), kv[0]))

    @property
    def models(self) -> list[str]:
        """Every model, in leaderboard order; one with rows but no suite scores comes last."""
        return [m for m, _ in self.ranked()] + sorted({r.model for r in self.runs} - set(self.suite))


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """Only the fields ``cls`` has: a file written by a newer plugin still loads."""
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def task_result(row: dict[str, Any]) -> TaskResult:
    data = _known(TaskResult, row)
    data["steps"] = [_known(StepResult, step) for step in row.get("steps", [])]
    return TaskResult.from_dict(data)


def _read(path: Path) -> dict[str, Any]:
    try:
        return json_report.read(path)
    except json_report.ResultFileError as exc:
        raise ResultsError(str(exc)) from None


def _display_names(documents: list[tuple[Path, dict[str, Any]]]) -> list[dict[str, str]]:
    """Per file, model -> shown name; the same model from two files gets each file's name beside it."""
    models_per_file = [
        set(doc.get("suite", {})) | {row.get("model", "") for row in doc["tasks"]} for _, doc in documents
    ]
    seen = Counter(m for models in models_per_file for m in models)
    taken: set[str] = set()
    out = []
    for (path, _), models in zip(documents, models_per_file, strict=True):
        names = {}
        for model in sorted(models):
            name = model if seen[model] == 1 else f"{model} ({path.stem})"
            number = 2
            while name in taken:  # the same file given twice
                name, number = f"{model} ({path.stem} {number})", number + 1
            taken.add(name)
            names[model] = name
        out.append(names)
    return out


def load_results(paths: list[Path]) -> Results:
    """Every file's models and rows, merged; a row that cannot be read is a ResultsError naming it."""
    documents = [(path, _read(path)) for path in paths]
    results = Results(sources=list(paths))
    for (path, doc), names in zip(documents, _display_names(documents), strict=True):
        for model, scores in doc.get("suite", {}).items():
            results.suite[names[model]] = scores
            results.notes += [n for n in scores.get("notes", []) if n not in results.notes]
        for model, axes in doc.get("breakdown", {}).get("taxonomy", {}).items():
            results.taxonomy[names.get(model, model)] = axes
        base = path.resolve().parent
        for number, row in enumerate(doc["tasks"], start=1):
            try:
                result = task_result(row)
            except (TypeError, ValueError, AttributeError) as exc:
                raise ResultsError(f"{path}: task row {number} does not load ({exc})") from exc
            results.runs.append(Run(model=names[result.model], result=result, base=base))
    return results


def resolve(raw: str | None, base: Path) -> Path | None:
    """A path the run wrote: absolute, or relative to the result file's folder, else to
    the current directory (the run's, when the file was written elsewhere). None if missing."""
    if not raw:
        return None
    path = Path(raw)
    candidates = [path] if path.is_absolute() else [base / path, Path.cwd() / path]
    return next((p for p in candidates if p.is_file()), None)
