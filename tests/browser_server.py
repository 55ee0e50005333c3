"""A real Playwright browser server on 127.0.0.1 (the driver's ``run-server``), as a
remote browser pod would run one; ``--unsafe`` lets a client name Debian's Chromium."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def browser_server() -> Iterator[str]:
    """Yields the server's ws:// endpoint; stops the server and its browsers after."""
    port = free_port()
    cmd = [sys.executable, "-m", "playwright", "run-server", "--unsafe", "--host", "127.0.0.1", "--port", str(port)]
    # Its own process group: `python -m playwright` runs the driver (node) as a child, which
    # a signal to the wrapper alone would leave running.
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        assert proc.stdout is not None
        line = ""
        while time.monotonic() < deadline and "Listening on" not in line:
            line = proc.stdout.readline()
            if not line and proc.poll() is not None:
                raise RuntimeError(f"the browser server exited with {proc.returncode}")
        if "Listening on" not in line:
            raise RuntimeError("the browser server did not start within 60 s")
        yield f"ws://127.0.0.1:{port}/"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
