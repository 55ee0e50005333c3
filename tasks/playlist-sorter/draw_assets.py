"""Draw the assets of playlist-sorter (seeded, re-runnable).

asset_001 logo, asset_002 the "Sunday Drive" playlist cover (a road into hills at sunset).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(606)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 22, fill=(15, 118, 110))
    for _k, (x, h) in enumerate([(18, 40), (34, 60), (50, 30), (66, 50)]):
        d.rounded_rectangle((x, 78 - h, x + 10, 78), 4, fill=(204, 251, 241))
    return im


def cover():
    s = 240
    im = Image.new("RGB", (s, s))
    d = ImageDraw.Draw(im)
    for y in range(150):
        t = y / 150
        d.line((0, y, s, y), fill=(int(251 - 40 * t), int(146 + 40 * t), int(60 + 120 * t)))
    d.ellipse((150, 70, 200, 120), fill=(254, 240, 138))
    d.polygon([(0, 150), (70, 110), (140, 140), (200, 105), (240, 130), (240, 240), (0, 240)], fill=(19, 78, 74))
    d.polygon([(100, 240), (140, 240), (124, 140), (118, 140)], fill=(68, 64, 60))
    for y in range(150, 240, 16):
        w = (y - 140) / 100 * 3
        d.line((121, y, 121, y + 6), fill=(254, 240, 138), width=max(1, int(w)))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), cover()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
