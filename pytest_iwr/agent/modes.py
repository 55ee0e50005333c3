"""The agent modes' needs at browser launch, kept apart from browser-use so that
browser.py can ask without importing it.

``--iwr-agent=browser-use`` attaches browser-use over CDP to pytest-playwright's
Chromium, which then needs a remote-debugging port. One port per process (one browser
per xdist worker; a relaunched browser reuses it), on 127.0.0.1 only. Pages cannot
reach it: the sandbox aborts every request to another origin, other localhost ports
included.
"""

from __future__ import annotations

import socket
import threading

BROWSER_USE = "browser-use"
_PORT: int | None = None
_LOCK = threading.Lock()


def debugging_port() -> int:
    global _PORT
    with _LOCK:
        if _PORT is None:
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                _PORT = probe.getsockname()[1]
        return _PORT


def agent_launch_flags(mode: str) -> list[str]:
    """Extra Chromium flags for an agent mode: a debugging port only where browser-use needs one."""
    if mode != BROWSER_USE:
        return []
    return [f"--remote-debugging-port={debugging_port()}", "--remote-debugging-address=127.0.0.1"]
