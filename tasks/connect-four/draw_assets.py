"""Draws the connect-four assets (seeded): player avatar, computer avatar and a trophy badge."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(4)
S = 128


def player():
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([0, 0, S - 1, S - 1], fill=(254, 226, 226))
    d.ellipse([24, 86, 104, 160], fill=(220, 38, 38))
    d.ellipse([38, 22, 90, 80], fill=(240, 190, 150))
    d.chord([34, 14, 94, 62], 180, 360, fill=(120, 53, 15))
    d.ellipse([50, 44, 57, 51], fill=(40, 30, 30))
    d.ellipse([71, 44, 78, 51], fill=(40, 30, 30))
    d.arc([52, 50, 76, 70], 20, 160, fill=(150, 50, 50), width=3)
    return img


def robot():
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([0, 0, S - 1, S - 1], fill=(254, 249, 195))
    d.line([(64, 14), (64, 32)], fill=(71, 85, 105), width=4)
    d.ellipse([57, 6, 71, 20], fill=(234, 179, 8))
    d.rounded_rectangle([28, 32, 100, 90], 14, fill=(100, 116, 139))
    d.rounded_rectangle([38, 46, 90, 70], 8, fill=(15, 23, 42))
    d.ellipse([46, 52, 58, 64], fill=(250, 204, 21))
    d.ellipse([70, 52, 82, 64], fill=(250, 204, 21))
    d.rectangle([50, 78, 78, 82], fill=(226, 232, 240))
    d.rounded_rectangle([36, 94, 92, 124], 10, fill=(71, 85, 105))
    return img


def trophy():
    img = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.arc([8, 18, 40, 50], 90, 270, fill=(202, 138, 4), width=6)
    d.arc([56, 18, 88, 50], -90, 90, fill=(202, 138, 4), width=6)
    d.chord([22, -10, 74, 62], 0, 180, fill=(250, 204, 21))
    d.rectangle([42, 60, 54, 74], fill=(202, 138, 4))
    d.rounded_rectangle([28, 74, 68, 88], 4, fill=(120, 53, 15))
    for _ in range(5):
        x, y = rng.randint(8, 88), rng.randint(4, 30)
        d.line([(x - 4, y), (x + 4, y)], fill=(255, 255, 255), width=2)
        d.line([(x, y - 4), (x, y + 4)], fill=(255, 255, 255), width=2)
    return img


def main():
    OUT.mkdir(exist_ok=True)
    player().save(OUT / "asset_001.png")
    robot().save(OUT / "asset_002.png")
    trophy().save(OUT / "asset_003.png")


if __name__ == "__main__":
    main()
