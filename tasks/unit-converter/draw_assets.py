"""Draws the unit-converter assets (seeded): a logo and a small ruler-and-scale illustration."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(55)


def logo():
    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([2, 2, 61, 61], fill=(37, 99, 235))
    d.polygon([(16, 24), (40, 24), (40, 16), (52, 28), (40, 40), (40, 32), (16, 32)], fill=(255, 255, 255))
    d.polygon([(48, 40), (24, 40), (24, 48), (12, 36), (24, 24), (24, 32), (48, 32)], fill=(191, 219, 254))
    return img


def illustration():
    w, h = 360, 200
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, w - 1, h - 1], 20, fill=(239, 246, 255))
    # ruler
    d.rounded_rectangle([24, 130, 336, 170], 6, fill=(253, 224, 71), outline=(202, 138, 4), width=2)
    for i in range(0, 31):
        x = 34 + i * 10
        d.line([(x, 130), (x, 130 + (16 if i % 5 == 0 else 8))], fill=(120, 80, 0), width=2)
    # thermometer
    d.rounded_rectangle([60, 20, 80, 104], 10, fill=(255, 255, 255), outline=(148, 163, 184), width=2)
    d.ellipse([52, 92, 88, 124], fill=(239, 68, 68))
    d.rectangle([66, 48, 74, 100], fill=(239, 68, 68))
    # scale
    d.polygon([(190, 110), (300, 110), (285, 70), (205, 70)], fill=(96, 165, 250))
    d.rectangle([240, 40, 250, 70], fill=(71, 85, 105))
    d.rounded_rectangle([200, 28, 290, 44], 6, fill=(71, 85, 105))
    for _ in range(3):
        x = rng.randint(205, 265)
        d.rectangle([x, 12, x + 18, 28], fill=(251, 146, 60))
    return img


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    illustration().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
