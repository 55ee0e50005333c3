"""Score every visible control against a referring expression, on the page's layout.

A description read by agent/refer.py names its element in parts: its own label, other
things on the screen and where it sits relative to them, its place among look-alikes,
how it looks, what kind of control it is. Each candidate (a control of the perception
layer's reading) is scored on every part the description has, from what a user sees:

- **label**: its visible text, glyph, visible label (by layout), placeholder or value
  against the description's label phrases and icon names (`the pencil icon` = ✎);
- **kind**: its role against the control words (btn, pill, box, tick, toggle...);
- **anchors**: for each other named thing, found as text on the screen, how well the
  candidate sits in that relation to it: left/right/above/below by boxes, "next to" by
  distance, "in/of/for the X card/row" by the drawn boxes (cards, panels, rows) that hold
  both, else by nearness;
- **context**: description words the candidate does not show itself, shown close to it
  (the same drawn region, or nearby): terse notes like `qty + Linen Throw`;
- **order**: ordinals and places (`the third tile in the top row`, `the leftmost`)
  counted among candidates that fit as well and look alike (size, kind), reading order;
- **looks**: colour names from the computed colours, small/large among look-alikes,
  round, arrow, icon.

The score is the weighted mean of the parts the description has, mixed with the
sentence-embedding cosine (agent/embedding.py). The confidence is that score discounted
when the runner-up is close: an even split between two candidates is not a pick.
Calibrated with benchmarks/grounding.py (README, "Offline grounding"). Pure functions.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from pytest_iwr.agent.refer import PICTURE_WORDS, Anchor, Reference, parse
from pytest_iwr.perceive import colours, glyphs
from pytest_iwr.perceive.labels import visible_labels
from pytest_iwr.perceive.screen import Box, Screen, normalize

# Confidence below which a description-only step is "not grounded" instead of a guess.
THRESHOLD = 0.48
SEMANTIC_WEIGHT = 0.15
SEMANTIC_TOP = 8  # candidates, best by the words, that the embedding re-ranks
WEIGHTS = {
    "label": 3.0,
    "kind": 1.0,
    "anchor": 2.0,
    "context": 1.0,
    "order": 2.0,
    "colour": 1.0,
    "size": 0.7,
    "shape": 0.7,
    "state": 1.0,
    "area": 1.0,
}
NEAR_PX = 120.0
REGION_PX = 80.0  # without a drawn box, how fast belonging to a title fades with distance  # distance at which "next to" is half as good as touching
MARGIN = 0.15  # a lead this large over the runner-up keeps the whole score as confidence
PEER_RATIO = 0.8
DOMINANT_SCORE, DOMINANT_RATIO, DOMINANT_CONFIDENCE = 0.3, 2.0, 0.5
PRESSED = frozenset({"button", "generic", "gridcell", "link"})
TOGGLE_ROLES = frozenset({"checkbox", "radio", "switch"})
EDITABLE_ROLES = frozenset({"textbox", "searchbox", "spinbutton", "combobox"})
SELECT_ROLES = frozenset({"combobox", "listbox", "button"})
TEXT_COLOUR_FIT = 0.6  # the colour word names its writing, not its fill
DRAWN_NOUNS = frozenset({"dot", "swatch"})  # shape words that name the element, as "button" does
ARROW_GLYPHS = ["←", "→", "↑", "↓", "‹", "›", "«", "»", "▲", "▼", "◀", "▶", "⟵", "⟶", "➜", "<", ">"]
# A time ("13:00") is one word, as the description's reading keeps it.
_WORD = re.compile(r"\d+(?::\d\d)+|[a-z0-9$€£%+×÷−=.#]*[a-z0-9$€£%+×÷−=#]|[^\sa-z0-9]")


@dataclass
class Candidate:
    """What a user sees on and about one visible control."""

    index: int
    role: str
    box: Box
    own: str = ""  # the text on it
    glyph: str = ""
    labels: list[str] = field(default_factory=list)  # visible labels by layout
    placeholder: str = ""
    value: str = ""
    editable: bool = False
    picture: bool = False
    background: str = ""
    colour: str = ""
    radius: float = 0.0
    name: str = ""  # how messages name it
    # What it is on the reading: a control, or (for steps that only point) a text line or a
    # picture no control holds; ``index`` is the candidate's place in the list.
    source: str = "control"
    source_index: int = -1
    control: int = -1  # the control it is, or -1
    covered: bool = False  # behind an open dialog or overlay: no one can press it

    def pick(self) -> tuple[str, int]:
        """(``control`` | ``text`` | ``picture``, index in that part of the reading)."""
        return self.source, self.source_index

    def readable(self) -> list[str]:
        texts = [self.own, self.glyph, *self.labels, self.placeholder, self.value]
        return [t for t in dict.fromkeys(normalize(x) for x in texts) if t]

    def summary(self) -> str:
        """The text embedded for this element: its role and what it says."""
        return f"{self.role}: " + " | ".join(self.readable()[:3])


@dataclass(frozen=True)
class Scored:
    index: int
    score: float  # ranks
    confidence: float  # in [0, 1]
    parts: dict[str, float]


POINTING_ACTIONS = frozenset({"hover"})


def candidates(screen: Screen, action: str = "click") -> list[Candidate]:
    """Every visible control as a ranking input; for a step that only points (hover), also
    every text line and picture no control holds: a tile, a chart's bar, a card's title
    is hovered whether or not the page made it a control."""
    with_picture = {p.control for p in screen.pictures if p.control >= 0}
    out = []
    for c in screen.controls:
        own = screen.own_text(c.index)
        # A toggle showing "On", a field showing its value: the name is the label beside it.
        labelled = not own or c.editable or c.role in TOGGLE_ROLES or len(own) <= 3
        labels = visible_labels(screen, c) if labelled else []
        if c.index in with_picture:
            labels = [*labels, *captions(screen, c.box)]
        name = own or c.placeholder or (labels[0] if labels else "") or c.name
        out.append(
            Candidate(
                c.index,
                c.role,
                c.box,
                own,
                screen.glyph(c.index),
                labels[:3],
                c.placeholder,
                c.value or "",
                c.editable,
                c.index in with_picture,
                c.background,
                c.colour,
                c.radius,
                name[:80],
                source_index=c.index,
                control=c.index,
                covered=c.covered,
            )
        )
    if action in POINTING_ACTIONS:
        out += pointable(screen, len(out))
    return out


def pointable(screen: Screen, start: int) -> list[Candidate]:
    """Text lines and pictures that are in no control, as candidates numbered from ``start``."""
    out = []
    for line in screen.lines:
        if line.control >= 0 or not line.text.strip():
            continue
        name = line.text[:80]
        out.append(
            Candidate(
                start + len(out), "text", line.box, line.text, name=name, source="text", source_index=line.runs[0]
            )
        )
    for p in screen.pictures:
        if p.control < 0:
            labels = captions(screen, p.box)
            out.append(
                Candidate(
                    start + len(out),
                    "img",
                    p.box,
                    labels=labels,
                    picture=True,
                    name=(labels[0] if labels else "(picture)")[:80],
                    source="picture",
                    source_index=p.index,
                )
            )
    return out


CAPTION_PX = 40.0
# Nouns that say what a named text is, not part of it: "right of the 0% brightness value".
WHAT_A_TEXT_IS = frozenset({"value", "text", "label", "number", "figure", "readout", "reading", "caption", "count"})


def captions(screen: Screen, box: Box) -> list[str]:
    """The text a picture is known by: the line just under it (else just over it) that
    spans its width, as "Fog Over the Pine Ridge" under a video's thumbnail."""
    under, over = [], []
    for line in screen.lines:
        b = line.box
        if not line.text.strip() or box.contains(b, 1.0) or b.horizontal_overlap(box) < 0.5:
            continue
        if line.control >= 0 and normalize(screen.own_text(line.control)) != normalize(line.text):
            continue  # a line of another control (the next listing's price), not a title of its own
        if 0 <= b.y - box.bottom <= CAPTION_PX:
            under.append((b.y - box.bottom, line.text))
        elif 0 <= box.y - b.bottom <= CAPTION_PX:
            over.append((box.y - b.bottom, line.text))
    for side in (under, over):
        if side:
            return [min(side)[1]]
    return []


def words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


def vocabulary(screen: Screen) -> set[str]:
    """Every visible text a description may quote without quotes."""
    found = {normalize(line.text) for line in screen.lines}
    found |= {normalize(screen.own_text(c.index)) for c in screen.controls}
    return {v for v in found if v}


# -- the parts ------------------------------------------------------------------------
def phrase_match(phrase: str, texts: list[str]) -> float:
    """How well a label is one of the element's own, in [0, 1]."""
    best = 0.0
    for text in texts:
        if text == phrase or (glyphs.is_symbolic(phrase) and glyphs.same_glyph(phrase, text)):
            return 1.0
        if phrase and re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", text):
            best = max(best, 0.6 + 0.35 * len(phrase) / max(len(text), 1))
        elif len(text) >= 3 and re.search(rf"(?<![a-z0-9]){re.escape(text)}(?![a-z0-9])", phrase):
            best = max(best, 0.45 + 0.45 * len(text) / len(phrase))
        else:
            best = max(best, 0.5 * SequenceMatcher(None, phrase, text).ratio())
    return best


LATER_LABEL = 0.85  # a text further off than the control's first label names it less surely
LABEL_BESIDE = 0.75  # a text beside the control names it less surely than its own text


def _coverage(wanted: set[str], texts: list[str]) -> float:
    """How fully the loose words name these texts: all of a text's words said, and most of
    the words used (the rest may name its region)."""
    best = 0.0
    for text in texts:
        own = set(words(text))
        shared = own & wanted
        if shared:
            best = max(best, 0.75 * len(shared) / len(own) + 0.25 * len(shared) / len(wanted))
    return best


def label_fit(ref: Reference, cand: Candidate, labels: list[str] | None = None) -> float | None:
    phrases = ref.labels if labels is None else [p for p in ref.labels if p.text in labels]
    if not phrases and not ref.icons:
        return None
    own = [normalize(t) for t in (cand.own, cand.glyph, cand.placeholder, cand.value) if t]
    beside = [normalize(t) for t in cand.labels if t]
    best = 0.0
    for p in phrases:
        if p.quoted:
            # Labels come nearest first, the conventional side first: a radio's own text on its
            # right before the group's heading on its left.
            by_rank = max(
                (phrase_match(p.text, [t]) * (1.0 if i == 0 else LATER_LABEL) for i, t in enumerate(beside)),
                default=0.0,
            )
            best = max(best, phrase_match(p.text, own), LABEL_BESIDE * by_rank)
    if cand.glyph and any(glyphs.named(icon, cand.glyph) for icon in ref.icons):
        # Beside a quoted label an icon word is more often a noun ("the FAQ question "...").
        best = max(best, 0.5 if any(p.quoted and not glyphs.is_symbolic(p.text) for p in phrases) else 0.95)
    loose = {w for p in phrases if not p.quoted for w in p.text.split()}
    if loose:
        best = max(best, _coverage(loose, own), LABEL_BESIDE * _coverage(loose, beside))
        if cand.glyph and any(glyphs.same_glyph(w, cand.glyph) for w in loose):
            best = max(best, 0.9)
    return min(1.0, best)


def kind_fit(ref: Reference, action: str, cand: Candidate) -> float | None:
    if not ref.kinds:
        return None
    if ref.picture and ref.kind_words and all(w in PICTURE_WORDS for w in ref.kind_words):
        return 1.0 if cand.picture else 0.3  # "the thumbnail of X": a picture, not X's title
    if cand.role in ref.kinds:
        return 1.0
    if cand.role == "textbox" and "cell" in ref.kind_words:
        return 1.0  # a spreadsheet's cells are text boxes (a dropdown in a cell is no cell)
    if cand.editable and ref.kinds & EDITABLE_ROLES:
        return 1.0
    return 0.2


def act_factor(action: str, cand: Candidate) -> float:
    if cand.covered:
        return 0.0
    if action == "type" and not cand.editable:
        return 0.3  # text goes into something that takes text
    if action == "select" and cand.role not in SELECT_ROLES and not cand.editable:
        return 0.5
    if action == "select" and cand.role == "button":
        return 0.8  # a custom dropdown's trigger may be a button; most buttons are not
    return 1.0


class Layout:
    """The screen's texts and drawn regions, for finding anchors and relating boxes."""

    def __init__(self, screen: Screen) -> None:
        self.screen = screen
        self.lines = [(normalize(line.text), line.box, line.control) for line in screen.lines if line.text.strip()]
        self.panels = sorted(screen.panels, key=lambda b: b.w * b.h)
        self._found: dict[str, list[tuple[Box, float, int]]] = {}
        self._around: dict[Box, list[int]] = {}

    def find(self, text: str) -> list[tuple[Box, float, int]]:
        """Where ``text`` shows on the screen: (box, how well, control) of the best lines."""
        if text not in self._found:
            want = words(text)
            hits = []
            for line, box, control in self.lines:
                if line == text:
                    quality = 1.0
                elif re.search(rf"(?<![a-z0-9]){re.escape(text)}(?![a-z0-9])", line):
                    quality = 0.9
                else:
                    have = set(words(line))
                    shared = [w for w in want if w in have]
                    quality = 0.8 * len(shared) / len(want) if want and len(shared) * 2 >= len(want) else 0.0
                if quality > 0:
                    hits.append((box, quality, control))
            # A line can join several pieces ("Mon Tue Wed" across a table's headings): a piece
            # that is the text exactly is where it shows, not the whole line around it.
            pieces = [
                (run.box, 1.0, run.control)
                for run in self.screen.texts
                if normalize(run.text) == text and not any(h[1] == 1.0 and h[0] == run.box for h in hits)
            ]
            if pieces:
                hits = [h for h in hits if h[1] == 1.0 or not any(h[0].contains(p[0], 1.0) for p in pieces)]
                hits += pieces
            if len(want) > 1 and (not hits or max(h[1] for h in hits) < 0.9):
                hits += self._joined(text)
            if text in glyphs.ICON_NAMES and not hits:  # "between the minus and plus buttons": − and +
                for c in self.screen.controls:
                    glyph = self.screen.glyph(c.index)
                    if glyph and glyphs.named(text, glyph):
                        hits.append((c.box, 1.0, c.index))
            if not hits and len(want) > 1 and want[-1] in WHAT_A_TEXT_IS:
                hits = list(self.find(" ".join(want[:-1])))  # "the 0% value": the text "0%"
            hits.sort(key=lambda h: -h[1])
            top = hits[0][1] if hits else 0.0
            self._found[text] = [h for h in hits if h[1] >= top - 0.15][:12]
        return self._found[text]

    def _joined(self, text: str) -> list[tuple[Box, float, int]]:
        """ "ART 105 Drawing Basics" shown as a code and a title side by side: two texts in
        one line, read together as a person reads them."""
        out = []
        for line, box, control in self.lines:
            if not text.startswith(line) or line == text:
                continue
            for other, other_box, _ in self.lines:
                beside = other_box.x >= box.right - 2 and other_box.x - box.right <= 48
                if beside and box.vertical_overlap(other_box) >= 0.5 and f"{line} {other}" == text:
                    out.append((box.union(other_box), 0.9, control))
        return out

    def which(self, anchor: Anchor) -> list[tuple[Box, float, int]]:
        """Where the anchor shows; "the second card", "the middle pile": of the equally good
        places it shows, the one its ordinal or place says (reading order)."""
        hits = self.find(anchor.text)
        best = [h for h in hits if h[1] == hits[0][1]] if hits else []
        if len(best) < 2 or (anchor.ordinal is None and not anchor.place):
            return hits
        if anchor.place in ("left", "right"):
            ordered = sorted(best, key=lambda h: h[0].x)
        else:
            ordered = sorted(best, key=lambda h: (round(h[0].y / 8), h[0].x))
        k = {"top": 1, "left": 1, "bottom": -1, "right": -1}.get(anchor.place, anchor.ordinal)
        if anchor.place == "middle":
            if len(ordered) % 2 == 0:
                return hits
            return [ordered[len(ordered) // 2]]
        if k is None or abs(k) > len(ordered) or k == 0:
            return hits
        return [ordered[k - 1 if k > 0 else k]]

    def headings(self, text: str) -> list[Box]:
        """Where ``text`` shows exactly as a heading of a row or column ("3", "B"): text outside
        the controls when there is any, so a digit written in a board's cell heads nothing."""
        exact = [(box, control) for box, quality, control in self.find(text) if quality == 1.0]
        plain = [box for box, control in exact if control < 0]
        boxes = plain or [box for box, _ in exact]
        # A board's "3" has "2" or "4" in line with it; a score reading 3 beside it does not.
        ranked = [b for b in boxes if self._in_sequence(text, b)]
        return ranked or boxes

    def _in_sequence(self, text: str, box: Box) -> bool:
        if text.isdigit():
            neighbours = [str(int(text) - 1), str(int(text) + 1)]
        elif len(text) == 1 and text.isalpha():
            neighbours = [chr(ord(text) - 1), chr(ord(text) + 1)]
        else:
            return False
        span = 4 * max(box.w, box.h, 24.0)
        for other in neighbours:
            for b, quality, _ in self.find(other) if other.isalnum() else []:
                if quality < 1.0 or b == box:
                    continue
                stacked = abs(b.centre[0] - box.centre[0]) <= 0.5 * max(b.w, box.w) + 2
                in_line = abs(b.centre[1] - box.centre[1]) <= 0.5 * max(b.h, box.h) + 2
                if (stacked or in_line) and b.centre_distance(box) <= span * 2:
                    return True
        return False

    def around(self, box: Box) -> list[int]:
        """The drawn regions holding ``box``, innermost first (indices into ``panels``)."""
        if box not in self._around:
            self._around[box] = [i for i, p in enumerate(self.panels) if p.contains(box, 2.0)]
        return self._around[box]

    def shared_panel(self, a: Box, b: Box) -> int | None:
        """How many drawn regions out the smallest one holding both boxes is (0 = the innermost
        one around ``a``), or None when only the page holds both."""
        holding_b = set(self.around(b))
        for level, panel in enumerate(self.around(a)):
            if panel in holding_b:
                return level
        return None


BETWEEN_AN_END = 0.3  # a control known by one end of "between A and B" is not between them
NOT_NEAREST = 0.75  # a look-alike the same region holds, further from the region's name
NOT_NEAREST_PLACED = 0.9  # the same, when another anchor places the element


def relation_fit(
    layout: Layout,
    cand: Candidate,
    anchor: Anchor,
    screen: Screen,
    peers: list[Candidate] | None = None,
    not_nearest: float = NOT_NEAREST,
) -> float:
    if anchor.relation == "cell":
        return cell_fit(layout, cand.box, anchor.text)
    if anchor.relation in ("row", "column") and anchor.text.isdigit():
        # "column 4": the column headed 4 where headings show, else the fourth of the look-alikes.
        counted = line_number_fit(cand, peers or [], anchor.relation, int(anchor.text))
        headed = [h for h in layout.headings(anchor.text) if _placed(layout, cand.box, h, anchor.relation) >= 0.65]
        if not headed:
            return counted
    if anchor.relation == "has":
        # "the item with the red 8 badge": it shows the text itself, else it is beside it.
        inside = [h for h in layout.find(anchor.text) if cand.box.contains(h[0], 2.0)]
        if inside:
            return max(q for _, q, _ in inside)
        anchor = replace(anchor, relation="region")
    hits = [
        h
        for h in layout.which(anchor)
        if (h[2] < 0 or h[2] not in screen.chain(cand.control))
        and not (cand.source == "text" and cand.box.contains(h[0]))
    ]
    own = phrase_match(anchor.text, cand.readable()) * 0.7 if anchor.relation in ("region", "near") else 0.0
    if (
        cand.picture
        and anchor.relation == "region"
        and phrase_match(anchor.text, [normalize(t) for t in cand.labels]) >= 0.9
    ):
        own = 1.0  # "the thumbnail of Fog Over the Pine Ridge": a picture is known by its caption
    is_end = anchor.relation == "between" and _is_an_end(cand, anchor)
    best = 0.0
    c = cand.box
    for a, quality, _ in hits:
        fit = _placed(layout, c, a, anchor.relation)
        if anchor.relation == "row" and peers and not _in_line(c, a) and _look_alike_in_line(cand, a, peers):
            # "Pad 13 in the Hand clap row": a look-alike in the name's line is the row's; the
            # name's region (a row stacked as a card) only counts when none is.
            fit *= 0.5
        if anchor.relation == "region" and fit > 0 and peers:
            fit *= _nearest_of_its_kind(layout, cand, a, peers, not_nearest)
        if anchor.relation == "between" and anchor.other:
            others = layout.find(anchor.other)
            fit = max((_between(c, a, b) for b, _, _ in others), default=0.0)
            if is_end:  # "the input between Description and Category" is neither of them
                fit *= BETWEEN_AN_END
        best = max(best, quality * fit)
    return max(best, own)


def _is_an_end(cand: Candidate, anchor: Anchor) -> bool:
    """Whether ``cand`` is known by an end of "between A and B": what it shows, or the label
    a field or toggle is named by (a glyph button's neighbour is no name of its)."""
    named_by = [cand.own, cand.value, cand.placeholder]
    if cand.editable or cand.role in TOGGLE_ROLES:
        named_by += cand.labels
    shown = [normalize(t) for t in named_by if t]
    return any(phrase_match(end, shown) >= 0.9 for end in (anchor.text, anchor.other) if end)


def _in_line(c: Box, a: Box) -> bool:
    return c.vertical_overlap(a) >= 0.4


def _look_alike_in_line(cand: Candidate, a: Box, peers: list[Candidate]) -> bool:
    return any(p is not cand and _in_line(p.box, a) and look_alike(p, cand) for p in peers)


def _nearest_of_its_kind(
    layout: Layout, cand: Candidate, a: Box, peers: list[Candidate], not_nearest: float = NOT_NEAREST
) -> float:
    """ "The Delete button for Invoice 42": of the look-alikes one region holds, the one
    nearest the name, in its line first (a table row, a comment's own line)."""

    def distance(box: Box) -> float:
        (cx, cy), (ax, ay) = box.centre, a.centre
        return box.gap(a) + 0.5 * min(abs(cx - ax), abs(cy - ay))

    level = layout.shared_panel(a, cand.box)
    mine = distance(cand.box)
    for p in peers:
        if p is cand or not look_alike(p, cand):
            continue
        theirs = layout.shared_panel(a, p.box)
        if theirs is not None and (level is None or theirs <= level) and distance(p.box) < mine - 2:
            return not_nearest
    return 1.0


def line_number_fit(cand: Candidate, peers: list[Candidate], axis: str, number: int) -> float:
    group = [p for p in peers if look_alike(p, cand)]
    if cand not in group or number < 1:
        return 0.0
    if axis == "column":
        tol = 0.5 * min(p.box.w for p in group)
        lines = _clusters([p.box.centre[0] for p in group], tol)
        at = _cluster_of(cand.box.centre[0], lines, tol)
    else:
        tol = 0.5 * min(p.box.h for p in group)
        lines = _clusters([p.box.centre[1] for p in group], tol)
        at = _cluster_of(cand.box.centre[1], lines, tol)
    return 1.0 if at == number - 1 else 0.0


def cell_fit(layout: Layout, c: Box, cell: str) -> float:
    """ "B3" on a drawn grid: in the column headed B and the row headed 3, or the other way
    round (boards name rows with letters too)."""
    letter, number = cell[0], cell[1:]
    letters, numbers = layout.headings(letter), layout.headings(number)

    def column(a: Box) -> float:
        return 1.0 if c.horizontal_overlap(a) >= 0.5 and not c.contains(a) else 0.0

    def row(a: Box) -> float:
        return 1.0 if c.vertical_overlap(a) >= 0.5 and not c.contains(a) else 0.0

    def best(fit: Callable[[Box], float], boxes: list[Box]) -> float:
        return max((fit(b) for b in boxes), default=0.0)

    return max(best(column, letters) * best(row, numbers), best(row, letters) * best(column, numbers))


def _near(gap: float) -> float:
    return 1.0 / (1.0 + gap / NEAR_PX)


def _placed(layout: Layout, c: Box, a: Box, relation: str) -> float:
    gap = c.gap(a)
    same_row = _in_line(c, a)
    same_column = c.horizontal_overlap(a) > 0 or abs(c.centre[0] - a.centre[0]) < max(c.w, a.w)
    if relation == "right":
        return _near(max(0.0, c.x - a.right)) if same_row and c.centre[0] > a.right - 2 else 0.1 * _near(gap)
    if relation == "left":
        return _near(max(0.0, a.x - c.right)) if same_row and c.centre[0] < a.x + 2 else 0.1 * _near(gap)
    if relation in ("below", "above"):
        after = c.centre[1] > a.bottom - 2 if relation == "below" else c.centre[1] < a.y + 2
        if not after or same_row:  # level with it, though taller: beside it, not under it
            return 0.15 * _near(gap)
        # Straight under it, or "Take 3 under Pile B": below a card's heading, in that card.
        level = layout.shared_panel(a, c)
        boxed = 0.8 / (1.0 + 0.5 * level) if level is not None else 0.0
        if same_column:
            return max(1.0 / (1.0 + max(0.0, c.y - a.bottom if relation == "below" else a.y - c.bottom) / 300), boxed)
        return max(boxed, 0.15 * _near(gap))
    if relation == "row":
        # In the line of the row's name first; a list's row may stack its name above its
        # buttons, so failing that, in the name's drawn region (never as good as in line).
        return 0.7 + 0.3 * _near(gap) if same_row else 0.6 * _placed(layout, c, a, "region")
    if relation == "column":
        return 0.6 + 0.4 * _near(gap) if same_column else 0.1 * _near(gap)
    if relation == "opposite":  # "diagonally opposite the X": across the board from it
        return 1.0 if not same_row and not same_column else 0.3
    if relation == "near":
        # "+ beside Child · €7.00": in a list, beside is in the same line, however far across.
        return max(_near(gap), 0.5 + 0.4 * _near(gap) if same_row else 0.0)
    # region: in the same drawn box (a card, a row), the tighter the better; else nearness,
    # with a control above its region's title counted as further away (titles lead).
    level = layout.shared_panel(a, c)
    boxed = 1.0 / (1.0 + 0.5 * level) if level is not None else 0.0
    above = max(0.0, a.y - c.bottom)
    # In its line: near it, or however far across the drawn region both are in (a table row).
    in_line = same_row and (gap < 400 or level is not None)
    return max(boxed, 0.8 / (1.0 + (gap + 4 * above) / REGION_PX), 0.9 if in_line else 0.0)


def _between(c: Box, a: Box, b: Box) -> float:
    """On the way from ``a`` to ``b``, as a person reads "between": along the line joining
    them and near it, not anywhere in the rectangle they span."""
    (cx, cy), (ax, ay), (bx, by) = c.centre, a.centre, b.centre
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    if length2 < 1.0:
        return 0.1
    t = ((cx - ax) * dx + (cy - ay) * dy) / length2
    margin = 4.0 / math.sqrt(length2)
    if not -margin <= t <= 1 + margin:
        return 0.1
    off = math.hypot(cx - (ax + t * dx), cy - (ay + t * dy))
    # Half of how far across the line the candidate and the ends reach.
    across_x, across_y = abs(dy) / math.sqrt(length2), abs(dx) / math.sqrt(length2)
    tolerance = 0.5 * max(c.w * across_x + c.h * across_y, a.w * across_x + a.h * across_y) + 4
    return 1.0 if off <= tolerance else max(0.1, (tolerance / off) ** 2)


def context_fit(
    ref: Reference,
    cand: Candidate,
    layout: Layout,
    weights: dict[str, float],
    others: list[Candidate] | None = None,
) -> float | None:
    """Head words the candidate does not show, shown near it: telling ones count most."""
    own = {w for t in cand.readable() for w in words(t)}
    # A word of another control's own label ("Amount" beside its field) names that control,
    # not the region this one is in.
    taken = {w for c in others or [] if c is not cand for t in c.labels for w in words(t)}
    rest = [w for w in ref.words if w not in own and w not in taken]
    if not rest:
        return None
    total = sum(weights.get(w, 0.0) for w in rest)
    if not total:
        return None
    got = 0.0
    for w in rest:
        if weights.get(w):
            got += weights[w] * max(
                (q * _placed(layout, cand.box, a, "region") for a, q, _ in layout.find(w)), default=0.0
            )
    return got / total


def word_weights(ref: Reference, layout: Layout) -> dict[str, float]:
    """A word shown on the screen once tells more than one shown everywhere ("Reply")."""
    out = {}
    for w in ref.words:
        count = len(layout.find(w))
        out[w] = 1.0 / count if count else 0.0
    return out


def rows_in_order(boxes: list[tuple[int, Box]]) -> list[list[int]]:
    """Indices grouped into rows (top to bottom), each row left to right."""
    rows: list[list[tuple[int, Box]]] = []
    for index, box in sorted(boxes, key=lambda ib: ib[1].centre[1]):
        if rows and abs(rows[-1][0][1].centre[1] - box.centre[1]) <= max(4.0, 0.5 * min(box.h, rows[-1][0][1].h)):
            rows[-1].append((index, box))
        else:
            rows.append([(index, box)])
    return [[i for i, _ in sorted(row, key=lambda ib: ib[1].x)] for row in rows]


def same_kind(a: Candidate, b: Candidate) -> bool:
    return a.role == b.role or {a.role, b.role} <= PRESSED or (a.editable and b.editable)


def look_alike(a: Candidate, b: Candidate) -> bool:
    return (
        abs(a.box.w - b.box.w) <= 0.35 * max(a.box.w, b.box.w) + 4
        and abs(a.box.h - b.box.h) <= 0.35 * max(a.box.h, b.box.h) + 4
        and same_kind(a, b)
    )


def _clusters(values: list[float], tolerance: float) -> list[float]:
    """Distinct positions (row or column centres) among ``values``, in order."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def _cluster_of(value: float, clusters: list[float], tolerance: float) -> int:
    return max(i for i, c in enumerate(clusters) if value - c >= -tolerance) if clusters else 0


SPREAD = 0.05  # an anchor that places the likely candidates no differently tells nothing


def anchor_fits(
    ref: Reference, cands: list[Candidate], peers: list[Candidate], layout: Layout, screen: Screen
) -> dict[int, float]:
    """Each candidate's mean fit over the anchors that tell the likely ones (``peers``)
    apart: "pad 13 in the Hand clap row of the step grid" is placed by the row, and the
    grid every pad is in neither adds nor takes away."""
    if not ref.anchors:
        return {}
    # "The Add pill next to PSY 100 in the Course catalog": the catalog says where, the course
    # which; a region named alone picks the look-alike nearest its name, beside another
    # anchor it only leans that way.
    placing = any(a.relation not in ("region", "has") for a in ref.anchors)
    not_nearest = NOT_NEAREST_PLACED if placing else NOT_NEAREST
    fits = {c.index: [relation_fit(layout, c, a, screen, peers, not_nearest) for a in ref.anchors] for c in cands}
    telling = (
        [
            k
            for k in range(len(ref.anchors))
            if max(fits[p.index][k] for p in peers) - min(fits[p.index][k] for p in peers) >= SPREAD
        ]
        if len(peers) > 1
        else []
    )
    used = telling or list(range(len(ref.anchors)))
    # An anchor the screen shows only in part ("the step grid" under "Step sequencer") says
    # less than one it shows whole.
    shown = {k: max((h[1] for h in layout.which(ref.anchors[k])), default=1.0) for k in used}
    total = sum(shown.values())
    return {i: sum(f[k] * shown[k] for k in used) / total for i, f in fits.items()}


def within_region(ref: Reference, peers: list[Candidate], layout: Layout) -> list[Candidate]:
    """ "In the Pile A box, the middle one": the peers an ordinal or a place counts among are
    those in the tightest drawn region that holds the named region's title and any peer."""
    for anchor in ref.anchors:
        if anchor.relation not in ("region", "has"):
            continue
        hits = layout.which(anchor)
        if len(hits) != 1 and not (hits and hits[0][1] > hits[1][1]):
            continue  # named more than once: no one region
        levels = {p.index: layout.shared_panel(hits[0][0], p.box) for p in peers}
        known = [v for v in levels.values() if v is not None]
        if not known:
            continue
        inside = [p for p in peers if levels[p.index] == min(known)]
        if len(inside) < len(peers):
            return inside
    return peers


VERTICAL_LISTS = frozenset({"sidebar", "list", "menu", "column", "nav", "navigation", "drawer", "dropdown"})


def is_empty(cand: Candidate) -> bool:
    return not cand.own and not cand.glyph and not cand.value


def in_view(box: Box, viewport: tuple[float, float]) -> bool:
    return box.bottom > 0 and box.y < viewport[1] and box.right > 0 and box.x < viewport[0]


def runs_of(cand: Candidate, others: list[Candidate], even: bool = False) -> list[tuple[bool, list[Candidate]]]:
    """The controls of its kind side by side with it in its line, and stacked with it in its
    column, each run in order (``True``: across), whatever each is labelled or how wide;
    ``even``: spaced evenly, however far apart, is one run (a row of radios with their
    labels between, a list of cards)."""
    kin = [p for p in others if same_kind(p, cand)]
    out = []
    for across in (True, False):
        if across:
            mates = sorted((p for p in kin if p.box.vertical_overlap(cand.box) >= 0.5), key=lambda p: p.box.x)
        else:
            mates = sorted((p for p in kin if p.box.horizontal_overlap(cand.box) >= 0.5), key=lambda p: p.box.y)
        if not mates:
            continue
        gaps = [(b.box.x - a.box.right if across else b.box.y - a.box.bottom) for a, b in itertools.pairwise(mates)]
        apart = 2 * min(p.box.h for p in mates) + 16  # further than this: another group
        if even:
            apart = max(apart, REGULAR_SPACING * min(gaps, default=0.0))
        runs: list[list[Candidate]] = [[mates[0]]]
        for p, gap in zip(mates[1:], gaps, strict=True):
            if gap > apart:
                runs.append([])
            runs[-1].append(p)
        run = next((r for r in runs if any(p.index == cand.index for p in r)), None)
        if run is not None:
            out.append((across, run))
    return out


def run_of(cand: Candidate, others: list[Candidate], size: int) -> list[Candidate] | None:
    """ "The left button of the pair", "the middle one of its three": its run (see
    :func:`runs_of`) when there are ``size`` of them."""
    return next((run for _, run in runs_of(cand, others) if len(run) == size), None)


REGULAR_SPACING = 1.6  # gaps within this many times the smallest are one evenly spaced run
ACROSS_WORDS = frozenset({"row", "strip", "bar", "toolbar", "line"})  # a line named across
LINE_FIT_UNSAID = 0.6  # counted along its own line, which the description does not name
SAID_LINE_GROUP = 0.7  # the count among look-alikes, where the description names a line


def _counted_along(said: list[str], ends: tuple[str, ...]) -> bool:
    """ "Second from the left", "third from the top": counting from an end of a line."""
    return any(w == "from" and nxt in ends for w, nxt in itertools.pairwise(said))


def line_order_fit(ref: Reference, cand: Candidate, everyone: list[Candidate], wanted: int) -> tuple[float, bool]:
    """ "The second button from the left" beside Back, "the third pill" of a strip whose first
    is wider: the n-th of the run of its kind it sits in, counted along the line. The flag
    says whether the description names that line and the candidate sits in one: then the
    line counts first (see :func:`order_fit`)."""
    said = ref.all_words
    named = set(said)
    across_said = bool((ACROSS_WORDS | {"leftmost", "rightmost"}) & named) or _counted_along(said, ("left", "right"))
    down_said = bool(VERTICAL_LISTS & named) or _counted_along(said, ("top", "bottom"))
    best, in_said_line = 0.0, False
    for across, run in runs_of(cand, everyone, even=True):
        if len(run) < 2:
            continue
        hinted = across_said if across else down_said
        in_said_line = in_said_line or hinted
        k = wanted - 1 if wanted > 0 else len(run) + wanted
        if run.index(cand) == k:
            best = max(best, 1.0 if hinted else LINE_FIT_UNSAID)
    return best, in_said_line


def order_fit(
    ref: Reference,
    cand: Candidate,
    peers: list[Candidate],
    viewport: tuple[float, float] | None = None,
    everyone: list[Candidate] | None = None,
    frame: Frame | None = None,
) -> float | None:
    """How well its place fits the ordinal and places: counted among its look-alikes on the
    screen (rows, then left to right), or, for an ordinal, along the run of its kind it sits in."""
    fit = group_order_fit(ref, cand, peers, viewport, everyone, frame)
    if fit is None or ref.ordinal is None or ref.group_size or ref.row_place:
        return fit
    line, in_said_line = line_order_fit(ref, cand, everyone or peers, ref.ordinal)
    # A line the description names counts first; the count among look-alikes still leans.
    return max(line, SAID_LINE_GROUP * fit) if in_said_line else max(fit, line)


def group_order_fit(
    ref: Reference,
    cand: Candidate,
    peers: list[Candidate],
    viewport: tuple[float, float] | None = None,
    everyone: list[Candidate] | None = None,
    frame: Frame | None = None,
) -> float | None:
    if ref.ordinal is None and not ref.places and not ref.row_place:
        return None
    if ref.group_size:
        run = run_of(cand, everyone or peers, ref.group_size)
        if run is None:
            return 0.1
        group = run
    else:
        group = [p for p in peers if look_alike(p, cand)]
        if len(group) == 1 and ref.ordinal is not None and everyone:
            # Known by a label only it shows ("the Compact terrace card, second in the list"):
            # counted among every look-alike, the ordinal can confirm it, not rule it out.
            alike = [p for p in everyone if look_alike(p, cand)]
            if len(alike) > 1 and group_order_fit(ref, cand, alike, viewport, everyone, frame) == 1.0:
                return 1.0
    if viewport and in_view(cand.box, viewport):
        # "The box at the very bottom": of what the screen shows, not of the whole page.
        group = [p for p in group if in_view(p.box, viewport)]
    # Rows and columns are the whole board's ("the empty square in the middle row"); "the
    # last free square" is counted among the empty ones.
    board = group
    if ref.empty:
        group = [p for p in group if is_empty(p)]
    if cand not in group:
        return 0.0
    if len(group) == 1 and len(board) == 1:  # alone of its kind: trivially first and last, a weak fit
        if ref.ordinal is None and ref.places and not ref.row_place:
            # "The wide button at the very bottom": where it sits in what holds it.
            return ALONE_PLACED * math.prod(frame_place_fit(cand.box, p, frame) for p in set(ref.places))
        return 0.4 if ref.ordinal in (None, 1, -1) else 0.0
    tol_y = 0.5 * min(p.box.h for p in board)
    tol_x = 0.5 * min(p.box.w for p in board)
    rows = _clusters([p.box.centre[1] for p in board], tol_y)
    cols = _clusters([p.box.centre[0] for p in board], tol_x)
    row = _cluster_of(cand.box.centre[1], rows, tol_y)
    col = _cluster_of(cand.box.centre[0], cols, tol_x)
    if ref.row_place:
        wanted = {"top": 0, "bottom": len(rows) - 1, "middle": len(rows) // 2}.get(ref.row_place)
        number = ref.row_number
        if number is not None:
            wanted = number - 1 if number > 0 else len(rows) + number
        if wanted is not None and row != wanted:
            return 0.0
    if ref.ordinal is not None:
        in_row = ref.row_place or len(rows) == 1 or "row" in ref.kind_words
        members = [p for p in group if not in_row or _cluster_of(p.box.centre[1], rows, tol_y) == row]
        if not in_row and VERTICAL_LISTS & set(ref.all_words):
            # "The fifth item in the sidebar": alone in its row, counted down its own list.
            row_mates = [p for p in group if _cluster_of(p.box.centre[1], rows, tol_y) == row]
            column_mates = [
                p for p in group if abs(p.box.x - cand.box.x) <= 4 or abs(p.box.centre[0] - cand.box.centre[0]) <= 4
            ]
            if len(row_mates) == 1 and len(column_mates) >= 2:
                members = column_mates
        ordered = sorted(members, key=lambda p: (_cluster_of(p.box.centre[1], rows, tol_y), p.box.x))
        k = ref.ordinal
        position = ordered.index(cand)
        wanted_position = k - 1 if k > 0 else len(ordered) + k
        return 1.0 if position == wanted_position else 0.0
    fit = 1.0
    places = set(ref.places)
    if ref.row_number is not None:
        places -= {"top", "bottom", "middle"}  # the row's number says where down it is
    for place in places:
        if (place in ("top", "bottom") and len(rows) == 1) or (place in ("left", "right") and len(cols) == 1):
            # One row of look-alikes is trivially its own top and bottom: where it sits says.
            fit *= frame_place_fit(cand.box, place, frame)
        elif place == "top":
            fit *= 1.0 if row == 0 else 0.2
        elif place == "bottom":
            fit *= 1.0 if row == len(rows) - 1 else 0.2
        elif place == "left":
            fit *= 1.0 if col == 0 else 0.2
        elif place == "right":
            fit *= 1.0 if col == len(cols) - 1 else 0.2
        elif place == "middle":
            # The middle of the axis the other places leave free ("middle-left": the middle row).
            axes = []
            if not places & {"top", "bottom"} and not ref.row_place:  # "the middle of the top row"
                axes.append((row, len(rows)))
            if not places & {"left", "right"}:
                axes.append((col, len(cols)))
            for at, count in axes:
                fit *= (
                    1.0
                    if count < 3 or at == count // 2 or (count % 2 == 0 and at in (count // 2 - 1, count // 2))
                    else 0.2
                )
    return fit


ALONE_PLACED = 0.8  # alone of its kind, placed by where it sits rather than among look-alikes


FRAME_NOUNS = frozenset(
    {"card", "panel", "pane", "section", "sidebar", "form", "dialog", "modal", "popup", "window", "toast"}
    | {"banner", "footer", "header", "drawer", "widget", "container", "sheet", "tile", "block"}
)
Frame = Callable[[Box, bool], "Box | None"]


def frame_said(ref: Reference) -> bool:
    """Whether the description names a kind of region around the element: "the second input
    of the form", not "the first tile", where the tile is the element itself."""
    return bool(FRAME_NOUNS & (set(ref.all_words) - set(ref.kind_words)))


def place_frame(ref: Reference, layout: Layout, viewport: tuple[float, float] | None) -> Frame:
    """What a place word places a box in, down (``True``) or across: the region the description
    names ("at the bottom right of the cart card"), else the innermost drawn region with room
    when it names a kind of region ("of the right-hand panel"), else the screen ("at the very
    bottom"). None: along a row the description names, which its look-alikes already say."""
    width, height = viewport or (1280.0, 720.0)
    screen = Box(0.0, 0.0, width, height)
    titles = []
    for anchor in ref.anchors:
        hits = layout.which(anchor) if anchor.relation == "region" else []
        if len(hits) == 1 or (hits and hits[0][1] > hits[1][1]):
            titles.append(hits[0][0])
    framed = frame_said(ref)
    along_row = bool(ACROSS_WORDS & set(ref.all_words))

    def frame(box: Box, vertical: bool) -> Box | None:
        for title in titles:
            level = layout.shared_panel(title, box)
            if level is not None:
                return layout.panels[layout.around(title)[level]]
        if framed:
            for i in layout.around(box):
                panel = layout.panels[i]
                if (panel.h >= 2 * box.h) if vertical else (panel.w >= 2 * box.w):
                    return panel
        return None if along_row and not vertical else screen

    return frame


UNFRAMED = 0.5  # counted "in the form" though in no drawn region with another of its kind


def framed_peers(cand: Candidate, peers: list[Candidate], layout: Layout) -> list[Candidate]:
    """The peers in the innermost drawn region around ``cand`` that holds another of them."""
    for i in layout.around(cand.box):
        inside = [p for p in peers if layout.panels[i].contains(p.box, 2.0)]
        if len(inside) > 1:
            return inside
    return peers


def frame_place_fit(box: Box, place: str, frame: Frame | None) -> float:
    """ "At the bottom", "on the left": which part of what holds it the box sits in ("middle":
    the central part across or down); 1.0 when nothing says what holds it."""

    def at(vertical: bool) -> float | None:
        held = frame(box, vertical) if frame else None
        if held is None:
            return None
        return (box.centre[1] - held.y) / held.h if vertical else (box.centre[0] - held.x) / held.w

    if place == "middle":
        spots = [at(v) for v in (True, False)]
        return 1.0 if any(v is None or 0.3 <= v <= 0.7 for v in spots) else 0.2
    spot = at(place in ("top", "bottom"))
    if spot is None:
        return 1.0
    return 1.0 if (spot < 0.5) == (place in ("top", "left")) else 0.2


def edge_fit(box: Box, place: str, viewport: tuple[float, float]) -> float:
    """ "At the bottom of the screen": near that edge (its last fifth or so), not merely in
    that half, where a pager mid-screen would sit too."""
    width, height = viewport
    spot = {
        "top": 1 - box.centre[1] / height,
        "bottom": box.centre[1] / height,
        "left": 1 - box.centre[0] / width,
        "right": box.centre[0] / width,
    }.get(place)
    if spot is None:
        return 1.0
    return min(1.0, max(0.2, (spot - 0.5) / 0.3))


def looks_fit(ref: Reference, cand: Candidate, peers: list[Candidate]) -> dict[str, float]:
    parts: dict[str, float] = {}
    if ref.colours:
        # "The purple button" is the one filled purple; purple writing on white fits less.
        said = set(ref.colours)
        if said & colours.colour_names(cand.background):
            parts["colour"] = 1.0
        else:
            parts["colour"] = TEXT_COLOUR_FIT if said & colours.text_colour_names(cand.colour) else 0.0
    if ref.size:
        group = [p for p in peers if p.role == cand.role] or [cand]
        areas = sorted(p.box.w * p.box.h for p in group)
        area = cand.box.w * cand.box.h
        if len(set(areas)) <= 1:
            parts["size"] = 1.0 if (ref.size == "small") == (area < 48 * 48) else 0.5
        elif ref.size == "small":  # the smallest of its kind; smaller than most, half as surely
            parts["size"] = 1.0 if area <= 1.1 * areas[0] else 0.5 if area < areas[(len(areas) - 1) // 2] else 0.2
        else:
            parts["size"] = 1.0 if area >= 0.9 * areas[-1] else 0.5 if area > areas[len(areas) // 2] else 0.2
    if ref.shapes:
        fits = []
        for shape in ref.shapes:
            if shape == "round":
                fits.append(1.0 if cand.radius >= 0.4 * min(cand.box.w, cand.box.h) - 1 else 0.2)
            elif shape == "arrow":
                fits.append(1.0 if any(glyphs.same_glyph(g, cand.glyph) for g in ARROW_GLYPHS) else 0.2)
            elif shape == "icon":
                fits.append(1.0 if cand.glyph or (cand.picture and not cand.own) else 0.3)
            elif shape == "square":
                fits.append(1.0 if abs(cand.box.w - cand.box.h) <= 0.2 * cand.box.w else 0.5)
            elif shape == "dot":  # small, round, nothing written on it
                round_ = cand.radius >= 0.4 * min(cand.box.w, cand.box.h) - 1
                fits.append(1.0 if round_ and not cand.own and max(cand.box.w, cand.box.h) <= 24 else 0.1)
            elif shape == "swatch":  # a patch of colour, nothing written on it
                names = colours.colour_names(cand.background)
                hues = names - {"white", "grey", "black", "light", "dark"}
                # A near-white tint is a fill, not a patch of colour.
                fits.append(1.0 if hues and "white" not in names and not cand.own and not cand.glyph else 0.1)
        parts["shape"] = sum(fits) / len(fits)
    if ref.empty:
        parts["state"] = 1.0 if is_empty(cand) else 0.1
    if ref.filled and cand.editable and not ref.empty:
        parts["state"] = 1.0 if cand.value else 0.0  # "replace the title": there is text to replace
    if ref.picture and "shape" not in parts:
        parts["shape"] = 1.0 if cand.picture else 0.4
    return parts


def combine(parts: dict[str, float]) -> float:
    total = sum(WEIGHTS[k] for k in parts)
    return sum(WEIGHTS[k] * v for k, v in parts.items()) / total if total else 0.0


def rank(
    description: str,
    action: str,
    typed: str | None,
    screen: Screen,
    cands: list[Candidate] | None = None,
    semantic: Callable[[list[Candidate]], list[float] | None] | None = None,
) -> list[Scored]:
    """Candidates best first (ties keep reading order). ``semantic`` gives the embedding
    cosine of the description with each of the candidates it is handed: only the
    :data:`SEMANTIC_TOP` best by the words are handed over (embedding is the slow part)."""
    cands = candidates(screen, action) if cands is None else cands
    ref = parse(description, typed, vocabulary(screen))
    layout = Layout(screen)
    shown_as_text(ref, cands, layout)
    drop_unseen_words(ref, action, cands, layout)
    weights = word_weights(ref, layout)
    base: list[dict[str, float]] = []
    for cand in cands:
        parts: dict[str, float] = {}
        label = label_fit(ref, cand)
        if label is not None:
            parts["label"] = label
        kind = kind_fit(ref, action, cand)
        if kind is not None:
            parts["kind"] = kind
        if DRAWN_NOUNS & set(ref.shapes):
            # "the middle dot": what it is drawn as says which look-alikes it is counted among.
            parts["shape"] = looks_fit(replace(ref, shapes=[s for s in ref.shapes if s in DRAWN_NOUNS]), cand, [])[
                "shape"
            ]
        base.append(parts)
    fits = [
        combine(p) * act_factor(action, c) if p else act_factor(action, c) for p, c in zip(base, cands, strict=True)
    ]
    top = max(fits, default=0.0)
    peers = [c for c, f in zip(cands, fits, strict=True) if f >= PEER_RATIO * top]
    lexical = []
    labelled = [c for c in cands if c.labels]
    anchored = anchor_fits(ref, cands, peers, layout, screen)
    counted = within_region(ref, peers, layout)
    counted_indices = {c.index for c in counted}
    frame = place_frame(ref, layout, screen.viewport)
    width, height = screen.viewport or (1280.0, 720.0)
    whole_screen: Frame = lambda _box, _vertical: Box(0.0, 0.0, width, height)  # noqa: E731
    # "The second input of the form": counted in the region around it, when none is named.
    numbered = ref.ordinal is not None or ref.row_number is not None
    framed_count = numbered and len(counted) == len(peers) and frame_said(ref)
    for cand, parts in zip(cands, base, strict=True):
        parts = dict(parts)
        if ref.anchors:
            parts["anchor"] = anchored[cand.index]
        context = context_fit(ref, cand, layout, weights, labelled)
        if context is not None and (ref.labels or ref.words):
            parts["context"] = context
        # Alone of its kind in the region named ("the Add button on the first card of the top
        # row"), the ordinal and places say which region: counted among every look-alike.
        among = counted if cand.index in counted_indices and len(counted) > 1 else peers
        unframed = False
        if framed_count:
            among = framed_peers(cand, peers, layout)
            unframed = among is peers  # "of the form", and no drawn region holds it with another
        order = order_fit(ref, cand, among, screen.viewport, cands, frame)
        if order is not None and unframed:
            order *= UNFRAMED
        if order is not None:
            parts["order"] = order
        if ref.screen_places or ref.screen_edges:
            parts["area"] = math.prod(frame_place_fit(cand.box, p, whole_screen) for p in set(ref.screen_places))
            parts["area"] *= math.prod(edge_fit(cand.box, p, (width, height)) for p in set(ref.screen_edges))
        parts.update(looks_fit(ref, cand, peers))
        lexical.append((cand, (combine(parts) if parts else 1.0) * act_factor(action, cand), parts))
    lexical.sort(key=lambda x: -x[1])
    sims = semantic([c for c, _, _ in lexical[:SEMANTIC_TOP]]) if semantic and lexical else None
    scored = []
    for i, (cand, lex, parts) in enumerate(lexical):
        sim = sims[i] if sims is not None and i < len(sims) else 0.0
        # Without the model every candidate loses the same share: the order is the words'.
        score = (1 - SEMANTIC_WEIGHT) * lex + SEMANTIC_WEIGHT * (max(0.0, sim) if sims is not None else lex)
        scored.append(Scored(cand.index, score, 0.0, {**parts, "semantic": round(sim, 3)}))
    scored.sort(key=lambda s: -s.score)
    return confident(scored)


def shows_whole(phrase: str, texts: list[str]) -> bool:
    """Whether one of ``texts`` shows all of ``phrase`` (a part of it names something else)."""
    return any(
        text == phrase
        or (glyphs.is_symbolic(phrase) and glyphs.same_glyph(phrase, text))
        or re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", text)
        for text in texts
    )


def shown_as_text(ref: Reference, cands: list[Candidate], layout: Layout) -> None:
    """A quoted label that no control shows whole, shown whole as text on the screen, names
    the element's row or region ('Turn on the "Weekly summary" switch', 'the "Garden
    Suite" room with the round button', 'the "Push notifications" switch' beside a
    "Notifications" tab): it becomes an anchor."""
    for phrase in list(ref.labels):
        if not phrase.quoted:
            continue
        on_control = any(
            shows_whole(phrase.text, [normalize(t) for t in (c.own, c.glyph, c.placeholder, c.value, *c.labels) if t])
            for c in cands
        )
        if not on_control and any(q >= 0.9 for _, q, _ in layout.find(phrase.text)):
            ref.labels.remove(phrase)
            ref.anchors.append(Anchor(phrase.text, "region"))


UNSEEN = 0.3  # a loose label no candidate matches better than this is not what it shows


def drop_unseen_words(ref: Reference, action: str, cands: list[Candidate], layout: Layout) -> None:
    """Loose words that show nowhere on the screen ("Replace the amount with 700", "square
    B3" on an unlettered board) say what the element is for, not what it shows: they are
    dropped as a label when the description says enough else to pick it (the act, an
    anchor, an ordinal, its looks). Quoted labels always stay: a page without them fails."""
    rest = bool(
        ref.kinds
        or ref.anchors
        or ref.ordinal is not None
        or ref.places
        or ref.row_place
        or ref.colours
        or ref.size
        or ref.shapes
        or ref.icons
        or action in ("type", "select")
    )
    if not rest:
        return
    # An anchor shown nowhere ("the on-screen keyboard's middle row") places nothing.
    ref.anchors = [
        a
        for a in ref.anchors
        if (a.relation in ("cell", "row", "column") and a.text.isalnum() and len(a.text) <= 3)
        or layout.find(a.text)
        or any(phrase_match(a.text, c.readable()) >= 0.6 for c in cands)
    ]
    for phrase in [p for p in ref.labels if not p.quoted]:
        counted = set(words(phrase.text)) <= set(ref.counted)
        if counted and not any(phrase.text in (normalize(c.own), normalize(c.glyph)) for c in cands):
            # "The last coin", "the second question": what is counted, not a label no
            # control shows whole, nor a word to look for around it ("Coin return").
            ref.labels.remove(phrase)
            ref.words = [w for w in ref.words if w not in ref.counted]
            continue
        if any((label_fit(ref, c, [phrase.text]) or 0.0) >= UNSEEN for c in cands):
            continue
        ref.labels.remove(phrase)
        # Words shown elsewhere ("the answer field" under "Your answer") still place it.
        gone = {w for w in words(phrase.text) if not layout.find(w)}
        ref.words = [w for w in ref.words if w not in gone]


def confident(scored: list[Scored]) -> list[Scored]:
    """Each candidate's confidence: its score, discounted by how close the next one is."""
    if not scored:
        return scored
    out = []
    for i, s in enumerate(scored):
        rival = scored[1].score if i == 0 and len(scored) > 1 else (scored[0].score if i else 0.0)
        lead = max(0.0, s.score - rival)
        confidence = min(1.0, s.score) * (0.5 + 0.5 * min(1.0, lead / MARGIN))
        if s.score >= DOMINANT_SCORE and rival * DOMINANT_RATIO <= s.score:
            # "Replace the amount with 700" beside a field labelled "Amount (EMB) available":
            # a partial fit, but no other candidate comes near. (19 of 20 such picks were right
            # in benchmarks/grounding.py.)
            confidence = max(confidence, DOMINANT_CONFIDENCE)
        out.append(Scored(s.index, s.score, confidence, s.parts))
    return out


def query_text(description: str, typed: str | None) -> str:
    """The description as embedded: without the text to type."""
    if typed:
        description = re.sub(rf"(?<![\w]){re.escape(typed)}(?![\w])", " ", description, flags=re.IGNORECASE)
    return " ".join(description.split())
