"""Ground-truth OCR shipped beside a task's checkpoints, so a first run reads none of them.

The ground truth never changes between runs, yet OCR on it is most of a cold run's cost.
``ocr-features.json`` beside the checkpoints holds, for every checkpoint VFS can score, the
text boxes the OCR read, keyed by the sha256 of the image's bytes and stamped with the
features version. A run trusts an entry only when both match the image on disk and the
code reading it: a re-recorded checkpoint or a changed OCR is simply read again.
"""

from __future__ import annotations

import json
from pathlib import Path

from pytest_iwr.tasks import Task
from pytest_iwr.visual.features import FEATURES_VERSION, image_key
from pytest_iwr.visual.ocr import OcrEngine, Reference, TextBox

FILE_NAME = "ocr-features.json"


def features_path(task: Task) -> Path:
    return task.checkpoint_image(0).parent / FILE_NAME


def flagged_steps(task: Task) -> list[int]:
    """Every checkpoint VFS could score: the initial state and every step flagged visual."""
    return [0] + [i for i, step in enumerate(task.steps, start=1) if step.visual]


def flagged_images(task: Task) -> list[Path]:
    """Those checkpoints' images, in replay order."""
    return [task.checkpoint_image(i) for i in flagged_steps(task)]


def load(task: Task, mode: str) -> dict[str, list[TextBox]]:
    """The shipped boxes by image key, for ``mode``; empty when the file is absent, from
    another features version, or unreadable (then every checkpoint is simply read)."""
    path = features_path(task)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("features_version") != FEATURES_VERSION or data.get("mode") != mode:
        return {}
    known: dict[str, list[TextBox]] = {}
    for entry in (data.get("checkpoints") or {}).values():
        try:
            known[str(entry["sha256"])] = [TextBox(*row) for row in entry["boxes"]]
        except (KeyError, TypeError):
            continue  # a damaged entry is read again, never half-trusted
    return known


def stale(task: Task, mode: str) -> list[str]:
    """Checkpoint files whose shipped features are missing or no longer match their bytes."""
    known = load(task, mode)
    return [p.name for p in flagged_images(task) if p.exists() and image_key(p.read_bytes()) not in known]


def write(task: Task, engine: OcrEngine, mode: str) -> Path:
    """Read every scorable checkpoint the way a run reads it and write the file."""
    import io

    import numpy as np
    from PIL import Image

    checkpoints: dict[str, dict[str, object]] = {}
    last: Reference | None = None
    for path in flagged_images(task):
        if not path.exists():
            continue
        data = path.read_bytes()
        with Image.open(io.BytesIO(data)) as img:
            rgb = np.array(img.convert("RGB"))
        boxes = engine.read_fast(rgb, last) if mode == "fast" else engine.read_full(rgb)
        last = Reference(rgb, boxes)
        checkpoints[path.name] = {
            "sha256": image_key(data),
            "boxes": [[b.x0, b.y0, b.x1, b.y1, b.text, round(float(b.confidence), 4)] for b in boxes],
        }
    out = features_path(task)
    body = {
        "features_version": FEATURES_VERSION,
        "mode": mode,
        "detector": engine.detector_precision or "float32",
        "checkpoints": checkpoints,
    }
    out.write_text(json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return out
