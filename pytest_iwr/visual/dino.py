"""DINOv2 image embeddings through transformers: the paper's perceptual similarity.

Weights come from a hub id (``facebook/dinov2-base``, as in the paper) or a local folder
(``--iwr-dino=PATH``). They are loaded once per worker. On a machine that cannot reach
the hub and has no local copy, loading fails fast and the caller reports DINO as not
computed; nothing is substituted for it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_DINO = "facebook/dinov2-base"


class DinoUnavailableError(Exception):
    """No DINOv2 weights could be loaded; the message says where it looked."""


@dataclass
class DinoModel:
    source: str
    model: Any
    processor: Any

    def embed(self, images: list[np.ndarray]) -> np.ndarray:
        """L2-normalised CLS embeddings, one row per RGB image."""
        import torch

        inputs = self.processor(images=images, return_tensors="pt")
        with torch.inference_mode():
            out = self.model(**inputs)
        # Dinov2's pooler output is the layer-normed CLS token.
        cls = out.pooler_output if getattr(out, "pooler_output", None) is not None else out.last_hidden_state[:, 0]
        vectors = cls.float().numpy()
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


_lock = threading.Lock()
_loaded: dict[str, DinoModel | DinoUnavailableError] = {}


def load(source: str = DEFAULT_DINO, download: bool = False) -> DinoModel:
    """The model at ``source`` (hub id or folder), loaded once per process.

    A hub id resolves from the local Hugging Face cache only, unless ``download``: an
    unreachable hub takes about 20 s to fail, in every worker.
    """
    with _lock:
        cached = _loaded.get(source)
        if cached is None:
            cached = _load_uncached(source, download)
            _loaded[source] = cached
    if isinstance(cached, DinoUnavailableError):
        raise cached
    return cached


def _not_in_hub_cache(source: str) -> bool:
    """True when the local Hugging Face cache has no copy of ``source`` at all.

    Asked before transformers is imported: finding out through a failed from_pretrained
    costs about 4 s in every xdist worker, for an answer this gives in milliseconds.
    """
    from huggingface_hub import try_to_load_from_cache

    return not isinstance(try_to_load_from_cache(source, "config.json"), str)


def _load_uncached(source: str, download: bool) -> DinoModel | DinoUnavailableError:
    local = Path(source).expanduser()
    is_folder = local.is_dir()
    if not is_folder and ("/" not in source or source.startswith((".", "/", "~"))):
        return DinoUnavailableError(f"DINOv2 folder not found: {source}")
    if not is_folder and not download and _not_in_hub_cache(source):
        return DinoUnavailableError(
            f"no DINOv2 weights for {source!r}: not in the local Hugging Face cache "
            "(download it there, pass --iwr-dino=FOLDER, or allow --iwr-dino-download)"
        )
    try:
        from transformers import AutoImageProcessor, AutoModel
    except ImportError as exc:
        return DinoUnavailableError(f"transformers is not installed ({exc})")
    try:
        kwargs = {"local_files_only": not download}
        model = AutoModel.from_pretrained(str(local) if is_folder else source, **kwargs)
        processor = AutoImageProcessor.from_pretrained(str(local) if is_folder else source, **kwargs)
    except Exception as exc:  # transformers raises OSError, ValueError, EnvironmentError...
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return DinoUnavailableError(f"no DINOv2 weights for {source!r}: {first}")
    model.eval()
    return DinoModel(source, model, processor)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b) / max(np.linalg.norm(a) * np.linalg.norm(b), 1e-12))
