"""Draw the assets of the marketplace-listings task (seeded, re-runnable).

asset_001 logo; item pictures: 002 chair, 003 sofa, 004 lamp, 005 headphones, 006 camera,
007 speaker, 008 bike (teal), 009 bike (red), 010 books, 011 kettle, 012 pan.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(3636)
W, H = 240, 180


def canvas(bg):
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    d.rectangle((0, 140, W, H), fill=tuple(max(0, c - 18) for c in bg))
    return im, d


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 22, fill=(13, 148, 136))
    d.rounded_rectangle((18, 38, 78, 78), 8, fill=(240, 253, 250))
    d.rectangle((18, 38, 78, 50), fill=(153, 246, 228))
    d.arc((32, 16, 64, 52), 180, 360, fill=(240, 253, 250), width=6)
    d.ellipse((42, 56, 54, 68), fill=(13, 148, 136))
    return im


def chair():
    im, d = canvas((254, 243, 199))
    d.rectangle((80, 30, 160, 90), fill=(146, 64, 14))
    d.rectangle((74, 90, 166, 106), fill=(180, 83, 9))
    for x in (80, 154):
        d.rectangle((x, 106, x + 8, 150), fill=(120, 53, 15))
    return im


def sofa():
    im, d = canvas((224, 231, 255))
    d.rounded_rectangle((30, 60, 210, 120), 14, fill=(79, 70, 229))
    d.rounded_rectangle((20, 80, 50, 130), 10, fill=(67, 56, 202))
    d.rounded_rectangle((190, 80, 220, 130), 10, fill=(67, 56, 202))
    d.rectangle((50, 100, 190, 128), fill=(99, 102, 241))
    d.line((120, 100, 120, 128), fill=(67, 56, 202), width=3)
    for x in (34, 200):
        d.rectangle((x, 130, x + 6, 146), fill=(30, 27, 75))
    return im


def lamp():
    im, d = canvas((254, 249, 195))
    d.polygon([(90, 30), (150, 30), (170, 80), (70, 80)], fill=(234, 179, 8))
    d.line((120, 80, 120, 140), fill=(68, 64, 60), width=6)
    d.ellipse((90, 136, 150, 150), fill=(68, 64, 60))
    d.ellipse((108, 78, 132, 92), fill=(254, 240, 138))
    return im


def headphones():
    im, d = canvas((241, 245, 249))
    d.arc((60, 30, 180, 150), 180, 360, fill=(30, 41, 59), width=12)
    d.rounded_rectangle((50, 86, 84, 136), 12, fill=(239, 68, 68))
    d.rounded_rectangle((156, 86, 190, 136), 12, fill=(239, 68, 68))
    return im


def camera():
    im, d = canvas((229, 231, 235))
    d.rounded_rectangle((50, 60, 190, 140), 12, fill=(31, 41, 55))
    d.rectangle((70, 48, 110, 62), fill=(31, 41, 55))
    d.ellipse((90, 70, 150, 130), fill=(75, 85, 99))
    d.ellipse((102, 82, 138, 118), fill=(14, 165, 233))
    d.ellipse((160, 70, 176, 82), fill=(250, 204, 21))
    return im


def speaker():
    im, d = canvas((220, 252, 231))
    d.rounded_rectangle((80, 24, 160, 146), 14, fill=(22, 101, 52))
    d.ellipse((96, 40, 144, 88), fill=(134, 239, 172))
    d.ellipse((110, 54, 130, 74), fill=(22, 101, 52))
    d.ellipse((104, 98, 136, 130), fill=(134, 239, 172))
    return im


def bike(color):
    im, d = canvas((236, 254, 255))
    for cx in (70, 170):
        d.ellipse((cx - 36, 86, cx + 36, 158), outline=(30, 41, 59), width=6)
        d.ellipse((cx - 4, 118, cx + 4, 126), fill=(30, 41, 59))
    d.line((70, 122, 110, 80, 150, 80, 170, 122), fill=color, width=7)
    d.line((110, 80, 122, 122, 70, 122), fill=color, width=7)
    d.line((122, 122, 150, 80), fill=color, width=7)
    d.line((104, 70, 118, 70), fill=(30, 41, 59), width=6)
    d.line((150, 80, 146, 62, 160, 60), fill=(30, 41, 59), width=5)
    return im


def books():
    im, d = canvas((255, 237, 213))
    colours = [(185, 28, 28), (29, 78, 216), (21, 128, 61), (161, 98, 7), (109, 40, 217)]
    y = 140
    for _k, c in enumerate(colours):
        h = random.randint(14, 22)
        x0 = 70 + random.randint(-12, 12)
        d.rectangle((x0, y - h, x0 + 100, y), fill=c)
        d.line((x0 + 8, y - h + 4, x0 + 8, y - 4), fill=(255, 255, 255), width=2)
        y -= h + 1
    return im


def kettle():
    im, d = canvas((254, 226, 226))
    d.rounded_rectangle((70, 60, 170, 146), 24, fill=(220, 38, 38))
    d.arc((90, 30, 150, 90), 180, 360, fill=(31, 41, 55), width=8)
    d.polygon([(170, 80), (206, 62), (196, 78), (170, 100)], fill=(220, 38, 38))
    d.rectangle((70, 130, 170, 146), fill=(31, 41, 55))
    return im


def pan():
    im, d = canvas((245, 245, 244))
    d.ellipse((40, 70, 160, 140), fill=(41, 37, 36))
    d.ellipse((52, 78, 148, 130), fill=(87, 83, 78))
    d.rounded_rectangle((156, 96, 222, 110), 6, fill=(120, 53, 15))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [
        logo(),
        chair(),
        sofa(),
        lamp(),
        headphones(),
        camera(),
        speaker(),
        bike((13, 148, 136)),
        bike((220, 38, 38)),
        books(),
        kettle(),
        pan(),
    ]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
