"""Draws the password-signup assets (seeded): the Shoal logo and a wavy side illustration."""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(310)


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 79, 79), fill=(2, 132, 199))
    for k in range(3):
        y = 26 + k * 12
        pts = [(12 + x, y + 4 * math.sin(x / 7 + k)) for x in range(0, 57, 3)]
        d.line(pts, fill=(224, 242, 254), width=4)
    return im


def side():
    w, h = 420, 560
    im = Image.new("RGB", (w, h), (12, 74, 110))
    d = ImageDraw.Draw(im, "RGBA")
    for k in range(9):
        base = 120 + k * 50
        amp = rng.randint(8, 18)
        ph = rng.random() * 6
        col = (56 + k * 12, 189 - k * 6, 248, 90)
        pts = [(x, base + amp * math.sin(x / 38 + ph)) for x in range(0, w + 1, 6)]
        d.polygon([*pts, (w, h), (0, h)], fill=col)
    for _ in range(26):
        x, y, r = rng.randint(10, w - 10), rng.randint(10, 110), rng.randint(2, 5)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(224, 242, 254, 160))
    # three little fish
    for fx, fy, c in [(90, 300, (251, 191, 36)), (260, 380, (251, 113, 133)), (180, 470, (163, 230, 53))]:
        d.ellipse((fx, fy, fx + 40, fy + 20), fill=(*c, 255))
        d.polygon([(fx, fy + 10), (fx - 14, fy), (fx - 14, fy + 20)], fill=(*c, 255))
        d.ellipse((fx + 28, fy + 6, fx + 33, fy + 11), fill=(15, 23, 42, 255))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    side().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
