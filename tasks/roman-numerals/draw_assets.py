"""Draws the roman-numerals assets (seeded): the Numeralia logo and a carved-stone banner."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(1666)


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 79, 79), 18, fill=(120, 53, 15))
    # a column
    d.rectangle((18, 14, 62, 20), fill=(254, 243, 199))
    d.rectangle((18, 60, 62, 66), fill=(254, 243, 199))
    for x in (24, 35, 46):
        d.rectangle((x, 22, x + 8, 58), fill=(253, 230, 138))
    return im


def banner():
    w, h = 640, 110
    im = Image.new("RGB", (w, h), (214, 204, 186))
    d = ImageDraw.Draw(im)
    for _ in range(900):
        x, y = rng.randint(0, w - 1), rng.randint(0, h - 1)
        v = rng.randint(-22, 16)
        d.point((x, y), fill=(214 + v, 204 + v, 186 + v))
    for _ in range(6):
        x = rng.randint(0, w)
        d.line((x, 0, x + rng.randint(-40, 40), rng.randint(20, 60)), fill=(176, 164, 144), width=1)
    d.rectangle((0, 0, w - 1, h - 1), outline=(150, 136, 112), width=4)
    # carved strokes that read like numerals (drawn, not typed)
    x = 40
    for glyph in "MDCLXVI":
        if glyph in "IL":
            d.line((x + 10, 28, x + 10, 82), fill=(120, 104, 80), width=7)
            if glyph == "L":
                d.line((x + 10, 82, x + 36, 82), fill=(120, 104, 80), width=7)
        elif glyph == "V":
            d.line((x, 28, x + 16, 82), fill=(120, 104, 80), width=7)
            d.line((x + 32, 28, x + 16, 82), fill=(120, 104, 80), width=7)
        elif glyph == "X":
            d.line((x, 28, x + 32, 82), fill=(120, 104, 80), width=7)
            d.line((x + 32, 28, x, 82), fill=(120, 104, 80), width=7)
        elif glyph == "C":
            d.arc((x, 28, x + 44, 82), 60, 300, fill=(120, 104, 80), width=7)
        elif glyph == "D":
            d.line((x + 4, 28, x + 4, 82), fill=(120, 104, 80), width=7)
            d.arc((x - 20, 28, x + 40, 82), 270, 90, fill=(120, 104, 80), width=7)
        else:
            d.line((x, 82, x, 28), fill=(120, 104, 80), width=7)
            d.line((x, 28, x + 20, 60), fill=(120, 104, 80), width=7)
            d.line((x + 20, 60, x + 40, 28), fill=(120, 104, 80), width=7)
            d.line((x + 40, 28, x + 40, 82), fill=(120, 104, 80), width=7)
        x += 82
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    banner().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
