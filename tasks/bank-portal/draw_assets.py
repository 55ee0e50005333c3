"""Draw the assets of the bank-portal task (seeded, re-runnable).

asset_001 logo, asset_002 customer avatar, asset_003 card art, asset_004 savings promo.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(4821)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 20, fill=(14, 76, 117))
    # a stylised harbour lighthouse and waves
    d.polygon([(40, 18), (56, 18), (60, 62), (36, 62)], fill=(240, 248, 255))
    d.rectangle((38, 30, 58, 36), fill=(220, 38, 38))
    d.rectangle((37, 46, 59, 52), fill=(220, 38, 38))
    d.polygon([(36, 18), (60, 18), (48, 8)], fill=(250, 204, 21))
    for k in range(3):
        y = 68 + k * 8
        d.arc((8, y - 6, 32, y + 6), 0, 180, fill=(125, 211, 252), width=3)
        d.arc((32, y - 6, 56, y + 6), 0, 180, fill=(125, 211, 252), width=3)
        d.arc((56, y - 6, 80, y + 6), 0, 180, fill=(125, 211, 252), width=3)
    return im


def avatar():
    s = 128
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), (204, 229, 255, 255))
    d = ImageDraw.Draw(face)
    d.pieslice((16, 86, 112, 180), 180, 360, fill=(15, 118, 110))
    d.rectangle((54, 70, 74, 92), fill=(214, 160, 120))
    d.ellipse((38, 28, 90, 84), fill=(214, 160, 120))
    d.pieslice((34, 18, 94, 70), 180, 360, fill=(70, 45, 30))
    d.ellipse((52, 52, 58, 58), fill=(40, 30, 30))
    d.ellipse((70, 52, 76, 58), fill=(40, 30, 30))
    d.arc((54, 58, 74, 74), 20, 160, fill=(140, 60, 60), width=3)
    im.paste(face, (0, 0), mask)
    return im


def card_art():
    w, h = 320, 200
    im = Image.new("RGB", (w, h), (30, 41, 59))
    d = ImageDraw.Draw(im)
    for k in range(14):
        r = 40 + k * 22
        d.ellipse((w - r, -r // 2, w + r, r + r // 2), outline=(51, 65 + k * 4, 85 + k * 6), width=2)
    d.rounded_rectangle((24, 70, 70, 104), 6, fill=(234, 179, 8))
    d.line((24, 87, 70, 87), fill=(161, 98, 7), width=2)
    d.line((47, 70, 47, 104), fill=(161, 98, 7), width=2)
    d.text((24, 130), "****  ****  ****  1177", fill=(226, 232, 240))
    d.text((24, 160), "REWARDS", fill=(148, 163, 184))
    d.ellipse((250, 150, 280, 180), fill=(239, 68, 68))
    d.ellipse((268, 150, 298, 180), fill=(245, 158, 11))
    return im


def promo():
    w, h = 300, 130
    im = Image.new("RGB", (w, h), (236, 253, 245))
    d = ImageDraw.Draw(im)
    heights = [random.randint(20, 40) + k * 9 for k in range(7)]
    for k, v in enumerate(heights):
        x = 30 + k * 36
        d.rounded_rectangle((x, 110 - v, x + 24, 110), 5, fill=(16, 185, 129) if k < 6 else (5, 150, 105))
    d.line((20, 110, 285, 110), fill=(110, 231, 183), width=3)
    for k in range(5):
        cx, cy = 60 + k * 48, 24 + (k % 2) * 6
        d.ellipse((cx - 9, cy - 9, cx + 9, cy + 9), fill=(250, 204, 21), outline=(202, 138, 4), width=2)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), avatar(), card_art(), promo()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
