"""Draws the rota-scheduler assets (seeded): the Shiftwell logo and four staff avatars."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(640)

BG = [(254, 215, 170), (191, 219, 254), (233, 213, 255), (187, 247, 208)]
SKIN = [(198, 134, 94), (241, 194, 160), (255, 219, 172), (141, 85, 54)]
HAIR = [(20, 20, 20), (110, 60, 40), (220, 180, 90), (30, 24, 20)]
TOP = [(234, 88, 12), (37, 99, 235), (147, 51, 234), (22, 163, 74)]


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 79, 79), 18, fill=(180, 83, 9))
    d.rounded_rectangle((14, 18, 66, 64), 6, fill=(255, 247, 237))
    d.rectangle((14, 18, 66, 28), fill=(251, 146, 60))
    for r in range(3):
        for c in range(4):
            col = (180, 83, 9) if (r * 4 + c) % 5 == 0 else (254, 215, 170)
            d.rectangle((18 + c * 12, 32 + r * 10, 26 + c * 12, 38 + r * 10), fill=col)
    return im


def avatar(i):
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    face = Image.new("RGBA", (s, s), BG[i] + (255,))
    d = ImageDraw.Draw(face)
    d.pieslice((14, 62, 82, 130), 180, 360, fill=TOP[i])
    if i % 2:
        d.rounded_rectangle((24, 20, 72, 74), 20, fill=HAIR[i])
    d.ellipse((28, 20, 68, 62), fill=SKIN[i])
    d.pieslice((26, 14, 70, 52), 180, 360, fill=HAIR[i])
    d.ellipse((38, 38, 43, 43), fill=(30, 30, 30))
    d.ellipse((53, 38, 58, 43), fill=(30, 30, 30))
    d.arc((40, 44, 56, 56), 20, 160, fill=(140, 60, 60), width=2)
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    im.paste(face, (0, 0), mask)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    for i in range(4):
        avatar(i).save(OUT / f"asset_{i + 2:03d}.png")


if __name__ == "__main__":
    main()
