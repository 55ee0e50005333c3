"""Draw the assets of the city-guide task (seeded, re-runnable).

asset_001 logo, asset_002 city skyline banner, asset_003..006 neighbourhood scenes
(Old Quay harbour, Glasshouse District towers, Millbank mill and river, Hillcrest park),
asset_007 schematic city map.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(1777)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 95, 95), fill=(15, 118, 110))
    d.polygon([(48, 10), (60, 48), (48, 86), (36, 48)], fill=(254, 249, 195))
    d.polygon([(10, 48), (48, 36), (86, 48), (48, 60)], fill=(153, 246, 228))
    return im


def sky(w, h, top, bottom):
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / h
        d.line((0, y, w, y), fill=tuple(int(top[k] + (bottom[k] - top[k]) * t) for k in range(3)))
    return im, d


def skyline():
    im, d = sky(1232, 170, (125, 211, 252), (254, 243, 199))
    x = 0
    while x < 1232:
        bw, bh = random.randint(30, 70), random.randint(40, 130)
        col = random.choice([(51, 65, 85), (71, 85, 105), (30, 41, 59), (100, 116, 139)])
        d.rectangle((x, 170 - bh, x + bw, 170), fill=col)
        for wy in range(170 - bh + 8, 164, 14):
            for wx in range(x + 6, x + bw - 6, 12):
                if random.random() < 0.5:
                    d.rectangle((wx, wy, wx + 5, wy + 6), fill=(253, 230, 138))
        x += bw + random.randint(2, 10)
    d.rectangle((0, 160, 1232, 170), fill=(14, 116, 144))
    return im


def quay():
    im, d = sky(400, 220, (186, 230, 253), (224, 242, 254))
    d.rectangle((0, 150, 400, 220), fill=(14, 116, 144))
    for k, x in enumerate(range(10, 390, 46)):
        h = random.randint(50, 80)
        d.rectangle(
            (x, 150 - h, x + 40, 150), fill=[(251, 146, 60), (250, 204, 21), (244, 114, 182), (255, 255, 255)][k % 4]
        )
        d.polygon([(x, 150 - h), (x + 20, 130 - h), (x + 40, 150 - h)], fill=(127, 29, 29))
    for x in (60, 220, 320):
        d.polygon([(x, 180), (x + 50, 180), (x + 40, 194), (x + 10, 194)], fill=(120, 53, 15))
        d.line((x + 25, 180, x + 25, 140), fill=(80, 60, 40), width=3)
        d.polygon([(x + 27, 142), (x + 27, 176), (x + 50, 176)], fill=(255, 255, 255))
    return im


def glass():
    im, d = sky(400, 220, (165, 180, 252), (224, 231, 255))
    for k, x in enumerate((30, 110, 190, 280)):
        h = 120 + k * 20 if k < 3 else 150
        d.rectangle((x, 220 - h, x + 70, 220), fill=(56, 189, 248))
        for y in range(220 - h + 6, 220, 12):
            d.line((x + 4, y, x + 66, y), fill=(186, 230, 253), width=2)
    d.polygon([(300, 70), (340, 30), (380, 70)], fill=(14, 165, 233))
    return im


def mill():
    im, d = sky(400, 220, (254, 215, 170), (255, 247, 237))
    d.rectangle((0, 160, 400, 220), fill=(59, 130, 246))
    d.rectangle((120, 60, 280, 160), fill=(154, 52, 18))
    for y in (76, 104, 132):
        for x in range(132, 270, 24):
            d.rectangle((x, y, x + 12, y + 16), fill=(254, 243, 199))
    d.rectangle((250, 20, 270, 60), fill=(120, 40, 14))
    d.ellipse((40, 110, 110, 180), outline=(87, 83, 78), width=6)
    for k in range(6):
        d.line((75, 145, 75 + (35 if k % 2 else -35), 145 + (k - 3) * 10), fill=(87, 83, 78), width=3)
    return im


def hill():
    im, d = sky(400, 220, (187, 247, 208), (240, 253, 244))
    d.ellipse((-60, 120, 260, 320), fill=(74, 222, 128))
    d.ellipse((140, 100, 480, 340), fill=(34, 197, 94))
    for x, y in ((60, 130), (110, 120), (250, 110), (320, 125)):
        d.rectangle((x - 3, y, x + 3, y + 24), fill=(120, 53, 15))
        d.ellipse((x - 18, y - 30, x + 18, y + 6), fill=(21, 128, 61))
    d.rectangle((180, 60, 220, 110), fill=(255, 255, 255))
    d.polygon([(176, 60), (200, 36), (224, 60)], fill=(100, 116, 139))
    return im


def city_map():
    w, h = 300, 200
    im = Image.new("RGB", (w, h), (240, 253, 250))
    d = ImageDraw.Draw(im)
    d.polygon([(0, 150), (80, 130), (160, 160), (300, 120), (300, 200), (0, 200)], fill=(125, 211, 252))
    zones = [
        ((20, 90, 120, 140), (253, 186, 116)),
        ((130, 40, 220, 110), (165, 180, 252)),
        ((190, 110, 290, 150), (252, 165, 165)),
        ((20, 10, 120, 80), (134, 239, 172)),
    ]
    for box, col in zones:
        d.rounded_rectangle(box, 10, fill=col)
    d.line((10, 60, 290, 60), fill=(148, 163, 184), width=3)
    d.line((160, 0, 160, 160), fill=(148, 163, 184), width=3)
    d.line((0, 100, 300, 80), fill=(234, 88, 12), width=3)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), skyline(), quay(), glass(), mill(), hill(), city_map()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
