"""Serve one generated page with its task's assets to a browser context, and fence it in.

The page is served through Playwright's request routing, not a socket: the harness
answers every request the browser makes, so the sandbox works the same wherever the
browser runs (a local Chromium or a remote browser server). Its origin answers only
``/`` (the page) and ``/assets/<file>`` (this task's assets), so a page never sees the
host file system or another task's files. Every request to any other origin, and every
WebSocket, is aborted and recorded.

The origin is ``http://iwr.localhost``: a ``*.localhost`` name is a secure context in
Chromium (``crypto.randomUUID``, the clipboard API... work as they did on 127.0.0.1), and
nothing is listening behind it, on any machine.
"""

from __future__ import annotations

import contextlib
import mimetypes
import re
from http import HTTPStatus
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.sync_api import BrowserContext, Dialog, Frame, Page, Route, WebSocketRoute
from playwright.sync_api import Error as PlaywrightError

from pytest_iwr.generate import ASSETS_URL_PATH
from pytest_iwr.results import note

MAX_RECORDED_URL = 200
SANDBOX_ORIGIN = "http://iwr.localhost"
EVERYTHING = re.compile(r".*")


class Sandbox:
    """One page and its assets, served to whichever context :meth:`serve` is given."""

    def __init__(self, html: bytes, assets_dir: Path | None, origin: str = SANDBOX_ORIGIN) -> None:
        self.html = html
        self.assets_dir = assets_dir.resolve() if assets_dir and assets_dir.is_dir() else None
        self.origin = origin
        self.requests: list[tuple[str, int]] = []  # (path, status) of every request to the origin
        self.blocked: list[str] = []  # every request and WebSocket elsewhere, capped (results.note)

    @property
    def url(self) -> str:
        return self.origin + "/"

    def resolve(self, path: str) -> tuple[int, bytes, str]:
        """The answer to a (decoded) path on the origin: status, body, content type."""
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

    def answer(self, url: str) -> tuple[int, bytes, str] | None:
        """What the sandbox answers to ``url``; None for a URL outside its origin (blocked)."""
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != self.origin:
            return None
        path = unquote(parts.path)
        answer = self.resolve(path)
        self.requests.append((path, answer[0]))
        return answer

    def missing(self) -> list[str]:
        return sorted(
            {path for path, status in self.requests if status == HTTPStatus.NOT_FOUND and path != "/favicon.ico"}
        )

    def _on_request(self, route: Route) -> None:
        url = route.request.url
        answer = self.answer(url)
        with contextlib.suppress(PlaywrightError):  # the page closed or crashed meanwhile
            if answer is None:
                note(self.blocked, url[:MAX_RECORDED_URL])
                route.abort("blockedbyclient")
                return
            status, body, ctype = answer
            route.fulfill(status=status, body=body, headers={"Content-Type": ctype, "Cache-Control": "no-store"})

    def _on_websocket(self, ws: WebSocketRoute) -> None:
        note(self.blocked, ws.url[:MAX_RECORDED_URL])
        with contextlib.suppress(PlaywrightError):
            ws.close()

    def serve(self, context: BrowserContext) -> Sandbox:
        """Answer ``context``'s requests from now on: this page, its assets, nothing else."""
        context.route(EVERYTHING, self._on_request)
        context.route_web_socket(EVERYTHING, self._on_websocket)
        return self


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
