"""Draw the reversi assets (seeded): asset_001 the logo, asset_002 the player avatar,
asset_003 the computer avatar."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(4848)


def logo():
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 63, 63), 12, fill=(6, 95, 70))
    d.ellipse((8, 8, 34, 34), fill=(17, 17, 17))
    d.ellipse((30, 30, 56, 56), fill=(17, 17, 17))
    d.ellipse((30, 8, 56, 34), fill=(250, 250, 250))
    d.ellipse((8, 30, 34, 56), fill=(250, 250, 250))
    return im


def person():
    s = 64
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, s - 1, s - 1), fill=(254, 226, 226))
    d.pieslice((10, 38, 54, 82), 180, 360, fill=(17, 17, 17))
    d.ellipse((20, 12, 44, 38), fill=(241, 194, 160))
    d.pieslice((18, 8, 46, 32), 180, 360, fill=(120, 53, 15))
    return im


def robot():
    s = 64
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, s - 1, s - 1), fill=(224, 242, 254))
    d.rounded_rectangle((14, 18, 50, 48), 8, fill=(226, 232, 240), outline=(71, 85, 105), width=3)
    d.ellipse((21, 27, 29, 35), fill=(14, 165, 233))
    d.ellipse((35, 27, 43, 35), fill=(14, 165, 233))
    d.line((32, 8, 32, 18), fill=(71, 85, 105), width=3)
    d.ellipse((28, 4, 36, 12), fill=(244, 63, 94))
    for _ in range(3):
        x = rng.randint(22, 40)
        d.line((x, 41, x + 2, 41), fill=(71, 85, 105), width=2)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), person(), robot()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
