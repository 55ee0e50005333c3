"""Find a step's element on whatever DOM the page has, as a user would.

One reading of the page (``pytest_iwr.perceive``) is resolved by ``resolve.py`` (pure
rules over what is shown); this module waits for the element to appear, falls back to
grounding the step's description, and turns a miss into a message that shows what the
page had.
"""

from __future__ import annotations

import time

from playwright.sync_api import ElementHandle, Locator, Page

from pytest_iwr.agent.grounding import GROUNDING_THRESHOLD, rank_by_description, rank_by_name
from pytest_iwr.agent.resolve import Unresolved, resolve
from pytest_iwr.perceive import LiveScreen, Screen
from pytest_iwr.perceive.labels import visible_labels
from pytest_iwr.tasks import Target

POLL_SECONDS = 0.1


class LocateError(Exception):
    """The target could not be resolved; ``kind`` is the failure class for reports."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind


def candidate_infos(screen: Screen) -> list[dict]:
    """Each control as (role, name, centre), named by what is on it or beside it."""
    infos = []
    for c in screen.controls:
        name = screen.own_text(c.index) or c.placeholder
        if not name:
            labels = visible_labels(screen, c)
            name = labels[0] if labels else c.name
        x, y = c.box.centre
        infos.append({"role": c.role, "name": name[:80], "x": x, "y": y})
    return infos


def describe_candidates(infos: list[dict], indices: list[int]) -> str:
    return ", ".join(f"{infos[i]['name']!r} ({infos[i]['role']})" for i in indices) or "none"


def nearest_candidates(screen: Screen, wanted: str, limit: int = 3) -> str:
    infos = candidate_infos(screen)
    return describe_candidates(infos, [r.index for r in rank_by_name(wanted, infos)[:limit]])


def ground_description(live: LiveScreen, description: str) -> tuple[ElementHandle, float]:
    """The control that best fits a description, with its confidence."""
    infos = candidate_infos(live.screen)
    ranked = rank_by_description(description, infos)
    if not ranked or ranked[0].score < GROUNDING_THRESHOLD:
        top = describe_candidates(infos, [r.index for r in ranked[:3]])
        best = ranked[0].score if ranked else 0.0
        raise LocateError("not grounded", f"no element fits {description!r} (best {best:.2f}); top candidates: {top}")
    if len(ranked) > 1 and ranked[1].score == ranked[0].score:
        top = describe_candidates(infos, [r.index for r in ranked[:3]])
        raise LocateError("ambiguous", f"several elements fit {description!r} equally: {top}")
    return live.control_element(ranked[0].index), ranked[0].score


def element_of(live: LiveScreen, kind: str, index: int) -> ElementHandle:
    """The element behind one part of the reading (``control``, ``picture`` or ``text``)."""
    if kind == "control":
        return live.control_element(index)
    if kind == "picture":
        return live.picture_element(index)
    return live.text_element(index)


def locate(page: Page, target: Target | None, description: str, timeout: float) -> ElementHandle:
    """One element for this step, waiting up to ``timeout`` seconds for it to appear."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return _locate_once(page, target, description)
        except LocateError as exc:
            if exc.kind == "ambiguous" or time.monotonic() >= deadline:
                raise
        time.sleep(POLL_SECONDS)


def _locate_once(page: Page, target: Target | None, description: str) -> ElementHandle:
    with LiveScreen(page) as live:
        if target is None:
            return ground_description(live, description)[0]
        try:
            pick = resolve(live.screen, target, live.region_depths)
            return element_of(live, pick.kind, pick.index)
        except Unresolved as exc:
            if exc.kind == "ambiguous":
                raise LocateError(exc.kind, str(exc).removeprefix(f"{exc.kind}: ")) from None
            miss = exc
        if description:
            try:
                return ground_description(live, description)[0]
            except LocateError:
                pass
        hidden = _hidden_matches(page, target)
        if hidden:
            raise LocateError("hidden", f"{hidden} element(s) match {target.describe()} but none is visible")
        wanted = target.name or target.text or target.label or target.placeholder or target.alt or target.title or ""
        reason = str(miss).removeprefix("not found: ")
        raise LocateError("not found", f"{reason}; nearest: {nearest_candidates(live.screen, wanted)}")


def _hidden_matches(page: Page, target: Target) -> int:
    """How many elements the page has for the target's own words that no user can see (for the message)."""
    try:
        locators: list[Locator] = []
        if target.role and target.name:
            locators.append(page.get_by_role(target.role, name=target.name))  # type: ignore[arg-type]
        for key, factory in (("label", page.get_by_label), ("placeholder", page.get_by_placeholder)):
            if getattr(target, key):
                locators.append(factory(getattr(target, key)))
        if target.text or target.name:
            locators.append(page.get_by_text(target.text or target.name or ""))
        hidden = 0
        for loc in locators:
            if loc.filter(visible=True).count() == 0:
                hidden = max(hidden, loc.count())
        return hidden
    except Exception:  # the page is gone or hostile; the miss itself is the news
        return 0
