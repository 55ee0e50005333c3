"""A deadline and a memory ceiling for one step of an untrusted page.

Playwright bounds actions and screenshots with timeouts, but not ``evaluate``: a page
stuck in an infinite loop would stall the worker forever, and a page that allocates
without end would take the machine's memory (and the OOM killer a worker with it). The
watchdog runs beside the replay; when a step overruns its budget, or a renderer grows
past ``RENDERER_MEMORY_LIMIT``, it kills this process's Chromium renderer processes.
The page then crashes, the pending call raises, the step fails with a reason, and the
browser itself lives on for the next task.

A remote browser's renderers are not this process's to kill. There the watchdog closes
the page instead (from the browser's side, which a busy renderer cannot refuse); the
memory ceiling is then the browser host's (its container limit), beside the JavaScript
heap cap that travels with the launch options.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psutil
from playwright.sync_api import Page

RENDERER_FLAG = "--type=renderer"
# Resident memory one renderer may use. The JavaScript heap alone is capped lower by a
# Chromium flag (browser.py); this catches the rest: typed arrays, canvases, the DOM.
RENDERER_MEMORY_LIMIT = 2 << 30
POLL_SECONDS = 0.25
_CURRENT = threading.local()  # the watchdog of the step this thread is running, if any


def renderer_processes() -> list[psutil.Process]:
    """Chromium renderers started (through Playwright's driver) by this process."""
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            if RENDERER_FLAG in child.cmdline():
                found.append(child)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return found


def _largest_rss(processes: list[psutil.Process]) -> int:
    largest = 0
    for proc in processes:
        try:
            largest = max(largest, proc.memory_info().rss)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return largest


class Watchdog:
    """``with Watchdog(seconds):`` kills the renderers if the block is still running then,
    or as soon as one of them uses more than ``memory_limit`` bytes."""

    def __init__(
        self, seconds: float, memory_limit: int = RENDERER_MEMORY_LIMIT, close_page: Callable[[], None] | None = None
    ) -> None:
        self.seconds = seconds
        self.memory_limit = memory_limit
        self.close_page = close_page  # when no renderer of ours is found: a remote browser
        self.fired = False
        self.cause = ""  # "time" or "memory" once fired
        self.stopped = "its renderer was stopped"  # or, on a remote browser, "the page was closed"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0

    @property
    def reason(self) -> str:
        """The one-line failure reason once the watchdog has fired."""
        if self.cause == "memory":
            return f"page out of memory: a renderer used more than {self.memory_limit >> 20} MB; {self.stopped}"
        return f"page unresponsive: still busy after {self.seconds:.0f} s (an endless script?); {self.stopped}"

    def _fire(self, cause: str, renderers: list[psutil.Process]) -> None:
        self.cause = cause
        self.fired = True
        for proc in renderers:
            try:
                proc.kill()
            except psutil.NoSuchProcess:
                continue
        if not renderers and self.close_page is not None:
            self.stopped = "the page was closed"
            self.close_page()

    def _deadline(self) -> float:
        at = self._paused_at  # read once: suspended() clears it from the replay's thread
        return self._started + self.seconds + self._paused_total + (time.monotonic() - at if at is not None else 0.0)

    def _watch(self) -> None:
        while not self._stop.wait(min(POLL_SECONDS, max(0.0, self._deadline() - time.monotonic()))):
            renderers = renderer_processes()
            if self._stop.is_set():  # the block ended while we looked
                return
            if self._paused_at is None and time.monotonic() >= self._deadline():
                self._fire("time", renderers)
                return
            if self.memory_limit and _largest_rss(renderers) > self.memory_limit:
                self._fire("memory", renderers)
                return

    def __enter__(self) -> Watchdog:
        self._started = time.monotonic()
        self._outer = getattr(_CURRENT, "dog", None)
        _CURRENT.dog = self
        self._thread = threading.Thread(target=self._watch, name="iwr-watchdog", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        _CURRENT.dog = self._outer
        self._stop.set()


def page_closer(page: Page) -> Callable[[], None]:
    """A callable that closes ``page`` from another thread.

    Playwright's sync API belongs to the thread that started it, and that thread is
    blocked in the call the page hangs. Its event loop is running meanwhile (it waits
    for that call's answer), so the close is handed to the loop, on the async object
    behind the sync one: the one place this module reaches into Playwright's internals.
    """
    impl = page._impl_obj
    loop: asyncio.AbstractEventLoop = impl._loop

    def close() -> None:
        loop.call_soon_threadsafe(
            lambda: asyncio.ensure_future(impl.close(run_before_unload=False, reason="unresponsive"))
        )

    return close


@contextmanager
def suspended() -> Iterator[None]:
    """Time spent waiting on a model (an agent picking an element, a judge, loading
    embeddings) is not the page's: the running step's deadline moves by it. The memory
    ceiling still holds meanwhile."""
    dog: Watchdog | None = getattr(_CURRENT, "dog", None)
    if dog is None or dog._paused_at is not None:
        yield
        return
    dog._paused_at = time.monotonic()
    try:
        yield
    finally:
        dog._paused_total += time.monotonic() - dog._paused_at
        dog._paused_at = None
