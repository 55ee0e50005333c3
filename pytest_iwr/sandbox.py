"""Serve one generated page with its task's assets on 127.0.0.1, and fence it in.

The server answers only ``/`` (the page) and ``/assets/<file>`` (this task's assets),
so a page never sees the host file system or another task's files. Every request
the browser makes to any other origin is aborted and recorded.
"""

from __future__ import annotations

import contextlib
import mimetypes
import re
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.sync_api import BrowserContext, Dialog, Frame, Page, Route, WebSocketRoute
from playwright.sync_api import Error as PlaywrightError

from pytest_iwr.generate import ASSETS_URL_PATH
from pytest_iwr.results import note

MAX_RECORDED_URL = 200


class _Handler(BaseHTTPRequestHandler):
    server: SandboxServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass  # requests go to SandboxServer.requests, not stderr

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        status, body, ctype = self.server.resolve(path)
        self.server.requests.append((path, status))
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the browser moved on
            self._send(status, body, ctype)

    do_HEAD = do_GET


# shutdown() waits for the serving loop's next poll; the default 0.5 s cost every item
# 0.25 s on average for nothing.
SHUTDOWN_POLL_SECONDS = 0.02


class SandboxServer(ThreadingHTTPServer):
    """One page and its assets on a free loopback port; use as a context manager."""

    daemon_threads = True

    def __init__(self, html: bytes, assets_dir: Path | None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.html = html
        self.assets_dir = assets_dir.resolve() if assets_dir and assets_dir.is_dir() else None
        self.requests: list[tuple[str, int]] = []
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": SHUTDOWN_POLL_SECONDS}, name="iwr-sandbox", daemon=True
        )

    @property
    def origin(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def url(self) -> str:
        return self.origin + "/"

    def resolve(self, path: str) -> tuple[int, bytes, str]:
        if path in ("/", "/index.html"):
            return HTTPStatus.OK, self.html, "text/html; charset=utf-8"
        prefix = ASSETS_URL_PATH + "/"
        if path.startswith(prefix) and self.assets_dir is not None:
            try:
                candidate = (self.assets_dir / path[len(prefix) :]).resolve()
                if candidate.is_relative_to(self.assets_dir) and candidate.is_file():
                    ctype = mimetypes.guess_type(candidate.name)[0] or "application/octet-stream"
                    return HTTPStatus.OK, candidate.read_bytes(), ctype
            except (OSError, ValueError):  # a NUL byte, a name too long, a symlink loop: not a file of ours
                pass
        return HTTPStatus.NOT_FOUND, b"not found", "text/plain"

    def missing(self) -> list[str]:
        return sorted(
            {path for path, status in self.requests if status == HTTPStatus.NOT_FOUND and path != "/favicon.ico"}
        )

    def __enter__(self) -> SandboxServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()


def fence(context: BrowserContext, origin: str) -> list[str]:
    """Abort every request and WebSocket outside ``origin``; return the live list of what was blocked."""
    blocked: list[str] = []
    prefix = origin + "/"

    def on_request(route: Route) -> None:
        url = route.request.url
        if url.startswith(prefix) or url == origin:
            route.continue_()
            return
        note(blocked, url[:MAX_RECORDED_URL])
        route.abort("blockedbyclient")

    def on_websocket(ws: WebSocketRoute) -> None:
        note(blocked, ws.url[:MAX_RECORDED_URL])
        ws.close()

    context.route(re.compile(r".*"), on_request)
    context.route_web_socket(re.compile(r".*"), on_websocket)
    return blocked


def contain(page: Page, origin: str) -> list[str]:
    """Keep a hostile page from stalling or escaping its item; return the live list of what it tried.

    Dialogs (alert, confirm, prompt, beforeunload) are dismissed, popups closed at once,
    navigations away from the sandbox and renderer crashes noted.
    """
    events: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        note(events, f"dialog {dialog.type}: {dialog.message[:80]!r} (dismissed)")
        with contextlib.suppress(PlaywrightError):  # the page may already be gone
            dialog.dismiss()

    def on_popup(popup: Page) -> None:
        note(events, f"popup opened: {popup.url[:MAX_RECORDED_URL]} (closed)")
        with contextlib.suppress(PlaywrightError):
            popup.close()

    def on_navigated(frame: Frame) -> None:
        if frame == page.main_frame and not frame.url.startswith(origin + "/"):
            note(events, f"navigated away to {frame.url[:MAX_RECORDED_URL]}")

    page.on("dialog", on_dialog)
    page.context.on("page", on_popup)
    page.on("framenavigated", on_navigated)
    page.on("crash", lambda _: note(events, "renderer crashed"))
    page.on("close", lambda _: note(events, "page closed"))
    return events
