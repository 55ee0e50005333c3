"""Draw the pomodoro-planner assets (seeded): asset_001 the logo, asset_002 a tomato sprite
used as the estimate marker."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(25)


def tomato(s):
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    k = s / 32
    d.ellipse((2 * k, 7 * k, 30 * k, 31 * k), fill=(220, 38, 38))
    d.ellipse((7 * k, 11 * k, 12 * k, 16 * k), fill=(248, 113, 113))
    d.polygon(
        [
            (16 * k, 4 * k),
            (19 * k, 9 * k),
            (26 * k, 8 * k),
            (20 * k, 12 * k),
            (16 * k, 16 * k),
            (12 * k, 12 * k),
            (6 * k, 8 * k),
            (13 * k, 9 * k),
        ],
        fill=(22, 163, 74),
    )
    return im


def logo():
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 63, 63), 14, fill=(254, 226, 226))
    im.paste(tomato(48), (8, 8), tomato(48))
    d.line((32, 38, 32, 28), fill=(255, 255, 255), width=3)
    d.line((32, 38, 40, 42), fill=(255, 255, 255), width=3)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    tomato(32).save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
