"""Draws the calculator assets (seeded): an app logo and a soft background pattern."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(9001)


def logo():
    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([2, 2, 61, 61], 14, fill=(16, 122, 87))
    d.rounded_rectangle([12, 10, 52, 24], 4, fill=(209, 250, 229))
    for r in range(2):
        for c in range(3):
            x, y = 12 + c * 14, 30 + r * 13
            d.rounded_rectangle([x, y, x + 10, y + 9], 3, fill=(255, 255, 255) if (r, c) != (1, 2) else (251, 191, 36))
    return img


def pattern():
    w, h = 1280, 720
    img = Image.new("RGB", (w, h), (236, 242, 238))
    d = ImageDraw.Draw(img, "RGBA")
    for _ in range(90):
        x, y = rng.randint(0, w), rng.randint(0, h)
        s = rng.randint(8, 22)
        kind = rng.randint(0, 3)
        col = (16, 122, 87, rng.randint(18, 40))
        if kind == 0:
            d.line([(x - s, y), (x + s, y)], fill=col, width=4)
            d.line([(x, y - s), (x, y + s)], fill=col, width=4)
        elif kind == 1:
            d.line([(x - s, y), (x + s, y)], fill=col, width=4)
        elif kind == 2:
            d.line([(x - s, y - s), (x + s, y + s)], fill=col, width=4)
            d.line([(x - s, y + s), (x + s, y - s)], fill=col, width=4)
        else:
            d.ellipse([x - s / 2, y - s / 2, x + s / 2, y + s / 2], outline=col, width=4)
    return img


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    pattern().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
