"""Symbols a user reads as the same control: "+" and "＋", "✕" and "×", "⏭" and "▶▶".

A generated page draws an icon button with whatever character looks right; a target
naming the glyph the recording shows must find it whichever of the look-alikes is used.
"""

from __future__ import annotations

import unicodedata

# Each family: characters (or short sequences) that look alike on a button.
FAMILIES: tuple[frozenset[str], ...] = tuple(
    frozenset(f.split())
    for f in (
        "+ ＋ ➕ ✚ ﹢",
        "− - – — ➖ ﹣ ‒",
        "× ✕ ✖ ✗ ✘ x X ╳ ⨯ ❌ ⨉",
        "÷ ➗",
        "= ＝",
        "✎ ✏ ✐ ✍ 🖉 🖊 📝",
        "⏭ ⏩ ▶▶ ▸▸ ≫ »| ⏵⏵ ▶|",
        "⏮ ⏪ ◀◀ ◂◂ ≪ |« ⏴⏴ |◀",
        "▶ ► ▸ ⏵ ▷ ⯈",
        "◀ ◄ ◂ ⏴ ◁ ⯇",
        "⏸ ❚❚ ▮▮ ‖ || ⏸︎ ❙❙ ⏸️ ▌▌ ॥",
        "■ ⏹ ◼ ▪ ⬛",
        "▲ ▴ △ ⏶ ⯅ ˄ ⌃ ︿ ∧",
        "▼ ▾ ▽ ⏷ ⯆ ˅ ⌄ ﹀ ∨",
        "↑ ⬆ ⇧ ⇑ 🡑",
        "↓ ⬇ ⇩ ⇓ 🡓",
        "← ⬅ ⇦ ⇐ 🡐 ⟵",
        "→ ➡ ⇨ ⇒ 🡒 ⟶ ➜ ➔",
        "‹ < ❮ 〈 ⟨ ᐸ ⟪",
        "› > ❯ 〉 ⟩ ᐳ ⟫",
        "« ⟪ ≪",
        "» ⟫ ≫",
        "✓ ✔ ☑ ✅ √",
        "★ ☆ ⭐ ✩ ✭ ✮ ✯",
        "♥ ♡ ❤ ❥ 🤍 ❣",
        "⇄ ⇆ 🔀 ⤨ ⇌",
        "↻ ⟳ 🔁 ↺ ⟲ 🔄",
        "☰ ≡ ⋮⋮ ⁝",
        "⋮ ︙ ⁞",
        "⋯ … ··· ...",
        "⌫ ⌦ ←⌫",
        "🔍 🔎 ⌕",
        "🗑 🗑️ 🚮",
        "⚙ ⚙️ ⛭",
        "🔊 🔉 🔈 🕪",
        "🔇 🕨",
        "% ٪ ％",
        "± ∓",
        "⇅ ↕ ⬍",
        "? ？ ❓",
        "ℹ ⓘ 🛈",
    )
)
_FAMILY_OF: dict[str, int] = {}
for _i, _family in enumerate(FAMILIES):
    for _member in _family:
        _FAMILY_OF.setdefault(_member, _i)

_VARIATION = dict.fromkeys(map(ord, "\ufe0e\ufe0f\u200d"), None)


def _clean(text: str) -> str:
    return "".join(text.translate(_VARIATION).split())


def is_symbolic(text: str) -> bool:
    """Short text with no letter or digit: a glyph rather than a word."""
    text = _clean(text)
    if not text or len(text) > 4:
        return False
    return not any(unicodedata.category(ch)[0] in "LN" for ch in text) or text in _FAMILY_OF


def as_glyph(text: str) -> str:
    """``text`` stripped to its symbol when it is one, else ''."""
    return _clean(text) if is_symbolic(text) else ""


def family(text: str) -> int | None:
    return _FAMILY_OF.get(_clean(text))


# What a drawn checkbox, radio or switch may show instead of being empty.
TOGGLE_GLYPHS = frozenset("✓✔☐☑☒○●◯◉⬤◎◌□■▢✗✘")


def is_toggle_glyph(text: str) -> bool:
    text = _clean(text)
    return bool(text) and all(ch in TOGGLE_GLYPHS for ch in text)


def same_glyph(a: str, b: str) -> bool:
    """Whether two symbols look alike to a user: equal, or of one family above."""
    a, b = _clean(a), _clean(b)
    if not a or not b:
        return False
    if a == b:
        return True
    fa, fb = _FAMILY_OF.get(a), _FAMILY_OF.get(b)
    return fa is not None and fa == fb


# What people call a glyph when they describe it ("the pencil icon", "the little cross"):
# word -> representative symbols (any look-alike of one matches, see same_glyph).
ICON_NAMES: dict[str, tuple[str, ...]] = {
    "plus": ("+",),
    "add": ("+",),
    "minus": ("−",),
    "dash": ("−",),
    "subtract": ("−",),
    "cross": ("×",),
    "x": ("×",),
    "times": ("×",),
    "close": ("×",),
    "delete": ("×", "🗑"),
    "remove": ("×", "−", "🗑"),
    "dismiss": ("×",),
    "clear": ("×",),
    "trash": ("🗑",),
    "bin": ("🗑",),
    "garbage": ("🗑",),
    "pencil": ("✎",),
    "pen": ("✎",),
    "edit": ("✎",),
    "rename": ("✎",),
    "multiply": ("×",),
    "divide": ("÷",),
    "division": ("÷",),
    "equals": ("=",),
    "equal": ("=",),
    "caret": ("▲", "▼", "‹", "›"),
    "chevron": ("‹", "›", "▼", "▲"),
    "triangle": ("▲", "▼", "▶", "◀"),
    "upvote": ("▲",),
    "downvote": ("▼",),
    "up": ("▲", "↑"),
    "down": ("▼", "↓"),
    "left": ("←", "‹", "◀"),
    "right": ("→", "›", "▶"),
    "leftward": ("←", "‹", "◀"),  # "the move-left button": where it moves things, not where it is
    "rightward": ("→", "›", "▶"),
    "back": ("←", "‹"),
    "previous": ("‹", "←", "⏮", "◀"),
    "prev": ("‹", "←", "⏮", "◀"),
    "next": ("›", "→", "⏭", "▶"),
    "forward": ("›", "→", "⏭"),
    "skip": ("⏭",),
    "rewind": ("⏮",),
    "play": ("▶",),
    "pause": ("⏸",),
    "stop": ("■",),
    "check": ("✓",),
    "checkmark": ("✓",),
    "tick": ("✓",),
    "star": ("★",),
    "heart": ("♥",),
    "like": ("♥",),
    "favourite": ("♥", "★"),
    "favorite": ("♥", "★"),
    "swap": ("⇄",),
    "switch": ("⇄",),
    "shuffle": ("⇄",),
    "reverse": ("⇄",),
    "refresh": ("↻",),
    "reload": ("↻",),
    "repeat": ("↻",),
    "undo": ("↻",),
    "reset": ("↻",),
    "hamburger": ("☰",),
    "menu": ("☰", "⋮", "⋯"),
    "kebab": ("⋮",),
    "ellipsis": ("⋯",),
    "dots": ("⋯", "⋮"),
    "more": ("⋯", "⋮"),
    "backspace": ("⌫",),
    "search": ("🔍",),
    "magnifier": ("🔍",),
    "magnifying": ("🔍",),
    "gear": ("⚙",),
    "cog": ("⚙",),
    "settings": ("⚙",),
    "speaker": ("🔊",),
    "volume": ("🔊",),
    "mute": ("🔇",),
    "percent": ("%",),
    "sign": ("±",),
    "sort": ("⇅",),
    "question": ("?",),
    "help": ("?",),
    "info": ("ℹ",),
}


def named(word: str, text: str) -> bool:
    """Whether ``text`` shows a symbol that people call ``word``."""
    return any(same_glyph(symbol, text) for symbol in ICON_NAMES.get(word, ()))
