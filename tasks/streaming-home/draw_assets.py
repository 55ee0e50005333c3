"""Draw the assets of streaming-home (seeded, re-runnable).

asset_001 logo, asset_002 the hero banner art, asset_003..014 twelve landscape title cards
(abstract scenes in different palettes, reused across titles).
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(8088)

PALETTES = [
    ((30, 27, 75), (244, 114, 182)),
    ((6, 78, 59), (167, 243, 208)),
    ((120, 53, 15), (253, 186, 116)),
    ((12, 74, 110), (125, 211, 252)),
    ((76, 5, 25), (251, 113, 133)),
    ((63, 63, 70), (250, 204, 21)),
    ((20, 83, 45), (190, 242, 100)),
    ((49, 46, 129), (165, 180, 252)),
    ((124, 45, 18), (254, 215, 170)),
    ((17, 24, 39), (94, 234, 212)),
    ((88, 28, 135), (240, 171, 252)),
    ((8, 47, 73), (253, 224, 71)),
]


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((4, 4, 92, 92), fill=(220, 38, 38))
    d.ellipse((22, 22, 74, 74), fill=(17, 17, 17))
    for k in range(6):
        a = k * math.pi / 3
        x, y = 48 + 17 * math.cos(a), 48 + 17 * math.sin(a)
        d.ellipse((x - 6, y - 6, x + 6, y + 6), fill=(220, 38, 38))
    return im


def hero():
    w, h = 1280, 240
    im = Image.new("RGB", (w, h), (10, 10, 20))
    d = ImageDraw.Draw(im)
    for x in range(w):
        t = x / w
        d.line((x, 0, x, h), fill=(int(10 + 30 * t), int(20 + 60 * t), int(40 + 90 * t)))
    for _ in range(40):
        x = 700 + rng.randint(0, 560)
        top = rng.randint(60, 200)
        d.rectangle((x, top, x + rng.randint(10, 26), h), fill=(15, 23, 42))
    d.ellipse((1050, 30, 1130, 110), fill=(254, 243, 199))
    for k in range(8):
        y = 150 + k * 11
        d.line((0, y, 640, y + 30), fill=(56, 189, 248), width=2)
    return im


def card(i):
    bg, fg = PALETTES[i]
    r = random.Random(i * 31 + 7)
    w, h = 320, 180
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    kind = i % 4
    if kind == 0:
        for _ in range(5):
            x, y, s = r.randint(0, w), r.randint(0, h), r.randint(30, 80)
            d.ellipse((x - s, y - s, x + s, y + s), outline=fg, width=4)
    elif kind == 1:
        pts = [(0, h)] + [(x, 90 + r.randint(-40, 40)) for x in range(0, w + 40, 40)] + [(w, h)]
        d.polygon(pts, fill=fg)
        d.ellipse((230, 20, 280, 70), fill=(255, 255, 255))
    elif kind == 2:
        for k in range(9):
            d.rectangle((k * 36, r.randint(40, 140), k * 36 + 26, h), fill=fg)
    else:
        for _ in range(14):
            x1, y1 = r.randint(0, w), r.randint(0, h)
            d.line((x1, y1, x1 + r.randint(-90, 90), y1 + r.randint(-60, 60)), fill=fg, width=5)
    d.rectangle((0, h - 40, w, h), fill=tuple(c // 2 for c in bg))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo(), hero()] + [card(i) for i in range(12)]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
