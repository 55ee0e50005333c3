"""Perform one step's action on a located element (or the page)."""

from __future__ import annotations

import time

from playwright.sync_api import ElementHandle, Page
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from pytest_iwr.agent.locate import LocateError, locate
from pytest_iwr.judge.base import Grounder
from pytest_iwr.tasks import Step

SCROLL_FRACTION = 0.8
SCROLL_SETTLE_SECONDS = 1.5
MIN_ATTEMPT_SECONDS = 0.2

SCROLL_OFFSETS_JS = """
() => {
  let x = window.scrollX, y = window.scrollY;
  for (const el of document.querySelectorAll('*')) {
    if (el.scrollTop || el.scrollLeft) { x += el.scrollLeft; y += el.scrollTop; }
  }
  return [x, y];
}
"""


class ActionError(Exception):
    """The action could not be performed; ``kind`` is the failure class for reports."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind


def scroll_offsets(page: Page) -> tuple[float, float]:
    x, y = page.evaluate(SCROLL_OFFSETS_JS)
    return float(x), float(y)


def first_line(exc: BaseException) -> str:
    """An exception as one line for a failure reason (Playwright's messages carry call logs)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _wait_scroll_settled(page: Page, timeout: float) -> None:
    """Smooth scrolling takes a while; wait until the offsets stop moving."""
    deadline = time.monotonic() + min(timeout, SCROLL_SETTLE_SECONDS)
    last = scroll_offsets(page)
    while time.monotonic() < deadline:
        page.wait_for_timeout(80)
        now = scroll_offsets(page)
        if now == last:
            return
        last = now


def _scroll(page: Page, step: Step, element: ElementHandle | None, viewport: tuple[int, int], timeout: float) -> None:
    width, height = viewport
    amount = step.amount or int((height if step.direction in ("up", "down") else width) * SCROLL_FRACTION)
    dx, dy = {"down": (0, amount), "up": (0, -amount), "right": (amount, 0), "left": (-amount, 0)}[
        step.direction or "down"
    ]
    x, y = width / 2, height / 2
    if element is not None:
        box = element.bounding_box()
        if box is not None:
            x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.wheel(dx, dy)
    _wait_scroll_settled(page, timeout)


def _select(page: Page, element: ElementHandle, label: str, timeout_ms: float, timeout: float) -> None:
    tag = element.evaluate("el => el.tagName")
    if tag == "SELECT":
        try:
            element.select_option(label=label, timeout=timeout_ms)
        except PlaywrightError:
            element.select_option(value=label, timeout=timeout_ms)
        return
    # A custom dropdown: open it, then pick the option a user would see.
    element.click(timeout=timeout_ms)
    option = page.get_by_role("option", name=label).filter(visible=True)
    if option.count() == 0:
        option = page.get_by_text(label, exact=True).filter(visible=True)
    if option.count() == 0:
        raise ActionError("not found", f"no visible option {label!r} after opening the dropdown")
    option.first.click(timeout=timeout_ms)


def _hover(page: Page, element: ElementHandle, timeout_ms: float) -> None:
    # Like a user: move the pointer over the element. Playwright's hover() would retry
    # forever when what the hover reveals (a tooltip) covers the element itself.
    element.scroll_into_view_if_needed(timeout=timeout_ms)
    box = element.bounding_box()
    if box is None:
        raise ActionError("hidden", "the element has no box on screen")
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def perform(
    page: Page, step: Step, viewport: tuple[int, int], timeout: float, grounder: Grounder | None = None
) -> None:
    """Run ``step``'s action; raise :class:`ActionError` or :class:`LocateError` saying why not.

    A step with only a description is grounded by ``grounder`` when one is given.
    """
    # Finding the target and acting on it may each take ``timeout``; a page that replaced
    # the element in between gets it found again within that same allowance.
    deadline = time.monotonic() + 2 * timeout
    replaced: PlaywrightError | None = None
    while True:
        try:
            element = _element_for(page, step, _left(deadline, timeout), grounder)
        except LocateError as exc:
            if replaced is None:
                raise
            # The element was there when the step began and went away under the pointer:
            # the action failed; "not found" would hide that it had been found.
            raise ActionError("action failed", f"{first_line(replaced)}; not found again: {exc}") from exc
        if replaced is None:
            # The act's allowance starts once the element is in hand: grounding's own CPU time
            # (the embedding model loading on a worker's first step) is ours, not the page's.
            deadline = max(deadline, time.monotonic() + timeout)
        try:
            _act(page, step, element, viewport, _left(deadline, timeout))
            return
        except (ActionError, LocateError):
            raise
        except PlaywrightError as exc:
            if isinstance(exc, PlaywrightTimeout):
                raise ActionError("timed out", first_line(exc)) from exc
            # A page that re-renders replaced the element between reading and acting (Playwright
            # says at once that it is detached): the same control is on screen again.
            if element is not None and not _connected(element) and deadline - time.monotonic() > MIN_ATTEMPT_SECONDS:
                replaced = exc
                continue
            raise ActionError("action failed", first_line(exc)) from exc


def _left(deadline: float, timeout: float) -> float:
    return max(MIN_ATTEMPT_SECONDS, min(timeout, deadline - time.monotonic()))


def _connected(element: ElementHandle) -> bool:
    try:
        return bool(element.evaluate("el => el.isConnected"))
    except PlaywrightError:
        return False


def _element_for(page: Page, step: Step, timeout: float, grounder: Grounder | None) -> ElementHandle | None:
    needs_element = step.action in ("click", "type", "hover", "select") or (
        step.target is not None and step.action in ("press", "scroll")
    )
    if not needs_element:
        return None
    if step.target is None and grounder is not None:
        return grounder(page, step, timeout)
    return locate(page, step.target, step.description, timeout)


def _act(page: Page, step: Step, element: ElementHandle | None, viewport: tuple[int, int], timeout: float) -> None:
    timeout_ms = timeout * 1000
    if step.action in ("click", "type", "select") and element is not None and not element.is_enabled():
        raise ActionError("disabled", f"the element is disabled ({step.describe_target()})")
    if step.action == "click":
        element.click(timeout=timeout_ms)  # type: ignore[union-attr]
    elif step.action == "type":
        element.fill(step.text or "", timeout=timeout_ms)  # type: ignore[union-attr]
    elif step.action == "hover":
        _hover(page, element, timeout_ms)  # type: ignore[arg-type]
    elif step.action == "select":
        _select(page, element, step.text or "", timeout_ms, timeout)  # type: ignore[arg-type]
    elif step.action == "press":
        if element is not None:
            element.press(step.key or "", timeout=timeout_ms)
        else:
            page.keyboard.press(step.key or "")
    elif step.action == "scroll":
        _scroll(page, step, element, viewport, timeout)
