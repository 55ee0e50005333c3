"""Ask a judge model and parse its reply strictly; an unparsable reply is asked again.

Transport failures (429, 5xx, timeouts) are retried inside ChatClient; here a reply
that arrived but is not the JSON the prompt asked for is retried ``attempts`` times in
all, then becomes a :class:`JudgeError`: reported as such, never a pass and never a 0.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PIL import Image

from pytest_iwr.generate.openai_compat import ChatClient, RequestFailedError
from pytest_iwr.generate.profiles import ModelProfile
from pytest_iwr.generate.prompt import data_url, fit
from pytest_iwr.judge.base import JudgeError
from pytest_iwr.judge.replies import ReplyError
from pytest_iwr.watchdog import suspended

T = TypeVar("T")
ATTEMPTS = 3  # replies asked for, in all, before a judge error
# A judge writes a short JSON object; reasoning models need room to think first.
JUDGE_PROFILE = ModelProfile(max_tokens=4096, temperature=0.0, timeout=240.0, max_side=1280)


@dataclass
class Asked:
    value: Any
    attempts: int
    tokens: int


def image_part(png: bytes, max_side: int) -> dict[str, Any]:
    with Image.open(io.BytesIO(png)) as image:
        url = data_url(fit(image.convert("RGB"), max_side), "PNG")
    return {"type": "image_url", "image_url": {"url": url}}


def ask(
    client: ChatClient,
    model: str,
    content: list[dict[str, Any]],
    parse: Callable[[str], T],
    profile: ModelProfile = JUDGE_PROFILE,
    attempts: int = ATTEMPTS,
    purpose: str = "judge",
) -> Asked:
    messages = [{"role": "user", "content": content}]
    problems: list[str] = []
    tokens = 0
    for attempt in range(1, attempts + 1):
        try:
            with suspended():  # the model's time is not the page's (watchdog.py)
                reply = client.complete(model, messages, profile, purpose)
        except RequestFailedError as exc:  # already retried and redacted by the client
            raise JudgeError(str(exc)) from None
        tokens += reply.usage.get("total", 0)
        try:
            return Asked(parse(reply.text), attempt, tokens)
        except ReplyError as exc:
            start = client.redactor.text(reply.text.strip()[:80])
            problems.append(f"attempt {attempt}: {exc} (reply began {start!r})")
    raise JudgeError(f"{model}: no parsable reply in {attempts} attempts: " + "; ".join(problems))
