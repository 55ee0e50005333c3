"""Draw the assets of the visa-checker task (seeded, re-runnable).

asset_001 logo (a stamped passport), asset_002 banner (Valdoria coast and mountains),
asset_003 result stamp "approved" badge, asset_004 result stamp "embassy" badge.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(30)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((14, 4, 82, 92), 8, fill=(30, 64, 175))
    d.ellipse((30, 24, 66, 60), outline=(253, 224, 71), width=4)
    d.line((48, 24, 48, 60), fill=(253, 224, 71), width=3)
    d.line((30, 42, 66, 42), fill=(253, 224, 71), width=3)
    d.rectangle((30, 70, 66, 74), fill=(253, 224, 71))
    return im


def banner():
    w, h = 900, 140
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / h
        d.line((0, y, w, y), fill=(int(191 + 40 * t), int(219 + 20 * t), int(254 - 20 * t)))
    pts = [(0, 100)]
    x = 0
    while x < w:
        x += random.randint(50, 120)
        pts.append((x, random.randint(30, 80)))
    pts += [(w, 140), (0, 140)]
    d.polygon(pts, fill=(100, 116, 139))
    for px, py in pts[1:-2]:
        d.polygon([(px - 14, py + 14), (px, py), (px + 14, py + 14)], fill=(241, 245, 249))
    d.polygon([(0, 120), (w, 104), (w, 140), (0, 140)], fill=(14, 165, 233))
    d.ellipse((760, 20, 800, 60), fill=(253, 224, 71))
    return im


def stamp(colour, mark):
    im = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((4, 4, 115, 115), outline=colour, width=6)
    d.ellipse((18, 18, 101, 101), outline=colour, width=2)
    if mark == "tick":
        d.line((36, 62, 54, 80, 86, 42), fill=colour, width=10)
    else:
        d.rectangle((36, 46, 84, 80), outline=colour, width=5)
        d.polygon([(30, 48), (60, 28), (90, 48)], fill=colour)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), banner(), stamp((22, 163, 74), "tick"), stamp((217, 119, 6), "building")], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
