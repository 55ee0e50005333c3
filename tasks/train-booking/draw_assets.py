"""Draw the assets of the train-booking task (seeded, re-runnable).

asset_001 logo, asset_002 banner with a train in a valley, asset_003..004 operator marks.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(716)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 24, fill=(127, 29, 29))
    d.line((18, 70, 78, 70), fill=(254, 215, 170), width=6)
    d.line((18, 52, 78, 52), fill=(254, 215, 170), width=6)
    for x in (26, 42, 58, 70):
        d.line((x, 46, x - 6, 76), fill=(254, 215, 170), width=4)
    d.ellipse((38, 14, 58, 34), fill=(251, 191, 36))
    return im


def banner():
    w, h = 1240, 150
    im = Image.new("RGB", (w, h), (254, 242, 226))
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / h
        d.line((0, y, w, y), fill=(int(253 - 40 * t), int(230 - 50 * t), int(200 - 20 * t)))
    d.ellipse((1010, 18, 1070, 78), fill=(251, 191, 36))
    pts = [(0, 110)]
    x = 0
    while x < w:
        x += random.randint(60, 140)
        pts.append((x, random.randint(50, 100)))
    pts += [(w, 150), (0, 150)]
    d.polygon(pts, fill=(153, 84, 60))
    d.polygon([(0, 120), (300, 96), (700, 118), (1000, 92), (w, 116), (w, 150), (0, 150)], fill=(101, 67, 48))
    d.line((0, 132, w, 132), fill=(60, 40, 30), width=3)
    x0 = 380
    for k in range(5):
        x = x0 + k * 92
        d.rounded_rectangle((x, 100, x + 86, 128), 6, fill=(127, 29, 29) if k else (185, 28, 28))
        for j in range(4):
            d.rectangle((x + 8 + j * 19, 106, x + 20 + j * 19, 114), fill=(254, 243, 199))
    d.polygon([(x0 - 30, 128), (x0, 100), (x0, 128)], fill=(185, 28, 28))
    return im


def mark(colour, stripes):
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 63, 63), fill=colour)
    for k in range(stripes):
        d.rectangle((14, 18 + k * 12, 50, 24 + k * 12), fill=(255, 255, 255))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo(), banner(), mark((30, 64, 175), 3), mark((21, 128, 61), 2)]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
