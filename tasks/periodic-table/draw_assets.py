"""Draw the assets of periodic-table (seeded, re-runnable).

asset_001 logo (atom), asset_002 decorative flask illustration for the detail card.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(118)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((2, 2, 94, 94), fill=(15, 23, 42))
    for k in range(3):
        a = k * math.pi / 3
        pts = []
        for t in range(0, 361, 10):
            r = math.radians(t)
            x, y = 36 * math.cos(r), 13 * math.sin(r)
            pts.append((48 + x * math.cos(a) - y * math.sin(a), 48 + x * math.sin(a) + y * math.cos(a)))
        d.line(pts, fill=(56, 189, 248), width=3)
    d.ellipse((41, 41, 55, 55), fill=(250, 204, 21))
    return im


def flask():
    w, h = 120, 120
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rectangle((48, 10, 72, 44), fill=(226, 232, 240), outline=(100, 116, 139), width=2)
    d.polygon([(48, 44), (14, 108), (106, 108), (72, 44)], fill=(226, 232, 240), outline=(100, 116, 139))
    d.polygon([(36, 74), (22, 104), (98, 104), (84, 74)], fill=(45, 212, 191))
    for _ in range(7):
        x, y = rng.randint(34, 84), rng.randint(78, 98)
        s = rng.randint(3, 7)
        d.ellipse((x, y, x + s, y + s), fill=(204, 251, 241))
    d.rectangle((44, 6, 76, 12), fill=(100, 116, 139))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), flask()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
