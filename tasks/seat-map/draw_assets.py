"""Draw the assets of the seat-map task (seeded, re-runnable).

asset_001 logo, asset_002 aircraft nose, asset_003 aircraft tail, asset_004 destination
picture (harbour town at sunset).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(482)
SKIN = (226, 232, 240)
LINE = (148, 163, 184)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 95, 95), fill=(3, 105, 161))
    d.polygon([(14, 56), (82, 30), (52, 58), (60, 78), (46, 62), (30, 70), (36, 58)], fill=(255, 255, 255))
    return im


def nose():
    im = Image.new("RGBA", (150, 330), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.pieslice((0, 0, 300, 330), 90, 270, fill=SKIN, outline=LINE, width=3)
    d.polygon([(40, 120), (70, 110), (70, 220), (40, 210)], fill=(125, 211, 252))
    return im


def tail():
    im = Image.new("RGBA", (150, 330), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.polygon([(0, 0), (60, 40), (150, 150), (150, 180), (60, 290), (0, 330)], fill=SKIN, outline=LINE)
    d.polygon([(70, 140), (140, 60), (150, 60), (120, 160)], fill=(3, 105, 161))
    return im


def town():
    w, h = 320, 150
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / h
        d.line((0, y, w, y), fill=(int(251 - 60 * t), int(146 + 40 * t), int(60 + 120 * t)))
    d.ellipse((220, 40, 270, 90), fill=(254, 240, 138))
    x = 0
    while x < w:
        bw, bh = random.randint(18, 34), random.randint(26, 60)
        col = random.choice([(234, 88, 12), (250, 204, 21), (59, 130, 246), (244, 114, 182), (255, 255, 255)])
        d.rectangle((x, 110 - bh, x + bw, 110), fill=col)
        d.polygon([(x, 110 - bh), (x + bw // 2, 98 - bh), (x + bw, 110 - bh)], fill=(153, 27, 27))
        x += bw + 2
    d.rectangle((0, 110, w, h), fill=(30, 64, 120))
    for _k in range(10):
        y = random.randint(114, 146)
        x0 = random.randint(0, w - 40)
        d.line((x0, y, x0 + 30, y), fill=(250, 204, 120), width=2)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), nose(), tail(), town()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
