"""A deadline for one step of an untrusted page.

Playwright bounds actions and screenshots with timeouts, but not ``evaluate``: a page
stuck in an infinite loop would stall the worker forever. The watchdog runs beside the
replay; when a step overruns its budget it kills this process's Chromium renderer
processes. The page then crashes, the pending call raises, the step fails with a reason,
and the browser itself lives on for the next task.
"""

from __future__ import annotations

import threading

import psutil

RENDERER_FLAG = "--type=renderer"


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


class Watchdog:
    """``with Watchdog(seconds):`` kills the renderers if the block is still running then."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.fired = False
        self._timer: threading.Timer | None = None

    def _fire(self) -> None:
        self.fired = True
        for proc in renderer_processes():
            try:
                proc.kill()
            except psutil.NoSuchProcess:
                continue

    def __enter__(self) -> Watchdog:
        self._timer = threading.Timer(self.seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._timer is not None:
            self._timer.cancel()
