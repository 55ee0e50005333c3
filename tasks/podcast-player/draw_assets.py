"""Draw the assets of podcast-player (seeded, re-runnable).

asset_001 logo, asset_002..005 show covers (Quiet Orbit, Kitchen Chemistry, Ferry Tales,
Night Shift Jazz Notes), asset_006..007 host portraits.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(4242)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 24, fill=(124, 58, 237))
    for r, w in ((34, 6), (22, 6)):
        d.arc((48 - r, 44 - r, 48 + r, 44 + r), 200, 340, fill=(237, 233, 254), width=w)
    d.ellipse((38, 34, 58, 54), fill=(237, 233, 254))
    d.rectangle((45, 54, 51, 80), fill=(237, 233, 254))
    return im


def orbit():
    s = 240
    im = Image.new("RGB", (s, s), (15, 23, 42))
    d = ImageDraw.Draw(im)
    for _ in range(90):
        x, y = rng.randint(0, s), rng.randint(0, s)
        d.point((x, y), fill=(200, 210, 255))
    d.ellipse((70, 70, 170, 170), fill=(251, 191, 36))
    d.ellipse((30, 100, 210, 140), outline=(165, 180, 252), width=4)
    d.ellipse((90, 80, 120, 100), fill=(253, 230, 138))
    return im


def chemistry():
    s = 240
    im = Image.new("RGB", (s, s), (254, 243, 199))
    d = ImageDraw.Draw(im)
    d.polygon(
        [(100, 40), (140, 40), (140, 100), (190, 200), (50, 200), (100, 100)],
        fill=(255, 255, 255),
        outline=(120, 53, 15),
    )
    d.polygon([(76, 150), (164, 150), (190, 200), (50, 200)], fill=(34, 197, 94))
    for _k in range(6):
        x, y = 80 + rng.randint(0, 80), 160 + rng.randint(0, 30)
        d.ellipse((x, y, x + 10, y + 10), fill=(187, 247, 208))
    d.rectangle((92, 30, 148, 42), fill=(120, 53, 15))
    return im


def ferry():
    s = 240
    im = Image.new("RGB", (s, s), (186, 230, 253))
    d = ImageDraw.Draw(im)
    d.ellipse((170, 30, 210, 70), fill=(253, 224, 71))
    d.rectangle((0, 150, s, s), fill=(14, 116, 144))
    for y in range(160, 240, 14):
        pts = [(x, y + 4 * math.sin(x / 12)) for x in range(0, s + 1, 6)]
        d.line(pts, fill=(103, 232, 249), width=2)
    d.polygon([(50, 130), (190, 130), (170, 158), (70, 158)], fill=(220, 38, 38))
    d.rectangle((85, 100, 155, 130), fill=(255, 255, 255))
    d.rectangle((110, 80, 125, 100), fill=(30, 41, 59))
    return im


def jazz():
    s = 240
    im = Image.new("RGB", (s, s), (49, 46, 129))
    d = ImageDraw.Draw(im)
    d.ellipse((40, 40, 200, 200), fill=(17, 24, 39))
    for r in range(20, 80, 10):
        d.ellipse((120 - r, 120 - r, 120 + r, 120 + r), outline=(55, 65, 81), width=1)
    d.ellipse((100, 100, 140, 140), fill=(236, 72, 153))
    d.line((180, 30, 150, 110), fill=(229, 231, 235), width=5)
    return im


def host(i):
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    bg = [(221, 214, 254), (254, 215, 170)][i]
    face = Image.new("RGBA", (s, s), (*bg, 255))
    d = ImageDraw.Draw(face)
    skin = [(241, 194, 160), (160, 100, 70)][i]
    hair = [(120, 60, 30), (20, 20, 20)][i]
    d.pieslice((12, 64, 84, 130), 180, 360, fill=[(124, 58, 237), (13, 148, 136)][i])
    if i == 0:
        d.rounded_rectangle((22, 18, 74, 76), 20, fill=hair)
    d.ellipse((28, 20, 68, 64), fill=skin)
    d.pieslice((26, 14, 70, 52), 180, 360, fill=hair)
    d.ellipse((38, 38, 43, 43), fill=(30, 30, 30))
    d.ellipse((53, 38, 58, 43), fill=(30, 30, 30))
    d.arc((40, 44, 56, 56), 20, 160, fill=(150, 60, 60), width=2)
    im.paste(face, (0, 0), mask)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo(), orbit(), chemistry(), ferry(), jazz(), host(0), host(1)]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
