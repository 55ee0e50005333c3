"""Lexical grounding: rank a page's interactive elements against a step's wording.

Pure functions over plain candidate dicts (``{"role", "name"}``) so they are tested
without a browser. Issue-6 grounding builds on the same scores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from pytest_iwr.perceive.screen import normalize

# Words that say what kind of control a description means, mapped to ARIA roles.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "button": ("button",),
    "link": ("link",),
    "checkbox": ("checkbox",),
    "box": ("checkbox", "textbox"),
    "tab": ("tab",),
    "input": ("textbox", "searchbox", "spinbutton", "combobox"),
    "field": ("textbox", "searchbox", "spinbutton", "combobox"),
    "textbox": ("textbox",),
    "search": ("searchbox", "textbox"),
    "dropdown": ("combobox", "listbox"),
    "select": ("combobox", "listbox"),
    "menu": ("menu", "menuitem", "combobox"),
    "option": ("option",),
    "radio": ("radio",),
    "switch": ("switch", "checkbox"),
    "toggle": ("switch", "checkbox", "button"),
    "slider": ("slider",),
    "image": ("img",),
    "card": ("article", "generic"),
}
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "on",
        "in",
        "into",
        "of",
        "to",
        "for",
        "and",
        "or",
        "with",
        "next",
        "at",
        "by",
        "from",
        "its",
        "it",
        "this",
        "that",
        "then",
        "click",
        "press",
        "type",
        "select",
        "hover",
        "scroll",
        "tap",
        "choose",
        "pick",
        "enter",
        "open",
    ]
)
# Below this a description-only match is "not grounded" rather than a guess.
GROUNDING_THRESHOLD = 0.5

_QUOTED = re.compile(r"[\"“”'‘’]([^\"“”'‘’]{1,80})[\"“”'‘’]")
_WORD = re.compile(r"[a-z0-9$€£%]+")


@dataclass(frozen=True)
class Ranked:
    index: int
    score: float


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


def quoted_strings(description: str) -> list[str]:
    return [normalize(q) for q in _QUOTED.findall(description) if q.strip()]


def description_score(description: str, role: str, name: str) -> float:
    """How well one element (role, accessible name) fits a description, in [0, 1]."""
    name_n = normalize(name)
    quoted = quoted_strings(description)
    desc_words = words(description)
    role_hints = {r for w in desc_words for r in ROLE_WORDS.get(w, ())}
    role_bonus = 0.15 if role in role_hints else 0.0
    if quoted:
        best = 0.0
        for q in quoted:
            if name_n == q:
                best = max(best, 1.0)
            elif q and q in name_n:
                best = max(best, 0.6 + 0.3 * len(q) / max(len(name_n), 1))
            else:
                best = max(best, 0.5 * SequenceMatcher(None, q, name_n).ratio())
        return min(1.0, best * 0.85 + role_bonus)
    name_words = set(words(name))
    if not desc_words or not name_words:
        return role_bonus
    overlap = len(name_words.intersection(desc_words)) / len(name_words)
    return min(1.0, 0.85 * overlap + role_bonus)


def rank_by_description(description: str, candidates: list[dict]) -> list[Ranked]:
    """Candidates best first; ties keep reading order."""
    scored = [
        Ranked(i, description_score(description, c.get("role", ""), c.get("name", "")))
        for i, c in enumerate(candidates)
    ]
    return sorted(scored, key=lambda r: -r.score)


def rank_by_name(wanted: str, candidates: list[dict]) -> list[Ranked]:
    """For "nearest candidates" in a not-found message: closest names first."""
    wanted_n = normalize(wanted)
    scored = [
        Ranked(i, SequenceMatcher(None, wanted_n, normalize(c.get("name", ""))).ratio())
        for i, c in enumerate(candidates)
    ]
    return sorted(scored, key=lambda r: -r.score)
