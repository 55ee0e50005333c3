"""Visual fidelity of one task: OCR and DINO on the initial state and every reached
visual checkpoint, ground truth against generated, then LFS / VFS / Final.

What could not be computed is said, never filled in: without DINOv2 weights the
low-level score is the OCR mean and is labelled ``ocr-only``; without a judge model
VFS = LFS and the result says so.
"""

from __future__ import annotations

import importlib.util
import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean
from typing import Any

import numpy as np
from PIL import Image

from pytest_iwr import scoring
from pytest_iwr.judge.base import JudgeError
from pytest_iwr.results import PASSED, TaskResult
from pytest_iwr.tasks import Task
from pytest_iwr.visual import dino as dino_mod
from pytest_iwr.visual import shipped
from pytest_iwr.visual.features import FeatureCache, image_key
from pytest_iwr.visual.ocr import OcrEngine, Reference, TextBox, assemble, closest_reference

OCR_FAST, OCR_FULL = "fast", "full"
TEXT_IN_RESULT = 400  # characters of OCR text kept per image in the results


@dataclass(frozen=True)
class VisualConfig:
    ocr_mode: str = OCR_FAST
    dino_source: str = dino_mod.DEFAULT_DINO
    dino_download: bool = False
    cache_dir: Path = Path(".iwr-cache")
    # An MLLM judge: (ground truth PNG, generated PNG) -> rubric total out of 100. It
    # raises judge.base.JudgeError when no verdict could be had; see score_task.
    hfs_judge: Callable[[bytes, bytes], float] | None = None
    hfs_judge_name: str = ""


def scored_steps(task: Task, result: TaskResult) -> list[int]:
    """The initial state, plus every checkpoint flagged visual that the replay reached and passed."""
    steps = [0] if result.initial_screenshot else []
    if not result.steps:  # never replayed (generation failed): no step was reached
        return steps
    return steps + [
        i
        for i, (step, rec) in enumerate(zip(task.steps, result.steps, strict=True), start=1)
        if step.visual and rec.status == PASSED and rec.screenshot
    ]


def coverage(task: Task, result: TaskResult) -> dict[str, Any]:
    """How much of the task's visual checkpoints the replay reached: known without any
    visual scoring, so every result carries it."""
    flagged = len(shipped.flagged_steps(task))
    scored = len(scored_steps(task, result))
    return {"scored": scored, "flagged": flagged, "ratio": scoring.checkpoint_coverage(scored, flagged)}


def _rgb(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as img:
        return np.array(img.convert("RGB"))  # writable: torch refuses read-only arrays


def _ocr(
    engine: OcrEngine,
    cache: FeatureCache,
    data: bytes,
    mode: str,
    candidates: list[Reference | None],
    known: dict[str, list[TextBox]] | None = None,
) -> tuple[Reference, bool]:
    """The image's text boxes, and whether they had to be read: from the cache, from
    ``known`` (the task's shipped ground truth, by image key) or read; the fast path reads
    against the closest of ``candidates`` (screenshots already read)."""
    rgb = _rgb(data)
    boxes = cache.get_ocr(data, mode)
    if boxes is None and known:
        boxes = known.get(image_key(data))
        if boxes is not None:
            cache.put_ocr(data, mode, boxes)
    if boxes is None:
        boxes = engine.read_fast(rgb, closest_reference(rgb, candidates)) if mode == OCR_FAST else engine.read_full(rgb)
        cache.put_ocr(data, mode, boxes)
        return Reference(rgb, boxes), True
    return Reference(rgb, boxes), False


def _embedding(model: dino_mod.DinoModel, cache: FeatureCache, data: bytes, rgb: np.ndarray) -> np.ndarray:
    vector = cache.get_embedding(data, model.source)
    if vector is None:
        vector = model.embed([rgb])[0]
        cache.put_embedding(data, model.source, vector)
    return vector


def zero_scores(reason: str) -> dict[str, Any]:
    """A task with no page to look at (generation failed, page never loaded) scores 0."""
    return {
        "checkpoints": [],
        "ocr": 0.0,
        "dino": 0.0,
        "lfs": 0.0,
        "lfs_components": ["ocr", "dino"],
        "hfs": None,
        "vfs": 0.0,
        "notes": [reason],
        "seconds": 0.0,
    }


def score_task(task: Task, result: TaskResult, config: VisualConfig, cache: FeatureCache) -> dict[str, Any]:
    started = time.monotonic()
    steps = scored_steps(task, result)
    if not steps:
        return zero_scores("no screenshot of the generated page: " + (result.generation_error or result.failure))
    engine = OcrEngine(cache.crops())
    ground_truth = shipped.load(task, config.ocr_mode)
    ground_truth_read = 0  # checkpoints neither cached nor shipped: OCR ran on them
    notes: list[str] = []
    model: dino_mod.DinoModel | None
    try:
        model = dino_mod.load(config.dino_source, config.dino_download)
    except dino_mod.DinoUnavailableError as exc:
        model = None
        notes.append(f"DINO not computed: {exc}")
    rows = []
    hfs_error: str | None = None
    # The previous scored state of each side: consecutive checkpoints share most rows.
    last_gt: Reference | None = None
    last_gen: Reference | None = None
    for index in steps:
        gt_path = task.checkpoint_image(index)
        gen_path = result.initial_screenshot if index == 0 else result.steps[index - 1].screenshot
        if not gt_path.exists():
            notes.append(f"step {index}: no ground-truth checkpoint {gt_path.name}; not scored")
            continue
        gt, gen = gt_path.read_bytes(), Path(str(gen_path)).read_bytes()
        t0 = time.monotonic()
        last_gt, read = _ocr(engine, cache, gt, config.ocr_mode, [last_gt], ground_truth)
        ground_truth_read += read
        # The generated page is read against its own previous state or the ground truth of
        # this step, whichever it resembles more (a faithful page: the ground truth).
        last_gen, _ = _ocr(engine, cache, gen, config.ocr_mode, [last_gen, last_gt])
        gt_text, gen_text = assemble(last_gt.boxes), assemble(last_gen.boxes)
        row: dict[str, Any] = {
            "step": index,
            "expected": str(gt_path),
            "actual": str(gen_path),
            "ocr": scoring.ocr_similarity(gt_text, gen_text),
            "dino": None,
            "expected_text": gt_text[:TEXT_IN_RESULT],
            "actual_text": gen_text[:TEXT_IN_RESULT],
        }
        if model is not None:
            row["dino"] = scoring.clip_cosine(
                dino_mod.cosine(_embedding(model, cache, gt, last_gt.rgb), _embedding(model, cache, gen, last_gen.rgb))
            )
        if config.hfs_judge is not None and hfs_error is None:
            try:
                row["hfs"] = config.hfs_judge(gt, gen)
            except JudgeError as exc:
                hfs_error = f"step {index}: {exc}"
        row["seconds"] = time.monotonic() - t0
        rows.append(row)
    if not rows:
        return zero_scores("; ".join(notes) or "nothing to score")
    ocr = fmean(r["ocr"] for r in rows)
    dino = fmean(r["dino"] for r in rows) if model is not None else None
    if dino is not None:
        lfs, components = (
            scoring.low_level_fidelity([r["ocr"] for r in rows], [r["dino"] for r in rows]),
            ["ocr", "dino"],
        )
    else:
        lfs, components = ocr, ["ocr"]
        notes.append("LFS is the OCR mean alone (ocr-only)")
    hfs: float | None = None
    vfs: float | None
    if config.hfs_judge is None:
        notes.append("no judge model: HFS not computed, VFS = LFS")
        vfs = scoring.visual_fidelity(lfs, None)
    elif hfs_error is not None:
        # Never a 0 and never a silent VFS = LFS: the task has no VFS, and says why.
        notes.append(f"HFS judge error ({config.hfs_judge_name}), VFS and Final not computed: {hfs_error}")
        vfs = None
    else:
        hfs = scoring.high_level_fidelity([r["hfs"] for r in rows])
        vfs = scoring.visual_fidelity(lfs, hfs)
    return {
        "checkpoints": rows,
        "ocr": ocr,
        "dino": dino,
        "lfs": lfs,
        "lfs_components": components,
        "hfs": hfs,
        "vfs": vfs,
        "notes": notes,
        "seconds": time.monotonic() - started,
        "ocr_mode": config.ocr_mode,
        # The fast path's CRAFT precision ("bfloat16" or "float32"); "" when nothing was detected.
        "ocr_detector": engine.detector_precision if config.ocr_mode == OCR_FAST else "float32",
        "crops_recognized": engine.recognized,
        # Ground-truth checkpoints OCR'd in this run: 0 when they were cached or shipped.
        "ground_truth_read": ground_truth_read,
    }


class VisualScorer:
    """Scores results in place; one per worker, holding the feature cache."""

    def __init__(self, config: VisualConfig) -> None:
        self.config = config
        self._cache: FeatureCache | None = None

    def cache(self) -> FeatureCache:
        if self._cache is None:
            self._cache = FeatureCache(self.config.cache_dir)
        return self._cache

    def __call__(self, task: Task, result: TaskResult) -> None:
        result.visual = score_task(task, result, self.config, self.cache())
        result.vfs = result.visual["vfs"]
        result.final = None if result.vfs is None else scoring.final_score(result.ifs, result.vfs)
        if result.vfs is not None:
            # Scored: what VFS averaged over (a checkpoint without ground truth is not).
            scored, flagged = len(result.visual["checkpoints"]), len(shipped.flagged_steps(task))
            result.vfs_all = scoring.visual_fidelity_all(result.vfs, scored, flagged) if scored else 0.0


def visual_available() -> str | None:
    """None when OCR can run here, else why not.

    Found, not imported: easyocr brings torch (about 3 s), which the controller never
    needs and a worker whose features are all cached never loads."""
    for module in ("easyocr", "easyocr_en_models"):
        if importlib.util.find_spec(module) is None:
            return f"easyocr is not installed ({module})"
    return None
