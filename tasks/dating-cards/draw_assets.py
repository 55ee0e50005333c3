"""Draw the assets of dating-cards (seeded, re-runnable).

asset_001 logo, asset_002..008 portrait photos (Aiko, Bruno, Celeste, Dmitri, Elena, Farah, Gus).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(1402)

BG = [
    (254, 205, 211),
    (191, 219, 254),
    (221, 214, 254),
    (187, 247, 208),
    (254, 240, 138),
    (253, 186, 116),
    (165, 243, 252),
]
SKIN = [
    (255, 219, 172),
    (198, 134, 94),
    (241, 194, 160),
    (250, 210, 180),
    (141, 85, 54),
    (224, 172, 105),
    (230, 180, 140),
]
HAIR = [(20, 20, 20), (60, 40, 30), (180, 60, 40), (210, 180, 120), (30, 20, 20), (25, 25, 25), (120, 80, 40)]
TOP = [(219, 39, 119), (30, 64, 175), (126, 34, 206), (21, 128, 61), (202, 138, 4), (194, 65, 12), (8, 145, 178)]
LONG = [True, False, True, False, True, True, False]


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((2, 2, 93, 93), fill=(244, 63, 94))
    d.ellipse((22, 28, 50, 56), fill=(255, 241, 242))
    d.ellipse((46, 28, 74, 56), fill=(255, 241, 242))
    d.polygon([(24, 48), (72, 48), (48, 76)], fill=(255, 241, 242))
    d.line((48, 20, 48, 34), fill=(34, 197, 94), width=4)
    return im


def portrait(i):
    w, h = 300, 380
    im = Image.new("RGB", (w, h), BG[i])
    d = ImageDraw.Draw(im)
    for _ in range(6):
        x, y, r = rng.randint(0, w), rng.randint(0, 200), rng.randint(20, 60)
        d.ellipse((x - r, y - r, x + r, y + r), fill=tuple(min(255, c + 12) for c in BG[i]))
    cx = 150
    if LONG[i]:
        d.rounded_rectangle((cx - 78, 80, cx + 78, 290), 60, fill=HAIR[i])
    d.pieslice((cx - 130, 270, cx + 130, 520), 180, 360, fill=TOP[i])
    d.rectangle((cx - 24, 220, cx + 24, 290), fill=SKIN[i])
    d.ellipse((cx - 62, 90, cx + 62, 240), fill=SKIN[i])
    d.pieslice((cx - 68, 70, cx + 68, 190 - (0 if LONG[i] else 20)), 180, 360, fill=HAIR[i])
    d.ellipse((cx - 30, 150, cx - 16, 164), fill=(40, 30, 30))
    d.ellipse((cx + 16, 150, cx + 30, 164), fill=(40, 30, 30))
    d.arc((cx - 26, 170, cx + 26, 210), 20, 160, fill=(160, 60, 60), width=4)
    if i == 3:
        d.rounded_rectangle((cx - 40, 142, cx - 6, 170), 6, outline=(30, 30, 30), width=3)
        d.rounded_rectangle((cx + 6, 142, cx + 40, 170), 6, outline=(30, 30, 30), width=3)
    if i == 6:
        d.pieslice((cx - 50, 180, cx + 50, 250), 0, 180, fill=HAIR[i])
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo()] + [portrait(i) for i in range(7)]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
