"""Keep secrets out of everything a run writes: results, cache files, logs, reports.

Error messages from a server or a gateway can echo request headers or a URL with
credentials in it, so every string the generator stores or logs passes through here.
(The ``openai`` client itself never logs the key, even at DEBUG: the end-to-end test
greps a DEBUG log file for it.)
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit, urlunsplit

MASK = "[REDACTED]"
# Shorter "secrets" would mask ordinary words (a test key like "x" or an empty string).
_MIN_SECRET = 6


class Redactor:
    def __init__(self, *secrets: str | None) -> None:
        self.secrets = sorted({s for s in secrets if s and len(s) >= _MIN_SECRET}, key=len, reverse=True)

    def text(self, value: str) -> str:
        for secret in self.secrets:
            if secret in value:
                value = value.replace(secret, MASK)
        return value

    def data(self, value: Any) -> Any:
        """The same JSON-like structure with every string redacted."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.data(k): self.data(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.data(v) for v in value]
        return value


def safe_url(url: str | None) -> str:
    """A base URL as it may be shown: user and password dropped, query dropped."""
    if not url:
        return ""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))
