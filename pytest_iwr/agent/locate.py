"""Resolve a semantic target to one element on whatever DOM the page has.

Targets name what a user sees (role and accessible name, text, label, ...), so the
same step finds its element on two pages that look alike but are built differently.
Playwright's ``get_by_*`` locators do the accessibility work; this module orders
the strategies, applies ``near``/``within``/``nth`` and explains a miss.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from playwright.sync_api import ElementHandle, Locator, Page

from pytest_iwr.agent.grounding import (
    GROUNDING_THRESHOLD,
    nearest,
    rank_by_description,
    rank_by_name,
    smallest_region,
)
from pytest_iwr.tasks import Target

POLL_SECONDS = 0.1

# Visible elements a user could act on, with a role and a name as a user would read them.
INTERACTIVE_JS = """
() => {
  const sel = 'a[href],button,input,select,textarea,summary,label,[role],[onclick],[tabindex],[contenteditable]';
  const pool = new Set(document.querySelectorAll(sel));
  for (const el of document.body ? document.body.querySelectorAll('*') : []) {
    const parent = el.parentElement;
    if (getComputedStyle(el).cursor === 'pointer' && !(parent && getComputedStyle(parent).cursor === 'pointer')) pool.add(el);
  }
  const implicit = {A: 'link', BUTTON: 'button', SELECT: 'combobox', TEXTAREA: 'textbox', SUMMARY: 'button', IMG: 'img'};
  const inputRole = t => ({checkbox: 'checkbox', radio: 'radio', range: 'slider', number: 'spinbutton',
    search: 'searchbox', button: 'button', submit: 'button', reset: 'button'}[t] || 'textbox');
  const els = [], infos = [];
  for (const el of pool) {
    if (!el.checkVisibility || !el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const role = el.getAttribute('role') || (el.tagName === 'INPUT' ? inputRole(el.type) : implicit[el.tagName]) || 'generic';
    const labelled = el.getAttribute('aria-labelledby');
    let name = el.getAttribute('aria-label') || (labelled && document.getElementById(labelled)?.innerText) || '';
    if (!name && el.labels && el.labels.length) name = el.labels[0].innerText;
    if (!name) name = (el.innerText || '').trim();
    if (!name) name = el.value || el.placeholder || el.title || el.querySelector?.('img[alt]')?.alt || el.alt || '';
    els.push(el);
    infos.push({role, name: name.replace(/\\s+/g, ' ').trim().slice(0, 80), x: r.x + r.width / 2, y: r.y + r.height / 2});
  }
  return {els, infos};
}
"""

# Steps up from an element to its nearest ancestor whose visible text contains the needle.
REGION_DEPTH_JS = """
(el, needle) => {
  const want = needle.replace(/\\s+/g, ' ').trim().toLowerCase();
  let depth = 0;
  for (let node = el; node; node = node.parentElement, depth++) {
    if ((node.innerText || '').replace(/\\s+/g, ' ').toLowerCase().includes(want)) return depth;
  }
  return null;
}
"""


class LocateError(Exception):
    """The target could not be resolved; ``kind`` is the failure class for reports."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind


def _strategies(page: Page, target: Target) -> Iterator[tuple[str, Callable[[bool], Locator]]]:
    """The target's own hints as locator factories, in order of confidence; each takes ``exact``."""
    if target.role:
        role, name = target.role, target.name
        yield f"role {role}", lambda exact: page.get_by_role(role, name=name, exact=exact)  # type: ignore[arg-type]
    for key, factory in (
        ("label", page.get_by_label),
        ("placeholder", page.get_by_placeholder),
        ("alt", page.get_by_alt_text),
        ("title", page.get_by_title),
        ("text", page.get_by_text),
    ):
        value = getattr(target, key)
        if value:
            yield key, lambda exact, f=factory, v=value: f(v, exact=exact)


def _fallbacks(page: Page, target: Target) -> Iterator[tuple[str, Callable[[bool], Locator]]]:
    """A generated page may draw the control without its role (a clickable div): then
    what the user sees is its text, label or title. Tried only after every own hint,
    exact and partial, so a role match is never lost to stray text that says the name."""
    if target.role and target.name:
        name = target.name
        yield "text", lambda exact: page.get_by_text(name, exact=exact)
        yield "label", lambda exact: page.get_by_label(name, exact=exact)
        yield "title", lambda exact: page.get_by_title(name, exact=exact)


def _exactness(target: Target) -> tuple[bool, ...]:
    return (True,) if target.exact else (True, False)


def _visible_matches(page: Page, target: Target) -> tuple[list[ElementHandle], int]:
    """Visible matches of the first strategy that finds any, plus how many hidden ones exist."""
    hidden = 0
    for family in (_strategies, _fallbacks):
        for exact in _exactness(target):
            for _, make in family(page, target):
                loc = make(exact)
                visible = loc.filter(visible=True)
                count = visible.count()
                if count:
                    return [visible.nth(i).element_handle() for i in range(count)], 0
                hidden = max(hidden, loc.count())
    return [], hidden


def _centre(handle: ElementHandle) -> tuple[float, float] | None:
    box = handle.bounding_box()
    return None if box is None else (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def _apply_qualifiers(page: Page, target: Target, found: list[ElementHandle]) -> list[ElementHandle]:
    if target.within:
        depths = [h.evaluate(REGION_DEPTH_JS, target.within) for h in found]
        found = [found[i] for i in smallest_region(depths)]
        if not found:
            raise LocateError("not found", f"no match inside a region showing {target.within!r}")
    if target.near and len(found) > 1:
        anchors_loc = page.get_by_text(target.near).filter(visible=True)
        anchors = [_centre(anchors_loc.nth(i).element_handle()) for i in range(anchors_loc.count())]
        anchors = [a for a in anchors if a is not None]
        if not anchors:
            raise LocateError("not found", f"no visible text {target.near!r} to be near")
        centres = [_centre(h) or (float("inf"), float("inf")) for h in found]
        found = [found[i] for i in nearest(centres, anchors)]
    if target.nth is not None:
        if target.nth >= len(found):
            raise LocateError("not found", f"nth={target.nth} but only {len(found)} match")
        found = [found[target.nth]]
    return found


def interactive_candidates(page: Page) -> tuple[list[ElementHandle], list[dict]]:
    """The page's visible interactive elements and their (role, name, centre)."""
    bundle = page.evaluate_handle(INTERACTIVE_JS)
    try:
        infos = bundle.get_property("infos").json_value()
        els_handle = bundle.get_property("els")
        props = els_handle.get_properties()
        elements = [props[str(i)].as_element() for i in range(len(infos))]
    finally:
        bundle.dispose()
    return [e for e in elements if e is not None], infos


def describe_candidates(infos: list[dict], indices: list[int]) -> str:
    return ", ".join(f"{infos[i]['name']!r} ({infos[i]['role']})" for i in indices) or "none"


def nearest_candidates(page: Page, wanted: str, limit: int = 3) -> str:
    try:
        _, infos = interactive_candidates(page)
    except Exception:  # the page is gone or hostile; the miss itself is the news
        return "unavailable"
    ranked = [r.index for r in rank_by_name(wanted, infos)[:limit]]
    return describe_candidates(infos, ranked)


def ground_description(page: Page, description: str) -> tuple[ElementHandle, float]:
    """The interactive element that best fits a description, with its confidence."""
    elements, infos = interactive_candidates(page)
    ranked = rank_by_description(description, infos)
    if not ranked or ranked[0].score < GROUNDING_THRESHOLD:
        top = describe_candidates(infos, [r.index for r in ranked[:3]])
        best = ranked[0].score if ranked else 0.0
        raise LocateError("not grounded", f"no element fits {description!r} (best {best:.2f}); top candidates: {top}")
    if len(ranked) > 1 and ranked[1].score == ranked[0].score:
        top = describe_candidates(infos, [r.index for r in ranked[:3]])
        raise LocateError("ambiguous", f"several elements fit {description!r} equally: {top}")
    return elements[ranked[0].index], ranked[0].score


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
    if target is None:
        return ground_description(page, description)[0]
    found, hidden = _visible_matches(page, target)
    if found:
        found = _apply_qualifiers(page, target, found)
        if len(found) == 1:
            return found[0]
        raise LocateError(
            "ambiguous",
            f"{len(found)} visible elements match {target.describe()}; add near, within or nth",
        )
    if description:
        try:
            return ground_description(page, description)[0]
        except LocateError:
            pass
    if hidden:
        raise LocateError("hidden", f"{hidden} element(s) match {target.describe()} but none is visible")
    wanted = target.name or target.text or target.label or target.placeholder or target.alt or target.title or ""
    raise LocateError(
        "not found",
        f"nothing visible matches {target.describe()}; nearest: {nearest_candidates(page, wanted)}",
    )
