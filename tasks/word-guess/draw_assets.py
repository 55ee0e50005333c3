"""Draw the word-guess assets (seeded): asset_001 the logo, asset_002 a decorative leaf strip."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(77)


def logo():
    im = Image.new("RGBA", (72, 72), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    cols = [(22, 163, 74), (202, 138, 4), (100, 116, 139), (22, 163, 74)]
    for i, c in enumerate(cols):
        x, y = (i % 2) * 36, (i // 2) * 36
        d.rounded_rectangle((x + 2, y + 2, x + 33, y + 33), 6, fill=c)
    return im


def strip():
    w, h = 300, 60
    im = Image.new("RGB", (w, h), (240, 253, 244))
    d = ImageDraw.Draw(im)
    for k in range(14):
        x = 10 + k * 21 + rng.randint(-3, 3)
        y = rng.randint(18, 38)
        g = (rng.randint(20, 60), rng.randint(120, 170), rng.randint(50, 90))
        d.ellipse((x, y - 10, x + 16, y + 10), fill=g)
        d.line((x + 8, y - 10, x + 8, y + 10), fill=(240, 253, 244), width=1)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    strip().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
