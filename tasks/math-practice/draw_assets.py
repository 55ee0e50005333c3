"""Draw the assets of math-practice (seeded, re-runnable).

asset_001 logo (sprout in a pot), asset_002 star badge shown on the results card.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(36)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((2, 2, 94, 94), 24, fill=(14, 116, 144))
    d.polygon([(28, 60), (68, 60), (62, 86), (34, 86)], fill=(251, 146, 60))
    d.line((48, 60, 48, 34), fill=(134, 239, 172), width=5)
    d.ellipse((22, 22, 48, 40), fill=(74, 222, 128))
    d.ellipse((48, 16, 76, 36), fill=(34, 197, 94))
    return im


def star():
    s = 120
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    pts = []
    for k in range(10):
        r = 54 if k % 2 == 0 else 24
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((60 + r * math.cos(a), 62 + r * math.sin(a)))
    d.polygon(pts, fill=(250, 204, 21), outline=(202, 138, 4))
    for _ in range(6):
        x, y = rng.randint(8, 110), rng.randint(8, 110)
        d.ellipse((x, y, x + 4, y + 4), fill=(253, 224, 71))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), star()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
