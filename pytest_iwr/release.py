"""Loader for the IWR-Bench release: ``data.jsonl`` plus one folder per task.

Each line of ``data.jsonl`` is one task: ``id``, ``classification`` (interaction and
visual complexity, domain, sub-domain), ``recording_details.resolution`` ("WxH"),
``source_website`` and ``action_sequence``: steps typed ``Click``/``Type``/``Scroll``/
``Press`` with ``parameters`` (description, text, key, direction, element_index), a
``logical_assertion`` and a ``visual_evaluation_flag``. The task's folder (``<id>/``
beside the file, or ``<stem>/<id>/`` as the reference harness lays it out) holds
``video.mp4``, ``assets/``, ``stitched_assets/``, ``checkpoints/`` and ``metadata.json``.

Release steps have no structured target and no structured check: the agent grounds
them from the description (agent/offline.py or the browser-use agent) and a judge rules
on the assertion (a VLM, or the visual proxy). ``element_index`` indexes the DOM of the
recording session; no other page has those indices, so it is never used.

A broken line or record becomes a :class:`TaskLoadError` for that task alone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError

from pytest_iwr.tasks import (
    DOMAINS,
    INTERACTION_LOGIC,
    VISUAL_COMPLEXITY,
    LoadedTask,
    Task,
    TaskLoadError,
    TaskSpec,
    Taxonomy,
    format_validation_error,
)

ACTION_TYPES = {"click": "click", "type": "type", "scroll": "scroll", "press": "press"}
# Where a release task keeps its ground-truth screenshots, first match wins.
CHECKPOINT_NAMES = ("step_{}.png", "{}.png", "step{}.png", "checkpoint_{}.png", "step_{}.jpg", "{}.jpg")
STITCHED_NAMES = ("stitched_assets", "stitched")
# Playwright key names are case-sensitive; annotators write them freely.
KEY_NAMES = {
    "enter": "Enter",
    "return": "Enter",
    "tab": "Tab",
    "escape": "Escape",
    "esc": "Escape",
    "backspace": "Backspace",
    "delete": "Delete",
    "space": "Space",
    "arrowup": "ArrowUp",
    "arrowdown": "ArrowDown",
    "arrowleft": "ArrowLeft",
    "arrowright": "ArrowRight",
    "up": "ArrowUp",
    "down": "ArrowDown",
    "left": "ArrowLeft",
    "right": "ArrowRight",
    "pageup": "PageUp",
    "pagedown": "PageDown",
    "home": "Home",
    "end": "End",
}
# Synonyms seen in taxonomies, mapped to the suite's markers; other values are kept as given.
DOMAIN_SYNONYMS = {"ecommerce": "e-commerce", "shopping": "e-commerce", "game": "games", "news": "media"}
VISUAL_SYNONYMS = {"low": "simple", "medium": "moderate", "high": "complex"}
INTERACTION_SYNONYMS = {"static": "browsing", "static browsing": "browsing", "logic reasoning": "logic"}


class ReleaseTaxonomy(Taxonomy):
    """The release's classification: known values map to the suite's markers, others stay as given."""

    domain: str  # type: ignore[assignment]
    visual_complexity: str  # type: ignore[assignment]
    interaction_logic: str  # type: ignore[assignment]


class ReleaseTaskSpec(TaskSpec):
    # Release ids are whatever the dataset uses (digits, underscores); they name folders.
    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    taxonomy: ReleaseTaxonomy


class RecordError(ValueError):
    """A field of one record is missing or malformed."""


def _label(value: Any, known: tuple[str, ...], synonyms: dict[str, str], field: str) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise RecordError(f"field 'classification.{field}' is missing")
    text = re.sub(r"[\s_]+", " ", str(value).strip().lower())
    for candidate in (text, text.replace(" ", "-"), text.replace("-", " ")):
        if candidate in known:
            return candidate
        if candidate in synonyms:
            return synonyms[candidate]
    # "L3: stateful" / "complex (high)": a known word inside the value.
    for word in known:
        if re.search(rf"\b{re.escape(word)}\b", text):
            return word
    return text


def _taxonomy(record: dict[str, Any]) -> dict[str, Any]:
    cls = record.get("classification")
    if not isinstance(cls, dict):
        raise RecordError("field 'classification' must be an object")
    return {
        "domain": _label(cls.get("domain"), DOMAINS, DOMAIN_SYNONYMS, "domain"),
        "visual_complexity": _label(
            cls.get("visual_complexity"), VISUAL_COMPLEXITY, VISUAL_SYNONYMS, "visual_complexity"
        ),
        "interaction_logic": _label(
            cls.get("interaction_complexity", cls.get("interaction_logic")),
            INTERACTION_LOGIC,
            INTERACTION_SYNONYMS,
            "interaction_complexity",
        ),
        "sub_domain": str(cls["sub_domain"]) if cls.get("sub_domain") else None,
    }


def _direction(params: dict[str, Any], description: str) -> str | None:
    given = params.get("direction")
    if given:
        return str(given).strip().lower()
    # The reference harness scrolled by description alone; its descriptions say which way.
    words = re.findall(r"[a-z]+", description.lower())
    return next((w for w in ("down", "up", "left", "right") if w in words), None)


def _step(index: int, raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise RecordError(f"step {index}: must be an object")
    kind = str(raw.get("type", "")).strip().lower()
    if kind not in ACTION_TYPES:
        raise RecordError(f"step {index}: field 'type': {raw.get('type')!r} is not one of Click, Type, Scroll, Press")
    params = raw.get("parameters") or {}
    if not isinstance(params, dict):
        raise RecordError(f"step {index}: field 'parameters' must be an object")
    description = str(params.get("description") or "").strip()
    step: dict[str, Any] = {
        "action": ACTION_TYPES[kind],
        "description": description,
        "checkpoint": {"expect": [], "assertion": str(raw.get("logical_assertion") or "").strip()},
        "visual": bool(raw.get("visual_evaluation_flag", False)),
    }
    if kind == "type":
        step["text"] = None if params.get("text") is None else str(params["text"])
    elif kind == "press":
        key = str(params.get("key") or "").strip()
        step["key"] = KEY_NAMES.get(key.lower().replace(" ", ""), key)
    elif kind == "scroll":
        step["direction"] = _direction(params, description)
    return step


def record_to_spec(record: Any) -> ReleaseTaskSpec:
    """One ``data.jsonl`` record as a spec; raises :class:`RecordError` or ``ValidationError``."""
    if not isinstance(record, dict):
        raise RecordError("a record must be a JSON object")
    if record.get("id") in (None, ""):
        raise RecordError("field 'id' is missing")
    resolution = (record.get("recording_details") or {}).get("resolution")
    actions = record.get("action_sequence")
    if not isinstance(actions, list) or not actions:
        raise RecordError("field 'action_sequence' must be a non-empty list")
    website = str(record.get("source_website") or "")
    return ReleaseTaskSpec.model_validate(
        {
            "id": str(record["id"]),
            "title": website or str(record["id"]),
            "viewport": str(resolution or "1280x720"),
            "taxonomy": _taxonomy(record),
            "description": website,
            "steps": [_step(i, raw) for i, raw in enumerate(actions, start=1)],
        }
    )


def task_folder(jsonl: Path, task_id: str) -> Path | None:
    for folder in (jsonl.parent / task_id, jsonl.parent / jsonl.stem / task_id):
        if folder.is_dir():
            return folder
    return None


def _first_existing(folder: Path, names: tuple[str, ...], default: str) -> str:
    return next((name for name in names if (folder / name.format(0)).exists()), default)


def load_record(jsonl: Path, line_no: int, line: str) -> LoadedTask:
    where = f"{jsonl}: line {line_no}"
    fallback = f"line-{line_no}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return TaskLoadError(fallback, jsonl, f"{where}: not valid JSON: {exc}")
    task_id = str(record.get("id") or fallback) if isinstance(record, dict) else fallback
    try:
        spec = record_to_spec(record)
    except RecordError as exc:
        return TaskLoadError(task_id, jsonl, f"{where}: task {task_id!r}: {exc}")
    except ValidationError as exc:
        return TaskLoadError(task_id, jsonl, format_validation_error(Path(f"{where}: task {task_id!r}"), exc))
    folder = task_folder(jsonl, spec.id)
    if folder is None:
        looked = f"{jsonl.parent / spec.id} or {jsonl.parent / jsonl.stem / spec.id}"
        return TaskLoadError(spec.id, jsonl, f"{where}: task {spec.id!r}: its folder is missing ({looked})")
    checkpoints = folder / "checkpoints"
    return Task(
        spec=spec,
        root=folder.resolve(),
        source=jsonl,
        checkpoint_name=_first_existing(checkpoints, CHECKPOINT_NAMES, CHECKPOINT_NAMES[0]),
        stitched_name=next((n for n in STITCHED_NAMES if (folder / n).is_dir()), STITCHED_NAMES[0]),
    )


def load_release(jsonl: Path) -> list[LoadedTask]:
    """Every record of ``jsonl``, sorted by id so every xdist worker collects alike."""
    if not jsonl.is_file():
        raise FileNotFoundError(f"IWR-Bench data file not found: {jsonl}")
    loaded: list[LoadedTask] = []
    seen: set[str] = set()
    for line_no, line in enumerate(jsonl.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        task = load_record(jsonl, line_no, line)
        if task.id in seen:  # two items with one id would collide in node ids and output folders
            task = TaskLoadError(
                f"{task.id}-line{line_no}", jsonl, f"{jsonl}: line {line_no}: duplicate id {task.id!r}"
            )
        seen.add(task.id)
        loaded.append(task)
    return sorted(loaded, key=lambda t: t.id)
