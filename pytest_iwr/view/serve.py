"""``view --serve``: the built site over HTTP on this machine only."""

from __future__ import annotations

import contextlib
import functools
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"  # never on the network: results can hold private pages and prompts


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the stdlib's name)
        pass


def make_server(site: Path, port: int = 0) -> ThreadingHTTPServer:
    """A server for ``site`` on 127.0.0.1 (``port`` 0: any free port); not yet serving."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    return ThreadingHTTPServer((HOST, port), handler)


def url(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}/index.html"


def serve(site: Path, port: int = 0) -> None:
    """Serve until Ctrl-C."""
    with make_server(site, port) as server:
        print(f"serving {site} at {url(server)} (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
