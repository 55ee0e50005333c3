"""On-disk cache of judge verdicts: a rerun asks no model about screenshots it has seen.

Keyed by what decides a verdict: the images' content hashes, the assertion (or the
rubric), the model and its endpoint, and the prompt version. diskcache is
process-safe, so xdist workers share it. It lives in ``<--iwr-cache>/judge`` and is
opened on first use: a run that asks no judge leaves no folder behind.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import diskcache


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class VerdictCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._store: diskcache.Cache | None = None

    @property
    def store(self) -> diskcache.Cache:
        if self._store is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._store = diskcache.Cache(str(self.folder))
        return self._store

    def get(self, key: tuple[Any, ...]) -> Any:
        return self.store.get(key)

    def put(self, key: tuple[Any, ...], value: Any) -> None:
        self.store.set(key, value)
