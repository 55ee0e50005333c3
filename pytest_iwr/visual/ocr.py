"""OCR text of a screenshot with easyocr, and a fast path for runs of screenshots.

The unoptimised path is easyocr's own ``readtext`` on the full-resolution image: CRAFT
detection (about 3 s for a 1280x720 screenshot on 2 CPU cores, most of the cost), then
recognition of every box.

The fast path runs the same detector and the same recognizer with the same parameters,
so it reads what ``readtext`` reads, and skips only work already done:

- a screenshot is read against a *reference* already read (the previous checkpoint of the
  same page, or the ground truth of the same step): where the pixels are identical the
  reference's boxes and text stand; CRAFT runs only on rectangles around the 32-pixel
  cells that changed, with a margin wide enough for its context;
- each box is recognized once: results are cached by the box's pixels, so text that a
  checkpoint shares with an earlier one, or with the ground truth, costs nothing.

Both paths assemble text the same way (reading order, lower-cased by the metric).
"""

from __future__ import annotations

import hashlib
import threading
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np

# Pixels around a change that CRAFT sees too: its score at a pixel depends on a
# neighbourhood this wide, so boxes in the changed region come out as on the whole image.
CONTEXT_MARGIN = 64
# Regions start on CRAFT's 32-pixel grid, so its convolutions line up with the whole
# image's; regions off the grid read single characters differently.
CRAFT_GRID = 32


@dataclass(frozen=True)
class TextBox:
    x0: int
    y0: int
    x1: int
    y1: int
    text: str
    confidence: float


def reading_order(boxes: list[TextBox]) -> list[TextBox]:
    """Top to bottom by line, left to right within a line."""
    ordered = sorted(boxes, key=lambda b: ((b.y0 + b.y1) / 2, b.x0))
    lines: list[list[TextBox]] = []
    for box in ordered:
        centre = (box.y0 + box.y1) / 2
        if lines:
            last = lines[-1]
            ref = last[0]
            if abs(centre - (ref.y0 + ref.y1) / 2) <= max(4.0, 0.5 * (ref.y1 - ref.y0)):
                last.append(box)
                continue
        lines.append([box])
    return [b for line in lines for b in sorted(line, key=lambda b: b.x0)]


def assemble(boxes: list[TextBox]) -> str:
    return " ".join(b.text.strip() for b in reading_order(boxes) if b.text.strip())


@dataclass(frozen=True)
class Reference:
    """A screenshot already read: its RGB pixels and the boxes found on it."""

    rgb: np.ndarray
    boxes: list[TextBox]


def closest_reference(rgb: np.ndarray, candidates: list[Reference | None]) -> Reference | None:
    """The candidate of the same size that differs from ``rgb`` in the fewest cells."""
    same_size = [c for c in candidates if c is not None and c.rgb.shape == rgb.shape]
    return min(same_size, key=lambda c: int(changed_cells(rgb, c.rgb).sum()), default=None)


def changed_cells(a: np.ndarray, b: np.ndarray, cell: int = CRAFT_GRID) -> np.ndarray:
    """One bool per ``cell`` x ``cell`` square of two same-sized images: does a pixel differ?"""
    diff = np.any(a != b, axis=2) if a.ndim == 3 else a != b
    rows, cols = -(-diff.shape[0] // cell), -(-diff.shape[1] // cell)
    padded = np.zeros((rows * cell, cols * cell), dtype=bool)
    padded[: diff.shape[0], : diff.shape[1]] = diff
    return padded.reshape(rows, cell, cols, cell).any(axis=(1, 3))


def box_cells(box: TextBox, cell: int = CRAFT_GRID) -> tuple[slice, slice]:
    """The rows and columns of cells a box covers."""
    y0, x0 = max(0, box.y0) // cell, max(0, box.x0) // cell
    y1, x1 = max(box.y0 + 1, box.y1 - 1) // cell + 1, max(box.x0 + 1, box.x1 - 1) // cell + 1
    return slice(y0, y1), slice(x0, x1)


def touches(box: TextBox, cells: np.ndarray) -> bool:
    return bool(cells[box_cells(box)].any())


def cells_to_redo(changed: np.ndarray, boxes: list[TextBox]) -> np.ndarray:
    """The changed cells, grown by every reference box that touches them, until no box lies
    across the edge: a box is either kept from the reference or read again whole."""
    redo = changed.copy()
    pending = list(boxes)
    grew = True
    while grew:
        grew = False
        for box in [b for b in pending if touches(b, redo)]:
            redo[box_cells(box)] = True
            pending.remove(box)
            grew = True
    return redo


def regions(redo: np.ndarray, margin: int = CONTEXT_MARGIN // CRAFT_GRID) -> list[tuple[int, int, int, int]]:
    """Cell rectangles ``(row0, col0, row1, col1)`` to run the detector on: the cells to redo
    plus ``margin`` cells around them, overlapping rectangles merged into one."""
    import cv2

    grown = cv2.dilate(redo.astype(np.uint8), np.ones((2 * margin + 1, 2 * margin + 1), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(grown, connectivity=8)
    rects = [(int(y), int(x), int(y + h), int(x + w)) for x, y, w, h, _area in stats[1:count]]
    while True:
        pair = next(
            ((i, j) for i in range(len(rects)) for j in range(i + 1, len(rects)) if _overlap(rects[i], rects[j])),
            None,
        )
        if pair is None:
            return sorted(rects)
        a, b = rects[pair[0]], rects.pop(pair[1])
        rects[pair[0]] = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class OcrEngine:
    """easyocr loaded once per process, with the crop cache the fast path reads from."""

    _lock = threading.Lock()
    _detect_lock = threading.Lock()  # the fast path swaps the reader's detector while it detects
    _reader: Any = None
    _fast_detector: tuple[Any, str] | None = None

    def __init__(self, crop_cache: Any = None) -> None:
        # Anything with get() and item assignment: a dict, or features.CropCache on disk.
        self.crop_cache = crop_cache if crop_cache is not None else {}
        self.recognized = 0  # crops actually sent to the recognizer (for benchmarks)
        self.detector_precision = ""  # of the fast path's CRAFT, once it has run

    @classmethod
    def reader(cls) -> Any:
        with cls._lock:
            if cls._reader is None:
                import easyocr
                import easyocr_en_models

                with warnings.catch_warnings():
                    # easyocr's own use of deprecated torch APIs; nothing a user can act on.
                    warnings.simplefilter("ignore")
                    cls._reader = easyocr.Reader(
                        ["en"],
                        gpu=False,
                        model_storage_directory=easyocr_en_models.model_dir(),
                        download_enabled=False,
                        verbose=False,
                    )
            return cls._reader

    @classmethod
    def fast_detector(cls) -> tuple[Any, str]:
        """CRAFT for the fast path, and its precision: bfloat16 where the CPU computes it
        natively (about 2x faster here, the same boxes on the bundled checkpoints within
        the 0.02 bound; benchmarks/visual_speed.py), else easyocr's own float32 model."""
        reader = cls.reader()
        with cls._lock:
            if cls._fast_detector is None:
                detector = reader.detector
                cls._fast_detector = (detector, "float32")
                if _native_bfloat16():
                    cls._fast_detector = (bfloat16_craft(detector).eval(), "bfloat16")
            return cls._fast_detector

    # The unoptimised reference: easyocr end to end at full resolution.
    def read_full(self, rgb: np.ndarray) -> list[TextBox]:
        reader = self.reader()
        with self._detect_lock, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = reader.readtext(rgb)
        return [_text_box(corners, text, conf) for corners, text, conf in found]

    def read_fast(self, rgb: np.ndarray, reference: Reference | None = None) -> list[TextBox]:
        """What ``read_full`` reads, doing again only what ``reference`` has not done."""
        from easyocr.utils import reformat_input

        # readtext's own conversion, so detector and recognizer see the same pixels.
        img, gray = reformat_input(rgb)
        if reference is None or reference.rgb.shape != rgb.shape:
            return self._read_area(img, gray, (slice(0, None), slice(0, None)), None)
        changed = changed_cells(rgb, reference.rgb)
        if not changed.any():
            return list(reference.boxes)
        redo = cells_to_redo(changed, reference.boxes)
        boxes = [box for box in reference.boxes if not touches(box, redo)]
        for row0, col0, row1, col1 in regions(redo):
            area = (slice(row0 * CRAFT_GRID, row1 * CRAFT_GRID), slice(col0 * CRAFT_GRID, col1 * CRAFT_GRID))
            boxes += self._read_area(img, gray, area, redo)
        return boxes

    def _read_area(
        self, img: np.ndarray, gray: np.ndarray, area: tuple[slice, slice], keep: np.ndarray | None
    ) -> list[TextBox]:
        """Detect in ``area`` of the image and recognize what was found (where ``keep`` says)."""
        top, left = area[0].start, area[1].start
        reader = self.reader()
        detector, self.detector_precision = self.fast_detector()
        with self._detect_lock, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # Reader.detect runs whatever model is on it: easyocr's whole detection step
            # (resize, thresholds, grouping, size filter), with the fast model in it.
            original, reader.detector = reader.detector, detector
            try:
                horizontal, free = reader.detect(np.ascontiguousarray(img[area]), reformat=False)
            finally:
                reader.detector = original
        boxes = []
        for x_min, x_max, y_min, y_max in horizontal[0]:
            box = [int(x_min) + left, int(x_max) + left, int(y_min) + top, int(y_max) + top]
            boxes += self._recognize(gray, [box], [], keep)
        for quad in free[0]:
            boxes += self._recognize(gray, [], [[[int(x) + left, int(y) + top] for x, y in quad]], keep)
        return boxes

    def _recognize(self, gray: np.ndarray, horizontal: list, free: list, keep: np.ndarray | None) -> list[TextBox]:
        """One detected box, read through the crop cache; ``[]`` when it is outside ``keep``
        (the reference already has it) or the recognizer drops it."""
        points = free[0] if free else [[horizontal[0][0], horizontal[0][2]], [horizontal[0][1], horizontal[0][3]]]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        height, width = gray.shape
        x0, x1, y0, y1 = max(0, min(xs)), min(width, max(xs)), max(0, min(ys)), min(height, max(ys))
        if keep is not None and not touches(TextBox(x0, y0, x1, y1, "", 0.0), keep):
            return []
        # The recognizer sees only the box's pixels (and, for a quad, its corners within them).
        crop = np.ascontiguousarray(gray[y0:y1, x0:x1])
        shape = [[x - x0, y - y0] for x, y in points] if free else crop.shape
        key = hashlib.blake2b(crop.tobytes() + repr(shape).encode("ascii"), digest_size=16).hexdigest()
        cached = self.crop_cache.get(key)
        if cached is None:
            self.recognized += 1
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = self.reader().recognize(gray, horizontal_list=horizontal, free_list=free, reformat=False)
            # Corners relative to the crop: the same pixels elsewhere on a page read the same.
            cached = [
                ([[int(x) - x0, int(y) - y0] for x, y in corners], text, float(conf)) for corners, text, conf in found
            ]
            self.crop_cache[key] = cached
        return [_text_box([[x + x0, y + y0] for x, y in corners], text, conf) for corners, text, conf in cached]


def _native_bfloat16() -> bool:
    import torch

    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # an older torch, or a build without oneDNN
        return False


def bfloat16_craft(detector: Any) -> Any:
    """``detector`` wrapped to run in bfloat16 (a factory: torch is imported on use)."""
    import torch

    class Bfloat16Craft(torch.nn.Module):
        """CRAFT under bfloat16 autocast; its outputs back in float32 for easyocr's numpy code."""

        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, x: Any) -> tuple[Any, Any]:
            with torch.autocast("cpu", dtype=torch.bfloat16):
                score, feature = self.model(x)
            return score.float(), feature.float()

    return Bfloat16Craft(detector)


def _text_box(corners: Any, text: str, confidence: float) -> TextBox:
    xs = [int(p[0]) for p in corners]
    ys = [int(p[1]) for p in corners]
    return TextBox(min(xs), min(ys), max(xs), max(ys), text, float(confidence))
