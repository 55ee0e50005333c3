"""Rank a page's interactive elements against a step's description: pure scoring.

A description names its element the way an annotator saw it:
``Click the "+" button next to "Adults" in the Travellers box``. Read as a user would:

- quoted (or parenthesised) labels: a label followed by a control word ("button",
  "dropdown", "field") or not introduced by a preposition names the element itself
  (*target* phrases: ``"+"``); one introduced by a preposition ("on the", "next to",
  "of the") and not followed by a control word names the region it is in (*context*
  phrases: ``"Adults"``);
- role words ("button", "checkbox", "dropdown") say what kind of control it is;
- other words either are on the element ("the Amount field") or name its region
  ("under quietferment's post").

Each candidate brings what a user can read on it (accessible name, visible text,
labels, placeholder, title, the alt text of its pictures) and, for every context
phrase and word, how many levels up its nearest ancestor showing it is. The lexical
score weighs own labels first and the closeness of the context second; the
sentence-embedding cosine (agent/embedding.py) adds what words miss. One confidence in
[0, 1] comes out; ranking uses the uncapped score so near-equals stay apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from pytest_iwr.agent.grounding import ROLE_WORDS, STOPWORDS, normalize

# Confidence below which a description-only step is "not grounded" instead of a guess.
# Calibrated with benchmarks/grounding.py (README, "IWR-Bench release data").
THRESHOLD = 0.45
LEXICAL_WEIGHT = 0.8  # the rest is the embedding cosine
OWN_WEIGHT = 0.85  # own labels; the rest is how close the context is
ROLE_BONUS = 0.1
PICTURE_BONUS = 0.15
ROLE_AND_REGION = 0.5  # own score of a control of the named kind when only its region is named
EDITABLE_ROLES = frozenset({"textbox", "searchbox", "spinbutton", "combobox"})
SELECT_ROLES = frozenset({"combobox", "listbox", "button"})
CONTROL_WORDS = frozenset(
    [
        "button",
        "link",
        "checkbox",
        "box",
        "tab",
        "input",
        "field",
        "textbox",
        "dropdown",
        "select",
        "menu",
        "option",
        "radio",
        "switch",
        "toggle",
        "slider",
        "key",
        "icon",
        "arrow",
        "control",
    ]
)
PICTURE_WORDS = frozenset(["photo", "picture", "image", "thumbnail", "poster", "cover", "avatar"])
# Words that introduce the region an element is in ("on the ... card", "next to ...", "that contains ...").
PREPOSITIONS = frozenset(
    [
        "on",
        "in",
        "of",
        "under",
        "next",
        "to",
        "near",
        "beside",
        "above",
        "below",
        "inside",
        "within",
        "for",
        "from",
        "at",
        "by",
        "contains",
        "containing",
        "with",
    ]
)
# Words about the act, not about the element.
ACTION_WORDS = frozenset(
    [
        "over",
        "tick",
        "untick",
        "check",
        "uncheck",
        "set",
        "replace",
        "fill",
        "write",
        "again",
        "also",
        "then",
        "choose",
        "select",
        "go",
        "back",
        "click",
        "press",
        "hover",
    ]
)
# Words that say what kind of region, not which one: no help in telling regions apart.
REGION_WORDS = frozenset(
    [
        "card",
        "row",
        "line",
        "post",
        "panel",
        "section",
        "list",
        "block",
        "item",
        "entry",
        "tile",
        "area",
        "column",
        "box",
        "again",
    ]
)
# Role hints beyond agent/grounding.ROLE_WORDS: what the act or the choice implies.
EXTRA_ROLE_WORDS = {
    "tick": ("checkbox",),
    "untick": ("checkbox",),
    "option": ("radio",),
    "answer": ("radio",),
}
ORDINALS = {
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
    "sixth": "6",
    "seventh": "7",
    "eighth": "8",
    "ninth": "9",
    "tenth": "10",
}

_QUOTED = re.compile(r"“([^”]{1,80})”|‘([^’]{1,80})’|\"([^\"]{1,80})\"|(?<![\w])'([^']{1,80}?)'(?![\w])")
_PAREN = re.compile(r"\(([^()]{1,40})\)")
_TOKEN = re.compile(r"[a-z0-9$€£%+×÷−=.]*[a-z0-9$€£%+×÷−=]")


@dataclass
class Candidate:
    """What a user can read on and about one visible interactive element."""

    role: str
    name: str
    texts: list[str] = field(default_factory=list)  # visible text, labels, placeholder, title
    alts: list[str] = field(default_factory=list)  # alt text of its pictures
    depths: list[int | None] = field(default_factory=list)  # per context term: levels up to an ancestor showing it
    editable: bool = False

    def readable(self) -> list[str]:
        return [t for t in dict.fromkeys(normalize(x) for x in [self.name, *self.texts, *self.alts]) if t]

    def summary(self) -> str:
        """The text embedded for this element: its role and what it says."""
        return f"{self.role}: " + " | ".join(self.readable()[:3])


@dataclass(frozen=True)
class Instruction:
    """A description read for grounding."""

    targets: list[str]  # labels of the element itself
    contexts: list[str]  # labels of the region it is in
    words: list[str]  # other content words (ordinals as numbers, hyphens split)
    roles: frozenset[str]  # ARIA roles the role words point to
    picture: bool  # it speaks of a photo, thumbnail...

    @property
    def terms(self) -> list[dict[str, object]]:
        """What the page is searched for around each candidate (see Candidate.depths):
        phrases as substrings, words as whole words."""
        return [{"text": c, "word": False} for c in self.contexts] + [{"text": w, "word": True} for w in self.words]


@dataclass(frozen=True)
class Scored:
    index: int
    score: float  # uncapped: ranks
    confidence: float  # in [0, 1]
    lexical: float
    semantic: float


def words(text: str) -> list[str]:
    """Content words, hyphenated ones split (``top-left`` is ``top`` and ``left``)."""
    out = []
    for token in _TOKEN.findall(text.lower().replace("-", " ")):
        if token not in STOPWORDS:
            out.append(token)
    return out


def _remove_typed(text: str, typed: str | None) -> str:
    """The description without the text to type or option to choose (it names no element)."""
    if not typed:
        return text
    return re.sub(rf"(?<![\w]){re.escape(typed)}(?![\w])", " ", text, flags=re.IGNORECASE)


def parse(description: str, typed: str | None = None) -> Instruction:
    typed_n = normalize(typed or "")
    targets: list[str] = []
    contexts: list[str] = []
    rest = _QUOTED.sub(" ", description)
    for match in _PAREN.finditer(rest):
        if len(match.group(1).split()) <= 3 and not re.search(r"[\d,]", match.group(1)):
            targets.append(normalize(match.group(1)))  # 'the "▲" (Upvote) button': the control's name
            rest = rest.replace(match.group(0), " ")
    last_end = 0
    for match in _QUOTED.finditer(description):
        phrase = normalize(next(g for g in match.groups() if g is not None))
        between, last_end = description[last_end : match.start()], match.end()
        if not phrase or phrase == typed_n:
            continue
        before = re.findall(r"[a-z]+", between.lower())[-4:]
        after = re.findall(r"[a-z]+", description[match.end() :].lower())[:1]
        # "next to "Adults"" names a region; "the "Size" dropdown" and "the thumbnail of "X"" the element.
        named = not targets and set(before[-3:-1]) & PICTURE_WORDS
        introduced = any(w in PREPOSITIONS for w in before) and not named
        controlled = bool(after) and after[0] in CONTROL_WORDS
        (contexts if introduced and not controlled else targets).append(phrase)
    rest = _remove_typed(rest.replace("(", " ").replace(")", " "), typed)
    rest = re.sub(r"(?<=\w)['’]s\b", "", rest)  # "quietferment's post": the name, not an "s"
    content = [ORDINALS.get(w, w) for w in words(rest)]
    # "card" is a region, not a control: every generic element would get the role bonus.
    roles = frozenset(r for w in content if w != "card" for r in (*ROLE_WORDS.get(w, ()), *EXTRA_ROLE_WORDS.get(w, ())))
    noise = ACTION_WORDS | CONTROL_WORDS | PICTURE_WORDS | PREPOSITIONS | REGION_WORDS
    kept = [w for w in content if w not in noise]
    return Instruction(targets, contexts, list(dict.fromkeys(kept)), roles, bool(set(content) & PICTURE_WORDS))


def phrase_match(phrase: str, texts: list[str]) -> float:
    """How well a label is one of the element's own, in [0, 1]."""
    best = 0.0
    for text in texts:
        if text == phrase:
            return 1.0
        if phrase and re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", text):
            best = max(best, 0.6 + 0.3 * len(phrase) / max(len(text), 1))
        elif len(text) >= 3 and re.search(rf"(?<![a-z0-9]){re.escape(text)}(?![a-z0-9])", phrase):
            # "My courses (2)" quoted, the link reads "My courses": most of the label.
            best = max(best, 0.5 + 0.4 * len(text) / len(phrase))
        else:
            best = max(best, 0.5 * SequenceMatcher(None, phrase, text).ratio())
    return best


def _weight(word: str) -> float:
    return 2.0 if any(c.isdigit() for c in word) else 1.0  # "H1", "column 4": identifiers


def word_overlap(wanted: list[str], texts: list[str]) -> float:
    """The (weighted) share of an element's label words that the description uses, best label."""
    want = set(wanted)
    best = 0.0
    for text in texts:
        own = set(words(text))
        if own and want:
            best = max(best, sum(_weight(w) for w in own & want) / sum(_weight(w) for w in own))
    return best


def term_weights(candidates: list[Candidate], phrases: int = 0) -> list[float]:
    """How telling each context term is. Quoted context phrases (the first ``phrases``
    terms) were named on purpose: weight 1. A word shown close to few candidates tells
    them apart ("brass_and_basil"); one shown next to every candidate ("Reply") does not."""
    count = max((len(c.depths) for c in candidates), default=0)
    weights = []
    for t in range(count):
        depths = [c.depths[t] for c in candidates if t < len(c.depths) and c.depths[t] is not None]
        if t < phrases:
            weights.append(1.0 if depths else 0.0)
        else:
            weights.append(1.0 / sum(d == min(depths) for d in depths) if depths else 0.0)
    return weights


def context_score(depths: list[int | None], weights: list[float]) -> float:
    """How close the region naming the element is: 1 when its own text shows every term."""
    total = sum(weights[: len(depths)])
    if not total:
        return 0.0
    return sum(w / (1 + d) for d, w in zip(depths, weights, strict=False) if d is not None) / total


def lexical_score(ins: Instruction, action: str, cand: Candidate, weights: list[float] | None = None) -> float:
    texts = cand.readable()
    if ins.targets:
        own = max(phrase_match(p, texts) for p in ins.targets)
        own = min(1.0, own + 0.05 * word_overlap(ins.words, texts))  # "the Enroll button" vs "Enroll" link
    else:
        own = 0.9 * word_overlap(ins.words, texts)
        if cand.role in ins.roles and ins.contexts:
            own = max(own, ROLE_AND_REGION)  # "the checkbox next to "Buy milk"": the kind, placed by its region
    context = context_score(cand.depths, weights if weights is not None else [1.0] * len(cand.depths))
    score = OWN_WEIGHT * own + (1 - OWN_WEIGHT) * context
    if cand.role in ins.roles:
        score += ROLE_BONUS
    if ins.picture and cand.alts:
        score += PICTURE_BONUS
    if action == "type" and not cand.editable:
        score *= 0.5  # text goes into something that takes text
    elif action == "select" and cand.role not in SELECT_ROLES:
        score *= 0.7
    return score


def combine(lexical: float, semantic: float) -> float:
    """Mostly the words; the embedding for what they miss."""
    return LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * max(0.0, semantic)


def rank(
    description: str,
    action: str,
    typed: str | None,
    candidates: list[Candidate],
    semantic: list[float] | None = None,
) -> list[Scored]:
    """Candidates best first (ties keep reading order); ``semantic`` is each one's cosine."""
    ins = parse(description, typed)
    sims = semantic if semantic is not None else [0.0] * len(candidates)
    weights = term_weights(candidates, len(ins.contexts))
    scored = []
    for i, cand in enumerate(candidates):
        lex = lexical_score(ins, action, cand, weights)
        score = combine(lex, sims[i])
        scored.append(Scored(i, score, min(1.0, score), lex, sims[i]))
    return sorted(scored, key=lambda s: -s.score)


def query_text(description: str, typed: str | None) -> str:
    """The description as embedded: without the text to type."""
    return " ".join(_remove_typed(description, typed).split())
