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
    d.rounded_rectangle((w * .2, h * .18, w * .8, h * .64), 6, fill=c)
    d.rectangle((w * .24, h * .22, w * .76, h * .6), fill=(120, 180, 230))
    d.line((w * .3, h * .5, w * .45, h * .35, w * .55, h * .45, w * .7, h * .3), fill=(255, 255, 255), width=3)
    d.polygon([(w * .12, h * .66), (w * .88, h * .66), (w * .94, h * .76), (w * .06, h * .76)], fill=tuple(min(255, v + 30) for v in c))


def headphones(d, w, h, c):
    d.arc((w * .25, h * .15, w * .75, h * .75), 180, 360, fill=c, width=int(w * .06))
    d.rounded_rectangle((w * .2, h * .42, w * .34, h * .74), 10, fill=c)
    d.rounded_rectangle((w * .66, h * .42, w * .8, h * .74), 10, fill=c)
    d.ellipse((w * .23, h * .5, w * .31, h * .66), fill=(30, 30, 36))
    d.ellipse((w * .69, h * .5, w * .77, h * .66), fill=(30, 30, 36))


def camera(d, w, h, c):
    d.rounded_rectangle((w * .18, h * .3, w * .82, h * .74), 10, fill=c)
    d.rectangle((w * .3, h * .22, w * .46, h * .3), fill=c)
    d.ellipse((w * .36, h * .34, w * .64, h * .7), fill=(40, 40, 48))
    d.ellipse((w * .42, h * .42, w * .58, h * .62), fill=(90, 120, 170))
    d.ellipse((w * .7, h * .34, w * .76, h * .4), fill=(250, 200, 80))


def phone(d, w, h, c):
    d.rounded_rectangle((w * .36, h * .12, w * .64, h * .88), 12, fill=c)
    d.rounded_rectangle((w * .385, h * .17, w * .615, h * .8), 6, fill=(60, 80, 120))
    d.ellipse((w * .47, h * .82, w * .53, h * .86), fill=(230, 230, 230))
    for k in range(3):
        d.rounded_rectangle((w * .41, h * (.24 + k * .14), w * .59, h * (.33 + k * .14)), 4, fill=(120, 160, 220))


def speaker(d, w, h, c):
    d.rounded_rectangle((w * .3, h * .14, w * .7, h * .86), 16, fill=c)
    d.ellipse((w * .38, h * .46, w * .62, h * .78), fill=(36, 36, 40))
    d.ellipse((w * .45, h * .55, w * .55, h * .69), fill=(90, 90, 100))
    d.ellipse((w * .44, h * .22, w * .56, h * .36), fill=(36, 36, 40))


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
    d.ellipse((w * .15, h * .78, w * .85, h * .92), fill=tuple(max(0, v - 22) for v in bg))
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
