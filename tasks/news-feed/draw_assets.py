"""Draw the assets of news-feed (seeded, re-runnable): ten avatars and four post photos."""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent / "assets"
OUT.mkdir(exist_ok=True)
rng = random.Random(404)

SKIN = [(241, 194, 160), (198, 134, 96), (141, 85, 54), (224, 172, 128), (255, 214, 180)]
HAIR = [(40, 30, 24), (90, 56, 30), (200, 150, 70), (20, 20, 20), (150, 60, 40), (120, 120, 130)]
BG = [
    (254, 215, 170),
    (187, 247, 208),
    (191, 219, 254),
    (233, 213, 255),
    (254, 202, 202),
    (204, 251, 241),
    (254, 240, 138),
    (226, 232, 240),
    (253, 186, 116),
    (165, 180, 252),
]

# asset_001..010: avatars 96x96
for i in range(10):
    im = Image.new("RGB", (96, 96), BG[i])
    d = ImageDraw.Draw(im)
    skin, hair = rng.choice(SKIN), rng.choice(HAIR)
    d.ellipse(
        (18, 70, 78, 130),
        fill=rng.choice([(59, 130, 246), (16, 185, 129), (244, 63, 94), (120, 113, 108), (234, 179, 8)]),
    )
    d.rectangle((40, 58, 56, 76), fill=skin)
    if i % 3 == 0:
        d.ellipse((22, 12, 74, 74), fill=hair)
    d.ellipse((28, 20, 68, 66), fill=skin)
    d.chord((26, 14, 70, 52), 180, 360, fill=hair)
    d.ellipse((37, 40, 42, 45), fill=(40, 30, 30))
    d.ellipse((54, 40, 59, 45), fill=(40, 30, 30))
    d.arc((40, 46, 56, 58), 20, 160, fill=(150, 60, 60), width=2)
    im.save(OUT / f"asset_{i + 1:03d}.png")

W, H = 640, 340


def grad(c1, c2):
    im = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(im)
    for y in range(H):
        t = y / H
        d.line((0, y, W, y), fill=tuple(int(a + (b - a) * t) for a, b in zip(c1, c2, strict=False)))
    return im, d


# asset_011: community garden beds
im, d = grad((186, 230, 253), (224, 242, 254))
d.rectangle((0, 170, W, H), fill=(134, 94, 60))
for bx in range(20, W, 160):
    d.rectangle((bx, 190, bx + 130, 300), fill=(101, 67, 33))
    d.rectangle((bx + 6, 196, bx + 124, 294), fill=(70, 45, 25))
    for k in range(5):
        x = bx + 18 + k * 24
        h = rng.randint(30, 70)
        d.line((x, 240, x, 240 - h), fill=(34, 120, 50), width=4)
        d.ellipse(
            (x - 12, 230 - h, x + 12, 252 - h),
            fill=rng.choice([(74, 160, 60), (34, 150, 80), (220, 60, 60), (250, 200, 40)]),
        )
d.ellipse((520, 30, 590, 100), fill=(253, 224, 71))
im.save(OUT / "asset_011.png")

# asset_012: restored road bike
im, d = grad((245, 245, 244), (214, 211, 209))
d.rectangle((0, 280, W, H), fill=(168, 162, 158))
for cx in (190, 450):
    d.ellipse((cx - 80, 160, cx + 80, 320), outline=(30, 30, 30), width=8)
    d.ellipse((cx - 8, 232, cx + 8, 248), fill=(120, 120, 120))
    for a in range(0, 360, 30):
        d.line(
            (cx, 240, cx + 74 * math.cos(math.radians(a)), 240 + 74 * math.sin(math.radians(a))),
            fill=(150, 150, 150),
            width=1,
        )
red = (200, 40, 40)
d.line((190, 240, 300, 240, 420, 140, 260, 140, 190, 240), fill=red, width=10, joint="curve")
d.line((300, 240, 260, 140), fill=red, width=10)
d.line((420, 140, 450, 240), fill=red, width=10)
d.line((420, 140, 410, 110, 450, 100), fill=(40, 40, 40), width=8)
d.line((260, 140, 250, 120), fill=red, width=10)
d.rectangle((230, 108, 280, 120), fill=(40, 40, 40))
im.save(OUT / "asset_012.png")

# asset_013: bowl of noodles
im, d = grad((120, 53, 15), (68, 32, 10))
d.ellipse((120, 60, 520, 320), fill=(245, 245, 240))
d.ellipse((140, 70, 500, 220), fill=(200, 120, 50))
for k in range(14):
    y = 110 + k * 7
    d.arc((170, y - 20, 470, y + 30), 10, 170, fill=(250, 220, 140), width=4)
d.ellipse((200, 100, 270, 160), fill=(255, 255, 255))
d.ellipse((220, 115, 250, 145), fill=(250, 180, 30))
for _k in range(8):
    x, y = 330 + rng.randint(0, 120), 100 + rng.randint(0, 60)
    d.ellipse((x, y, x + 14, y + 14), fill=(60, 160, 60))
d.polygon([(380, 40), (620, 20), (624, 30), (388, 60)], fill=(180, 140, 90))
im.save(OUT / "asset_013.png")

# asset_014: night sky over hills
im, d = grad((15, 23, 42), (49, 46, 129))
for _ in range(140):
    x, y = rng.randint(0, W), rng.randint(0, 230)
    r = rng.choice([1, 1, 1, 2])
    d.ellipse((x, y, x + r, y + r), fill=(255, 255, 255))
band = Image.new("L", (W, H), 0)
ImageDraw.Draw(band).polygon([(0, 220), (W, 20), (W, 120), (0, 300)], fill=70)
band = band.filter(ImageFilter.GaussianBlur(30))
im.paste((200, 190, 255), (0, 0), band)
d = ImageDraw.Draw(im)
d.polygon([(0, 270), (140, 210), (300, 260), (460, 200), (640, 250), (640, 340), (0, 340)], fill=(10, 14, 28))
im.save(OUT / "asset_014.png")
