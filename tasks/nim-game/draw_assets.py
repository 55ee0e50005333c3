"""Draws the nim-game assets (seeded): the Pebblegrove logo, a pebble and a robot opponent face."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(3141)


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 79, 79), 18, fill=(63, 98, 18))
    for x, y, r in [(26, 50, 14), (52, 52, 12), (40, 30, 11)]:
        d.ellipse((x - r, y - r * 0.8, x + r, y + r * 0.8), fill=(214, 211, 209))
        d.ellipse((x - r * 0.5, y - r * 0.6, x, y - r * 0.2), fill=(245, 245, 244))
    return im


def pebble():
    im = Image.new("RGBA", (40, 32), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((2, 3, 37, 29), fill=(120, 113, 108))
    d.ellipse((3, 2, 36, 26), fill=(168, 162, 158))
    for _ in range(6):
        x, y = rng.randint(8, 30), rng.randint(7, 22)
        d.point((x, y), fill=(120, 113, 108))
    d.ellipse((9, 6, 20, 12), fill=(231, 229, 228))
    return im


def robot():
    im = Image.new("RGBA", (72, 72), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 71, 71), fill=(219, 234, 254))
    d.rounded_rectangle((14, 20, 58, 54), 8, fill=(59, 130, 246))
    d.line((36, 8, 36, 20), fill=(59, 130, 246), width=3)
    d.ellipse((32, 4, 40, 12), fill=(239, 68, 68))
    d.ellipse((22, 29, 32, 39), fill=(255, 255, 255))
    d.ellipse((40, 29, 50, 39), fill=(255, 255, 255))
    d.rectangle((25, 45, 47, 48), fill=(191, 219, 254))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    pebble().save(OUT / "asset_002.png")
    robot().save(OUT / "asset_003.png")


if __name__ == "__main__":
    main()
