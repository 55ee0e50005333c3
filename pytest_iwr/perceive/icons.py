"""Icons drawn rather than written: which symbol a text-less control shows, from its pixels.

A page may draw its close button as "✕", as "×" or as two crossed SVG strokes; a user sees
the same cross. For a small control with no text of its own, its pixels are compared with
each symbol below rendered in DejaVu Sans: both reduced to a blurred mask of the ink on its
own background, scaled alike. The best symbol stands only when it fits well and clearly
better than any other family's, so a photo or a swatch names nothing.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from pytest_iwr.perceive import glyphs
from pytest_iwr.perceive.screen import Box

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SYMBOLS = (
    "+", "−", "×", "✓", "▲", "▼", "◀", "▶", "‹", "›", "←", "→", "↑", "↓", "☰", "⋮", "⋯",
    "✎", "★", "☆", "♥", "♡", "⇄", "↻", "☺", "☺+", "⌫", "⏸", "⌕", "⚙", "⤓", "⎘",
)  # fmt: skip
SIDE = 24  # masks are compared at this size
MIN_PX, MAX_PX = 8.0, 128.0  # controls this size (both sides) can be icons
INSET = 3.0  # pixels cut off the control's edge: its own outline is neither ink nor background
ICON_ROLES = frozenset({"button", "link", "generic", "menuitem", "tab", "gridcell", "option"})
INK = 60  # a channel this far from the background is ink
FIT = 0.9  # cosine of the masks a symbol needs
LEAD = 0.04  # ... and its lead over the best symbol of another family


def ink_mask(rgb: np.ndarray) -> np.ndarray | None:
    """The ink of an icon crop (how far each pixel is from the background, relative to the
    strongest), cut to its extent, squared and scaled to SIDE, blurred; None when there is
    no ink, or when it fills the crop (a swatch, a photo, a filled button)."""
    if rgb.size == 0 or min(rgb.shape[:2]) < 3:
        return None
    border = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]]).astype(np.int16)
    background = np.median(border, axis=0)
    distance = np.abs(rgb.astype(np.int16) - background).max(axis=2).astype(np.float32)
    strongest = float(distance.max())
    if strongest < INK:
        return None
    ink = np.clip((distance - 0.15 * strongest) / (0.7 * strongest), 0.0, 1.0)
    solid = ink > 0.5
    if solid.sum() < 4:
        return None
    rows, cols = np.nonzero(ink > 0.25)
    cut = ink[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]
    if (cut > 0.5).mean() > 0.6 and cut.shape[0] > 0.8 * ink.shape[0] and cut.shape[1] > 0.8 * ink.shape[1]:
        return None  # a patch of colour, not a symbol
    return _normalised(cut)


def _normalised(cut: np.ndarray) -> np.ndarray:
    h, w = cut.shape
    side = max(h, w)
    square = np.zeros((side, side), dtype=np.float32)
    square[(side - h) // 2 : (side - h) // 2 + h, (side - w) // 2 : (side - w) // 2 + w] = cut
    image = Image.fromarray((square * 255).astype(np.uint8)).resize((SIDE, SIDE), Image.BILINEAR)
    vector = np.asarray(image.filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float32).ravel()
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


@cache
def template(symbol: str) -> np.ndarray | None:
    font = ImageFont.truetype(FONT, 48)
    image = Image.new("RGB", (160, 96), "white")
    ImageDraw.Draw(image).text((16, 16), symbol, font=font, fill="black")
    return ink_mask(np.asarray(image))


def recognise(rgb: np.ndarray) -> str:
    """The symbol an icon crop shows, or '' when none fits clearly."""
    mask = ink_mask(rgb)
    if mask is None:
        return ""
    fits = sorted(((float(mask @ t), s) for s in SYMBOLS if (t := template(s)) is not None), key=lambda f: -f[0])
    if not fits or fits[0][0] < FIT:
        return ""
    best, symbol = fits[0]
    rival = next((score for score, other in fits[1:] if not glyphs.same_glyph(other, symbol)), 0.0)
    return symbol if best - rival >= LEAD else ""


def icon_boxes(boxes: dict[int, Box], viewport: tuple[float, float]) -> dict[int, Box]:
    """The insides of the controls whose size and place allow an icon on screen."""
    vw, vh = viewport
    return {
        i: Box(b.x + INSET, b.y + INSET, b.w - 2 * INSET, b.h - 2 * INSET)
        for i, b in boxes.items()
        if MIN_PX <= b.w <= MAX_PX
        and MIN_PX <= b.h <= MAX_PX
        and b.x >= 0
        and b.y >= 0
        and b.right <= vw
        and b.bottom <= vh
    }


def read_icons(
    screenshot: Callable[[dict[str, float]], bytes], boxes: dict[int, Box], viewport: tuple[float, float]
) -> dict[int, str]:
    """Per control (index -> box, text-less ones), the symbol it shows: one screenshot of
    the region holding them (``screenshot`` takes Playwright's ``clip``)."""
    wanted = icon_boxes(boxes, viewport)
    if not wanted:
        return {}
    x0 = min(b.x for b in wanted.values())
    y0 = min(b.y for b in wanted.values())
    x1 = max(b.right for b in wanted.values())
    y1 = max(b.bottom for b in wanted.values())
    with Image.open(io.BytesIO(screenshot({"x": x0, "y": y0, "width": x1 - x0, "height": y1 - y0}))) as shot:
        pixels = np.asarray(shot.convert("RGB"))
    scale = pixels.shape[1] / (x1 - x0)  # device pixels per CSS pixel
    found = {}
    for index, box in wanted.items():
        left, top = int((box.x - x0) * scale), int((box.y - y0) * scale)
        right, bottom = int(np.ceil((box.right - x0) * scale)), int(np.ceil((box.bottom - y0) * scale))
        symbol = recognise(pixels[top:bottom, left:right])
        if symbol:
            found[index] = symbol
    return found


def page_icons(page: object, screen: object) -> Callable[[], dict[int, str]]:
    """A reader of ``screen``'s drawn icons on ``page``, for Screen.icon_source: run on
    first use, when a glyph of a text-less control is asked for."""

    def read() -> dict[int, str]:
        textless = {
            c.index: c.box
            for c in screen.controls  # type: ignore[attr-defined]
            if c.role in ICON_ROLES and not c.editable and not screen.own_text(c.index)  # type: ignore[attr-defined]
        }
        try:
            return read_icons(lambda clip: page.screenshot(clip=clip, timeout=5000), textless, screen.viewport)  # type: ignore[attr-defined]
        except Exception:  # the page went away or cannot be shot: no icon is read, nothing else changes
            return {}

    return read
