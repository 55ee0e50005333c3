"""Visible labels: the text a user reads as a control's name when the control shows none.

Judged by layout alone (boxes of one reading, ``screen.py``), never by label associations:
the nearest text on the control's row with no other control between (right of a checkbox
or radio, left of a switch or field), or just above a field. Pure functions.
"""

from __future__ import annotations

from pytest_iwr.perceive.screen import Box, Control, Screen

TOGGLE_ROLES = frozenset({"checkbox", "radio", "switch"})
LABEL_ABOVE_PX = 48.0
LABEL_LEFT_PX = 800.0  # a settings row: the title far left, its switch far right
LABEL_RIGHT_PX = 200.0
LABEL_SIDE_PENALTY = 1000.0  # a label on the conventional side comes first, however far
TOGGLE_LABEL_GAP_PX = 24.0  # a checkbox's or radio's own label starts this close on its right
LABEL_BLOCK_PX = 8.0  # texts this much further than the nearest one on a side are one label block


def same_row(text: Box, control: Box) -> bool:
    """Whether a text sits beside a control: they share most of a line, or the text's middle
    is level with the control (a title above a caption, both beside one radio)."""
    if text.vertical_overlap(control) >= 0.5:
        return True
    middle = text.y + text.h / 2
    return text.vertical_overlap(control) > 0 and control.y - 1 <= middle <= control.bottom + 1


def visible_labels(screen: Screen, control: Control) -> list[str]:
    return [text for _, text in labels_with_gaps(screen, control)]


def labels_with_gaps(screen: Screen, control: Control) -> list[tuple[float, str]]:
    """Texts a user reads as this control's label, nearest first: the nearest text on its row
    to the left (also to the right for a checkbox, radio or switch) with no other control
    between, and for a field the nearest text just above it."""
    if control.index not in screen.label_cache:
        screen.label_cache[control.index] = _labels(screen, control)
    return screen.label_cache[control.index]


def _labels(screen: Screen, control: Control) -> list[tuple[float, str]]:
    box = control.box
    toggle = _is_toggle(control)
    others = [c.box for c in screen.controls if c.index != control.index and c.parent != control.index]
    offers: dict[str, list[tuple[float, float, str]]] = {}

    toggles = [c.box for c in screen.controls if c.index != control.index and _is_toggle(c)]

    def offer(side: str, gap: float, text: str, span: Box, level: float, text_box: Box) -> None:
        if any(_between(span, o) for o in others) or _walled_off(text_box, box, screen.panels):
            return
        if side == "left" and toggle and any(_labels_on_its_right(o, text_box) for o in toggles):
            return  # "○ Single ● Open return": "Single" is the radio's before it
        offers.setdefault(side, []).append((gap, level, text))

    for line in screen.lines:
        if line.control >= 0 or not line.text:
            continue
        lb = line.box
        top, bottom = min(lb.y, box.y), max(lb.bottom, box.bottom)
        level = abs(lb.centre[1] - box.centre[1])
        if same_row(lb, box):
            if lb.right <= box.x + 2 and box.x - lb.right <= LABEL_LEFT_PX:
                offer(
                    "left", box.x - lb.right, line.text, Box(lb.right, top, box.x - lb.right, bottom - top), level, lb
                )
            elif toggle and lb.x >= box.right - 2 and lb.x - box.right <= LABEL_RIGHT_PX:
                offer(
                    "right", lb.x - box.right, line.text, Box(box.right, top, lb.x - box.right, bottom - top), level, lb
                )
        elif (
            not toggle
            and 0 <= box.y - lb.bottom <= LABEL_ABOVE_PX
            and (lb.horizontal_overlap(box) > 0 or abs(lb.x - box.x) <= 16)
        ):
            left = min(lb.x, box.x)
            span = Box(left, lb.bottom, max(lb.right, box.right) - left, box.y - lb.bottom)
            offer("above", box.y - lb.bottom, line.text, span, 0.0, lb)
    # Per side, the nearest text and any text as near (a title and its caption in one block).
    # The side convention decides before distance: a checkbox or radio is labelled on its
    # right ("○ ● Teal": the dot between does not hand the label to the option on the left),
    # a switch or field on its left or above.
    first = ("right",) if control.role in ("checkbox", "radio") or control.input_type in ("checkbox", "radio") else ()
    found: list[tuple[float, float, str]] = []
    for side, side_offers in offers.items():
        nearest = min(gap for gap, _, _ in side_offers)
        penalty = 0.0 if side in first or not first or "right" not in offers else LABEL_SIDE_PENALTY
        found += [(gap + penalty, level, text) for gap, level, text in side_offers if gap - nearest <= LABEL_BLOCK_PX]
    return [(gap, text) for gap, _, text in sorted(found)]


def _is_toggle(control: Control) -> bool:
    return control.role in TOGGLE_ROLES or control.input_type in ("checkbox", "radio")


def _labels_on_its_right(toggle: Box, text: Box) -> bool:
    """Whether the text sits just right of a checkbox or radio, where that toggle's label goes."""
    return same_row(text, toggle) and 0 <= text.x - toggle.right <= TOGGLE_LABEL_GAP_PX


def _walled_off(text: Box, control: Box, panels: list[Box]) -> bool:
    """Whether the text and the control sit in separate drawn regions, each outside the
    other's (a table's column heading beside a form's dropdown in the next card). A region
    drawn round the control alone (its border, an input group) is no wall, nor is a page
    region behind a dialog that holds both."""
    text_side = any(p.contains(text, 2.0) and not p.contains(control, 2.0) for p in panels)
    return text_side and any(
        p.contains(control, 2.0) and not p.contains(text, 2.0) and p.w * p.h > 2 * control.w * control.h for p in panels
    )


def _between(span: Box, other: Box) -> bool:
    """Whether ``other`` sits in the gap ``span`` (a label and its control have nothing between)."""
    if span.w <= 0 or span.h <= 0:
        return False
    inside_x = other.x >= span.x - 1 and other.right <= span.right + 1
    inside_y = other.y < span.bottom and other.bottom > span.y
    return inside_x and inside_y and other.w * other.h > 16
