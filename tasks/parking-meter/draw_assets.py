"""Draws the parking-meter assets (seeded): the Curbly logo and a small street map of the zone."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(404)


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 79, 79), 18, fill=(29, 78, 216))
    d.rounded_rectangle((24, 12, 56, 48), 10, fill=(219, 234, 254))
    d.rectangle((36, 48, 44, 70), fill=(219, 234, 254))
    d.text((33, 22), "P", fill=(29, 78, 216))
    d.rectangle((30, 20, 34, 40), fill=(29, 78, 216))
    d.pieslice((28, 18, 48, 32), 270, 90, fill=(29, 78, 216))
    d.ellipse((32, 21, 40, 29), fill=(219, 234, 254))
    return im


def streetmap():
    w, h = 380, 240
    im = Image.new("RGB", (w, h), (236, 240, 233))
    d = ImageDraw.Draw(im)
    for _ in range(14):
        x, y = rng.randint(0, w - 60), rng.randint(0, h - 40)
        d.rectangle((x, y, x + rng.randint(30, 70), y + rng.randint(20, 44)), fill=(214, 219, 208))
    d.rectangle((0, 0, 90, 70), fill=(187, 222, 179))
    d.polygon([(0, 190), (w, 160), (w, h), (0, h)], fill=(164, 205, 235))
    d.line((0, 120, w, 110), fill=(255, 255, 255), width=16)
    d.line((200, 0, 215, 170), fill=(255, 255, 255), width=12)
    d.line((0, 120, w, 110), fill=(250, 204, 21), width=2)
    for x in range(20, 190, 18):
        d.rectangle((x, 100, x + 12, 106), fill=(59, 130, 246))
    d.ellipse((120, 92, 140, 112), fill=(220, 38, 38))
    d.polygon([(124, 108), (136, 108), (130, 122)], fill=(220, 38, 38))
    d.ellipse((126, 98, 134, 106), fill=(255, 255, 255))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    streetmap().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
