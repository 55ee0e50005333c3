"""What a user sees, as plain data: text runs and controls with their boxes.

Built from one read of the page (``reader.py``) and judged here by pure functions, so
every consumer (checks, target resolution, grounding) works from the same reading and
is tested without a browser. Boxes are in viewport (client) pixels.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from pytest_iwr.perceive import glyphs

# Controls a user presses rather than reads: their text is a label, not content.
PRESSABLE_ROLES = frozenset(
    {"button", "link", "tab", "menuitem", "menuitemcheckbox", "menuitemradio", "option", "switch", "checkbox", "radio"}
)
# Two runs on one line whose gap is below this share of the font size are one word.
JOIN_GAP_EM = 0.15
# Runs further apart than this (in font sizes) on one line are separate pieces of text.
LINE_GAP_EM = 1.2


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def vertical_overlap(self, other: Box) -> float:
        """Shared height as a share of the shorter box (1.0: one row)."""
        shared = min(self.bottom, other.bottom) - max(self.y, other.y)
        return max(0.0, shared) / max(1.0, min(self.h, other.h))

    def horizontal_overlap(self, other: Box) -> float:
        shared = min(self.right, other.right) - max(self.x, other.x)
        return max(0.0, shared) / max(1.0, min(self.w, other.w))

    def gap(self, other: Box) -> float:
        """Distance between the two rectangles (0 when they touch or overlap)."""
        dx = max(0.0, max(self.x, other.x) - min(self.right, other.right))
        dy = max(0.0, max(self.y, other.y) - min(self.bottom, other.bottom))
        return (dx * dx + dy * dy) ** 0.5

    def centre_distance(self, other: Box) -> float:
        (ax, ay), (bx, by) = self.centre, other.centre
        return ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5

    def union(self, other: Box) -> Box:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Box(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    def contains(self, other: Box, slack: float = 1.0) -> bool:
        return (
            self.x - slack <= other.x
            and self.y - slack <= other.y
            and other.right <= self.right + slack
            and other.bottom <= self.bottom + slack
        )


@dataclass(frozen=True)
class TextRun:
    """One piece of visible text (a text node, a control's value or placeholder, a CSS glyph).

    ``control`` is the innermost control it is part of (-1: none); ``kind`` is ``text``,
    ``value``, ``placeholder`` or ``glyph`` (CSS generated content).
    """

    text: str
    box: Box
    first: Box  # its first line box
    last: Box  # its last line box
    font_size: float
    control: int
    kind: str = "text"


@dataclass(frozen=True)
class Control:
    """Something a user can act on, as a user reads it.

    ``name`` is the accessible name (aria-label, label association, ...) the page gives it,
    which no user sees; matching uses it only in addition to what is visible.
    """

    index: int
    role: str
    tag: str
    box: Box
    name: str = ""
    value: str | None = None
    placeholder: str = ""
    parent: int = -1  # the control it sits inside, or -1
    input_type: str = ""
    disabled: bool = False
    checked: bool | None = None
    editable: bool = False
    background: str = ""  # computed colour behind it ("rgb(37, 99, 235)"), its own or its region's
    colour: str = ""  # its text colour
    radius: float = 0.0  # corner radius in pixels
    covered: bool = False  # under a dialog's backdrop or another overlay: seen, not pressable


@dataclass(frozen=True)
class Picture:
    """A visible image; ``alt`` is what the page says it shows (no user reads it)."""

    index: int
    box: Box
    alt: str = ""
    control: int = -1


@dataclass
class Screen:
    texts: list[TextRun]
    controls: list[Control]
    pictures: list[Picture] = field(default_factory=list)
    panels: list[Box] = field(default_factory=list)  # regions drawn as boxes (cards, panels, rows)
    viewport: tuple[float, float] = (1280.0, 720.0)
    scroll: tuple[float, float] = (0.0, 0.0)
    truncated: bool = False
    # Per control, its labels by layout (labels.py): asked for again by every resolution tier.
    label_cache: dict[int, list[tuple[float, str]]] = field(default_factory=dict, repr=False)
    # Reads the symbols that text-less controls draw (perceive/icons.py), on first use.
    icon_source: Callable[[], dict[int, str]] | None = field(default=None, repr=False, compare=False)

    # -- text in reading order -------------------------------------------------------
    @cached_property
    def text(self) -> str:
        """All visible text in reading order, whitespace collapsed."""
        return join_runs(self.texts)

    @cached_property
    def lines(self) -> list[Line]:
        """Pieces of text a user reads as one: runs on one line, close together, in one control."""
        return split_lines(self.texts)

    # -- controls ----------------------------------------------------------------------
    def chain(self, control: int) -> list[int]:
        """``control`` and every control it sits inside, innermost first."""
        out = []
        while control >= 0 and control not in out:
            out.append(control)
            control = self.controls[control].parent
        return out

    @cached_property
    def _own_texts(self) -> dict[int, str]:
        """Every control's visible text, from one pass over the runs: each run counts for its
        control and every control that control sits inside."""
        runs: dict[int, list[TextRun]] = {}
        for run in self.texts:
            if run.control >= 0 and run.kind != "placeholder":
                for owner in self.chain(run.control):
                    runs.setdefault(owner, []).append(run)
        return {owner: join_runs(own) for owner, own in runs.items()}

    def own_text(self, control: int) -> str:
        """The visible text on a control (its runs and those of controls inside it)."""
        return self._own_texts.get(control, "")

    def glyph(self, control: int) -> str:
        """The control's symbol when it shows one instead of words ("+", "✕", "⏭"), written
        or drawn (two crossed SVG strokes read as a cross), else ''."""
        own = self.own_text(control)
        if own:
            return glyphs.as_glyph(own)
        return self.icons.get(control, "")

    @cached_property
    def icons(self) -> dict[int, str]:
        return self.icon_source() if self.icon_source is not None else {}

    @cached_property
    def reading(self) -> str:
        """The visible text line by line: what text checks search (see :func:`text_pattern`)."""
        return "\n".join(line.text for line in self.lines)

    def find_text(self, needle: str) -> list[Box]:
        """Boxes of every visible occurrence of ``needle`` (case and spacing ignored)."""
        return find_in_lines(self.lines, self.texts, needle)


@dataclass(frozen=True)
class Line:
    text: str
    box: Box
    runs: tuple[int, ...]
    control: int

    @property
    def pressable(self) -> bool:
        return self.control >= 0


def normalize(text: str) -> str:
    return " ".join(text.split()).lower()


def _joins(prev: TextRun, nxt: TextRun) -> bool:
    """Whether ``nxt`` continues ``prev``'s word: same line and no visible gap."""
    a, b = prev.last, nxt.first
    if a.vertical_overlap(b) < 0.5:
        return False
    gap = b.x - a.right
    return -2.0 <= gap <= JOIN_GAP_EM * max(prev.font_size, nxt.font_size)


def join_runs(runs: list[TextRun]) -> str:
    """Runs in order as one string: a run that touches the previous on its line continues its word."""
    out: list[str] = []
    prev: TextRun | None = None
    for run in runs:
        if prev is not None and not (_joins(prev, run) and run.kind == prev.kind == "text"):
            out.append(" ")
        out.append(run.text)
        prev = run
    return " ".join("".join(out).split())


def split_lines(runs: list[TextRun]) -> list[Line]:
    lines: list[Line] = []
    current: list[int] = []

    def close() -> None:
        if current:
            chosen = [runs[i] for i in current]
            box = chosen[0].box
            for r in chosen[1:]:
                box = box.union(r.box)
            lines.append(Line(join_runs(chosen), box, tuple(current), chosen[0].control))

    for i, run in enumerate(runs):
        if current:
            prev = runs[current[-1]]
            same_line = prev.last.vertical_overlap(run.first) >= 0.5
            gap = run.first.x - prev.last.right
            near = -2.0 <= gap <= LINE_GAP_EM * max(prev.font_size, run.font_size)
            if not (same_line and near and run.control == prev.control and run.kind == prev.kind == "text"):
                close()
                current = []
        current.append(i)
    close()
    return lines


def text_pattern(needle: str) -> re.Pattern[str] | None:
    """How a user's reading of ``needle`` is searched: case ignored, and where the needle has a
    space the page may have any spacing, a line break or none ("48 +" is "48+"); never inside
    a word, so "adults" is not found in "1 adult" followed by "Search"."""
    tokens = needle.lower().split()
    if not tokens:
        return None
    return re.compile(r"\s*".join(re.escape(t) for t in tokens))


def contains_text(haystack: str, needle: str) -> bool:
    pattern = text_pattern(needle)
    return pattern is not None and pattern.search(haystack.lower()) is not None


def count_text(haystack: str, needle: str) -> int:
    pattern = text_pattern(needle)
    return 0 if pattern is None else len(pattern.findall(haystack.lower()))


def find_in_lines(lines: list[Line], runs: list[TextRun], needle: str) -> list[Box]:
    """Boxes of the runs that make up each occurrence of ``needle``, lines kept apart."""
    pattern = text_pattern(needle)
    if pattern is None:
        return []
    boxes: list[Box] = []
    for line in lines:
        # The line's text as its runs joined, remembering which run each character came from.
        chosen = [runs[i] for i in line.runs]
        text, owner = "", []
        for i, run in zip(line.runs, chosen, strict=True):
            piece = run.text if not text else (run.text if text.endswith(" ") else " " + run.text)
            text += piece
            owner += [i] * len(piece)
        lowered = text.lower()
        for match in pattern.finditer(lowered):
            members = sorted(set(owner[match.start() : match.end()]))
            box = runs[members[0]].box
            for m in members[1:]:
                box = box.union(runs[m].box)
            boxes.append(box)
    return boxes
