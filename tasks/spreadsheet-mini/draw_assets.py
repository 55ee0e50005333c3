"""Draw the spreadsheet-mini assets (seeded): asset_001 the logo, asset_002 the user avatar."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(3131)


def logo():
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((4, 0, 59, 63), 8, fill=(21, 128, 61))
    d.rectangle((14, 14, 49, 49), fill=(220, 252, 231))
    for k in (26, 38):
        d.line((14, k, 49, k), fill=(21, 128, 61), width=2)
        d.line((k, 14, k, 49), fill=(21, 128, 61), width=2)
    return im


def avatar():
    s = 64
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, s - 1, s - 1), fill=(254, 215, 170))
    d.ellipse((20, 12, 44, 36), fill=(180, 120, 80))
    d.pieslice((10, 36, 54, 80), 180, 360, fill=(59, 130, 246))
    for _ in range(6):
        x, y = rng.randint(18, 44), rng.randint(10, 16)
        d.ellipse((x - 4, y - 4, x + 4, y + 4), fill=(60, 40, 30))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    avatar().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
