"""Draw the snake-steps assets (seeded): asset_001 the logo, asset_002 the apple sprite
drawn on the board."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(1212)


def logo():
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 63, 63), 14, fill=(20, 83, 45))
    pts = [(12, 46), (12, 30), (28, 30), (28, 18), (50, 18)]
    d.line(pts, fill=(134, 239, 172), width=9, joint="curve")
    d.ellipse((44, 12, 56, 24), fill=(187, 247, 208))
    d.ellipse((46, 42, 56, 52), fill=(239, 68, 68))
    return im


def apple():
    s = 40
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((5, 9, 35, 37), fill=(220, 38, 38))
    d.ellipse((10, 13, 17, 20), fill=(248, 113, 113))
    d.line((20, 10, 22, 3), fill=(120, 53, 15), width=3)
    d.ellipse((22, 2, 32, 9), fill=(34, 197, 94))
    for _ in range(3):
        x, y = rng.randint(14, 28), rng.randint(22, 32)
        d.point((x, y), fill=(153, 27, 27))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    apple().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
