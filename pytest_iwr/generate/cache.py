"""The on-disk generation cache: ``<root>/<task-id>/<model>/``.

One folder per (task, model) holds the model's page (``index.html``, placeholders kept as
the model wrote them, so ``--iwr-model=dir:outputs/*/<model>`` or the IWR-Bench harness
can evaluate it elsewhere), the raw reply (``reply.md``) and ``entry.json``: the key
(model, a hash of the task's inputs, prompt version, parameters), token usage, latency.

Writers may race (xdist workers, two sessions): every file is written to a temporary
name and renamed into place, and ``entry.json`` goes last with the SHA-256 of the reply,
so a reader either sees a complete entry or treats the folder as a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock

ENTRY = "entry.json"
REPLY = "reply.md"
PAGE = "index.html"


def safe_name(model: str) -> str:
    """A model name as one folder name: ``org/model:tag`` -> ``org_model_tag``."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in model).strip(".") or "_"


def key_digest(key: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; pages are meant to be read elsewhere
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class Entry:
    folder: Path
    key: dict[str, Any]
    reply: str
    record: dict[str, Any]  # usage, latency, attempts... as stored

    @property
    def page_path(self) -> Path:
        return self.folder / PAGE

    @property
    def reply_path(self) -> Path:
        return self.folder / REPLY


class GenerationCache:
    def __init__(self, root: Path) -> None:
        self.root = root

    def folder(self, task_id: str, model: str) -> Path:
        return self.root / task_id / safe_name(model)

    def _lock(self, folder: Path) -> FileLock:
        """Writers of one entry (threads, xdist workers, sessions) take turns: the reply, the
        page and the record that names the reply's hash must come from the same writer."""
        folder.parent.mkdir(parents=True, exist_ok=True)
        return FileLock(folder.parent / f".{folder.name}.lock")

    def load(self, task_id: str, model: str, key: dict[str, Any]) -> Entry | None:
        """The stored entry for exactly this key, or None (missing, other key, half written)."""
        folder = self.folder(task_id, model)
        with self._lock(folder):
            return self._load(folder, key)

    def _load(self, folder: Path, key: dict[str, Any]) -> Entry | None:
        try:
            record = json.loads((folder / ENTRY).read_text(encoding="utf-8"))
            reply = (folder / REPLY).read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError, json.JSONDecodeError, UnicodeDecodeError):
            return None
        if record.get("key_digest") != key_digest(key) or record.get("reply_sha256") != sha256(reply):
            return None
        return Entry(folder, key, reply, record)

    def store(self, task_id: str, model: str, key: dict[str, Any], reply: str, page: str | None, record: dict) -> Entry:
        """Write reply, page (None: the reply had no page) and finally the entry record."""
        folder = self.folder(task_id, model)
        with self._lock(folder):
            return self._store(folder, key, reply, page, record)

    def _store(self, folder: Path, key: dict[str, Any], reply: str, page: str | None, record: dict) -> Entry:
        write_atomic(folder / REPLY, reply)
        if page is None:
            # A stale page from an earlier key must not be evaluated as this reply's page.
            (folder / PAGE).unlink(missing_ok=True)
        else:
            write_atomic(folder / PAGE, page)
        full = {
            **record,
            "key": key,
            "key_digest": key_digest(key),
            "reply_sha256": sha256(reply),
            "has_page": page is not None,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        write_atomic(folder / ENTRY, json.dumps(full, indent=2, sort_keys=True))
        return Entry(folder, key, reply, full)
