"""From a model's reply to a page: the html code block, without iframes.

A reply without code is not a page: :func:`extract_page` raises :class:`NoCodeError` and the
caller turns it into a generation failure (score 0, reason recorded), never a crash.
Scanning is linear in the reply's length, because a runaway model can write megabytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FENCE = "```"
HTML_LANGS = ("html", "htm", "xhtml")
_IFRAME_PAIR = re.compile(r"<iframe\b[^>]*>.*?</iframe\s*>", re.IGNORECASE | re.DOTALL)
_IFRAME_TAG = re.compile(r"</?iframe\b[^>]*>", re.IGNORECASE)
_DOCUMENT_START = re.compile(r"^\s*(<!doctype html|<html\b)", re.IGNORECASE)


class NoCodeError(ValueError):
    """The reply holds no html code block."""


@dataclass(frozen=True)
class Extracted:
    html: str
    truncated: bool  # the block was never closed: the model ran out of tokens mid-page
    iframes_removed: int


@dataclass(frozen=True)
class _Block:
    lang: str
    body: str
    closed: bool


def code_blocks(text: str) -> list[_Block]:
    """Fenced blocks in order; an unclosed last block runs to the end of the text."""
    blocks = []
    position = 0
    while True:
        start = text.find(FENCE, position)
        if start < 0:
            return blocks
        line_end = text.find("\n", start)
        if line_end < 0:
            return blocks
        lang = text[start + len(FENCE) : line_end].strip().lower()
        end = text.find(FENCE, line_end + 1)
        if end < 0:
            blocks.append(_Block(lang, text[line_end + 1 :], closed=False))
            return blocks
        blocks.append(_Block(lang, text[line_end + 1 : end], closed=True))
        position = end + len(FENCE)


def _looks_like_html(body: str) -> bool:
    head = body[:2000].lower()
    return "<html" in head or "<!doctype" in head or "<body" in head


def strip_iframes(html: str) -> tuple[str, int]:
    """Remove iframes: a generated page must not pull in another document."""
    html, pairs = _IFRAME_PAIR.subn("", html)
    html, stray = _IFRAME_TAG.subn("", html)
    return html, pairs + stray


def extract_page(reply: str) -> Extracted:
    """The page in ``reply``: the longest html block, else a bare html document."""
    blocks = code_blocks(reply)
    html_blocks = [b for b in blocks if b.lang in HTML_LANGS or (not b.lang and _looks_like_html(b.body))]
    if html_blocks:
        chosen = max(html_blocks, key=lambda b: len(b.body))
        body, truncated = chosen.body, not chosen.closed
    elif not blocks and _DOCUMENT_START.match(reply):
        body, truncated = reply, False  # some models answer with the bare document
    else:
        what = "an empty reply" if not reply.strip() else f"no html code block in a reply of {len(reply)} characters"
        raise NoCodeError(what)
    body = body.strip()
    if not body:
        raise NoCodeError("the html code block is empty")
    html, removed = strip_iframes(body)
    return Extracted(html=html, truncated=truncated, iframes_removed=removed)
