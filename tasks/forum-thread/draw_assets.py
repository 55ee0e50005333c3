"""Draw the assets of the forum-thread task (seeded, re-runnable).

asset_001 logo, asset_002..010 member avatars, asset_011 photo of a blotchy pan,
asset_012 photo of a well-seasoned pan, asset_013 community banner.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent / "assets"
random.seed(1010)

SKIN = [(241, 194, 160), (198, 134, 94), (141, 85, 54), (255, 219, 172), (224, 172, 105)]
HAIR = [(60, 40, 30), (20, 20, 20), (150, 90, 40), (220, 180, 90), (110, 60, 40), (160, 160, 160)]
BG = [
    (254, 226, 226),
    (219, 234, 254),
    (220, 252, 231),
    (254, 243, 199),
    (237, 233, 254),
    (204, 251, 241),
    (255, 237, 213),
    (241, 245, 249),
    (252, 231, 243),
]
SHIRT = [
    (220, 38, 38),
    (37, 99, 235),
    (22, 163, 74),
    (217, 119, 6),
    (124, 58, 237),
    (13, 148, 136),
    (234, 88, 12),
    (71, 85, 105),
    (219, 39, 119),
]


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 20, fill=(180, 83, 9))
    d.ellipse((16, 34, 70, 80), fill=(41, 37, 36))
    d.rounded_rectangle((64, 52, 90, 60), 4, fill=(41, 37, 36))
    for k in range(3):
        x = 28 + k * 12
        d.arc((x - 6, 8, x + 6, 32), 90, 270, fill=(254, 215, 170), width=3)
    return im


def avatar(i):
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    f = Image.new("RGBA", (s, s), BG[i] + (255,))
    d = ImageDraw.Draw(f)
    skin, hair = SKIN[i % 5], HAIR[(i * 2) % 6]
    d.pieslice((12, 62, 84, 134), 180, 360, fill=SHIRT[i])
    if i % 3 == 1:
        d.rounded_rectangle((22, 18, 74, 80), 20, fill=hair)
    d.ellipse((28, 22, 68, 64), fill=skin)
    if i % 3 == 2:
        d.chord((26, 16, 70, 52), 180, 360, fill=hair)
        d.rectangle((30, 54, 66, 62), fill=hair)  # beard
        d.ellipse((28, 22, 68, 64), outline=skin)
    else:
        d.chord((26, 14, 70, 48), 180, 360, fill=hair)
    d.ellipse((38, 38, 43, 43), fill=(30, 20, 20))
    d.ellipse((53, 38, 58, 43), fill=(30, 20, 20))
    if i == 8:  # the guest user: a simple chef hat
        d.ellipse((26, 0, 70, 26), fill=(255, 255, 255))
        d.rectangle((32, 14, 64, 24), fill=(255, 255, 255))
    im.paste(f, (0, 0), mask)
    return im


def pan(good):
    w, h = 480, 260
    im = Image.new("RGB", (w, h), (214, 196, 170))
    d = ImageDraw.Draw(im)
    for y in range(0, h, 22):
        d.line((0, y, w, y + 6), fill=(199, 180, 152), width=2)
    d.rounded_rectangle((330, 118, 470, 142), 10, fill=(60, 56, 52))
    d.ellipse((40, 20, 360, 250), fill=(38, 34, 32))
    inner = (62, 40, 338, 230)
    base = (52, 44, 40) if good else (92, 70, 48)
    d.ellipse(inner, fill=base)
    if not good:
        for _ in range(26):
            x, y = random.randint(90, 300), random.randint(60, 200)
            r = random.randint(8, 26)
            d.ellipse(
                (x - r, y - r // 2, x + r, y + r // 2),
                fill=random.choice([(120, 84, 46), (70, 52, 40), (140, 100, 60)]),
            )
    else:
        d.ellipse((120, 70, 220, 120), fill=(78, 66, 60))
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    d = ImageDraw.Draw(im)
    d.arc((80, 50, 200, 150), 200, 260, fill=(230, 220, 210), width=4)
    return im


def banner():
    w, h = 300, 110
    im = Image.new("RGB", (w, h), (255, 237, 213))
    d = ImageDraw.Draw(im)
    for x in range(w):
        d.line((x, 0, x, h), fill=(255, 237 - x // 12, 213 - x // 6))
    for _k, (cx, cy, r) in enumerate(((60, 70, 34), (150, 58, 42), (240, 72, 30))):
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(41, 37, 36))
        d.ellipse((cx - r + 6, cy - r + 6, cx + r - 6, cy + r - 6), fill=(68, 64, 60))
    d.ellipse((140, 46, 162, 68), fill=(253, 224, 71))
    d.ellipse((228, 62, 252, 82), fill=(220, 38, 38))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo()] + [avatar(i) for i in range(9)] + [pan(False), pan(True), banner()]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
