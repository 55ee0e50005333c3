"""Draws the gradient-maker assets (seeded): the Huebloom logo."""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(1212)


def logo():
    s = 80
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    grad = Image.new("RGBA", (s, s))
    px = grad.load()
    a, b = (255, 107, 53), (37, 117, 252)
    for y in range(s):
        for x in range(s):
            t = (x + y) / (2 * s - 2)
            px[x, y] = (*tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3)), 255)
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, s - 1, s - 1), 18, fill=255)
    im.paste(grad, (0, 0), mask)
    d = ImageDraw.Draw(im)
    for k in range(5):
        ang = k * 2 * math.pi / 5 + rng.random() * 0.1
        cx, cy = 40 + 14 * math.cos(ang), 40 + 14 * math.sin(ang)
        d.ellipse((cx - 9, cy - 9, cx + 9, cy + 9), fill=(255, 255, 255, 170))
    d.ellipse((33, 33, 47, 47), fill=(255, 255, 255, 255))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")


if __name__ == "__main__":
    main()
