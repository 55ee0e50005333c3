"""Draw the assets of stock-watchlist (seeded, re-runnable).

asset_001 logo (rising line in a rounded square), asset_002 user avatar, asset_003 promo card art.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(1717)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((2, 2, 94, 94), 20, fill=(17, 24, 39))
    pts = [(14, 70), (32, 56), (46, 62), (62, 38), (82, 24)]
    d.line(pts, fill=(52, 211, 153), width=8, joint="curve")
    d.polygon([(72, 20), (88, 18), (84, 34)], fill=(52, 211, 153))
    return im


def avatar():
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), (253, 230, 138, 255))
    d = ImageDraw.Draw(face)
    d.pieslice((14, 64, 82, 132), 180, 360, fill=(99, 102, 241))
    d.ellipse((28, 20, 68, 62), fill=(224, 172, 105))
    d.pieslice((26, 14, 70, 46), 180, 360, fill=(20, 20, 20))
    d.ellipse((38, 38, 43, 43), fill=(20, 15, 15))
    d.ellipse((53, 38, 58, 43), fill=(20, 15, 15))
    d.arc((40, 44, 56, 56), 20, 160, fill=(110, 40, 40), width=2)
    im.paste(face, (0, 0), mask)
    return im


def promo():
    w, h = 300, 90
    im = Image.new("RGB", (w, h), (30, 41, 59))
    d = ImageDraw.Draw(im)
    y = 60
    pts = []
    for x in range(0, w + 1, 15):
        y = max(15, min(80, y + rng.randint(-9, 7)))
        pts.append((x, y))
    d.polygon([*pts, (w, h), (0, h)], fill=(6, 95, 70))
    d.line(pts, fill=(110, 231, 183), width=3)
    for k in range(12):
        x = 12 + k * 24
        top = rng.randint(20, 60)
        d.line((x, top, x, top + 20), fill=(148, 163, 184), width=1)
        d.rectangle((x - 3, top + 5, x + 3, top + 14), fill=(248, 113, 113) if k % 3 == 0 else (74, 222, 128))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), avatar(), promo()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
