"""Draw the assets of the trail-map task (seeded, re-runnable).

asset_001 logo (a pine and a trail), asset_002 photo-like picture of the Fernmoor falls for
the park info card.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(1313)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 20, fill=(21, 94, 62))
    d.polygon([(48, 10), (70, 46), (58, 46), (76, 72), (20, 72), (38, 46), (26, 46)], fill=(187, 247, 208))
    d.rectangle((44, 72, 52, 84), fill=(120, 80, 40))
    d.line((10, 88, 40, 80, 60, 90, 88, 80), fill=(253, 224, 71), width=4)
    return im


def falls():
    w, h = 280, 140
    im = Image.new("RGB", (w, h), (187, 222, 251))
    d = ImageDraw.Draw(im)
    d.polygon([(0, 30), (100, 20), (110, 140), (0, 140)], fill=(87, 83, 78))
    d.polygon([(170, 24), (280, 40), (280, 140), (160, 140)], fill=(120, 113, 108))
    d.rectangle((100, 22, 170, 118), fill=(224, 242, 254))
    for _ in range(40):
        x = random.randint(102, 168)
        d.line((x, 24, x + random.randint(-2, 2), 118), fill=(186, 230, 253), width=1)
    d.ellipse((70, 108, 200, 140), fill=(56, 189, 248))
    for x in range(0, w, 16):
        d.polygon([(x, 30), (x + 8, 4 + random.randint(0, 10)), (x + 16, 30)], fill=(22, 101, 52))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), falls()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
