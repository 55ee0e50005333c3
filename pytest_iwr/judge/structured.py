"""Structured checkpoints: deterministic checks on the live page as a user sees it.

Text checks read the page's rendered text (``body.innerText``: hidden elements are
left out), whitespace collapsed and compared case-insensitively, because a
generated page may capitalise with CSS. They are pure functions of the observed
state, so they are tested without a browser.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops
from playwright.sync_api import Page

from pytest_iwr.agent.actions import scroll_offsets
from pytest_iwr.agent.locate import LocateError, locate
from pytest_iwr.results import CheckResult
from pytest_iwr.tasks import Expectation

VISIBLE_TEXT_JS = "() => document.body ? document.body.innerText : ''"
# Pixels whose channels differ by less than this are rendering noise, not change.
CHANGE_NOISE = 8


@dataclass
class PageState:
    text: str
    scroll: tuple[float, float]
    screenshot: bytes | None = None


def normalize_text(text: str) -> str:
    return " ".join(text.split())


def observe(page: Page, screenshot: bytes | None = None) -> PageState:
    text = normalize_text(page.evaluate(VISIBLE_TEXT_JS) or "")
    return PageState(text=text, scroll=scroll_offsets(page), screenshot=screenshot)


def _snippet(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def check_text(expectation: Expectation, text: str) -> CheckResult:
    """visible_text, absent_text, text_count and matches on normalized visible text."""
    kind, label = expectation.kind, expectation.describe()
    haystack = text.lower()
    if kind == "visible_text":
        needle = normalize_text(expectation.visible_text or "").lower()
        ok = needle in haystack
        return CheckResult(label, ok, "" if ok else f"not in the visible text: {_snippet(text)!r}")
    if kind == "absent_text":
        needle = normalize_text(expectation.absent_text or "").lower()
        ok = needle not in haystack
        return CheckResult(label, ok, "" if ok else "still visible")
    if kind == "text_count":
        spec = expectation.text_count
        assert spec is not None
        found = haystack.count(normalize_text(spec.text).lower())
        ok = found == spec.count
        return CheckResult(label, ok, "" if ok else f"found {found} times")
    if kind == "matches":
        ok = re.search(expectation.matches or "", text, flags=re.IGNORECASE) is not None
        return CheckResult(label, ok, "" if ok else f"no match in the visible text: {_snippet(text)!r}")
    raise ValueError(f"not a text check: {kind}")


def check_scrolled(direction: str, before: tuple[float, float], after: tuple[float, float]) -> CheckResult:
    dx, dy = after[0] - before[0], after[1] - before[1]
    moved = {"down": dy > 0, "up": dy < 0, "right": dx > 0, "left": dx < 0}[direction]
    detail = "" if moved else f"scroll offset moved by ({dx:+.0f}, {dy:+.0f})"
    return CheckResult(f"scrolled={direction!r}", moved, detail)


def changed_pixel_fraction(before: bytes, after: bytes) -> float:
    """Share of pixels where some channel differs by more than the noise floor (1.0 if sizes differ)."""
    if before == after:
        return 0.0
    with Image.open(io.BytesIO(before)) as a, Image.open(io.BytesIO(after)) as b:
        if a.size != b.size:
            return 1.0
        diff = np.asarray(ImageChops.difference(a.convert("RGB"), b.convert("RGB"))).max(axis=2)
        return float((diff > CHANGE_NOISE).mean())


def screenshots_differ(before: bytes, after: bytes) -> bool:
    if before == after:
        return False
    with Image.open(io.BytesIO(before)) as a, Image.open(io.BytesIO(after)) as b:
        if a.size != b.size:
            return True
        diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
        return diff.point(lambda v: 255 if v > CHANGE_NOISE else 0).getbbox() is not None


def check_changed(before: bytes | None, after: bytes | None) -> CheckResult:
    if before is None or after is None:
        return CheckResult("changed=True", False, "no screenshot to compare")
    ok = screenshots_differ(before, after)
    return CheckResult("changed=True", ok, "" if ok else "the page looks the same as before the step")


def check_input_value(page: Page, expectation: Expectation, timeout: float) -> CheckResult:
    spec = expectation.input_value
    assert spec is not None
    label = expectation.describe()
    if spec.target is not None:
        try:
            element = locate(page, spec.target, "", timeout)
        except LocateError as exc:
            return CheckResult(label, False, str(exc))
        value = element.evaluate("el => ('value' in el) ? String(el.value) : (el.innerText || '')")
        ok = value == spec.value
        return CheckResult(label, ok, "" if ok else f"value is {value!r}")
    values = page.evaluate(
        "() => [...document.querySelectorAll('input,textarea,select')]"
        ".filter(el => el.checkVisibility && el.checkVisibility()).map(el => String(el.value))"
    )
    ok = spec.value in values
    return CheckResult(label, ok, "" if ok else f"no visible control has that value; values: {values[:8]}")


def evaluate(
    page: Page, expectations: list[Expectation], before: PageState, after: PageState, timeout: float
) -> list[CheckResult]:
    """Every expectation of one checkpoint against the state after the step."""
    results = []
    for exp in expectations:
        if exp.kind in ("visible_text", "absent_text", "text_count", "matches"):
            results.append(check_text(exp, after.text))
        elif exp.kind == "scrolled":
            results.append(check_scrolled(exp.scrolled or "down", before.scroll, after.scroll))
        elif exp.kind == "changed":
            results.append(check_changed(before.screenshot, after.screenshot))
        elif exp.kind == "input_value":
            results.append(check_input_value(page, exp, timeout))
        else:  # the loader only admits the kinds above
            raise ValueError(f"unknown check {exp.kind}")
    return results
