"""Draws the shipping-rates assets (seeded): the Parcelwise logo and three carrier marks."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(5150)


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 79, 79), 18, fill=(124, 45, 18))
    d.polygon([(40, 12), (66, 26), (40, 40), (14, 26)], fill=(254, 215, 170))
    d.polygon([(14, 26), (40, 40), (40, 68), (14, 54)], fill=(251, 146, 60))
    d.polygon([(66, 26), (40, 40), (40, 68), (66, 54)], fill=(234, 88, 12))
    d.line((27, 19, 53, 33), fill=(124, 45, 18), width=3)
    return im


def kestrel():
    im = Image.new("RGBA", (56, 56), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 55, 55), fill=(220, 38, 38))
    d.polygon([(8, 30), (30, 16), (48, 14), (34, 26), (46, 34), (26, 34), (16, 42)], fill=(255, 255, 255))
    return im


def tortoise():
    im = Image.new("RGBA", (56, 56), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 55, 55), fill=(22, 163, 74))
    d.pieslice((10, 14, 46, 50), 180, 360, fill=(220, 252, 231))
    for x in (16, 28, 38):
        d.line((x, 24, x + 2, 32), fill=(22, 163, 74), width=2)
    d.ellipse((42, 24, 50, 32), fill=(220, 252, 231))
    d.rectangle((14, 32, 18, 38), fill=(220, 252, 231))
    d.rectangle((36, 32, 40, 38), fill=(220, 252, 231))
    return im


def bramble():
    im = Image.new("RGBA", (56, 56), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 55, 55), fill=(79, 70, 229))
    d.rectangle((8, 20, 34, 38), fill=(224, 231, 255))
    d.polygon([(34, 24), (44, 24), (49, 31), (49, 38), (34, 38)], fill=(224, 231, 255))
    for x in (14, 40):
        d.ellipse((x - 4, 36, x + 4, 44), fill=(30, 27, 75))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), kestrel(), tortoise(), bramble()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
