"""Draw the assets of radio-tuner (seeded, re-runnable).

asset_001 logo, asset_002 brushed-metal speaker grille used as the radio's side panel.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(1017)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 20, fill=(180, 83, 9))
    d.rounded_rectangle((14, 34, 82, 80), 8, fill=(254, 243, 199))
    d.line((26, 34, 66, 12), fill=(254, 243, 199), width=5)
    d.ellipse((22, 44, 48, 70), fill=(180, 83, 9))
    for y in (46, 56, 66):
        d.line((56, y, 74, y), fill=(180, 83, 9), width=4)
    return im


def grille():
    w, h = 220, 300
    im = Image.new("RGB", (w, h), (68, 64, 60))
    d = ImageDraw.Draw(im)
    for y in range(h):
        v = 60 + rng.randint(0, 14)
        d.line((0, y, w, y), fill=(v, v - 4, v - 8))
    for y in range(16, h - 10, 14):
        for x in range(16 + (y // 14 % 2) * 7, w - 10, 14):
            d.ellipse((x - 4, y - 4, x + 4, y + 4), fill=(28, 25, 23))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), grille()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
