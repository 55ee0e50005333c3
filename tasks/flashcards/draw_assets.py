"""Draw the assets of the flashcards task (seeded, re-runnable).

asset_001 logo, asset_002..007 card illustrations (one per card), asset_008 mascot.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(808)
S = 220


def space():
    im = Image.new("RGB", (S, S), (15, 23, 42))
    d = ImageDraw.Draw(im)
    for _ in range(60):
        x, y = random.randint(0, S), random.randint(0, S)
        c = random.choice([(148, 163, 184), (226, 232, 240), (100, 116, 139)])
        d.point((x, y), fill=c)
        if random.random() < 0.15:
            d.ellipse((x - 1, y - 1, x + 1, y + 1), fill=c)
    return im, d


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((14, 8, 86, 70), 10, fill=(196, 181, 253))
    d.rounded_rectangle((6, 22, 78, 86), 10, fill=(109, 40, 217))
    d.line((20, 44, 62, 44), fill=(255, 255, 255), width=5)
    d.line((20, 60, 50, 60), fill=(255, 255, 255), width=5)
    return im


def mercury():
    im, d = space()
    d.ellipse((-60, 60, 60, 180), fill=(253, 224, 71))
    d.ellipse((120, 80, 170, 130), fill=(156, 163, 175))
    for _ in range(6):
        x, y = random.randint(128, 158), random.randint(88, 120)
        d.ellipse((x, y, x + 6, y + 6), fill=(107, 114, 128))
    return im


def mars():
    im, d = space()
    d.ellipse((40, 40, 180, 180), fill=(194, 65, 12))
    d.polygon([(80, 120), (110, 82), (140, 120)], fill=(154, 52, 18))
    d.ellipse((100, 80, 120, 90), fill=(124, 45, 18))
    d.ellipse((60, 140, 90, 155), fill=(234, 88, 12))
    return im


def jupiter():
    im, d = space()
    d.ellipse((25, 25, 195, 195), fill=(234, 179, 121))
    for y, c in ((60, (180, 120, 80)), (90, (214, 160, 110)), (120, (170, 110, 70)), (150, (220, 180, 140))):
        d.chord((25, 25, 195, 195), 0, 360, fill=None)
        d.rectangle((25, y, 195, y + 12), fill=c)
    mask = Image.new("L", (S, S), 0)
    ImageDraw.Draw(mask).ellipse((25, 25, 195, 195), fill=255)
    bg, _ = space()
    bg.paste(im, (0, 0), mask)
    ImageDraw.Draw(bg).ellipse((120, 122, 150, 138), fill=(190, 80, 60))
    return bg


def saturn():
    im, d = space()
    d.ellipse((10, 92, 210, 132), outline=(214, 196, 150), width=8)
    d.ellipse((60, 62, 160, 162), fill=(234, 209, 150))
    d.arc((10, 92, 210, 132), 0, 180, fill=(214, 196, 150), width=8)
    return im


def uranus():
    im, d = space()
    d.ellipse((50, 50, 170, 170), fill=(103, 232, 249))
    d.ellipse((90, 12, 130, 208), outline=(186, 230, 253), width=3)
    return im


def moon():
    im, d = space()
    d.ellipse((20, 110, 140, 230), fill=(59, 130, 246))
    d.ellipse((40, 140, 80, 170), fill=(34, 197, 94))
    d.ellipse((130, 30, 190, 90), fill=(229, 231, 235))
    for x, y, r in ((145, 45, 6), (165, 62, 8), (150, 72, 4)):
        d.ellipse((x - r, y - r, x + r, y + r), fill=(200, 200, 205))
    return im


def mascot():
    im = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((10, 20, 110, 120), fill=(139, 92, 246))
    d.polygon([(24, 34), (34, 4), (48, 26)], fill=(139, 92, 246))
    d.polygon([(72, 26), (86, 4), (96, 34)], fill=(139, 92, 246))
    d.ellipse((30, 48, 56, 74), fill=(255, 255, 255))
    d.ellipse((64, 48, 90, 74), fill=(255, 255, 255))
    d.ellipse((38, 56, 50, 68), fill=(30, 27, 75))
    d.ellipse((72, 56, 84, 68), fill=(30, 27, 75))
    d.polygon([(54, 78), (66, 78), (60, 88)], fill=(251, 191, 36))
    d.rectangle((34, 98, 86, 106), fill=(251, 191, 36))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo(), mercury(), mars(), jupiter(), saturn(), uranus(), moon(), mascot()]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
