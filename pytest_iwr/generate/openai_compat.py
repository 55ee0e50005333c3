"""One chat-completions request to any OpenAI-compatible server, with bounded retries.

The official ``openai`` client does the protocol; its own retries are off (``max_retries=0``)
because this loop must count attempts, log why it waits, and honour ``Retry-After`` beyond
the client's own one-minute ceiling. Retried: 429, 5xx, timeouts, connection errors and
unparsable bodies (a gateway hiccup). Anything else (401, 400...) fails at once: asking
again would not change the answer.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import openai

from pytest_iwr.cost import LEDGER
from pytest_iwr.generate.profiles import ModelProfile
from pytest_iwr.generate.ratelimit import EndpointLimit, default_limits_dir, endpoint_key
from pytest_iwr.generate.redact import Redactor, safe_url

log = logging.getLogger("pytest_iwr.generate")

MAX_RETRY_AFTER = 300.0  # seconds: a server asking for longer is treated as down


@dataclass(frozen=True)
class ClientSettings:
    base_url: str | None
    api_key: str | None
    retries: int = 4  # extra attempts after the first
    backoff: float = 2.0  # first wait in seconds; doubles per attempt, with jitter
    max_backoff: float = 60.0
    max_concurrency: int = 4  # requests in flight at once to this endpoint, from every process
    per_minute: int | None = None  # requests started in any 60 s, from every process; None: no cap
    limits_dir: Path | None = None  # where the shared limits live (ratelimit.py); None: the default


@dataclass
class Reply:
    text: str
    usage: dict[str, int]
    latency: float  # seconds of the request that succeeded
    attempts: int
    finish_reason: str | None
    waited: float  # seconds spent backing off between attempts
    errors: list[str] = field(default_factory=list)


class RequestFailedError(Exception):
    """Every attempt failed; ``errors`` says how each one ended."""

    def __init__(self, message: str, attempts: int, errors: list[str], waited: float) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.errors = errors
        self.waited = waited


def retry_after(exc: Exception) -> float | None:
    """Seconds the server asked us to wait, from ``Retry-After`` (seconds or an HTTP date)."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    value = headers.get("retry-after") if headers is not None else None
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def is_retryable(exc: Exception) -> bool:
    import openai  # imported on use: the plugin loads in every pytest run, most never send a request

    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code == 429 or exc.status_code >= 500
    # A 200 whose body is not the JSON it claims to be: a proxy cut it short, try again.
    return isinstance(exc, json.JSONDecodeError | openai.APIResponseValidationError)


def describe(exc: Exception) -> str:
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return "timed out"
    if isinstance(exc, openai.APIConnectionError):
        return f"connection error: {exc}"
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}: {exc.message}"
    if isinstance(exc, json.JSONDecodeError):
        return f"malformed JSON body: {exc}"
    return f"{type(exc).__name__}: {exc}"


def _usage(completion: Any) -> dict[str, int]:
    usage = getattr(completion, "usage", None)
    if usage is None:
        return {}
    return {
        "prompt": int(getattr(usage, "prompt_tokens", 0) or 0),
        "completion": int(getattr(usage, "completion_tokens", 0) or 0),
        "total": int(getattr(usage, "total_tokens", 0) or 0),
    }


class ChatClient:
    """Sends chat requests within the endpoint's limit, which every worker and session on
    the machine shares (ratelimit.py)."""

    def __init__(self, settings: ClientSettings, sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings
        # A base URL may carry a password too (https://user:pass@gateway/v1).
        self.redactor = Redactor(settings.api_key, urlsplit(settings.base_url or "").password)
        self._sleep = sleep
        limits = settings.limits_dir or default_limits_dir()
        self.limit = EndpointLimit(
            limits / endpoint_key(settings.base_url), settings.max_concurrency, settings.per_minute
        )
        self._clients: dict[float, openai.OpenAI] = {}
        self._lock = threading.Lock()

    def _client(self, timeout: float) -> openai.OpenAI:
        import openai

        with self._lock:
            if timeout not in self._clients:
                self._clients[timeout] = openai.OpenAI(
                    base_url=self.settings.base_url or None,
                    # Compatible servers often need no key; the client insists on one.
                    api_key=self.settings.api_key or "not-needed",
                    max_retries=0,
                    timeout=timeout,
                )
            return self._clients[timeout]

    def where(self) -> str:
        return safe_url(self.settings.base_url) or "the OpenAI API"

    def _backoff(self, attempt: int, exc: Exception) -> float:
        asked = retry_after(exc)
        if asked is not None:
            return min(asked, MAX_RETRY_AFTER)
        base = self.settings.backoff * (2 ** (attempt - 1))
        return min(self.settings.max_backoff, base * random.uniform(0.8, 1.2))

    def complete(
        self, model: str, messages: list[dict[str, Any]], profile: ModelProfile, purpose: str = "generation"
    ) -> Reply:
        """One reply; its token usage goes to the cost ledger under ``purpose``."""
        params: dict[str, Any] = {"model": model, "messages": messages, profile.token_param: profile.max_tokens}
        if profile.temperature is not None:
            params["temperature"] = profile.temperature
        client = self._client(profile.timeout)
        errors: list[str] = []
        waited = 0.0
        attempts = 1 + max(0, self.settings.retries)
        for attempt in range(1, attempts + 1):
            started = time.monotonic()
            try:
                with self.limit.request():
                    started = time.monotonic()
                    try:
                        completion = client.chat.completions.create(**params)
                    except Exception as exc:
                        asked = retry_after(exc)
                        if asked is not None:
                            # The server is saturated for every worker, not just this one;
                            # paused while this slot is still held, so no one slips in between.
                            self.limit.pause(min(asked, MAX_RETRY_AFTER))
                        raise
                latency = time.monotonic() - started
            except Exception as exc:  # sorted below: retryable or final
                import openai

                if not isinstance(exc, openai.OpenAIError | json.JSONDecodeError):
                    raise
                reason = self.redactor.text(describe(exc))
                errors.append(f"attempt {attempt}: {reason}")
                if not is_retryable(exc) or attempt == attempts:
                    tried = f"after {attempt} attempt{'s' * (attempt > 1)}"
                    raise RequestFailedError(
                        f"{model} at {self.where()}: {reason} ({tried})", attempt, errors, waited
                    ) from None
                delay = self._backoff(attempt, exc)
                log.warning(
                    "%s: %s; retrying in %.1f s (attempt %d of %d)", model, reason, delay, attempt + 1, attempts
                )
                self._sleep(delay)
                waited += delay
                continue
            LEDGER.record(purpose, model, _usage(completion))
            choice = completion.choices[0] if completion.choices else None
            text = (choice.message.content if choice is not None and choice.message else None) or ""
            return Reply(
                text=text,
                usage=_usage(completion),
                latency=latency,
                attempts=attempt,
                finish_reason=getattr(choice, "finish_reason", None),
                waited=waited,
                errors=errors,
            )
        raise AssertionError("unreachable")  # the loop returns or raises
