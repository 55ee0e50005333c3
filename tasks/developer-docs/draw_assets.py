"""Draw the assets of the developer-docs task (seeded, re-runnable).

asset_001 logo, asset_002 cache diagram, asset_003 invalidation timeline diagram.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(32)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 20, fill=(2, 132, 199))
    d.polygon([(48, 14), (80, 32), (80, 66), (48, 84), (16, 66), (16, 32)], fill=(224, 242, 254))
    d.polygon([(48, 14), (80, 32), (48, 50), (16, 32)], fill=(125, 211, 252))
    d.line((48, 50, 48, 84), fill=(2, 132, 199), width=3)
    return im


def box(d, x, y, w, h, fill, label_lines):
    d.rounded_rectangle((x, y, x + w, y + h), 10, fill=fill, outline=(15, 23, 42), width=2)
    for k, n in enumerate(label_lines):
        d.rectangle((x + 14, y + 14 + k * 12, x + 14 + n, y + 20 + k * 12), fill=(15, 23, 42))


def arrow(d, x1, y1, x2, y2):
    d.line((x1, y1, x2, y2), fill=(71, 85, 105), width=3)
    d.polygon([(x2, y2), (x2 - 10, y2 - 6), (x2 - 10, y2 + 6)], fill=(71, 85, 105))


def cache_diagram():
    im = Image.new("RGB", (640, 180), (248, 250, 252))
    d = ImageDraw.Draw(im)
    box(d, 20, 60, 140, 60, (224, 242, 254), [80, 50])
    box(d, 250, 30, 140, 120, (254, 243, 199), [90, 60, 70, 40])
    box(d, 480, 60, 140, 60, (220, 252, 231), [70, 90])
    arrow(d, 160, 90, 248, 90)
    arrow(d, 390, 90, 478, 90)
    for k in range(5):
        d.ellipse(
            (268 + k * 22, 120, 282 + k * 22, 134),
            fill=[(34, 197, 94), (34, 197, 94), (234, 179, 8), (239, 68, 68), (34, 197, 94)][k],
        )
    return im


def timeline():
    im = Image.new("RGB", (640, 140), (248, 250, 252))
    d = ImageDraw.Draw(im)
    d.line((30, 80, 610, 80), fill=(71, 85, 105), width=4)
    for k, x in enumerate((60, 200, 340, 480, 580)):
        c = [(34, 197, 94), (34, 197, 94), (239, 68, 68), (234, 179, 8), (34, 197, 94)][k]
        d.ellipse((x - 12, 68, x + 12, 92), fill=c, outline=(15, 23, 42), width=2)
        d.rectangle((x - 20, 104, x + 20, 110), fill=(148, 163, 184))
    d.arc((330, 20, 470, 140), 200, 340, fill=(2, 132, 199), width=4)
    d.polygon([(466, 44), (474, 58), (458, 56)], fill=(2, 132, 199))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), cache_diagram(), timeline()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
