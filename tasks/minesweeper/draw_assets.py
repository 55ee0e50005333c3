"""Draw the assets of the minesweeper task (seeded, re-runnable)."""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(202)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 20, fill=(22, 101, 52))
    for r in range(4):
        for c in range(4):
            x, y = 10 + c * 20, 10 + r * 20
            col = (134, 239, 172) if (r + c) % 2 else (74, 222, 128)
            d.rectangle((x, y, x + 16, y + 16), fill=col)
    d.ellipse((52, 52, 88, 88), fill=(30, 41, 59))
    d.ellipse((60, 58, 68, 66), fill=(226, 232, 240))
    return im


def mine():
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    for k in range(8):
        a = k * math.pi / 4
        d.line((32, 32, 32 + 27 * math.cos(a), 32 + 27 * math.sin(a)), fill=(30, 41, 59), width=5)
    d.ellipse((12, 12, 52, 52), fill=(30, 41, 59))
    d.ellipse((20, 19, 30, 29), fill=(203, 213, 225))
    return im


def flag():
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rectangle((22, 8, 27, 52), fill=(51, 65, 85))
    d.polygon([(27, 8), (54, 19), (27, 31)], fill=(220, 38, 38))
    d.rounded_rectangle((12, 50, 40, 57), 3, fill=(51, 65, 85))
    return im


def trophy():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 79, 79), fill=(254, 249, 195))
    d.pieslice((20, 4, 60, 52), 0, 180, fill=(234, 179, 8))
    d.rectangle((20, 18, 60, 28), fill=(234, 179, 8))
    d.arc((10, 20, 28, 40), 90, 270, fill=(202, 138, 4), width=4)
    d.arc((52, 20, 70, 40), 270, 90, fill=(202, 138, 4), width=4)
    d.rectangle((36, 50, 44, 60), fill=(202, 138, 4))
    d.rounded_rectangle((26, 60, 54, 68), 3, fill=(161, 98, 7))
    return im


def field():
    w, h = 300, 120
    im = Image.new("RGB", (w, h), (187, 247, 208))
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / h
        d.line((0, y, w, y), fill=(int(134 + 60 * t), int(200 + 40 * t), int(150 + 40 * t)))
    for _ in range(60):
        x, y = random.randint(0, w), random.randint(60, h)
        d.line((x, y, x + random.randint(-3, 3), y - random.randint(6, 14)), fill=(22, 101, 52), width=2)
    for _ in range(4):
        x, y = random.randint(20, w - 40), random.randint(70, h - 20)
        d.rectangle((x, y - 22, x + 3, y), fill=(51, 65, 85))
        d.polygon([(x + 3, y - 22), (x + 18, y - 16), (x + 3, y - 10)], fill=(220, 38, 38))
    d.ellipse((230, 10, 270, 50), fill=(254, 240, 138))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), mine(), flag(), trophy(), field()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
