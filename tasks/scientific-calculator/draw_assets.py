"""Draws the scientific-calculator assets (seeded): the Sumwise logo and a faint formula backdrop."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(4242)


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 79, 79), 18, fill=(67, 56, 202))
    # a root sign
    d.line([(14, 44), (24, 40), (32, 60), (44, 18), (66, 18)], fill=(224, 231, 255), width=6, joint="curve")
    d.ellipse((50, 36, 64, 50), fill=(250, 204, 21))
    return im


def backdrop():
    w, h = 1280, 720
    im = Image.new("RGB", (w, h), (238, 240, 251))
    d = ImageDraw.Draw(im, "RGBA")
    for _ in range(70):
        x, y = rng.randint(0, w), rng.randint(0, h)
        s = rng.randint(10, 26)
        col = (67, 56, 202, rng.randint(14, 34))
        k = rng.randint(0, 3)
        if k == 0:
            d.line(
                [(x - s, y + s // 3), (x - s // 2, y), (x, y + s), (x + s // 2, y - s), (x + s, y - s)],
                fill=col,
                width=3,
            )
        elif k == 1:
            d.arc((x - s, y - s, x, y + s), 90, 270, fill=col, width=3)
            d.arc((x, y - s, x + s, y + s), 270, 90, fill=col, width=3)
        elif k == 2:
            d.ellipse((x - s, y - s, x + s, y + s), outline=col, width=3)
        else:
            d.line([(x - s, y), (x + s, y)], fill=col, width=3)
            d.ellipse((x - 3, y - s // 2 - 3, x + 3, y - s // 2 + 3), fill=col)
            d.ellipse((x - 3, y + s // 2 - 3, x + 3, y + s // 2 + 3), fill=col)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    backdrop().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
