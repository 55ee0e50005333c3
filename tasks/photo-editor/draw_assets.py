"""Draw the assets of photo-editor (seeded, re-runnable).

asset_001 logo, asset_002 the photo being edited (a lakeside cabin, deliberately asymmetric
so rotations and flips show), asset_003..005 thumbnails of other photos in the film strip.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(9090)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 22, fill=(2, 132, 199))
    d.rounded_rectangle((16, 28, 80, 74), 10, fill=(224, 242, 254))
    d.rectangle((34, 20, 58, 30), fill=(224, 242, 254))
    d.ellipse((34, 36, 62, 64), fill=(2, 132, 199))
    d.ellipse((41, 43, 55, 57), fill=(186, 230, 253))
    return im


def cabin():
    w, h = 640, 480
    im = Image.new("RGB", (w, h), (125, 211, 252))
    d = ImageDraw.Draw(im)
    for y in range(0, 260):
        d.line((0, y, w, y), fill=(125 + y // 6, 211 - y // 10, 252 - y // 12))
    d.ellipse((470, 50, 560, 140), fill=(253, 224, 71))
    d.polygon(
        [(0, 260), (120, 150), (230, 230), (360, 120), (520, 250), (640, 200), (640, 300), (0, 300)], fill=(71, 85, 105)
    )
    d.polygon([(360, 120), (330, 150), (390, 150)], fill=(241, 245, 249))
    d.rectangle((0, 290, w, h), fill=(14, 116, 144))
    for y in range(300, 480, 18):
        d.line((rng.randint(0, 200), y, rng.randint(300, 640), y), fill=(103, 232, 249), width=2)
    d.polygon([(0, 300), (300, 300), (260, 360), (0, 380)], fill=(77, 124, 15))
    for x in (30, 70, 250):
        d.polygon([(x, 200), (x - 22, 300), (x + 22, 300)], fill=(20, 83, 45))
    d.rectangle((110, 250, 210, 310), fill=(146, 64, 14))
    d.polygon([(100, 252), (160, 205), (220, 252)], fill=(127, 29, 29))
    d.rectangle((150, 275, 172, 310), fill=(69, 26, 3))
    d.rectangle((122, 262, 140, 280), fill=(254, 240, 138))
    d.rectangle((560, 310, 600, 322), fill=(220, 38, 38))
    return im


def thumb(bg, fg, kind):
    w, h = 160, 120
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    if kind == 0:
        d.ellipse((50, 20, 110, 80), fill=fg)
        d.rectangle((0, 90, w, h), fill=tuple(c // 2 for c in bg))
    elif kind == 1:
        for k in range(5):
            d.rectangle((10 + k * 30, 40 + rng.randint(0, 30), 30 + k * 30, 110), fill=fg)
    else:
        d.polygon([(0, 120), (60, 40), (100, 90), (130, 60), (160, 120)], fill=fg)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [
        logo(),
        cabin(),
        thumb((254, 215, 170), (234, 88, 12), 0),
        thumb((30, 41, 59), (148, 163, 184), 1),
        thumb((220, 252, 231), (21, 128, 61), 2),
    ]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
