"""Draw the assets of the currency-converter task (seeded, re-runnable).

asset_001 logo, asset_002 header illustration of coins and arrows.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(707)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 95, 95), fill=(14, 116, 144))
    d.arc((18, 18, 78, 78), 200, 340, fill=(255, 255, 255), width=7)
    d.polygon([(72, 28), (82, 46), (64, 44)], fill=(255, 255, 255))
    d.arc((18, 18, 78, 78), 20, 160, fill=(253, 186, 116), width=7)
    d.polygon([(24, 68), (14, 50), (32, 52)], fill=(253, 186, 116))
    return im


def illustration():
    w, h = 560, 120
    im = Image.new("RGB", (w, h), (236, 254, 255))
    d = ImageDraw.Draw(im)
    for _ in range(30):
        x, y = random.randint(0, w), random.randint(0, h)
        d.ellipse((x, y, x + 3, y + 3), fill=(165, 243, 252))
    coins = [
        (90, 56, 36, (251, 191, 36)),
        (180, 48, 28, (203, 213, 225)),
        (380, 58, 34, (253, 186, 116)),
        (470, 46, 26, (251, 191, 36)),
    ]
    for x, y, r, col in coins:
        d.ellipse((x - r, y - r + 8, x + r, y + r + 8), fill=tuple(max(0, c - 60) for c in col))
        d.ellipse((x - r, y - r, x + r, y + r), fill=col)
        d.ellipse((x - r + 7, y - r + 7, x + r - 7, y + r - 7), outline=(255, 255, 255), width=3)
    d.line((240, 48, 320, 48), fill=(14, 116, 144), width=5)
    d.polygon([(320, 40), (332, 48), (320, 56)], fill=(14, 116, 144))
    d.line((330, 72, 250, 72), fill=(249, 115, 22), width=5)
    d.polygon([(250, 64), (238, 72), (250, 80)], fill=(249, 115, 22))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), illustration()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
