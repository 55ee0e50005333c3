"""The visual proxy judge: for when no judge model is configured. Its verdicts are labelled proxy.

It cannot read an assertion; it checks what the assertion is about, visually:

1. the page changed where the ground truth changed: the cells of a grid that differ
   between the ground-truth checkpoints ``step_{k-1}`` and ``step_k`` are compared with
   those that differ between the generated page's screenshots before and after the
   step. A ground-truth cell is matched when the generated page changed within
   ``DILATE`` cells of it (a slightly shifted layout still counts). The *change recall*
   is the share of ground-truth changed *regions* (connected groups of cells) that are
   matched: a click leaves the pointer over the control, so its hover style changes on
   any page, and a recall by area would let it stand in for the effect that is missing;
2. the after-step screenshot is close to the ground-truth checkpoint: the
   *similarity* is 1 - mean absolute difference of the two, grey, at 1/4 scale.

A step passes when the change recall is at least ``MIN_RECALL`` (or the ground truth
did not change) and the similarity at least ``MIN_SIMILARITY``. The thresholds are
calibrated on the bundled suite by benchmarks/proxy_judge.py: the reference pages pass
every step (IFS 1.000), static pages (0.000) and pages that look right but ignore input
(0.031) fail, and a restyled working copy (another typeface, hue-shifted; similarity
never below 0.925) still passes (0.969). Recall 1.0 or similarity 0.95 would start
failing such faithful-but-not-identical pages.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image

from pytest_iwr.judge.base import JudgeError, JudgeRequest
from pytest_iwr.results import CheckResult

CELL = 16  # pixels per grid cell
NOISE = 24  # a channel difference below this is rendering noise
CELL_SHARE = 0.01  # share of a cell's pixels that must differ for the cell to count as changed
DILATE = 1  # cells a generated change may be off from the ground truth's
SCALE = 4  # the similarity compares 1/SCALE-size grey images
# Calibrated (benchmarks/proxy_judge.py, README "IWR-Bench release data").
MIN_RECALL = 0.75
MIN_SIMILARITY = 0.85
NAME = "assertion (proxy)"


@dataclass(frozen=True)
class ProxyMetrics:
    recall: float | None  # None: the ground truth did not change
    similarity: float
    gt_cells: int
    gen_cells: int

    def passed(self, min_recall: float = MIN_RECALL, min_similarity: float = MIN_SIMILARITY) -> bool:
        return (self.recall is None or self.recall >= min_recall) and self.similarity >= min_similarity


def _pixels(png: bytes, size: tuple[int, int] | None = None) -> np.ndarray:
    with Image.open(io.BytesIO(png)) as image:
        rgb = image.convert("RGB")
        if size is not None and rgb.size != size:
            rgb = rgb.resize(size, Image.Resampling.BILINEAR)
        return np.asarray(rgb, dtype=np.int16)


def changed_cells(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """A boolean grid: which CELL x CELL cells differ beyond noise between two images."""
    diff = (np.abs(a - b).max(axis=2) >= NOISE).astype(np.float32)
    h, w = diff.shape[0] // CELL, diff.shape[1] // CELL
    cells = diff[: h * CELL, : w * CELL].reshape(h, CELL, w, CELL).mean(axis=(1, 3))
    return cells >= CELL_SHARE


def dilate(cells: np.ndarray, steps: int) -> np.ndarray:
    out = cells.copy()
    for _ in range(steps):
        grown = out.copy()
        grown[1:, :] |= out[:-1, :]
        grown[:-1, :] |= out[1:, :]
        grown[:, 1:] |= out[:, :-1]
        grown[:, :-1] |= out[:, 1:]
        out = grown
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    def small_grey(x: np.ndarray) -> np.ndarray:
        h, w = x.shape[0] // SCALE, x.shape[1] // SCALE
        grey = x[: h * SCALE, : w * SCALE].mean(axis=2)
        return grey.reshape(h, SCALE, w, SCALE).mean(axis=(1, 3))

    return float(1.0 - np.abs(small_grey(a) - small_grey(b)).mean() / 255.0)


def metrics(gt_before: bytes, gt_after: bytes, gen_before: bytes, gen_after: bytes) -> ProxyMetrics:
    """Compare the generated step with the ground-truth one (all PNG bytes)."""
    gt_a = _pixels(gt_after)
    size = (gt_a.shape[1], gt_a.shape[0])
    gt_b = _pixels(gt_before, size)
    gen_b, gen_a = _pixels(gen_before, size), _pixels(gen_after, size)
    gt_cells, gen_cells = changed_cells(gt_b, gt_a), changed_cells(gen_b, gen_a)
    return ProxyMetrics(
        region_recall(gt_cells, gen_cells), similarity(gt_a, gen_a), int(gt_cells.sum()), int(gen_cells.sum())
    )


def region_recall(gt_cells: np.ndarray, gen_cells: np.ndarray) -> float | None:
    """Share of the ground truth's changed regions that the generated page changed too; None
    when the ground truth did not change. Cells touching (corners too) are one region."""
    if not gt_cells.any():
        return None
    from scipy import ndimage  # on use: most runs never ask the proxy

    labels, count = ndimage.label(gt_cells, structure=np.ones((3, 3), dtype=bool))
    near = dilate(gen_cells, DILATE)
    matched = {int(x) for x in np.unique(labels[near & gt_cells]) if x}
    return len(matched) / count


class ProxyJudge:
    """An :data:`~pytest_iwr.judge.base.AssertionJudge` from screenshots alone (no model)."""

    kind = "proxy"
    name = NAME

    def __init__(self, min_recall: float = MIN_RECALL, min_similarity: float = MIN_SIMILARITY) -> None:
        self.min_recall = min_recall
        self.min_similarity = min_similarity

    def __call__(self, request: JudgeRequest) -> CheckResult:
        task, k = request.task, request.index
        before_path, after_path = task.checkpoint_image(k - 1), task.checkpoint_image(k)
        missing = [p.name for p in (before_path, after_path) if not p.exists()]
        if missing:
            raise JudgeError(f"proxy: no ground-truth checkpoint {', '.join(missing)} to compare with")
        if not request.before or not request.after:
            raise JudgeError("proxy: no screenshot of the generated page before or after the step")
        m = metrics(before_path.read_bytes(), after_path.read_bytes(), request.before, request.after)
        ok = m.passed(self.min_recall, self.min_similarity)
        change = (
            "ground truth unchanged" if m.recall is None else f"change recall {m.recall:.2f} (need {self.min_recall})"
        )
        detail = f"proxy verdict, no judge model: {change}, similarity {m.similarity:.3f} (need {self.min_similarity})"
        return CheckResult(self.name, ok, detail)
