"""Draw the assets of the returns-portal task (seeded, re-runnable).

asset_001 logo, asset_002 jumper, asset_003 tote bag, asset_004 pocket square,
asset_005 boots, asset_006 scarf, asset_007 mug.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(20418)
BG = (244, 241, 236)


def base():
    im = Image.new("RGB", (160, 160), BG)
    d = ImageDraw.Draw(im)
    for _ in range(6):
        x, y = random.randint(0, 160), random.randint(0, 160)
        d.ellipse((x - 8, y - 8, x + 8, y + 8), fill=(236, 232, 224))
    return im, d


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 16, fill=(54, 83, 20))
    d.polygon([(48, 12), (76, 60), (20, 60)], fill=(217, 249, 157))
    d.rectangle((44, 60, 52, 82), fill=(217, 249, 157))
    return im


def jumper():
    im, d = base()
    c = (79, 70, 229)
    d.polygon(
        [(50, 30), (110, 30), (140, 60), (126, 74), (116, 64), (116, 136), (44, 136), (44, 64), (34, 74), (20, 60)],
        fill=c,
    )
    d.arc((62, 20, 98, 46), 0, 180, fill=(49, 46, 129), width=5)
    for y in (100, 110):
        d.line((44, y, 116, y), fill=(129, 140, 248), width=3)
    return im


def tote():
    im, d = base()
    d.arc((56, 22, 104, 80), 180, 360, fill=(120, 90, 50), width=6)
    d.polygon([(36, 52), (124, 52), (132, 140), (28, 140)], fill=(222, 205, 170))
    d.rectangle((60, 84, 100, 108), fill=(54, 83, 20))
    return im


def square():
    im, d = base()
    d.polygon([(40, 40), (120, 40), (120, 120), (40, 120)], fill=(251, 207, 232))
    for k in range(0, 80, 16):
        d.line((40 + k, 40, 40 + k, 120), fill=(236, 72, 153), width=2)
        d.line((40, 40 + k, 120, 40 + k), fill=(236, 72, 153), width=2)
    return im


def boots():
    im, d = base()
    for x in (30, 86):
        d.polygon([(x, 30), (x + 28, 30), (x + 30, 110), (x + 50, 118), (x + 50, 134), (x, 134)], fill=(120, 53, 15))
        d.rectangle((x, 128, x + 50, 136), fill=(40, 20, 10))
    return im


def scarf():
    im, d = base()
    d.rounded_rectangle((50, 24, 90, 140), 10, fill=(220, 38, 38))
    d.rounded_rectangle((78, 24, 118, 100), 10, fill=(185, 28, 28))
    for y in range(36, 136, 14):
        d.line((50, y, 90, y), fill=(254, 202, 202), width=3)
    return im


def mug():
    im, d = base()
    d.rounded_rectangle((40, 44, 104, 130), 10, fill=(14, 116, 144))
    d.arc((92, 62, 128, 108), 270, 90, fill=(14, 116, 144), width=9)
    d.ellipse((44, 38, 100, 54), fill=(8, 80, 100))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), jumper(), tote(), square(), boots(), scarf(), mug()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
