"""Resolve a target the way a user finds it on the screen: pure functions over a Screen.

A user finds "the Express radio" by what is shown: a control whose own text, glyph,
placeholder or visible label (the text beside or above it) says so. The page's
accessible name is used in addition, never needed. Order, per exactness (exact, then
partial): controls of the target's own role, then of a compatible kind (a clickable
``div`` drawn as a button), then, for a name shown only as plain text, the control
that text labels by layout (the switch to the right of "Push notifications"), never the
text itself. ``near`` keeps the candidates closest on screen to a text, ``within`` those
inside the smallest region showing a text, falling back to closeness when regions do
not decide, and ``nth`` one in reading order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pytest_iwr.perceive import glyphs
from pytest_iwr.perceive.labels import TOGGLE_ROLES, labels_with_gaps, same_row
from pytest_iwr.perceive.screen import Box, Control, Screen, contains_text, normalize
from pytest_iwr.tasks import Target

PRESS = frozenset(
    {"button", "link", "tab", "menuitem", "menuitemcheckbox", "menuitemradio", "option", "treeitem", "gridcell"}
    | {"generic", "img"}
)
TOGGLE = frozenset({"checkbox", "switch", "radio", "menuitemcheckbox", "menuitemradio", "button", "generic", "option"})
ENTRY = frozenset({"textbox", "searchbox", "spinbutton", "combobox"})
COMPATIBLE: dict[str, frozenset[str]] = {
    "checkbox": TOGGLE,
    "switch": TOGGLE,
    "radio": TOGGLE | {"tab"},
    "textbox": ENTRY,
    "searchbox": ENTRY,
    "spinbutton": ENTRY | {"slider"},
    "combobox": ENTRY | {"button", "generic", "listbox"},
    "listbox": frozenset({"listbox", "combobox", "generic"}),
    "slider": frozenset({"slider", "spinbutton"}),
    "tab": PRESS | {"radio"},
    "option": PRESS | {"radio", "checkbox"},
}
# Roles whose controls are named by the text beside them rather than text on them.
LABELLED_ROLES = frozenset({"checkbox", "switch", "radio", "textbox", "searchbox", "spinbutton", "combobox", "slider"})
LABEL_BELOW_PX = 80.0
TIE_PX = 0.5
STATE_WORD_CHARS = 3

RegionDepths = Callable[[list[int], str], list[int | None]]


class Unresolved(Exception):  # noqa: N818 (a verdict, not a crash)
    """No single element fits; ``kind`` is the failure class (``not found``, ``ambiguous``)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind


@dataclass(frozen=True)
class Pick:
    """One resolved element: a control, or (for a ``text`` target) a piece of plain text."""

    kind: str  # "control" | "text" | "picture"
    index: int
    box: Box
    how: str


def compatible_roles(role: str) -> frozenset[str]:
    return COMPATIBLE.get(role, PRESS | {role})


def _same(a: str, b: str, exact: bool) -> bool:
    if not a or not b:
        return False
    if glyphs.is_symbolic(a) or glyphs.is_symbolic(b):
        return glyphs.same_glyph(a, b)
    if exact:
        return normalize(a) == normalize(b) or "".join(a.split()).lower() == "".join(b.split()).lower()
    return contains_text(b, a)


def _label_says(name: str, text: str, exact: bool) -> bool:
    """A label says ``name`` when it is that text, or (partially) mostly that text: "Amount
    (USD)" labels an Amount field, a sentence that mentions "the display" labels nothing."""
    if not _same(name, text, exact):
        return False
    if exact or glyphs.is_symbolic(name):
        return True
    return len("".join(name.split())) >= 0.5 * len("".join(text.split()))


def control_texts(screen: Screen, control: Control, accessible: bool) -> list[str]:
    """What a user can read on a control (own text, glyph, placeholder), plus its accessible name."""
    texts = [screen.own_text(control.index), control.placeholder]
    if accessible:
        texts.append(control.name)
    return [t for t in texts if t]


def _named(
    screen: Screen, control: Control, name: str, exact: bool, accessible: bool, labels: bool
) -> tuple[int, float]:
    """(2, 0) when the name is on the control (text, glyph, placeholder, accessible name),
    (1, gap) when only a visible label says it (gap: how far the label is), (0, 0) else."""
    if any(_same(name, t, exact) for t in control_texts(screen, control, accessible)):
        return 2, 0.0
    # A symbol drawn instead of written (an SVG cross): read from pixels, so only when asked.
    if (
        glyphs.is_symbolic(name)
        and not screen.own_text(control.index)
        and _same(name, screen.glyph(control.index), exact)
    ):
        return 2, 0.0
    if labels:
        gaps = [gap for gap, t in labels_with_gaps(screen, control) if _label_says(name, t, exact)]
        if gaps:
            return 1, min(gaps)
    return 0, 0.0


def _strongest(found: list[tuple[tuple[int, float], Pick]]) -> list[Pick]:
    """Named on the control beats named by a label; among labels, the closest one labels."""
    best = max(strength for (strength, _), _ in found)
    tied = [(gap, p) for (strength, gap), p in found if strength == best]
    nearest = min(gap for gap, _ in tied)
    return [p for gap, p in tied if gap - nearest <= 2.0]


def _role_candidates(screen: Screen, target: Target, exact: bool, accessible: bool) -> tuple[list[Pick], str]:
    role, name = target.role or "", target.name
    labelled = role in LABELLED_ROLES
    tiers: tuple[tuple[str, Callable[[Control], bool]], ...] = (
        (f"role {role}", lambda c: c.role == role),
        (f"a control drawn as {role}", lambda c: c.role != role and c.role in compatible_roles(role)),
    )
    if name is None:
        return _role_only(screen, target, role), f"role {role}"
    for how, fits in tiers:
        found: list[tuple[tuple[int, float], Pick]] = []
        for c in screen.controls:
            if not fits(c):
                continue
            named = _named(screen, c, name, exact, accessible, labels=labelled or not screen.own_text(c.index))
            if named[0]:
                found.append((named, Pick("control", c.index, c.box, how)))
        if found:
            return _strongest(found), how
    # The name is shown only as plain text.
    hits = _plain_text_hits(screen, name, exact, as_label=labelled)
    if not hits:
        return [], ""
    if labelled:
        picks = _labelled_by(screen, hits, compatible_roles(role))
        return picks, "the control its visible label names"
    return [Pick("text", i, screen.texts[i].box, "visible text") for i in hits], "visible text"


def _role_only(screen: Screen, target: Target, role: str) -> list[Pick]:
    """Candidates for a role without a name (a board square, a bare checkbox, "the radio of the
    Garden Suite card"): controls of the role and, for a checkbox, radio or switch, controls
    drawn as one (no words of their own, or a tick or dot glyph); when the page has none, a
    clickable card or row can be the control, and ``within`` tells which."""
    compatible = compatible_roles(role)

    def pick(c: Control) -> Pick:
        return Pick("control", c.index, c.box, f"role {role}")

    exact = [pick(c) for c in screen.controls if c.role == role]
    if role not in TOGGLE_ROLES:
        drawn = [
            pick(c)
            for c in screen.controls
            if c.role != role and c.role in compatible and (not screen.own_text(c.index) or screen.glyph(c.index))
        ]
        return exact + drawn
    if exact:
        return exact
    bare, worded = [], []
    for c in screen.controls:
        if c.role not in compatible:
            continue
        glyph = screen.glyph(c.index)
        if not screen.own_text(c.index) or (glyph and glyphs.is_toggle_glyph(glyph)):
            bare.append(pick(c))
        elif not glyph:
            worded.append(pick(c))
    if target.within:
        return bare + worded
    return bare or worded


def _plain_text_hits(screen: Screen, needle: str, exact: bool, as_label: bool = True) -> list[int]:
    """Runs (first of each line) outside controls whose line shows ``needle`` (as a label:
    the line is mostly that text)."""
    says = _label_says if as_label else _same
    return [line.runs[0] for line in screen.lines if line.control < 0 and says(needle, line.text, exact)]


def _labelled_by(screen: Screen, runs: list[int], roles: frozenset[str]) -> list[Pick]:
    """For each text, the nearest control of ``roles`` beside it (same row) or under it."""
    picks: dict[int, Pick] = {}
    for r in runs:
        text_box = screen.texts[r].box
        best: tuple[float, Control] | None = None
        for c in screen.controls:
            own = screen.own_text(c.index)
            # A control with words of its own is named by them; a state word ("On") or a glyph is no name.
            if c.role not in roles or (
                own and not screen.glyph(c.index) and not c.editable and len(own) > STATE_WORD_CHARS
            ):
                continue
            b = c.box
            beside = same_row(text_box, b)
            under = 0 <= b.y - text_box.bottom <= LABEL_BELOW_PX and (
                b.horizontal_overlap(text_box) > 0 or abs(b.x - text_box.x) <= 16
            )
            if not (beside or under):
                continue
            distance = text_box.gap(b)
            if best is None or distance < best[0]:
                best = (distance, c)
        if best is not None:
            picks.setdefault(best[1].index, Pick("control", best[1].index, best[1].box, "labelled by visible text"))
    return list(picks.values())


def _hint_candidates(screen: Screen, target: Target, exact: bool, accessible: bool) -> tuple[list[Pick], str]:
    """Candidates from the target's own hints, the first hint that finds any."""
    if target.role:
        found, how = _role_candidates(screen, target, exact, accessible)
        if found:
            return found, how
    if target.label:
        named = []
        for c in screen.controls:
            if not (c.editable or c.role in LABELLED_ROLES):
                continue
            gaps = [gap for gap, t in labels_with_gaps(screen, c) if _label_says(target.label, t, exact)]
            if accessible and _same(target.label, c.name, exact):
                named.append(((2, 0.0), Pick("control", c.index, c.box, "label")))
            elif gaps:
                named.append(((1, min(gaps)), Pick("control", c.index, c.box, "visible label")))
        found = _strongest(named) if named else []
        if not found:
            hits = _plain_text_hits(screen, target.label, exact)
            found = _labelled_by(screen, hits, ENTRY | TOGGLE | {"slider"}) if hits else []
        if found:
            return found, "label"
    if target.placeholder:
        found = [
            Pick("control", c.index, c.box, "placeholder")
            for c in screen.controls
            if c.placeholder and _same(target.placeholder, c.placeholder, exact)
        ]
        if found:
            return found, "placeholder"
    for key in ("alt", "title"):
        value = getattr(target, key)
        if value and accessible:
            found = [
                Pick("control", c.index, c.box, key)
                for c in screen.controls
                if _same(value, c.name, exact)
                and not (c.parent >= 0 and _same(value, screen.controls[c.parent].name, exact))
            ]
            if key == "alt" and not found:
                found = [Pick("picture", p.index, p.box, "alt") for p in screen.pictures if _same(value, p.alt, exact)]
            if found:
                return found, key
    if target.text:
        found = []
        for line in screen.lines:
            if _same(target.text, line.text, exact):
                first = line.runs[0]
                control = screen.texts[first].control
                if control >= 0:
                    found.append(Pick("control", control, screen.controls[control].box, "text"))
                else:
                    found.append(Pick("text", first, line.box, "text"))
        unique = {(p.kind, p.index): p for p in found}
        if unique:
            return list(unique.values()), "text"
    return [], ""


def closest(picks: list[Pick], anchors: list[Box]) -> list[Pick]:
    """The picks nearest on screen to any anchor box (gap first, then centre distance)."""
    if not picks or not anchors:
        return []
    scored = [(min((p.box.gap(a), p.box.centre_distance(a)) for a in anchors), p) for p in picks]
    best = min(s for s, _ in scored)
    return [p for s, p in scored if s[0] - best[0] < TIE_PX and s[1] - best[1] < TIE_PX]


def _within(screen: Screen, picks: list[Pick], region: str, depths: RegionDepths | None) -> list[Pick]:
    anchors = screen.find_text(region)
    if not anchors:
        raise Unresolved("not found", f"no visible text {region!r} to be within")
    controls = [p for p in picks if p.kind == "control"]
    if depths is not None and controls:
        found = depths([p.index for p in controls], region)
        known = [d for d in found if d is not None]
        if known:
            smallest = [p for p, d in zip(controls, found, strict=True) if d == min(known)]
            if len(smallest) == 1:
                return smallest
            picks = smallest
    # No region decides (none found, or several alike): what is closest on screen to the text.
    return closest(picks, anchors)


def alike(picks: list[Pick]) -> list[Pick]:
    """The largest group of picks of one size: the squares of a board, not the button beside it.
    ``nth`` without a name counts within such a group, whatever else the page has."""
    groups: dict[tuple[int, int], list[Pick]] = {}
    for p in picks:
        groups.setdefault((round(p.box.w / 4), round(p.box.h / 4)), []).append(p)
    best = max(groups.values(), key=len, default=[])
    return best if len(best) >= 2 else picks


def reading_order(picks: list[Pick]) -> list[Pick]:
    """Top to bottom by rows, left to right within a row."""
    rows: list[list[Pick]] = []
    for p in sorted(picks, key=lambda p: p.box.centre[1]):
        if rows and rows[-1][0].box.vertical_overlap(p.box) >= 0.5:
            rows[-1].append(p)
        else:
            rows.append([p])
    return [p for row in rows for p in sorted(row, key=lambda p: p.box.x)]


def qualify(screen: Screen, target: Target, picks: list[Pick], depths: RegionDepths | None = None) -> list[Pick]:
    if target.within:
        picks = _within(screen, picks, target.within, depths)
    if target.near and len(picks) > 1:
        anchors = screen.find_text(target.near)
        if not anchors:
            raise Unresolved("not found", f"no visible text {target.near!r} to be near")
        picks = closest(picks, anchors)
    if target.nth is not None:
        if target.name is None and target.text is None:
            picks = alike(picks)
        ordered = reading_order(picks)
        if target.nth >= len(ordered):
            raise Unresolved("not found", f"nth={target.nth} but only {len(ordered)} match")
        picks = [ordered[target.nth]]
    return picks


def candidates(screen: Screen, target: Target, accessible: bool = True) -> tuple[list[Pick], str]:
    """Every element the target's hints find, before near/within/nth."""
    for exact in (True,) if target.exact else (True, False):
        found, how = _hint_candidates(screen, target, exact, accessible)
        if found:
            return found, how
    return [], ""


def resolve(screen: Screen, target: Target, depths: RegionDepths | None = None, accessible: bool = True) -> Pick:
    """The one element ``target`` means on ``screen``; :class:`Unresolved` says why not.

    ``accessible=False`` ignores the page's accessible names: what the validator uses to
    check that a target is findable from visible things alone.
    """
    found, _ = candidates(screen, target, accessible)
    if not found:
        raise Unresolved("not found", f"nothing visible matches {target.describe()}")
    picks = qualify(screen, target, found, depths)
    if len(picks) == 1:
        return picks[0]
    if not picks:
        raise Unresolved("not found", f"no match of {target.describe()} fits its near/within")
    raise Unresolved("ambiguous", f"{len(picks)} visible elements match {target.describe()}; add near, within or nth")


def describe_control(screen: Screen, control: Control) -> str:
    label = screen.own_text(control.index) or control.placeholder or control.name or "(no text)"
    return f"{label[:60]!r} ({control.role})"
