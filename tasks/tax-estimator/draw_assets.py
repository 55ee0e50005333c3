"""Draws the tax-estimator assets (seeded): the Ledgerleaf logo and a small bar-chart badge."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(2207)


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 79, 79), 18, fill=(21, 94, 117))
    d.ellipse((14, 12, 66, 68), fill=(134, 239, 172))
    d.line((20, 62, 60, 20), fill=(21, 94, 117), width=5)
    for k in range(3):
        x = 30 + k * 9
        d.line((x, 62 - (x - 20), x + 10, 62 - (x - 20) + 2), fill=(21, 94, 117), width=3)
    return im


def badge():
    im = Image.new("RGBA", (160, 90), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 159, 89), 12, fill=(236, 254, 255))
    heights = sorted(rng.randint(12, 66) for _ in range(5))
    cols = [(167, 243, 208), (110, 231, 183), (52, 211, 153), (16, 185, 129), (4, 120, 87)]
    for i, h in enumerate(heights):
        x = 16 + i * 27
        d.rounded_rectangle((x, 78 - h, x + 18, 78), 4, fill=cols[i])
    d.line((10, 79, 150, 79), fill=(21, 94, 117), width=2)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    badge().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
