"""Draws the timezone-meeting assets (seeded): the Overlapp logo and a stylised world strip."""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(2424)


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 79, 79), 18, fill=(13, 148, 136))
    d.ellipse((10, 18, 50, 58), outline=(204, 251, 241), width=5)
    d.ellipse((30, 18, 70, 58), outline=(253, 230, 138), width=5)
    d.line((40, 38, 40, 26), fill=(255, 255, 255), width=3)
    d.line((40, 38, 48, 42), fill=(255, 255, 255), width=3)
    return im


def world():
    w, h = 1200, 60
    im = Image.new("RGB", (w, h), (15, 23, 42))
    d = ImageDraw.Draw(im)
    for x in range(w):
        t = x / w
        v = 0.5 + 0.5 * math.cos((t - 0.5) * 2 * math.pi)
        col = (int(15 + 200 * v), int(23 + 170 * v), int(42 + 120 * v))
        d.line((x, 0, x, h), fill=col)
    for _ in range(11):
        cx, cy = rng.randint(20, w - 20), rng.randint(12, 48)
        rx, ry = rng.randint(20, 70), rng.randint(6, 14)
        d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=(94, 140, 97))
    for _ in range(40):
        x, y = rng.randint(0, w), rng.randint(0, h)
        d.point((x, y), fill=(255, 255, 255))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    world().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
