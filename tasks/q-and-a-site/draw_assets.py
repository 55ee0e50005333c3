"""Draw the assets of q-and-a-site (seeded, re-runnable).

asset_001 logo, asset_002 the asker's avatar, asset_003 a photo of the leggy basil in the question.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(3030)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((4, 8, 90, 70), 18, fill=(217, 119, 6))
    d.polygon([(22, 66), (18, 90), (44, 68)], fill=(217, 119, 6))
    d.ellipse((38, 22, 58, 42), outline=(255, 251, 235), width=6)
    d.rectangle((45, 44, 51, 52), fill=(255, 251, 235))
    d.ellipse((44, 55, 52, 63), fill=(255, 251, 235))
    return im


def avatar():
    s = 96
    im = Image.new("RGB", (s, s), (204, 251, 241))
    d = ImageDraw.Draw(im)
    for y in range(0, s, 16):
        for x in range(0, s, 16):
            if rng.random() < 0.45:
                d.rectangle((x, y, x + 15, y + 15), fill=(13, 148, 136))
                d.rectangle((s - x - 16, y, s - x - 1, y + 15), fill=(13, 148, 136))
    return im


def basil():
    w, h = 200, 150
    im = Image.new("RGB", (w, h), (241, 245, 249))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, 60, h), fill=(203, 213, 225))
    d.polygon([(70, 110), (130, 110), (122, 146), (78, 146)], fill=(194, 65, 12))
    for k in range(4):
        x = 88 + k * 8
        d.line((x, 110, x + rng.randint(-30, 30), 20 + rng.randint(0, 30)), fill=(77, 124, 15), width=3)
    for _ in range(14):
        x, y = rng.randint(60, 140), rng.randint(20, 90)
        d.ellipse((x, y, x + 14, y + 9), fill=(34, 197, 94))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), avatar(), basil()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
