"""Draw the assets of the real-estate-map task (seeded, re-runnable).

asset_001 logo, asset_002..007 building pictures (loft, terrace, house, tower, chapel, warehouse),
asset_008 agent avatar.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(2468)
W, H = 220, 150


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 22, fill=(190, 18, 60))
    d.polygon([(48, 16), (80, 44), (72, 44), (72, 78), (24, 78), (24, 44), (16, 44)], fill=(255, 241, 242))
    d.ellipse((36, 42, 60, 66), fill=(190, 18, 60))
    d.ellipse((43, 49, 53, 59), fill=(255, 241, 242))
    return im


def sky(d, top=(186, 230, 253)):
    for y in range(H):
        d.line((0, y, W, y), fill=(top[0] + y // 6, top[1] + y // 12, top[2]))
    d.rectangle((0, 128, W, H), fill=(163, 163, 163))


def windows(d, x0, y0, cols, rows, dx, dy, w, h, col=(254, 249, 195)):
    for i in range(cols):
        for j in range(rows):
            d.rectangle((x0 + i * dx, y0 + j * dy, x0 + i * dx + w, y0 + j * dy + h), fill=col)


def loft():
    im = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(im)
    sky(d)
    d.rectangle((30, 40, 190, 128), fill=(120, 53, 15))
    windows(d, 42, 52, 5, 3, 30, 24, 18, 16, (191, 219, 254))
    d.rectangle((0, 132, W, H), fill=(14, 116, 144))
    return im


def terrace():
    im = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(im)
    sky(d)
    for k in range(4):
        x = 10 + k * 52
        d.rectangle((x, 60, x + 50, 128), fill=[(220, 38, 38), (234, 179, 8), (37, 99, 235), (22, 163, 74)][k])
        d.polygon([(x - 2, 60), (x + 25, 38), (x + 52, 60)], fill=(68, 64, 60))
        d.rectangle((x + 18, 96, x + 32, 128), fill=(68, 64, 60))
        d.rectangle((x + 8, 70, x + 20, 84), fill=(254, 249, 195))
    return im


def house():
    im = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(im)
    sky(d)
    d.rectangle((0, 118, W, 128), fill=(74, 222, 128))
    d.rectangle((50, 60, 170, 128), fill=(254, 243, 199))
    d.polygon([(40, 62), (110, 20), (180, 62)], fill=(153, 27, 27))
    d.rectangle((98, 92, 122, 128), fill=(120, 53, 15))
    windows(d, 62, 72, 2, 1, 70, 0, 24, 20, (191, 219, 254))
    d.ellipse((176, 70, 214, 120), fill=(22, 163, 74))
    return im


def tower():
    im = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(im)
    sky(d, (147, 197, 253))
    d.rectangle((70, 10, 150, 128), fill=(71, 85, 105))
    windows(d, 78, 18, 4, 8, 18, 13, 10, 8)
    d.rectangle((20, 70, 66, 128), fill=(100, 116, 139))
    d.rectangle((154, 50, 206, 128), fill=(100, 116, 139))
    return im


def chapel():
    im = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(im)
    sky(d)
    d.rectangle((60, 56, 160, 128), fill=(214, 211, 209))
    d.polygon([(54, 58), (110, 22), (166, 58)], fill=(87, 83, 78))
    d.rectangle((96, 8, 124, 58), fill=(168, 162, 158))
    d.polygon([(92, 10), (110, -6), (128, 10)], fill=(87, 83, 78))
    d.ellipse((96, 66, 124, 94), fill=(96, 165, 250), outline=(87, 83, 78), width=3)
    d.rectangle((100, 102, 120, 128), fill=(120, 53, 15))
    return im


def warehouse():
    im = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(im)
    sky(d)
    d.rectangle((20, 50, 200, 128), fill=(154, 52, 18))
    for k in range(6):
        d.polygon([(20 + k * 30, 50), (35 + k * 30, 34), (50 + k * 30, 50)], fill=(124, 45, 18))
    windows(d, 30, 64, 6, 2, 28, 28, 18, 18, (203, 213, 225))
    d.rectangle((180, 20, 192, 50), fill=(87, 83, 78))
    return im


def agent():
    s = 128
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    f = Image.new("RGBA", (s, s), (255, 228, 230, 255))
    d = ImageDraw.Draw(f)
    d.pieslice((16, 86, 112, 180), 180, 360, fill=(30, 41, 59))
    d.rectangle((54, 70, 74, 92), fill=(224, 172, 105))
    d.ellipse((38, 28, 90, 84), fill=(224, 172, 105))
    d.pieslice((36, 20, 92, 66), 180, 360, fill=(60, 40, 30))
    d.ellipse((52, 52, 58, 58), fill=(30, 20, 20))
    d.ellipse((70, 52, 76, 58), fill=(30, 20, 20))
    d.arc((54, 58, 74, 74), 20, 160, fill=(150, 60, 60), width=3)
    im.paste(f, (0, 0), mask)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), loft(), terrace(), house(), tower(), chapel(), warehouse(), agent()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
