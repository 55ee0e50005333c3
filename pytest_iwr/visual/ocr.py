"""OCR text of a screenshot with easyocr, and a fast path for runs of screenshots.

The unoptimised path is easyocr's own ``readtext`` on the full-resolution image (CRAFT
detection, then recognition of every line): about 10 s for a text-dense 1280x720
screenshot on 2 CPU cores, most of it in detection.

The fast path keeps easyocr's recognizer at full resolution, which is where accuracy
lives, and changes what feeds it:

- text lines are found with a morphological detector (milliseconds, not seconds): web
  screenshots are crisp text on flat backgrounds, where a gradient + closing pass finds
  the same lines CRAFT does;
- each line crop is recognized once: results are cached by the crop's pixels, so text
  that a checkpoint shares with an earlier one (or with the ground truth) costs nothing,
  and only the lines a step changed are read again.

Both paths assemble text the same way (reading order, lower-cased by the metric).
"""

from __future__ import annotations

import hashlib
import threading
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np

# Lines taller than this are pictures, not text; shorter than MIN are specks.
MAX_LINE_HEIGHT = 90
MIN_LINE_HEIGHT = 6
MIN_LINE_WIDTH = 4
PAD = 2
# Closing width that joins the letters and words of one line but not two columns.
LINE_JOIN = 9


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


def detect_lines(gray: np.ndarray, offset: tuple[int, int] = (0, 0)) -> list[tuple[int, int, int, int]]:
    """Text-line boxes ``(x0, y0, x1, y1)`` found by gradient, Otsu and horizontal closing."""
    import cv2

    if gray.size == 0:
        return []
    gradient = cv2.morphologyEx(gray, cv2.MORPH_GRADIENT, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3)))
    _, binary = cv2.threshold(gradient, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    joined = cv2.morphologyEx(binary, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (LINE_JOIN, 1)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined)
    height, width = gray.shape
    ox, oy = offset
    boxes = []
    for x, y, w, h, _area in stats[1:count]:
        if MIN_LINE_HEIGHT <= h <= MAX_LINE_HEIGHT and w >= MIN_LINE_WIDTH:
            boxes.append(
                (
                    ox + max(0, int(x) - PAD),
                    oy + max(0, int(y) - PAD),
                    ox + min(width, int(x + w) + PAD),
                    oy + min(height, int(y + h) + PAD),
                )
            )
    return boxes


class OcrEngine:
    """easyocr loaded once per process, with the crop cache the fast path reads from."""

    _lock = threading.Lock()
    _reader: Any = None

    def __init__(self, crop_cache: Any = None) -> None:
        # Anything with get() and item assignment: a dict, or features.CropCache on disk.
        self.crop_cache = crop_cache if crop_cache is not None else {}
        self.recognized = 0  # crops actually sent to the recognizer (for benchmarks)

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

    # The unoptimised reference: easyocr end to end at full resolution.
    def read_full(self, rgb: np.ndarray) -> list[TextBox]:
        boxes = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = self.reader().readtext(rgb)
        for corners, text, conf in found:
            xs = [int(p[0]) for p in corners]
            ys = [int(p[1]) for p in corners]
            boxes.append(TextBox(min(xs), min(ys), max(xs), max(ys), text, float(conf)))
        return boxes

    def _recognize(self, gray: np.ndarray, box: tuple[int, int, int, int]) -> TextBox:
        x0, y0, x1, y1 = box
        crop = np.ascontiguousarray(gray[y0:y1, x0:x1])
        key = hashlib.blake2b(crop.tobytes() + bytes(str(crop.shape), "ascii"), digest_size=16).hexdigest()
        cached = self.crop_cache.get(key)
        if cached is None:
            self.recognized += 1
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = self.reader().recognize(
                    gray, horizontal_list=[[x0, x1, y0, y1]], free_list=[], detail=1, reformat=False
                )
            cached = (found[0][1], float(found[0][2])) if found else ("", 0.0)
            self.crop_cache[key] = cached
        return TextBox(x0, y0, x1, y1, cached[0], cached[1])

    def read_fast(self, rgb: np.ndarray) -> list[TextBox]:
        """Detection is cheap, so every image is detected whole; recognition, the cost, goes
        through the crop cache, so lines already read on an earlier checkpoint (or on the
        ground truth) are free: consecutive states of one page mostly share their text."""
        import cv2

        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        return [self._recognize(gray, line) for line in detect_lines(gray)]
