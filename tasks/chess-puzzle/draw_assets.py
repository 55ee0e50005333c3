"""Draw the chess-puzzle assets (seeded): asset_001 the logo, asset_002 a coach avatar,
asset_003 a wood texture used behind the board."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(88)


def logo():
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 63, 63), 12, fill=(120, 53, 15))
    for r in range(4):
        for c in range(4):
            if (r + c) % 2 == 0:
                d.rectangle((8 + c * 12, 8 + r * 12, 19 + c * 12, 19 + r * 12), fill=(254, 243, 199))
    d.polygon([(40, 50), (56, 50), (52, 30), (44, 30)], fill=(250, 204, 21))
    d.ellipse((42, 20, 54, 32), fill=(250, 204, 21))
    return im


def coach():
    s = 72
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, s - 1, s - 1), fill=(254, 243, 199))
    d.pieslice((12, 44, 60, 92), 180, 360, fill=(71, 85, 105))
    d.ellipse((22, 14, 50, 44), fill=(224, 172, 105))
    d.arc((20, 8, 52, 36), 180, 360, fill=(120, 120, 120), width=6)
    d.rectangle((26, 26, 34, 31), outline=(40, 40, 40), width=2)
    d.rectangle((38, 26, 46, 31), outline=(40, 40, 40), width=2)
    return im


def wood():
    w, h = 120, 120
    im = Image.new("RGB", (w, h), (146, 84, 40))
    d = ImageDraw.Draw(im)
    for y in range(0, h, 3):
        shade = rng.randint(-18, 18)
        d.line((0, y, w, y + rng.randint(-2, 2)), fill=(146 + shade, 84 + shade // 2, 40), width=2)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), coach(), wood()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
