"""A local chat-completions server for the generator's tests: real HTTP on 127.0.0.1.

It speaks just enough of the OpenAI protocol (``POST /v1/chat/completions``) for the
official ``openai`` client, records every request, and plays faults from a script so a
test can say "the first call answers 429 with Retry-After: 1, then reply normally".
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FAULTS = ("429", "500", "401-echo", "hang", "malformed", "nocode", "big")
BIG_PADDING = 4 * 1024 * 1024  # characters of comment in a "big" reply: several MB


def html_reply(html: str) -> str:
    return f"Here is the page.\n\n```html\n{html}\n```\n"


@dataclass
class Recorded:
    body: dict[str, Any]
    headers: dict[str, str]
    answered: str = ""
    arrived: float = 0.0  # time.time() when the request arrived
    answered_at: float = 0.0  # time.time() when its answer was sent


@dataclass
class ChatServer:
    """Answers every chat request with a page, or with the next fault queued for it.

    ``pages`` and ``scripts`` are keyed by a string that the request's text or one of its
    image URLs contains (say the task's ``640x480``, or its asset sheet's data URL), so
    concurrent requests for different tasks each get their own answer and faults.
    """

    pages: dict[str, str] = field(default_factory=dict)
    default_page: str = "<!doctype html><title>t</title><p>hello</p>"
    scripts: dict[str, list[str]] = field(default_factory=dict)
    script: list[str] = field(default_factory=list)  # faults for the next requests, whatever they ask
    hang_seconds: float = 5.0
    retry_after: str = "1"
    delay: float = 0.0  # seconds every normal answer takes
    # Answers like a model: given the request body, the reply's text (None: answer with a page).
    responder: Callable[[dict[str, Any]], str | None] | None = None
    requests: list[Recorded] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    @property
    def calls(self) -> int:
        return len(self.requests)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.script.clear()
            self.scripts.clear()

    def _next_fault(self, haystack: str) -> str:
        with self._lock:
            if self.script:
                return self.script.pop(0)
            for key, faults in self.scripts.items():
                if key in haystack:
                    return faults.pop(0) if faults else ""
            return ""

    def page_for(self, haystack: str) -> str:
        return next((html for key, html in self.pages.items() if key in haystack), self.default_page)

    def start(self) -> ChatServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep pytest's output clean
                pass

            def _send(self, status: int, payload: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                # The client may have given up (timeout): that is the point of the fault.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(payload)
                current = getattr(self, "record", None)  # set once the request is recorded
                if current is not None:
                    current.answered_at = time.time()

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                if not self.path.endswith("/chat/completions"):
                    self._send(404, b'{"error": {"message": "not found"}}')
                    return
                record = Recorded(
                    body=body, headers={k.lower(): v for k, v in self.headers.items()}, arrived=time.time()
                )
                self.record = record
                with server._lock:
                    server.requests.append(record)
                haystack = prompt_text(body) + "\n" + "\n".join(image_urls(body))
                fault = server._next_fault(haystack)
                record.answered = fault or "ok"
                if fault == "429":
                    error = {"error": {"message": "slow down", "type": "rate_limit"}}
                    self._send(429, json.dumps(error).encode(), {"Retry-After": server.retry_after})
                elif fault == "500":
                    self._send(500, b'{"error": {"message": "boom", "type": "server_error"}}')
                elif fault == "401-echo":
                    # A careless gateway that echoes the credentials it was sent.
                    echoed = f"invalid credentials: {self.headers.get('Authorization', '')}"
                    self._send(401, json.dumps({"error": {"message": echoed}}).encode())
                elif fault == "malformed":
                    self._send(200, b'{"id": "chatcmpl-1", "choices": [{"message": ')
                elif fault == "hang":
                    time.sleep(server.hang_seconds)
                    self._send(500, b'{"error": {"message": "too late"}}')
                else:
                    self._answer(body, fault, server.page_for(haystack))

            def _answer(self, body: dict[str, Any], fault: str, page: str) -> None:
                with server._lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    time.sleep(server.delay)
                    if fault == "nocode":
                        text = "I am sorry, I cannot rebuild this page from a video."
                    elif fault == "big":
                        text = html_reply(page.replace("</body>", f"<!-- {'x' * BIG_PADDING} --></body>"))
                    else:
                        scripted = server.responder(body) if server.responder is not None else None
                        text = html_reply(page) if scripted is None else scripted
                    self._send(200, json.dumps(completion(body, text)).encode())
                finally:
                    with server._lock:
                        server.in_flight -= 1

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


def completion(body: dict[str, Any], text: str) -> dict[str, Any]:
    prompt_tokens = sum(len(json.dumps(m)) // 4 for m in body.get("messages", []))
    completion_tokens = len(text) // 4
    return {
        "id": "chatcmpl-local",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", ""),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def image_urls(body: dict[str, Any]) -> list[str]:
    """The data URLs of every image in a request, in order."""
    urls = []
    for message in body.get("messages", []):
        content = message.get("content")
        if isinstance(content, list):
            urls += [part["image_url"]["url"] for part in content if part.get("type") == "image_url"]
    return urls


def prompt_text(body: dict[str, Any]) -> str:
    parts = []
    for message in body.get("messages", []):
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts += [part["text"] for part in content if part.get("type") == "text"]
    return "\n".join(parts)
