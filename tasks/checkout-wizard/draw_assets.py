"""Draws the checkout-wizard assets (seeded): a shop logo and three product photos."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(612)
S = 240


def backdrop(top, bottom):
    img = Image.new("RGB", (S, S))
    d = ImageDraw.Draw(img)
    for y in range(S):
        t = y / (S - 1)
        d.line([(0, y), (S, y)], fill=tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)))
    return img


def pillow():
    img = backdrop((242, 236, 226), (222, 212, 196))
    d = ImageDraw.Draw(img, "RGBA")
    d.ellipse([40, 190, 200, 215], fill=(0, 0, 0, 40))
    d.rounded_rectangle([40, 60, 200, 195], 34, fill=(120, 150, 130))
    for x in range(55, 195, 12):
        d.line([(x, 70), (x, 185)], fill=(140, 170, 150, 160), width=3)
    d.line([(40, 128), (200, 128)], fill=(95, 120, 105, 180), width=2)
    for c in [(40, 60), (200, 60), (40, 195), (200, 195)]:
        d.ellipse([c[0] - 6, c[1] - 6, c[0] + 6, c[1] + 6], fill=(95, 120, 105))
    return img


def mugs():
    img = backdrop((232, 238, 242), (205, 214, 222))
    d = ImageDraw.Draw(img, "RGBA")
    for i, col in enumerate([(196, 120, 84), (70, 96, 128), (220, 206, 180)]):
        x = 24 + i * 66
        y = 90 + (i % 2) * 20
        d.ellipse([x, y + 90, x + 60, y + 104], fill=(0, 0, 0, 40))
        d.rectangle([x, y, x + 52, y + 96], fill=col)
        d.ellipse([x, y - 8, x + 52, y + 8], fill=tuple(max(0, v - 40) for v in col))
        d.ellipse([x, y + 88, x + 52, y + 104], fill=col)
        d.arc([x + 40, y + 20, x + 70, y + 64], -90, 90, fill=col, width=8)
        for _ in range(12):
            sx, sy = x + rng.randint(4, 48), y + rng.randint(10, 90)
            d.point((sx, sy), fill=(255, 255, 255, 120))
    return img


def candles():
    img = backdrop((60, 48, 44), (34, 28, 26))
    d = ImageDraw.Draw(img, "RGBA")
    for i, h in enumerate([110, 80, 130]):
        x = 36 + i * 60
        base = 200
        d.ellipse([x - 30, base - 30 - h, x + 90, base + 40 - h], fill=(255, 200, 90, 22))
        d.rectangle([x, base - h, x + 52, base], fill=(236, 196, 110))
        d.ellipse([x, base - h - 7, x + 52, base - h + 7], fill=(246, 214, 140))
        d.line([(x + 26, base - h - 4), (x + 26, base - h - 14)], fill=(40, 30, 20), width=2)
        d.ellipse([x + 19, base - h - 36, x + 33, base - h - 12], fill=(255, 190, 60))
        d.ellipse([x + 23, base - h - 28, x + 29, base - h - 15], fill=(255, 245, 200))
    return img


def logo():
    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, 63, 63], 16, fill=(154, 52, 18))
    d.polygon([(12, 34), (32, 14), (52, 34)], fill=(254, 215, 170))
    d.rectangle([18, 34, 46, 52], fill=(254, 215, 170))
    d.rectangle([28, 40, 36, 52], fill=(154, 52, 18))
    return img


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    pillow().save(OUT / "asset_002.png")
    mugs().save(OUT / "asset_003.png")
    candles().save(OUT / "asset_004.png")


if __name__ == "__main__":
    main()
