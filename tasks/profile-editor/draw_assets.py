"""Draws the profile-editor assets (seeded): a cover banner and a profile picture."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(77)


def cover():
    w, h = 900, 220
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img, "RGBA")
    for y in range(h):
        t = y / h
        d.line([(0, y), (w, y)], fill=(int(255 - 60 * t), int(180 - 40 * t), int(150 + 40 * t)))
    for _ in range(14):
        x, y, r = rng.randint(0, w), rng.randint(0, h), rng.randint(30, 110)
        d.ellipse([x - r, y - r, x + r, y + r], fill=(255, 255, 255, rng.randint(18, 45)))
    # a row of simple rooftops
    x = 0
    while x < w:
        bw = rng.randint(40, 90)
        bh = rng.randint(40, 110)
        col = (90 + rng.randint(0, 40), 70 + rng.randint(0, 30), 120 + rng.randint(0, 40), 255)
        d.rectangle([x, h - bh, x + bw, h], fill=col)
        d.polygon([(x - 4, h - bh), (x + bw / 2, h - bh - 26), (x + bw + 4, h - bh)], fill=(70, 50, 90, 255))
        for wy in range(h - bh + 12, h - 12, 22):
            for wx in range(x + 8, x + bw - 12, 18):
                if rng.random() < 0.6:
                    d.rectangle([wx, wy, wx + 8, wy + 10], fill=(255, 230, 160, 220))
        x += bw + rng.randint(2, 8)
    return img


def avatar():
    s = 240
    img = Image.new("RGB", (s, s), (253, 230, 205))
    d = ImageDraw.Draw(img)
    d.ellipse([60, 170, 180, 300], fill=(13, 148, 136))  # shoulders
    d.rectangle([105, 140, 135, 185], fill=(214, 160, 120))  # neck
    d.ellipse([70, 50, 170, 160], fill=(224, 172, 130))  # face
    d.pieslice([62, 30, 178, 140], 180, 360, fill=(60, 40, 35))  # hair
    d.ellipse([96, 95, 108, 107], fill=(40, 30, 30))
    d.ellipse([132, 95, 144, 107], fill=(40, 30, 30))
    d.arc([100, 110, 140, 140], 20, 160, fill=(150, 60, 60), width=4)
    return img


def main():
    OUT.mkdir(exist_ok=True)
    cover().save(OUT / "asset_001.png")
    # drawn large, saved at the 96 px the page shows, so the browser never rescales it
    avatar().resize((96, 96), Image.LANCZOS).save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
