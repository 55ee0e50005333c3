"""Draw the assets of the airline-manage-booking task (seeded, re-runnable).

asset_001 logo, asset_002 destination picture, asset_003 aircraft silhouette.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(482)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 95, 95), fill=(3, 105, 161))
    # a kestrel-like swept wing
    d.polygon([(14, 58), (48, 40), (84, 20), (60, 50), (78, 52), (40, 66)], fill=(255, 255, 255))
    d.polygon([(40, 66), (60, 58), (52, 78)], fill=(251, 191, 36))
    return im


def destination():
    w, h = 320, 150
    im = Image.new("RGB", (w, h), (186, 230, 253))
    d = ImageDraw.Draw(im)
    for y in range(0, 80):
        c = (186 + y // 2, 230 - y // 4, 253 - y // 3)
        d.line((0, y, w, y), fill=c)
    d.ellipse((236, 18, 276, 58), fill=(254, 240, 138))
    pts = [(0, 110)]
    x = 0
    while x < w:
        x += random.randint(20, 45)
        pts.append((x, random.randint(50, 95)))
    pts += [(w, 110), (w, h), (0, h)]
    d.polygon(pts, fill=(71, 85, 105))
    for px, py in pts[1:-3]:
        d.polygon([(px, py), (px - 8, py + 12), (px + 8, py + 12)], fill=(241, 245, 249))
    d.rectangle((0, 110, w, h), fill=(14, 116, 144))
    for _ in range(18):
        xx = random.randint(0, w)
        yy = random.randint(116, h - 4)
        d.line((xx, yy, xx + 14, yy), fill=(103, 232, 249), width=2)
    for k in range(6):  # houses on the shore
        bx = 20 + k * 26
        d.rectangle((bx, 98, bx + 18, 112), fill=[(239, 68, 68), (250, 204, 21), (255, 255, 255)][k % 3])
        d.polygon([(bx - 2, 98), (bx + 9, 90), (bx + 20, 98)], fill=(51, 65, 85))
    return im


def aircraft():
    w, h = 200, 80
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((10, 32, 190, 48), 8, fill=(226, 232, 240))
    d.polygon([(150, 34), (186, 8), (192, 8), (176, 36)], fill=(3, 105, 161))
    d.polygon([(80, 44), (120, 44), (96, 74), (84, 74)], fill=(148, 163, 184))
    d.polygon([(160, 44), (180, 44), (172, 56)], fill=(148, 163, 184))
    for k in range(12):
        d.ellipse((28 + k * 10, 37, 33 + k * 10, 42), fill=(30, 64, 175))
    d.ellipse((8, 34, 22, 46), fill=(203, 213, 225))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), destination(), aircraft()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
