"""Draw the assets of the music-player task (seeded, re-runnable).

asset_001 logo, asset_002..007 album covers, asset_008 playlist cover, asset_009 user avatar.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(909)
S = 200


def gradient(top, bottom):
    im = Image.new("RGB", (S, S))
    d = ImageDraw.Draw(im)
    for y in range(S):
        t = y / S
        d.line((0, y, S, y), fill=tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)))
    return im, d


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 95, 95), fill=(20, 184, 166))
    for k, h in enumerate((26, 46, 62, 40, 22)):
        x = 18 + k * 13
        d.rounded_rectangle((x, 48 - h // 2, x + 7, 48 + h // 2), 3, fill=(240, 253, 250))
    return im


def salt_year():
    im, d = gradient((14, 165, 233), (240, 249, 255))
    d.ellipse((120, 30, 170, 80), fill=(254, 240, 138))
    for k in range(6):
        y = 120 + k * 12
        d.arc((-20, y - 20, 220, y + 20), 200, 340, fill=(255, 255, 255), width=3)
    return im


def atlas_lines():
    im, d = gradient((30, 27, 75), (67, 56, 202))
    for k in range(12):
        a = k * math.pi / 6
        d.line((100, 100, 100 + 90 * math.cos(a), 100 + 90 * math.sin(a)), fill=(165, 180, 252), width=1)
    for r in (30, 55, 80):
        d.ellipse((100 - r, 100 - r, 100 + r, 100 + r), outline=(199, 210, 254), width=2)
    d.ellipse((140, 56, 152, 68), fill=(251, 191, 36))
    return im


def greenhouse():
    im, d = gradient((187, 247, 208), (21, 128, 61))
    for _ in range(14):
        x, y = random.randint(10, 190), random.randint(20, 190)
        r = random.randint(10, 26)
        d.ellipse(
            (x - r, y - r // 2, x + r, y + r // 2), fill=random.choice([(22, 163, 74), (74, 222, 128), (20, 83, 45)])
        )
    d.polygon([(40, 190), (100, 40), (160, 190)], outline=(240, 253, 244), width=4)
    return im


def ember_coast():
    im, d = gradient((124, 45, 18), (251, 146, 60))
    for _ in range(40):
        x, y = random.randint(0, S), random.randint(0, S)
        d.ellipse((x, y, x + 4, y + 4), fill=(254, 215, 170))
    d.rectangle((0, 150, S, S), fill=(41, 37, 36))
    d.polygon([(0, 150), (60, 110), (120, 150)], fill=(68, 64, 60))
    return im


def crossings():
    im, d = gradient((15, 23, 42), (30, 64, 175))
    d.rectangle((0, 130, S, S), fill=(30, 41, 59))
    d.polygon([(50, 120), (150, 120), (140, 138), (60, 138)], fill=(226, 232, 240))
    d.rectangle((80, 104, 120, 120), fill=(226, 232, 240))
    for x in (86, 98, 110):
        d.rectangle((x, 108, x + 6, 114), fill=(253, 224, 71))
    for k in range(5):
        d.line((40 + k * 30, 150, 60 + k * 30, 150), fill=(253, 224, 71), width=2)
    return im


def beacon():
    im, d = gradient((88, 28, 135), (244, 114, 182))
    d.polygon([(92, 60), (108, 60), (116, 170), (84, 170)], fill=(255, 255, 255))
    for y in (80, 110, 140):
        d.rectangle((88, y, 112, y + 10), fill=(220, 38, 38))
    d.polygon([(100, 50), (200, 20), (200, 80)], fill=(254, 249, 195))
    d.rectangle((0, 170, S, S), fill=(30, 58, 138))
    return im


def playlist():
    im, d = gradient((13, 148, 136), (8, 47, 73))
    for k in range(7):
        d.arc((20 + k * 6, 20 + k * 6, 180 - k * 6, 180 - k * 6), 180, 360, fill=(153, 246, 228), width=3)
    d.rectangle((0, 110, S, S), fill=(8, 47, 73))
    for k in range(8):
        x = 30 + k * 18
        h = random.randint(16, 60)
        d.rectangle((x, 170 - h, x + 10, 170), fill=(45, 212, 191))
    return im


def avatar():
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    f = Image.new("RGBA", (s, s), (204, 251, 241, 255))
    d = ImageDraw.Draw(f)
    d.pieslice((14, 62, 82, 130), 180, 360, fill=(15, 118, 110))
    d.ellipse((28, 20, 68, 62), fill=(233, 182, 140))
    d.chord((26, 14, 70, 50), 180, 360, fill=(120, 53, 15))
    im.paste(f, (0, 0), mask)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [
        logo(),
        salt_year(),
        atlas_lines(),
        greenhouse(),
        ember_coast(),
        crossings(),
        beacon(),
        playlist(),
        avatar(),
    ]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
