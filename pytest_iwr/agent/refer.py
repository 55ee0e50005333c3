"""Read a step's description as a referring expression: what it says about its element.

``Click the small × right of the second entry``, ``tap Save (Profile card)``, ``the
Delete btn for Invoice 42``: a description names the element by its own label, by other
things on the screen (anchors) and how it sits relative to them, by its place in a row
or list (ordinals), by how it looks (colour, size, shape, an icon's name) and by what
kind of control it is. :func:`parse` splits it into those parts; agent/rank.py scores
every candidate on each of them against the page's layout.

The screen's own texts (``vocabulary``) keep visible labels whole while the sentence is
split, so "Sign in", "Add to cart" or "Save for later" stay one label and their "in",
"to" and "for" are not read as relations. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from pytest_iwr.perceive import colours, glyphs
from pytest_iwr.perceive.screen import normalize

# Control words -> the roles a candidate may have to be that kind of control. Words for
# things that are drawn rather than declared (pill, chip, tile, key) accept any clickable,
# and, for a step that only points, a text no control holds (a tile that is only drawn).
CLICKABLE = ("button", "link", "generic", "tab", "menuitem", "option", "gridcell", "img", "treeitem", "text")
FIELD = ("textbox", "searchbox", "spinbutton", "combobox")
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "button": ("button", "generic", "link", "menuitem"),
    "btn": ("button", "generic", "link", "menuitem"),
    "buttons": ("button", "generic", "link"),
    "link": ("link", "button", "generic"),
    "hyperlink": ("link",),
    "tab": ("tab", "button", "link", "generic"),
    "pill": CLICKABLE,
    "chip": CLICKABLE,
    "tag": CLICKABLE,
    "badge": CLICKABLE,
    "key": ("button", "generic", "gridcell"),
    "tile": CLICKABLE,
    "cell": ("gridcell", "button", "generic", "text"),
    "square": ("gridcell", "button", "generic", "text"),
    "card": ("generic", "button", "link", "article", "text"),
    "thumbnail": CLICKABLE,
    "icon": CLICKABLE,
    "arrow": CLICKABLE,
    "dot": CLICKABLE,
    "dots": CLICKABLE,
    "swatch": CLICKABLE,
    "swatches": CLICKABLE,
    "field": FIELD,
    "input": FIELD,
    "textbox": FIELD,
    "textfield": FIELD,
    "textarea": ("textbox",),
    "box": (*FIELD, "checkbox"),
    "searchbox": ("searchbox", "textbox"),
    "checkbox": ("checkbox", "switch", "generic"),
    "tick": ("checkbox", "switch", "generic"),
    "check": ("checkbox", "switch", "generic"),
    "toggle": ("switch", "checkbox", "button", "generic"),
    "switch": ("switch", "checkbox", "button", "generic"),
    "radio": ("radio", "generic"),
    "option": ("radio", "option", "generic", "button"),
    "dropdown": ("combobox", "listbox", "button"),
    "select": ("combobox", "listbox"),
    "picker": ("combobox", "listbox", "button"),
    "menu": ("combobox", "menu", "menuitem", "button"),
    "slider": ("slider",),
    "image": ("img", "generic", "button", "link"),
    "photo": ("img", "generic", "button", "link"),
    "picture": ("img", "generic", "button", "link"),
}
PICTURE_WORDS = frozenset(["photo", "picture", "image", "thumbnail", "poster", "cover", "avatar", "pic", "img"])
# Words for the act, not the element.
ACT_WORDS = frozenset(
    [
        "click",
        "clicks",
        "tap",
        "taps",
        "hit",
        "press",
        "push",
        "choose",
        "pick",
        "select",
        "open",
        "type",
        "enter",
        "fill",
        "write",
        "put",
        "hover",
        "mouse",
        "move",
        "point",
        "go",
        "set",
        "replace",
        "change",
        "tick",
        "untick",
        "check",
        "uncheck",
        "toggle",
        "again",
        "then",
        "now",
        "also",
        "activate",
        "use",
        "hold",
        "drag",
        "scroll",
        "the",
        "a",
        "an",
        "please",
        "turn",
        "flip",
        "clear",
        "switch",
        "expand",
        "collapse",
        "submit",
        "empty",
        "delete",
        "retype",
        "reenter",
        "overwrite",
    ]
)
# A state a user sees: nothing written on it (a free square, a blank field).
EMPTY_WORDS = frozenset(["empty", "blank", "free", "unfilled", "vacant"])
FILLED_WORDS = frozenset(["replace", "replacing", "overwrite", "overwriting", "retype", "retyping"])
ARTICLES = frozenset(["the", "a", "an", "this", "that", "its", "it", "their", "his", "her", "our", "your"])
STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "it",
        "this",
        "that",
        "then",
        "and",
        "or",
        "to",
        "with",
        "is",
        "are",
        "be",
        "which",
        "who",
        "one",
        "just",
        "directly",
        "immediately",
        "exactly",
        "straight",
        "please",
        "so",
        "very",
        "far",  # "at the far right": the right end
        "extreme",
        "currently",
        "shown",
        "showing",
        "labelled",
        "labeled",
        "marked",
        "reads",
        "read",
        "says",
        "saying",
        "named",
        "called",
        "text",
        "word",
        "words",
        "label",
    ]
)
# Nouns that say what kind of region an anchor is, and how to read "in the X <noun>".
REGION_NOUNS: dict[str, str] = {
    "row": "row",
    "line": "row",
    "column": "column",
    "col": "column",
    **dict.fromkeys(
        [
            "card",
            "panel",
            "section",
            "list",
            "block",
            "item",
            "entry",
            "tile",
            "post",
            "comment",
            "box",
            "area",
            "group",
            "pane",
            "sidebar",
            "header",
            "heading",
            "bar",
            "toolbar",
            "form",
            "table",
            "menu",
            "dialog",
            "modal",
            "popup",
            "window",
            "grid",
            "board",
            "widget",
            "region",
            "container",
            "strip",
            "footer",
            "banner",
            "toast",
            "note",
            "message",
            "review",
            "listing",
            "result",
            "results",
            "tab",
            "page",
            "screen",
            "column",
            "corner",
            "edge",
            "end",
            "side",
            "half",
        ],
        "region",
    ),
}
REGION_NOUNS["column"] = "column"
# Relation markers, longest first; each reads the phrase after it as an anchor.
RELATIONS: tuple[tuple[str, str], ...] = (
    ("to the left of", "left"),
    ("to the right of", "right"),
    ("on the left of", "left"),
    ("on the right of", "right"),
    ("on the left side of", "left"),
    ("on the right side of", "right"),
    ("left of", "left"),
    ("right of", "right"),
    ("just left of", "left"),
    ("just right of", "right"),
    ("next to", "near"),
    ("close to", "near"),
    ("beside", "near"),
    ("besides", "near"),
    ("alongside", "near"),
    ("near", "near"),
    ("by", "near"),
    ("on top of", "above"),
    ("above", "above"),
    ("over", "above"),
    ("below", "below"),
    ("under", "below"),
    ("underneath", "below"),
    ("beneath", "below"),
    ("diagonally opposite", "opposite"),
    ("opposite", "opposite"),
    ("across from", "opposite"),
    ("between", "between"),
    ("belonging to", "region"),
    ("that belongs to", "region"),
    ("which belongs to", "region"),
    ("inside", "region"),
    ("within", "region"),
    ("in", "region"),
    ("of", "region"),
    ("for", "region"),
    ("on", "region"),
    ("at", "region"),
    ("from", "from"),  # "second from the right"; otherwise a region
    ("with", "has"),
    ("after", "right"),
    ("past", "right"),  # "the dropdown past the swap icon": further along the line
    ("beyond", "right"),
    ("before", "left"),
    ("into", "region"),
    ("beneath", "below"),
)
_MARKERS = sorted(RELATIONS, key=lambda r: -len(r[0].split()))
# Words a sentence reads as glue, not as a label, unless written as one ("the field under To").
FUNCTION_WORDS = STOPWORDS | ACT_WORDS | {m for m, _ in RELATIONS if " " not in m}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "ninth": 9,
    "9th": 9,
    "tenth": 10,
    "10th": 10,
    "last": -1,
    "final": -1,
}
# Words for a place on the screen or in a group.
PLACES = {
    "top": "top",
    "upper": "top",
    "topmost": "top",
    "bottom": "bottom",
    "lower": "bottom",
    "bottommost": "bottom",
    "left": "left",
    "leftmost": "left",
    "right": "right",
    "rightmost": "right",
    "middle": "middle",
    "center": "middle",
    "centre": "middle",
    "central": "middle",
}
SIZES = {
    "small": "small",
    "little": "small",
    "tiny": "small",
    "large": "large",
    "big": "large",
    "huge": "large",
    "wide": "large",
}
SHAPES = {
    "round": "round",
    "circular": "round",
    "circle": "round",
    "rounded": "round",
    "arrow": "arrow",
    "icon": "icon",
    "symbol": "icon",
    "glyph": "icon",
    "square": "square",
    "rectangular": "square",
    "rectangle": "square",
    # Controls named by what they are drawn as, with nothing written on them.
    "dot": "dot",
    "dots": "dot",
    "swatch": "swatch",
    "swatches": "swatch",
}
_QUOTED = re.compile(r"“([^”]{1,80})”|‘([^’]{1,80})’|\"([^\"]{1,80})\"|(?<![\w])'([^']{1,80}?)'(?![\w])")
# Words, numbers ("12:05", "325.50", "$24"), symbols, and the punctuation that splits clauses.
_HYPHENED_NAME = re.compile(r"\b\w+(?:[-–]\w+){2,}\b")
_TOKEN = re.compile(r"[\x00\x02]\d+|[\w$€£%#+]+(?:[:.'’][\w]+)*|[(),;]|[^\s\w\"“”‘’(),;:.!?]")
CLAUSE_BREAKS = frozenset([",", ";"])
# Words that start a clause about the purpose or the moment, not the element ("to flag it",
# "so it is empty", "once Precipitation is picked", "leaving the diagonal open").
TAIL_WORDS = frozenset(["to", "so", "once", "leaving", "because", "while", "until", "after", "instead", "again", "now"])
# Drawn grids are named by coordinates ("square B3", "tile A1"): a letter and a number.
_CELL = re.compile(r"^([a-z])(\d{1,2})$")


@dataclass(frozen=True)
class Phrase:
    text: str  # normalized
    quoted: bool  # written in quotes, or a visible text kept whole


@dataclass(frozen=True)
class Anchor:
    """Another thing the description names, and how the element sits relative to it."""

    text: str  # what to look for on the screen (normalized)
    relation: str  # near | left | right | above | below | between | opposite | has | region | row | column | cell
    ordinal: int | None = None  # "the second entry": the anchor is the n-th of its kind
    other: str = ""  # "between A and B": B
    place: str = ""  # "in the middle pile card": which of the things shown so is meant


@dataclass
class Reference:
    """A description read for grounding."""

    labels: list[Phrase] = field(default_factory=list)  # the element's own label(s)
    words: list[str] = field(default_factory=list)  # loose content words of the element's part
    kinds: frozenset[str] = frozenset()  # roles its control words allow
    kind_words: list[str] = field(default_factory=list)
    anchors: list[Anchor] = field(default_factory=list)
    ordinal: int | None = None  # 1-based; from the end when negative (-1 = last)
    places: list[str] = field(default_factory=list)  # top, bottom, left, right, middle
    row_place: str = ""  # "in the top row", "of the first row" ("1", "-1": last): the row to count in
    colours: list[str] = field(default_factory=list)
    size: str = ""
    shapes: list[str] = field(default_factory=list)
    icons: list[str] = field(default_factory=list)  # icon names ("pencil", "cross")
    picture: bool = False
    empty: bool = False  # "the last free square", "an empty cell": nothing written on it
    screen_places: list[str] = field(default_factory=list)  # "in the left panel": where on the screen
    screen_edges: list[str] = field(default_factory=list)  # "at the bottom of the screen"
    region_noun: str = ""  # "the row for lighthouse-fog.jpg": the element is called a row
    filled: bool = False  # "replace the title", "retype the password": the field holds text now
    group_size: int = 0  # "the left button of the pair", "the middle one of its three"
    counted: list[str] = field(default_factory=list)  # "the last coin": what an ordinal counts
    all_words: list[str] = field(default_factory=list)  # every content word, for loose matching

    @property
    def row_number(self) -> int | None:
        """The row's number when ``row_place`` numbers it ("of the first row": 1, last: -1)."""
        return int(self.row_place) if self.row_place.lstrip("-").isdigit() else None


def _quoted(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g is not None)


def _token(raw: str) -> list[str]:
    word = re.sub(r"['’]s$", "", raw.lower())
    if "-" in word or "–" in word:  # "top-left", "drop-down": parts; symbols stay whole
        return [w for w in re.split(r"[-–]", word) if w] or [word]
    return [word]


MOVE_VERBS = ("move", "scroll", "slide", "shift", "nudge", "swipe", "jump", "go", "turn", "rotate", "step")
RIGHT_ADVERB_BEFORE = ("under", "below", "above", "beneath", "beside", "next", "after", "before", "by", "at", "over")


def tokens(text: str) -> list[str]:
    """Lower-case tokens: words (possessive 's dropped, hyphens split), numbers, symbols,
    and the punctuation that splits clauses."""
    out = []
    text = re.sub(r"\b(left|right)[-–]hand(ed)?\b", r"\1", text, flags=re.IGNORECASE)  # "the right-hand box"
    text = re.sub(r"\batop\b", "at the top of", text, flags=re.IGNORECASE)
    # "The move-left button" moves things left wherever it sits; "right under the tabs" is
    # straight under them.
    text = re.sub(rf"\b({'|'.join(MOVE_VERBS)})[-–](left|right)\b", r"\1 \2ward", text, flags=re.IGNORECASE)
    text = re.sub(rf"\bright (?=(?:{'|'.join(RIGHT_ADVERB_BEFORE)})\b)", "", text, flags=re.IGNORECASE)
    # "The sailboats-at-sunset photo", "a state-of-the-art pick": a hyphened name, whose
    # "at" and "of" relate nothing. One token, its parts spaced.
    names: list[str] = []

    def hold_name(match: re.Match[str]) -> str:
        parts = re.split(r"[-–]", match.group(0).lower())
        if not any(p in FUNCTION_WORDS for p in parts[1:-1]):
            return match.group(0)
        names.append(" ".join(parts))
        return f" \x02{len(names) - 1} "

    text = _HYPHENED_NAME.sub(hold_name, text)
    text = re.sub(r"(?<=\w)[-–](?=\w)", " ", text)
    for raw in _TOKEN.findall(text):
        if raw.startswith("\x02"):
            out.append(names[int(raw[1:])])
        else:
            out.extend(_token(raw) if not raw.startswith("\x00") else [raw])
    return out


def _protect(units: list[str], vocabulary: Iterable[str]) -> list[tuple[str, bool]]:
    """Runs of tokens that spell a visible text joined into one unit (marked True): "Sign in",
    "Add to cart", "Sourdough, Start to Finish" stay labels, their "in", "to" and comma unread."""
    spelled: dict[tuple[str, ...], str] = {}
    for v in vocabulary:
        seq = tuple(tokens(v))
        # "← Back to results", "Cart (4)": also without the symbols and counts around the words.
        core = seq
        while core and not re.match(r"\w", core[0]):
            core = core[1:]
        while core and not re.match(r"\w", core[-1]):
            core = core[:-1]
        for form in {seq, core}:
            if 2 <= len(form) <= 10:
                spelled.setdefault(form, normalize(v))
    longest = max((len(k) for k in spelled), default=0)
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(units):
        for span in range(min(longest, len(units) - i), 1, -1):
            seq = tuple(units[i : i + span])
            if seq in spelled and not any(u.startswith("\x00") for u in seq):
                out.append((spelled[seq], True))
                i += span
                break
        else:
            out.append((units[i], False))
            i += 1
    return out


_VALUE_ARROW = re.compile(r"\s*(?:->|→|=>|⇒)\s*")
_KIND_SPELLINGS = (
    (re.compile(r"\b(?:drop|pull)[- ]?downs?\b", re.IGNORECASE), "dropdown"),
    (re.compile(r"\bcombo[- ]?box\b", re.IGNORECASE), "dropdown"),
    (re.compile(r"\bcheck[- ]box\b", re.IGNORECASE), "checkbox"),
    (re.compile(r"\btext[- ]area\b", re.IGNORECASE), "textarea"),
    (re.compile(r"\bedit (field|box)\b", re.IGNORECASE), r"\1"),  # "the edit field": a field
)


def _one_word_kinds(text: str) -> str:
    """ "drop-down", "pull down", "check box": the control words they are."""
    for pattern, word in _KIND_SPELLINGS:
        text = pattern.sub(word, text)
    return text


def _capitalised_labels(text: str, vocabulary: Iterable[str]) -> str:
    """ "the field under To", "the From box": a word that would be read as a relation or
    left out, written with a capital inside the sentence and shown on the screen by itself,
    is that label."""
    shown = {normalize(v) for v in vocabulary}

    def quote(match: re.Match[str]) -> str:
        word = match.group(2)
        if word.lower() in FUNCTION_WORDS and word.lower() in shown and word.lower() not in ARTICLES:
            return f'{match.group(1)}"{word}"'
        return match.group(0)

    return re.sub(r"([a-z,] )([A-Z][a-z]+)\b", quote, text)


def _without_typed(text: str, typed: str | None) -> str:
    if not typed:
        return text
    # "From account dropdown -> Everyday Checking": what follows the arrow is the value.
    text = _VALUE_ARROW.split(text)[0] if _VALUE_ARROW.search(text) else text
    # The option as a description names it, without its details: "Everyday Checking" for
    # "Everyday Checking (••4821)".
    short = re.sub(r"\s*\([^)]*\)\s*$", "", typed).strip()
    for value in dict.fromkeys([typed, short]):
        if not value:
            continue
        for form in (f'"{value}"', f"“{value}”", f"'{value}'", f"‘{value}’", value):
            text = re.sub(rf"(?<![\w]){re.escape(form)}(?![\w])", " ", text, flags=re.IGNORECASE)
    return text


_LEADING_PLACE = re.compile(
    r"^\s*((?:in|on|inside|within|under|below|above|at|from|over|near)\s+[^,\"“”]{2,80}?),\s*(\w+)(.*?)[.\s]*$",
    re.IGNORECASE,
)


def _locative_last(text: str) -> str:
    """'In the flight card's tab bar, click the "Seats" tab' says where first: read as 'click
    the "Seats" tab in the flight card's tab bar', so the act clause names the element."""
    match = _LEADING_PLACE.match(text)
    if not match or match.group(2).lower() not in ACT_WORDS:
        return text
    place = match.group(1)
    return f"{match.group(2)}{match.group(3)} {place[0].lower()}{place[1:]}"


def parse(description: str, typed: str | None = None, vocabulary: Iterable[str] = ()) -> Reference:
    """The parts of a description (see :class:`Reference`); ``typed`` is the text the step
    types or the option it chooses (it names no element), ``vocabulary`` the screen's texts."""
    vocabulary = sorted(vocabulary)  # one reading whatever order a set gives (hash seeds differ per process)
    text = _without_typed(description, typed)
    text = _locative_last(text)
    text = _one_word_kinds(text)
    text = _capitalised_labels(text, vocabulary)
    quoted: list[str] = []

    def hold(match: re.Match[str]) -> str:
        quoted.append(normalize(_quoted(match)))
        return f" \x00{len(quoted) - 1} "

    text = _QUOTED.sub(hold, text)
    units = _protect(tokens(text), vocabulary)
    units = [(quoted[int(u[1:])], True) if u.startswith("\x00") else (u, whole) for u, whole in units]
    ref = Reference()
    renamed: tuple[str, int | None] | None = None  # the last anchor named by kind alone, and the ordinal before it
    for kind, clause in _clauses(units):
        if kind == "aside" and [u for u, whole in clause[:2] if not whole and u != "the"][:1] == ["one"]:
            kind = "apposition"  # "(the one showing 10:00)": about the element, as after a comma
        if kind == "apposition" and _names_a_region(clause) and not _renames_the_field(ref, clause):
            kind = "aside"  # "Save btn, 58 Sorrel Court card": the element's card, as in brackets
        elif kind == "apposition" and ref.labels and ref.kinds and all(whole for _, whole in clause):
            kind = "aside"  # "Eat & drink tab, Old Quay": named and said what it is; then where
        if kind == "main" and typed:
            clause = _the_field_typed_into(clause)
        segments = _segments(clause, first=kind == "main")
        if kind == "apposition" and ref.kinds and ref.anchors and _renames_an_anchor(segments[0][1]):
            # "the ▲ button on CS 201, the first course of Spring 2027": the course is first.
            _read_anchors(ref, segments[1:])
            continue
        if kind == "apposition" and any(a.relation == "cell" for a in ref.anchors) and _heading_of(ref, segments):
            continue  # "cell D3, the Cost of Brushes": the column's and the row's headings
        if kind == "aside" and renamed and len(segments) == 1:
            # "below the last item (Beeswax Candle Trio)": the bracket names that item; the
            # "last" was the item's, not the element's.
            relation, ref.ordinal = renamed
            _read_anchors(ref, [(relation, segments[0][1])])
            renamed = None
            continue
        if kind == "aside":
            # "Save (Profile card)", "Adults + (Travellers)": a bracketed region.
            _read_anchors(ref, [("region" if r == "head" else r, seg) for r, seg in segments])
            continue
        # The main clause, an apposition ("..., the one marked 12:05") or a bracket that
        # renames the element ('the "▲" (Upvote) button'): more about the element itself.
        _read_head(ref, segments[0][1])
        ordinal_before = ref.ordinal
        _read_anchors(ref, segments[1:])
        last = segments[-1]
        named = len(segments) > 1 and last[0] not in ("region", "between") and _renames_an_anchor(last[1])
        renamed = (last[0], ordinal_before) if named else None
    cells = [a.text for a in ref.anchors if a.relation == "cell"]
    if cells:  # "B3 (column B, row 3)": the row and column restate the cell
        restated = {c[0] for c in cells} | {c[1:] for c in cells}
        ref.anchors = [a for a in ref.anchors if not (a.relation in ("row", "column") and a.text in restated)]
        ref.ordinal, ref.places = None, []  # "the last empty square C5": the cell says which
    ref.filled = any(not whole and u in FILLED_WORDS for u, whole in units)
    named_by_region = ref.region_noun and not (ref.labels or ref.words or ref.kinds)
    if named_by_region and ref.anchors[:1] and ref.anchors[0].relation == "region":
        # "Click the row for lighthouse-fog.jpg": the row that shows it, else one beside it.
        ref.anchors[0] = replace(ref.anchors[0], relation="has")
    ref.words = list(dict.fromkeys(ref.words))
    if ref.words and not any(not p.quoted for p in ref.labels):
        ref.labels.append(Phrase(" ".join(ref.words), False))
    ref.all_words = list(dict.fromkeys(w for u, _ in units for w in u.split() if w not in STOPWORDS))
    return ref


def _heading_of(ref: Reference, segments: list[tuple[str, list[tuple[str, bool]]]]) -> bool:
    """ "The Cost of Brushes" after a grid cell: the column headed Cost, the row named Brushes."""
    if len(segments) != 2 or segments[1][0] != "region":
        return False
    column = [u for u, whole in segments[0][1] if whole or (u not in ARTICLES and u not in STOPWORDS)]
    row = [u for u, whole in segments[1][1] if whole or (u not in ARTICLES and u not in STOPWORDS)]
    if not column or not row or len(column) > 3 or len(row) > 4:
        return False
    if any(u in REGION_NOUNS for u in column + row):  # "row 7 of the minefield" restates the cell
        return False
    ref.anchors += [Anchor(" ".join(column), "column"), Anchor(" ".join(row), "row")]
    return True


def _renames_an_anchor(head: list[tuple[str, bool]]) -> bool:
    """An apposition head that counts something other than the element: an ordinal or a
    place and a noun that is no control word ("the first course", "the last track")."""
    loose = [u for u, whole in head if not whole and u not in ARTICLES and u not in STOPWORDS]
    counted = any(u in ORDINALS or u in PLACES for u in loose)
    nouns = [u for u in loose if u not in ORDINALS and u not in PLACES and u not in SIZES]
    return counted and bool(nouns) and not any(u in KIND_WORDS or u in SHAPES or u == "one" for u in nouns)


FIELD_KINDS = frozenset(w for w, kinds in KIND_WORDS.items() if {"textbox", "combobox"} & set(kinds))


def _the_field_typed_into(clause: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """ "Retype the password in the Confirm password field": what is typed, then the field it
    goes into, which is the element, not a region the text sits in."""
    for i, (unit, whole) in enumerate(clause):
        if whole or unit not in ("in", "into"):
            continue
        before = [u for u, w in clause[:i] if not w and u not in ACT_WORDS and u not in ARTICLES]
        if not before or any(u in KIND_WORDS or u in SHAPES or u in REGION_NOUNS for u in before):
            return clause
        if any(w for _, w in clause[:i]):
            return clause  # a label is named before "in": that is the element
        after = []
        for u, w in clause[i + 1 :]:
            if not w and (u in dict(RELATIONS) or u in ("marked", "labelled", "labeled")):
                break
            after.append((u, w))
        if not any(not w and u in FIELD_KINDS for u, w in after):
            return clause
        # The text's name often is the field's too ("the password"): kept as a loose word.
        return [(u, False) for u in before] + clause[i + 1 :]
    return clause


PLACED_REGIONS = frozenset({"panel", "pane", "sidebar", "section", "area", "column"})


def _placed_region(units: list[tuple[str, bool]]) -> bool:
    """ "The left panel", "the right-hand sidebar": a place word that says which region, right
    before the region's noun (not "the bottom of the form", a place in it)."""
    loose = [u for u, whole in units if not whole and u not in ARTICLES]
    return len(loose) >= 2 and loose[-1] in PLACED_REGIONS and all(u in PLACES for u in loose[:-1])


def _renames_the_field(ref: Reference, clause: list[tuple[str, bool]]) -> bool:
    """ "The last dropdown of the row, the To menu": a field or menu word for what the element
    already is names the element, not a region around it."""
    last = clause[-1][0]
    fields = {"combobox", "listbox", "textbox"}
    return not clause[-1][1] and bool(set(KIND_WORDS.get(last, ())) & fields & ref.kinds)


def _names_a_region(clause: list[tuple[str, bool]]) -> bool:
    """A clause that is a name and a region noun, and nothing else: "58 Sorrel Court card"."""
    *name, (last, whole) = clause
    words = [u for u, w in clause if not w]
    return (
        bool(name)
        and not whole
        and REGION_NOUNS.get(last) is not None
        and not any(w in dict(RELATIONS) or w in ORDINALS or w in PLACES for w in words)
    )


def _clauses(units: list[tuple[str, bool]]) -> list[tuple[str, list[tuple[str, bool]]]]:
    """The main clause, appositions after commas, and bracketed asides (a clause goes on
    after its bracket closes)."""
    out: list[tuple[str, list[tuple[str, bool]]]] = [("main", [])]
    open_clause: int | None = None
    current = 0
    for unit, whole in units:
        if not whole and unit == "(":
            open_clause = current
            out.append(("aside", []))
            current = len(out) - 1
        elif not whole and unit == ")" and open_clause is not None:
            current, open_clause = open_clause, None
        elif not whole and unit in CLAUSE_BREAKS:
            out.append(("aside" if open_clause is not None else "apposition", []))
            current = len(out) - 1
        elif not whole and unit == ")":
            continue
        else:
            out[current][1].append((unit, whole))
    return [(k, c) for k, c in out if c]


# Acts only when they lead the sentence ("Key in 1994 ..."); elsewhere things ("the ENTER key").
LEAD_ONLY_VERBS = frozenset(["key", "punch"])


def _segments(units: list[tuple[str, bool]], first: bool = True) -> list[tuple[str, list[tuple[str, bool]]]]:
    """The head (the element's own words) and each relation's phrase, in order."""
    # Leading act words ("Click on", "Type into", "Turn on", "Choose from") are not relations.
    i = 0
    lead = ("on", "off", "in", "into", "from", "over", "onto", "at", "out", "up")
    while (
        i < len(units)
        and not units[i][1]
        and (
            units[i][0] in ACT_WORDS
            or (units[i][0] in lead and (first or i > 0))  # ", on the Notifications tab": a relation
            or (i == 0 and units[i][0] in LEAD_ONLY_VERBS)
        )
    ):
        if i > 0 and units[i - 1][0] in ARTICLES and units[i][0] not in ARTICLES:
            break  # "Click the switch", "the empty square": a thing or a state; "Switch to ...": the act
        i += 1
    segments: list[tuple[str, list[tuple[str, bool]]]] = [("head", [])]
    while i < len(units):
        unit, whole = units[i]
        matched = None
        if not whole:
            for marker, relation in _MARKERS:
                size = len(marker.split())
                if [u for u, w in units[i : i + size] if not w] == marker.split():
                    matched = (relation, size)
                    break
            if matched is None and unit in TAIL_WORDS and (segments[-1][1] or len(segments) > 1):
                break  # the rest says why or when, not which
        if matched and matched[0] in ("left", "right"):
            marker = [u for u, _ in units[i : i + matched[1]]]
            after_the = matched[1] == 2 and i > 0 and not units[i - 1][1] and units[i - 1][0] == "the"
            # "at the bottom right of the cart card": a corner of the card, not right of it.
            corner = (
                matched[1] == 2 and i > 0 and not units[i - 1][1] and PLACES.get(units[i - 1][0]) in ("top", "bottom")
            )
            if after_the or corner or marker[:2] == ["on", "the"]:
                # "on the right of the Push notifications row": its right end when a region is
                # named (see _read_anchor); "at the far right of the room row" stays right of it.
                segments.append((f"side-{matched[0]}", []))
                i += matched[1]
                continue
        if matched and matched[0] == "between":
            # "between the From and To dropdowns": both ends, whatever words they are.
            segments.append(("between", units[i + 1 :]))
            break
        if matched:
            segments.append((matched[0], []))
            i += matched[1]
            continue
        segments[-1][1].append(units[i])
        i += 1
    return segments


def _classify(ref: Reference, word: str, head: bool) -> str | None:
    """Record what a single word says about the element; the word if it is a label word."""
    if word in EMPTY_WORDS:
        ref.empty = True
        return None
    if word in ARTICLES or word in STOPWORDS or (word in ACT_WORDS and word not in KIND_WORDS):
        return None
    if word in ORDINALS:
        ref.ordinal = ORDINALS[word]
        return None
    colour = colours.colour_word(word)
    if colour:
        ref.colours.append(colour)
        return None
    if word in SIZES:
        ref.size = SIZES[word]
        return None
    if word in PLACES:
        ref.places.append(PLACES[word])
        return word if word in glyphs.ICON_NAMES else None
    if word in SHAPES:
        ref.shapes.append(SHAPES[word])
        if word in KIND_WORDS:
            ref.kinds = ref.kinds | set(KIND_WORDS[word])
        return None
    if word in KIND_WORDS:
        ref.kinds = ref.kinds | set(KIND_WORDS[word])
        ref.kind_words.append(word)
        if word in PICTURE_WORDS:
            ref.picture = True
        return None
    if word in PICTURE_WORDS:
        ref.picture = True
        return None
    return word


def _lines_and_cells(ref: Reference, units: list[tuple[str, bool]], cells: bool = True) -> list[tuple[str, bool]]:
    """Take "row 3", "column B", "col 2" and grid coordinates ("B3") out as anchors."""
    rest: list[tuple[str, bool]] = []
    i = 0
    while i < len(units):
        unit, whole = units[i]
        axis = REGION_NOUNS.get(unit) if not whole else None
        nxt = units[i + 1] if i + 1 < len(units) else None
        if axis in ("row", "column") and nxt and not nxt[1] and len(nxt[0]) <= 3 and nxt[0] not in ARTICLES:
            ref.anchors.append(Anchor(nxt[0], axis))
            i += 2
            continue
        cell = _CELL.match(unit) if not whole and cells else None
        if cell:
            ref.anchors.append(Anchor(unit, "cell"))
        rest.append((unit, whole))
        i += 1
    return rest


ARROW_WORDS = frozenset(["arrow", "arrows", "chevron", "caret", "triangle", "pointer"])


def _read_head(ref: Reference, units: list[tuple[str, bool]]) -> None:
    arrow = any(u in ARROW_WORDS for u, whole in units if not whole)
    if arrow:  # "the left arrow", "the right chevron": the direction names the glyph
        ref.icons.extend(u for u, whole in units if not whole and u in ("left", "right", "up", "down"))
    counting = False
    for unit, whole in _lines_and_cells(ref, units):
        if whole:
            ref.labels.append(Phrase(unit, True))
            continue
        counting = counting or unit in ORDINALS
        label = _classify(ref, unit, head=True)
        if label is None:
            continue
        if label in PLACES:
            continue  # a place (see _classify); an arrow's direction only beside an arrow word
        if label in glyphs.ICON_NAMES:
            ref.icons.append(label)
        if label in REGION_NOUNS or label == "one":
            ref.region_noun = ref.region_noun or (label if label != "one" else "")
            continue
        ref.words.append(label)
        if counting:
            ref.counted.append(label)


def _read_anchors(ref: Reference, segments: list[tuple[str, list[tuple[str, bool]]]]) -> None:
    previous = "head"
    placed_before = len(ref.places)
    for relation, seg in segments:
        if relation == "region" and [u for u, whole in seg if whole or u not in ARTICLES] in (["screen"], ["page"]):
            # "at the bottom of the screen": where on the screen, not among its look-alikes.
            ref.screen_edges += ref.places[placed_before:]
            del ref.places[placed_before:]
            continue
        placed_before = len(ref.places)
        # "left of the white disc at D4": D4 is where the disc is. A grid cell names the
        # element's own square only while no other square or thing has been named.
        own_cell = previous in ("head", "region") and not any(a.relation == "cell" for a in ref.anchors)
        _read_anchor(ref, relation, seg, own_cell)
        previous = relation


# "Of the two", "of the pair", "of its three": how many the element is counted among.
GROUP_SIZES = {"two": 2, "pair": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _read_group(ref: Reference, units: list[tuple[str, bool]]) -> bool:
    """ "The first of the two buttons": a count and what is counted, which names no anchor."""
    if any(whole for _, whole in units):
        return False
    loose = [u for u, _ in units if u not in ARTICLES and u not in STOPWORDS]
    if not loose or loose[0] not in GROUP_SIZES:
        return False
    if not all(u in KIND_WORDS or u in SHAPES or u in GROUP_SIZES or u in ("one", "ones") for u in loose[1:]):
        return False
    ref.group_size = GROUP_SIZES[loose[0]]
    for unit in loose[1:]:
        _classify(ref, unit, head=True)
    return True


def _read_anchor(ref: Reference, relation: str, units: list[tuple[str, bool]], cells: bool = True) -> None:
    from_end = relation == "from"
    side = relation.removeprefix("side-") if relation.startswith("side-") else ""
    relation = "region" if from_end or side else relation
    if relation == "region" and _read_group(ref, units):
        return
    units = _lines_and_cells(ref, units, cells)
    words: list[str] = []
    nouns: list[str] = []
    ordinal = None
    places: list[str] = []
    between_split: list[list[str]] = [[]]
    for unit, whole in units:
        if whole:
            words.append(unit)
            between_split[-1].append(unit)
            continue
        if unit == "and":
            between_split.append([])
            continue
        between_end = relation == "between" and unit not in ARTICLES and unit not in ACT_WORDS
        if (unit in ARTICLES or unit in STOPWORDS or unit in ACT_WORDS) and not between_end:
            continue
        if unit in ORDINALS:
            ordinal = ORDINALS[unit]
            continue
        if _CELL.match(unit):
            continue
        if unit in KIND_WORDS or unit in SHAPES:
            if relation == "has":
                _classify(ref, unit, head=True)  # "the room with the round button": the element's looks
            continue
        if unit in PLACES:
            places.append(PLACES[unit])
            continue
        if unit in REGION_NOUNS and not whole:
            nouns.append(unit)
            continue
        if colours.colour_word(unit) or unit in SIZES:
            continue
        words.append(unit)
        between_split[-1].append(unit)
    if any(whole for _, whole in units) and relation != "between":
        # 'on the "Pinecrest Clinic Renewal" deal': the quoted name is the anchor, "deal" what it is.
        shown = [u for u, whole in units if whole]
        words = shown
        between_split = [shown]
    if side and any(not whole and unit in REGION_NOUNS for unit, whole in units):
        ref.places.append(side)  # "on the left of the middle row", "on the right of the toolbar"
    elif side:
        relation = side  # "on the right of the search box": right of it
    kind = next((REGION_NOUNS[n] for n in reversed(nouns)), "region")
    if relation == "region" and kind in ("row", "column"):
        relation = kind
    if words and places and kind == "row" and not ref.row_place:
        ref.row_place = places[0]  # "the keyboard's middle row": the row, whatever it belongs to
    if ordinal is not None and not places and nouns[-1:] == ["row"] and not ref.row_place:
        # "The keypad's second row", "the right-hand input of the first row": the row's number.
        ref.row_place, ordinal, relation = str(ordinal), None, "region"
    if not words:
        # "in the top row", "the second column", "at the bottom": a place, not a text;
        # "on the left of the middle row": the left of it.
        if places and kind == "row":
            ref.row_place = places[0]
            if relation in ("left", "right"):
                ref.places.append(relation)
        elif places and ordinal is None and relation == "region" and _placed_region(units):
            ref.screen_places.extend(places)  # "in the left panel": the panel's place, on the screen
        elif from_end and places and ref.ordinal is not None and ordinal is None and places[0] in ("right", "bottom"):
            ref.ordinal = -ref.ordinal  # "second from the right": counted from the end
        elif places:
            ref.places.extend(p for p in places if not (ref.ordinal is not None and p == "left" and ordinal is None))
        if ordinal is not None and ref.ordinal is None:
            ref.ordinal = ordinal
        return
    if relation == "between" and len(between_split) >= 2 and between_split[1]:
        ref.anchors.append(Anchor(" ".join(between_split[0]), "between", ordinal, " ".join(between_split[1])))
        return
    for part in between_split if len(between_split) > 1 else [words]:
        if part:  # "under Previous and Show question": each is an anchor
            ref.anchors.append(Anchor(" ".join(part), relation, ordinal, place=places[0] if places else ""))
