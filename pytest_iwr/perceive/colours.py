"""Colour names a person would use for a computed CSS colour ("the red button").

Pure: a computed colour string in, the basic names it reads as out (one hue name, plus
"dark"/"light" shades), so a description's colour word can be checked against what the
page draws.
"""

from __future__ import annotations

import colorsys
import re

_RGB = re.compile(r"rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)")
# Words a description may use, folded onto the names colour_names() gives.
SYNONYMS = {
    "gray": "grey",
    "silver": "grey",
    "violet": "purple",
    "indigo": "purple",
    "lilac": "purple",
    "magenta": "pink",
    "rose": "pink",
    "cyan": "teal",
    "turquoise": "teal",
    "aqua": "teal",
    "lime": "green",
    "navy": "blue",
    "crimson": "red",
    "scarlet": "red",
    "amber": "orange",
    "gold": "yellow",
    "golden": "yellow",
}
NAMES = frozenset(
    ["red", "orange", "yellow", "green", "teal", "blue", "purple", "pink", "brown", "grey", "black", "white"]
)


def parse(colour: str) -> tuple[float, float, float, float] | None:
    """(r, g, b, alpha) in [0, 1] of a computed ``rgb()``/``rgba()`` string, or None."""
    match = _RGB.match(colour.strip())
    if not match:
        return None
    r, g, b = (float(match.group(i)) / 255 for i in (1, 2, 3))
    alpha_text = match.group(4)
    alpha = (
        1.0 if alpha_text is None else (float(alpha_text[:-1]) / 100 if alpha_text.endswith("%") else float(alpha_text))
    )
    return r, g, b, alpha


def colour_names(colour: str) -> frozenset[str]:
    """The names a person would call this colour: {"blue", "dark"}, {"grey", "light"}..."""
    parsed = parse(colour)
    if parsed is None or parsed[3] < 0.2:
        return frozenset()
    h, lightness, s = colorsys.rgb_to_hls(*parsed[:3])
    hue = h * 360
    if lightness < 0.12:
        return frozenset({"black", "dark"})
    chroma = max(parsed[:3]) - min(parsed[:3])
    if lightness > 0.94 and chroma >= PALE_TINT:
        # A pale tint on a white page shows its hue: an error field's (254, 242, 242) is pink.
        pale = {"red": "pink", "orange": "", "brown": ""}.get(_hue_name(hue, lightness), _hue_name(hue, lightness))
        return frozenset({"white", "light", pale} - {""})  # pale orange is beige or cream, not orange
    if lightness > 0.94 or (lightness > 0.85 and s < 0.25):
        return frozenset({"white", "light"})
    shade = {"dark"} if lightness < 0.35 else {"light"} if lightness > 0.75 else set()
    # Chroma, not HLS saturation, says whether a person sees a hue at all: a pale slate
    # (226, 232, 240) has an HLS saturation of 0.32 yet reads as light grey.
    if chroma < 0.1 or s < 0.18 or (s < 0.3 and 0.2 < lightness < 0.8 and hue > 180 and hue < 260 and s < 0.22):
        return frozenset({"grey", *shade})
    return frozenset({_hue_name(hue, lightness), *shade})


PALE_TINT = 0.04  # chroma of a near-white whose hue a person still names


def _hue_name(hue: float, lightness: float) -> str:
    if hue < 15 or hue >= 345:
        return "red"
    if hue < 42:
        return "brown" if lightness < 0.32 else "orange"
    if hue < 68:
        return "yellow"
    if hue < 165:
        return "green"
    if hue < 195:
        return "teal"
    if hue < 255:
        return "blue"
    if hue < 295:
        return "purple"
    return "pink"


TEXT_BLACK = 0.2  # writing this dark reads as black whatever its tint


def text_colour_names(colour: str) -> frozenset[str]:
    """The names of a text colour: thin strokes show little of a dark tint, so a near-black
    teal (19, 48, 45) is read as black, as a person reads it."""
    parsed = parse(colour)
    if parsed is not None and parsed[3] >= 0.2 and (max(parsed[:3]) + min(parsed[:3])) / 2 < TEXT_BLACK:
        return frozenset({"black", "dark"})
    return colour_names(colour)


def colour_word(word: str) -> str | None:
    """The basic colour a description's word names, or None when it names none."""
    word = SYNONYMS.get(word, word)
    return word if word in NAMES else None
