"""Draws the tower-of-hanoi assets (seeded): the Pegwise logo and a wooden base plank."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(77)


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 79, 79), 18, fill=(15, 118, 110))
    d.rectangle((37, 14, 43, 64), fill=(204, 251, 241))
    for i, (w, col) in enumerate([(52, (251, 146, 60)), (38, (250, 204, 21)), (24, (244, 114, 182))]):
        y = 56 - i * 12
        d.rounded_rectangle((40 - w // 2, y, 40 + w // 2, y + 9), 4, fill=col)
    d.rectangle((10, 66, 70, 70), fill=(204, 251, 241))
    return im


def plank():
    w, h = 900, 40
    im = Image.new("RGB", (w, h), (146, 94, 52))
    d = ImageDraw.Draw(im)
    for _ in range(60):
        y = rng.randint(0, h)
        x0 = rng.randint(-100, w)
        shade = rng.randint(-28, 18)
        col = (146 + shade, 94 + shade, 52 + shade // 2)
        d.line([(x0, y), (x0 + rng.randint(80, 320), y + rng.randint(-2, 2))], fill=col, width=rng.randint(1, 3))
    for _ in range(3):
        x, y = rng.randint(40, w - 40), rng.randint(10, h - 10)
        d.ellipse((x - 9, y - 5, x + 9, y + 5), outline=(110, 66, 34), width=2)
    d.rectangle((0, 0, w - 1, 3), fill=(176, 124, 80))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    plank().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
