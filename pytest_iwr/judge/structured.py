"""Structured checkpoints: deterministic checks on what a user sees after a step.

Every check is a pure function of one reading of the page (``pytest_iwr.perceive``):
the visible text in reading order (hidden, transparent, clipped and off-area text left
out; open shadow roots read), the controls with their values, the scroll offsets and
the screenshot. Text is compared case-insensitively and without regard to spacing,
because a generated page may capitalise with CSS or split a price into spans.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops
from playwright.sync_api import Page

from pytest_iwr.agent.resolve import Unresolved, describe_control, resolve
from pytest_iwr.perceive import Screen, read_screen
from pytest_iwr.perceive.screen import contains_text, count_text, normalize
from pytest_iwr.results import CheckResult
from pytest_iwr.tasks import Expectation

# Pixels whose channels differ by less than this are rendering noise, not change.
CHANGE_NOISE = 8
TEXT_KINDS = ("visible_text", "absent_text", "text_count", "matches", "exact_text")


@dataclass
class PageState:
    screen: Screen
    screenshot: bytes | None = None

    @property
    def text(self) -> str:
        return self.screen.text

    @property
    def scroll(self) -> tuple[float, float]:
        return self.screen.scroll


def observe(page: Page, screenshot: bytes | None = None) -> PageState:
    return PageState(screen=read_screen(page), screenshot=screenshot)


def _snippet(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def check_text(expectation: Expectation, screen: Screen) -> CheckResult:
    """visible_text, absent_text, text_count, matches and exact_text on the visible text."""
    kind, label = expectation.kind, expectation.describe()
    text, reading = screen.text, screen.reading
    if kind == "visible_text":
        ok = contains_text(reading, expectation.visible_text or "")
        return CheckResult(label, ok, "" if ok else f"not in the visible text: {_snippet(text)!r}")
    if kind == "absent_text":
        ok = not contains_text(reading, expectation.absent_text or "")
        return CheckResult(label, ok, "" if ok else "still visible")
    if kind == "text_count":
        spec = expectation.text_count
        assert spec is not None
        found = count_text(reading, spec.text)
        ok = found == spec.count
        return CheckResult(label, ok, "" if ok else f"found {found} times")
    if kind == "matches":
        ok = re.search(expectation.matches or "", text, flags=re.IGNORECASE) is not None
        return CheckResult(label, ok, "" if ok else f"no match in the visible text: {_snippet(text)!r}")
    if kind == "exact_text":
        return check_exact_text(expectation.exact_text or "", screen, label)
    raise ValueError(f"not a text check: {kind}")


def check_exact_text(wanted: str, screen: Screen, label: str) -> CheckResult:
    """Some piece of text a user reads on its own (a display, a counter, a field's value),
    not on a button or link, reads exactly ``wanted``."""
    want = "".join(wanted.split()).lower()
    shown = [
        line.text
        for line in screen.lines
        if line.control < 0 or screen.controls[line.control].editable or screen.controls[line.control].role == "generic"
    ]
    ok = any("".join(t.split()).lower() == want for t in shown)
    near = [t for t in shown if want and want[:1] in t.lower()][:6]
    return CheckResult(label, ok, "" if ok else f"no piece of text reads exactly that; shown: {near or shown[:6]}")


def check_input_value(expectation: Expectation, screen: Screen) -> CheckResult:
    """The control the target names (by its visible label or placeholder) holds the value;
    with no target, some visible control does."""
    spec = expectation.input_value
    assert spec is not None
    label = expectation.describe()
    if spec.target is not None:
        try:
            pick = resolve(screen, spec.target)
        except Unresolved as exc:
            return CheckResult(label, False, str(exc))
        if pick.kind != "control":
            return CheckResult(label, False, f"{spec.target.describe()} is text, not a control")
        control = screen.controls[pick.index]
        value = control.value if control.value is not None else screen.own_text(control.index)
        ok = normalize(value) == normalize(spec.value) if value else spec.value == ""
        return CheckResult(label, ok, "" if ok else f"{describe_control(screen, control)} has {value!r}")
    values = [c.value for c in screen.controls if c.value is not None]
    ok = spec.value in values
    return CheckResult(label, ok, "" if ok else f"no visible control has that value; values: {values[:8]}")


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


def evaluate(expectations: list[Expectation], before: PageState, after: PageState) -> list[CheckResult]:
    """Every expectation of one checkpoint against the state after the step: pure."""
    results = []
    for exp in expectations:
        if exp.kind in TEXT_KINDS:
            results.append(check_text(exp, after.screen))
        elif exp.kind == "scrolled":
            results.append(check_scrolled(exp.scrolled or "down", before.scroll, after.scroll))
        elif exp.kind == "changed":
            results.append(check_changed(before.screenshot, after.screenshot))
        elif exp.kind == "input_value":
            results.append(check_input_value(exp, after.screen))
        else:  # the loader only admits the kinds above
            raise ValueError(f"unknown check {exp.kind}")
    return results
