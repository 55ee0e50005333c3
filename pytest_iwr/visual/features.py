"""On-disk cache of image features, keyed by the image's bytes.

Ground-truth OCR text and embeddings are computed once per checkpoint image and reused
by every later run and every xdist worker (diskcache is process-safe). Recognized line
crops are kept too, so text already read once is never read again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import diskcache
import numpy as np

from pytest_iwr.visual.ocr import TextBox

# Bump when OCR or embedding code changes what it returns for the same image.
FEATURES_VERSION = 2


def image_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class FeatureCache:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.store = diskcache.Cache(str(folder), size_limit=2**31)

    def crops(self) -> CropCache:
        return CropCache(self.store)

    def get_ocr(self, data: bytes, mode: str) -> list[TextBox] | None:
        raw = self.store.get(("ocr", FEATURES_VERSION, mode, image_key(data)))
        return None if raw is None else [TextBox(*row) for row in raw]

    def put_ocr(self, data: bytes, mode: str, boxes: list[TextBox]) -> None:
        rows = [(b.x0, b.y0, b.x1, b.y1, b.text, b.confidence) for b in boxes]
        self.store.set(("ocr", FEATURES_VERSION, mode, image_key(data)), rows)

    def get_embedding(self, data: bytes, model: str) -> np.ndarray | None:
        raw = self.store.get(("dino", FEATURES_VERSION, model, image_key(data)))
        return None if raw is None else np.asarray(raw, dtype=np.float32)

    def put_embedding(self, data: bytes, model: str, vector: np.ndarray) -> None:
        self.store.set(("dino", FEATURES_VERSION, model, image_key(data)), vector.astype(np.float32).tolist())

    def close(self) -> None:
        self.store.close()


class CropCache:
    """The OCR engine's crop cache, persisted: ``get`` and item assignment like a dict."""

    def __init__(self, store: diskcache.Cache) -> None:
        self.store = store

    def get(self, key: str, default: Any = None) -> Any:
        return self.store.get(("crop", FEATURES_VERSION, key), default)

    def __setitem__(self, key: str, value: Any) -> None:
        self.store.set(("crop", FEATURES_VERSION, key), value)
