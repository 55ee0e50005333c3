"""Draw the assets of the electronics-store task (seeded, re-runnable).

asset_001 logo, asset_002..006 category tiles (laptops, headphones, cameras, phones,
speakers), asset_007..029 product pictures (one per product, in catalogue order).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(2207)

BODY = [(52, 58, 72), (196, 200, 208), (214, 190, 150), (34, 90, 160), (170, 40, 60), (40, 130, 100)]


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 20, fill=(13, 148, 136))
    d.polygon([(54, 10), (24, 54), (46, 54), (38, 86), (72, 38), (50, 38)], fill=(253, 224, 71))
    return im


def laptop(d, w, h, c):
    d.rounded_rectangle((w * 0.2, h * 0.18, w * 0.8, h * 0.64), 6, fill=c)
    d.rectangle((w * 0.24, h * 0.22, w * 0.76, h * 0.6), fill=(120, 180, 230))
    d.line((w * 0.3, h * 0.5, w * 0.45, h * 0.35, w * 0.55, h * 0.45, w * 0.7, h * 0.3), fill=(255, 255, 255), width=3)
    d.polygon(
        [(w * 0.12, h * 0.66), (w * 0.88, h * 0.66), (w * 0.94, h * 0.76), (w * 0.06, h * 0.76)],
        fill=tuple(min(255, v + 30) for v in c),
    )


def headphones(d, w, h, c):
    d.arc((w * 0.25, h * 0.15, w * 0.75, h * 0.75), 180, 360, fill=c, width=int(w * 0.06))
    d.rounded_rectangle((w * 0.2, h * 0.42, w * 0.34, h * 0.74), 10, fill=c)
    d.rounded_rectangle((w * 0.66, h * 0.42, w * 0.8, h * 0.74), 10, fill=c)
    d.ellipse((w * 0.23, h * 0.5, w * 0.31, h * 0.66), fill=(30, 30, 36))
    d.ellipse((w * 0.69, h * 0.5, w * 0.77, h * 0.66), fill=(30, 30, 36))


def camera(d, w, h, c):
    d.rounded_rectangle((w * 0.18, h * 0.3, w * 0.82, h * 0.74), 10, fill=c)
    d.rectangle((w * 0.3, h * 0.22, w * 0.46, h * 0.3), fill=c)
    d.ellipse((w * 0.36, h * 0.34, w * 0.64, h * 0.7), fill=(40, 40, 48))
    d.ellipse((w * 0.42, h * 0.42, w * 0.58, h * 0.62), fill=(90, 120, 170))
    d.ellipse((w * 0.7, h * 0.34, w * 0.76, h * 0.4), fill=(250, 200, 80))


def phone(d, w, h, c):
    d.rounded_rectangle((w * 0.36, h * 0.12, w * 0.64, h * 0.88), 12, fill=c)
    d.rounded_rectangle((w * 0.385, h * 0.17, w * 0.615, h * 0.8), 6, fill=(60, 80, 120))
    d.ellipse((w * 0.47, h * 0.82, w * 0.53, h * 0.86), fill=(230, 230, 230))
    for k in range(3):
        d.rounded_rectangle((w * 0.41, h * (0.24 + k * 0.14), w * 0.59, h * (0.33 + k * 0.14)), 4, fill=(120, 160, 220))


def speaker(d, w, h, c):
    d.rounded_rectangle((w * 0.3, h * 0.14, w * 0.7, h * 0.86), 16, fill=c)
    d.ellipse((w * 0.38, h * 0.46, w * 0.62, h * 0.78), fill=(36, 36, 40))
    d.ellipse((w * 0.45, h * 0.55, w * 0.55, h * 0.69), fill=(90, 90, 100))
    d.ellipse((w * 0.44, h * 0.22, w * 0.56, h * 0.36), fill=(36, 36, 40))


SHAPES = [laptop, headphones, camera, phone, speaker]
TILE_BG = [(224, 242, 254), (237, 233, 254), (254, 243, 199), (220, 252, 231), (255, 228, 230)]
COUNTS = [4, 6, 5, 4, 4]


def tile(k):
    w, h = 320, 200
    im = Image.new("RGB", (w, h), TILE_BG[k])
    d = ImageDraw.Draw(im)
    for _ in range(14):
        x, y, r = random.randint(0, w), random.randint(0, h), random.randint(6, 26)
        d.ellipse((x - r, y - r, x + r, y + r), fill=tuple(max(0, v - 14) for v in TILE_BG[k]))
    SHAPES[k](d, w, h, BODY[k % len(BODY)])
    return im


def product(k, j):
    w, h = 240, 180
    bg = tuple(min(255, v + 8) for v in TILE_BG[k])
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    d.ellipse((w * 0.15, h * 0.78, w * 0.85, h * 0.92), fill=tuple(max(0, v - 22) for v in bg))
    c = BODY[(j + k) % len(BODY)]
    SHAPES[k](d, w, h, c)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo()] + [tile(k) for k in range(5)]
    for k, n in enumerate(COUNTS):
        images += [product(k, j) for j in range(n)]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
