"""Draw the assets of the learning-platform task (seeded, re-runnable).

asset_001 logo, asset_002 instructor avatar, asset_003 notebook, asset_004 leaf shapes,
asset_005 leaf arrangement, asset_006 flower parts.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(2718)
W, H = 520, 200


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 24, fill=(21, 128, 61))
    d.polygon([(48, 14), (70, 40), (48, 82), (26, 40)], fill=(220, 252, 231))
    d.line((48, 22, 48, 80), fill=(21, 128, 61), width=3)
    for k in range(3):
        y = 36 + k * 12
        d.line((48, y, 60, y - 8), fill=(21, 128, 61), width=2)
        d.line((48, y, 36, y - 8), fill=(21, 128, 61), width=2)
    return im


def avatar():
    s = 128
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), (220, 252, 231, 255))
    d = ImageDraw.Draw(face)
    d.pieslice((16, 86, 112, 180), 180, 360, fill=(180, 83, 9))
    d.rectangle((54, 70, 74, 92), fill=(236, 188, 150))
    d.ellipse((38, 28, 90, 84), fill=(236, 188, 150))
    d.pieslice((30, 14, 98, 70), 180, 360, fill=(200, 200, 200))
    d.rounded_rectangle((44, 48, 62, 62), 5, outline=(40, 40, 40), width=2)
    d.rounded_rectangle((66, 48, 84, 62), 5, outline=(40, 40, 40), width=2)
    d.arc((54, 62, 74, 76), 20, 160, fill=(140, 60, 60), width=3)
    d.pieslice((24, 20, 104, 44), 180, 360, fill=(120, 80, 40))  # hat brim
    d.rectangle((40, 8, 88, 32), fill=(120, 80, 40))
    im.paste(face, (0, 0), mask)
    return im


def leaf(d, cx, cy, length, width, angle, fill, teeth=0, lobes=0):
    pts = []
    n = 60
    for k in range(n + 1):
        t = k / n
        r = math.sin(math.pi * t) * width / 2
        if teeth:
            r += 2 if k % 2 else -1
        if lobes:
            r *= 0.75 + 0.35 * abs(math.sin(t * math.pi * lobes))
        pts.append((t * length, r))
    pts += [(x, -y) for x, y in reversed(pts)]
    ca, sa = math.cos(angle), math.sin(angle)
    poly = [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]
    d.polygon(poly, fill=fill, outline=(20, 83, 45))
    d.line((cx, cy, cx + length * ca, cy + length * sa), fill=(20, 83, 45), width=2)


def notebook():
    im = Image.new("RGB", (W, H), (254, 252, 232))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((120, 20, 400, 180), 10, fill=(255, 255, 255), outline=(161, 98, 7), width=3)
    d.line((260, 20, 260, 180), fill=(161, 98, 7), width=2)
    for k in range(8):
        y = 44 + k * 17
        d.line((136, y, 248, y), fill=(203, 213, 225), width=1)
        d.line((272, y, 384, y), fill=(203, 213, 225), width=1)
    leaf(d, 290, 120, 80, 34, -0.6, (134, 239, 172))
    d.line((420, 40, 470, 160), fill=(100, 116, 139), width=6)
    d.polygon([(466, 152), (476, 176), (474, 150)], fill=(30, 41, 59))
    return im


def shapes():
    im = Image.new("RGB", (W, H), (240, 253, 244))
    d = ImageDraw.Draw(im)
    leaf(d, 30, 100, 130, 50, 0, (134, 239, 172))
    leaf(d, 190, 100, 130, 54, 0, (74, 222, 128), teeth=1)
    leaf(d, 350, 100, 140, 70, 0, (34, 197, 94), lobes=3)
    return im


def arrangement():
    im = Image.new("RGB", (W, H), (236, 253, 245))
    d = ImageDraw.Draw(im)
    for k, x in enumerate((90, 260, 430)):
        d.line((x, 20, x, 185), fill=(120, 53, 15), width=5)
        for j in range(4):
            y = 40 + j * 38
            if k == 0:
                side = 1 if j % 2 else -1
                leaf(d, x, y, 52, 22, -0.5 if side > 0 else math.pi + 0.5, (74, 222, 128))
            elif k == 1:
                leaf(d, x, y, 52, 22, -0.5, (74, 222, 128))
                leaf(d, x, y, 52, 22, math.pi + 0.5, (74, 222, 128))
            elif j % 2 == 0:
                for a in (-0.4, math.pi + 0.4, math.pi / 2):
                    leaf(d, x, y + 6, 46, 18, a, (74, 222, 128))
    return im


def flower():
    im = Image.new("RGB", (W, H), (253, 242, 248))
    d = ImageDraw.Draw(im)
    cx, cy = 260, 90
    for k in range(6):
        a = k * math.pi / 3 + random.random() * 0.1
        x, y = cx + 44 * math.cos(a), cy + 44 * math.sin(a)
        d.ellipse((x - 30, y - 20, x + 30, y + 20), fill=(244, 114, 182), outline=(190, 24, 93))
    d.ellipse((cx - 22, cy - 22, cx + 22, cy + 22), fill=(250, 204, 21))
    for k in range(10):
        a = k * math.pi / 5
        d.ellipse(
            (
                cx + 12 * math.cos(a) - 3,
                cy + 12 * math.sin(a) - 3,
                cx + 12 * math.cos(a) + 3,
                cy + 12 * math.sin(a) + 3,
            ),
            fill=(161, 98, 7),
        )
    d.line((cx, cy + 40, cx, 196), fill=(21, 128, 61), width=6)
    leaf(d, cx, 160, 70, 26, -0.4, (74, 222, 128))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), avatar(), notebook(), shapes(), arrangement(), flower()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
