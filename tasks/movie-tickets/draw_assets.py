"""Draw the assets of movie-tickets (seeded, re-runnable).

asset_001 logo, asset_002 poster of "The Glass Lighthouse", asset_003..005 small posters
for the "Also showing" strip.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(1313)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 20, fill=(190, 18, 60))
    d.polygon([(18, 22), (78, 22), (70, 74), (26, 74)], fill=(255, 228, 230))
    for k in range(4):
        x = 28 + k * 12
        d.rectangle((x, 30, x + 6, 66), fill=(190, 18, 60))
    return im


def lighthouse():
    w, h = 240, 360
    im = Image.new("RGB", (w, h), (15, 23, 42))
    d = ImageDraw.Draw(im)
    for y in range(0, 220):
        c = (15 + y // 6, 23 + y // 8, 42 + y // 3)
        d.line((0, y, w, y), fill=c)
    for _ in range(50):
        d.point((rng.randint(0, w), rng.randint(0, 160)), fill=(226, 232, 240))
    d.polygon([(120, 110), (0, 60), (0, 90)], fill=(254, 240, 138))
    d.polygon([(120, 110), (240, 40), (240, 76)], fill=(254, 240, 138))
    d.polygon([(104, 120), (136, 120), (148, 270), (92, 270)], fill=(241, 245, 249))
    for y in (150, 190, 230):
        d.rectangle((96, y, 144, y + 16), fill=(190, 18, 60))
    d.rectangle((102, 96, 138, 120), fill=(254, 240, 138))
    d.polygon([(98, 96), (142, 96), (120, 78)], fill=(51, 65, 85))
    d.polygon([(0, 300), (60, 262), (180, 262), (240, 300), (240, 360), (0, 360)], fill=(30, 41, 59))
    d.rectangle((0, 320, w, h), fill=(12, 74, 110))
    return im


def poster(seed, bg, fg, shape):
    r = random.Random(seed)
    w, h = 120, 180
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    if shape == 0:
        for k in range(6):
            y = 30 + k * 22
            d.line((0, y, w, y + r.randint(-20, 20)), fill=fg, width=4)
    elif shape == 1:
        d.ellipse((20, 30, 100, 110), fill=fg)
        d.rectangle((0, 120, w, h), fill=tuple(c // 2 for c in bg))
    else:
        for _ in range(12):
            x, y = r.randint(0, w), r.randint(0, h)
            d.regular_polygon((x, y, r.randint(6, 16)), 5, fill=fg)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [
        logo(),
        lighthouse(),
        poster(1, (22, 101, 52), (187, 247, 208), 0),
        poster(2, (124, 45, 18), (253, 186, 116), 1),
        poster(3, (49, 46, 129), (199, 210, 254), 2),
    ]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
