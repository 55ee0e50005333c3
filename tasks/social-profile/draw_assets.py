"""Draw the assets of the social-profile task (seeded, re-runnable).

asset_001 logo, asset_002 cover banner, asset_003 profile avatar, asset_004..009 media photos,
asset_010..012 suggested-account avatars.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(160)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 95, 95), fill=(124, 58, 237))
    for k in range(3):
        d.arc((18 + k * 10, 18 + k * 10, 78 - k * 10, 78 - k * 10), 200, 340, fill=(237, 233, 254), width=5)
    d.ellipse((42, 56, 54, 68), fill=(237, 233, 254))
    return im


def cover():
    w, h = 1000, 200
    im = Image.new("RGB", (w, h), (14, 116, 144))
    d = ImageDraw.Draw(im)
    for y in range(h):
        d.line((0, y, w, y), fill=(14 + y // 4, 116 + y // 6, 144 + y // 5))
    d.ellipse((760, 30, 840, 110), fill=(253, 224, 71))
    for k in range(7):
        x = k * 160 + random.randint(-20, 20)
        d.polygon([(x, h), (x + 80, 120 + random.randint(-20, 20)), (x + 160, h)], fill=(21, 94, 117))
    for _ in range(30):
        x, y = random.randint(0, w), random.randint(150, 195)
        d.line((x, y, x + 20, y), fill=(165, 243, 252), width=2)
    return im


def face(bg, skin, hair, shirt, long_hair):
    s = 128
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    f = Image.new("RGBA", (s, s), (*bg, 255))
    d = ImageDraw.Draw(f)
    d.pieslice((18, 84, 110, 176), 180, 360, fill=shirt)
    d.rectangle((54, 70, 74, 92), fill=skin)
    if long_hair:
        d.rounded_rectangle((30, 26, 98, 100), 26, fill=hair)
    d.ellipse((38, 28, 90, 84), fill=skin)
    d.pieslice((36, 20, 92, 72), 180, 360, fill=hair)
    d.ellipse((52, 52, 58, 58), fill=(30, 20, 20))
    d.ellipse((70, 52, 76, 58), fill=(30, 20, 20))
    d.arc((54, 58, 74, 74), 20, 160, fill=(150, 60, 60), width=3)
    im.paste(f, (0, 0), mask)
    return im


def photo(kind):
    w, h = 300, 300
    im = Image.new("RGB", (w, h), (240, 240, 240))
    d = ImageDraw.Draw(im)
    if kind == 0:  # tide pool
        d.rectangle((0, 0, w, h), fill=(120, 113, 108))
        d.ellipse((40, 60, 260, 240), fill=(14, 116, 144))
        for _ in range(6):
            cx, cy = random.randint(80, 220), random.randint(100, 200)
            for a in range(5):
                ang = a * 2 * math.pi / 5
                d.line((cx, cy, cx + 18 * math.cos(ang), cy + 18 * math.sin(ang)), fill=(249, 115, 22), width=6)
    elif kind == 1:  # pastry
        d.rectangle((0, 0, w, h), fill=(254, 243, 199))
        for k in range(3):
            x = 40 + k * 80
            d.ellipse((x, 110, x + 70, 180), fill=(217, 119, 6))
            d.ellipse((x + 10, 118, x + 60, 168), fill=(253, 224, 71))
            d.ellipse((x + 24, 130, x + 40, 146), fill=(146, 64, 14))
    elif kind == 2:  # tram
        d.rectangle((0, 0, w, h), fill=(191, 219, 254))
        d.rectangle((0, 220, w, h), fill=(120, 113, 108))
        d.rounded_rectangle((50, 110, 250, 220), 16, fill=(250, 204, 21))
        for k in range(4):
            d.rectangle((66 + k * 46, 126, 100 + k * 46, 160), fill=(224, 242, 254))
        d.line((150, 110, 150, 40), fill=(30, 30, 30), width=3)
    elif kind == 3:  # tiles
        for i in range(6):
            for j in range(6):
                x, y = i * 50, j * 50
                d.rectangle((x, y, x + 50, y + 50), fill=(255, 255, 255), outline=(30, 64, 175))
                d.ellipse((x + 10, y + 10, x + 40, y + 40), outline=(30, 64, 175), width=3)
                d.polygon([(x + 25, y + 2), (x + 48, y + 25), (x + 25, y + 48), (x + 2, y + 25)], outline=(37, 99, 235))
    elif kind == 4:  # sunset
        for y in range(h):
            d.line((0, y, w, y), fill=(251, 146 - y // 6, 60 + y // 5))
        d.ellipse((110, 150, 190, 230), fill=(254, 240, 138))
        d.rectangle((0, 200, w, h), fill=(30, 58, 138))
    else:  # market
        d.rectangle((0, 0, w, h), fill=(236, 253, 245))
        for k in range(4):
            x = 10 + k * 72
            d.polygon(
                [(x, 80), (x + 64, 80), (x + 56, 120), (x + 8, 120)],
                fill=[(220, 38, 38), (22, 163, 74), (234, 179, 8), (124, 58, 237)][k],
            )
            for j in range(6):
                d.ellipse(
                    (x + 6 + (j % 3) * 18, 140 + (j // 3) * 20, x + 22 + (j % 3) * 18, 156 + (j // 3) * 20),
                    fill=[(239, 68, 68), (132, 204, 22), (249, 115, 22)][j % 3],
                )
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo(), cover(), face((221, 214, 254), (236, 188, 150), (60, 30, 20), (124, 58, 237), True)]
    images += [photo(k) for k in range(6)]
    images += [
        face((254, 215, 170), (250, 214, 180), (200, 160, 90), (14, 116, 144), False),
        face((187, 247, 208), (141, 85, 54), (20, 20, 20), (190, 24, 93), True),
        face((191, 219, 254), (198, 134, 94), (40, 25, 15), (21, 128, 61), False),
    ]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
