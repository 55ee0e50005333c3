"""One request limit per endpoint, shared by every process on the machine.

xdist workers are separate processes, and a lab may run several sessions at once; a
limit kept in memory would let ``-n 16`` send sixteen times what a provider allows. The
state lives in the file system instead, one directory per base URL:

- ``slot-K.lock``: one lock file per request allowed in flight; a request holds one.
  The kernel drops a lock when its process dies, so a crashed worker frees its slot.
- ``window.json`` (guarded by ``window.lock``): when the last minute's requests started,
  and until when every process pauses because a server answered 429 with Retry-After.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from filelock import FileLock, Timeout

WINDOW_SECONDS = 60.0
POLL_SECONDS = 0.05


def default_limits_dir() -> Path:
    """Where the limits live: ``$IWR_STATE_DIR/limits``, else the user's cache directory."""
    explicit = os.environ.get("IWR_STATE_DIR")
    if explicit:
        return Path(explicit) / "limits"
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "pytest-iwr" / "limits"


def endpoint_key(base_url: str | None) -> str:
    """A file-name-safe key of one endpoint; credentials in the URL never reach the disk."""
    parts = urlsplit(base_url or "https://api.openai.com/v1")
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    where = f"{parts.scheme}://{host}{port}{parts.path.rstrip('/')}"
    return hashlib.sha256(where.encode()).hexdigest()[:16]


class EndpointLimit:
    """At most ``concurrency`` requests in flight and ``per_minute`` started in any
    60 seconds, across every process that uses the same ``directory``."""

    def __init__(
        self,
        directory: Path,
        concurrency: int,
        per_minute: int | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.directory = directory
        self.concurrency = max(1, concurrency)
        self.per_minute = per_minute if per_minute and per_minute > 0 else None
        self._clock = clock
        self._sleep = sleep
        directory.mkdir(parents=True, exist_ok=True)
        self._window_lock = FileLock(directory / "window.lock")
        self._window = directory / "window.json"

    def _read(self) -> dict:
        try:
            state = json.loads(self._window.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"started": [], "paused_until": 0.0}
        return state if isinstance(state, dict) else {"started": [], "paused_until": 0.0}

    def _write(self, state: dict) -> None:
        tmp = self._window.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(state), encoding="utf-8")
        tmp.replace(self._window)

    def _admit(self) -> float:
        """Start one request now and return 0, or return how long to wait first."""
        with self._window_lock:
            state = self._read()
            now = self._clock()
            paused = float(state.get("paused_until", 0.0))
            if now < paused:
                return paused - now
            started = [t for t in state.get("started", []) if now - t < WINDOW_SECONDS]
            if self.per_minute is not None and len(started) >= self.per_minute:
                return min(started) + WINDOW_SECONDS - now
            started.append(now)
            self._write({"started": started, "paused_until": paused})
            return 0.0

    def _take_slot(self) -> FileLock:
        while True:
            for k in range(self.concurrency):
                slot = FileLock(self.directory / f"slot-{k}.lock")
                try:
                    slot.acquire(timeout=0)
                except Timeout:
                    continue
                return slot
            self._sleep(POLL_SECONDS)

    @contextlib.contextmanager
    def request(self) -> Iterator[float]:
        """Hold a slot for one request; yields the seconds spent waiting for it."""
        began = self._clock()
        slot = self._take_slot()
        try:
            while (wait := self._admit()) > 0:
                self._sleep(min(wait, 1.0))  # a pause may be lifted or lengthened meanwhile
            yield self._clock() - began
        finally:
            slot.release()

    def pause(self, seconds: float) -> None:
        """A server asked for ``seconds`` of quiet (Retry-After): every process waits."""
        with self._window_lock:
            state = self._read()
            until = max(float(state.get("paused_until", 0.0)), self._clock() + seconds)
            self._write({"started": state.get("started", []), "paused_until": until})

    def paused_for(self) -> float:
        with self._window_lock:
            return max(0.0, float(self._read().get("paused_until", 0.0)) - self._clock())
