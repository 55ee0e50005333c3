"""Draw the assets of memory-match (seeded, re-runnable): eight card faces and a card back."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
OUT.mkdir(exist_ok=True)
rng = random.Random(808)
S = 200


def face(bg):
    im = Image.new("RGB", (S, S), bg)
    return im, ImageDraw.Draw(im)


def kite(d):
    d.polygon([(100, 30), (150, 90), (100, 160), (50, 90)], fill=(239, 68, 68))
    d.polygon([(100, 30), (150, 90), (100, 90)], fill=(250, 204, 21))
    d.polygon([(100, 90), (50, 90), (100, 160)], fill=(250, 204, 21))
    d.line((100, 160, 120, 180, 90, 195), fill=(60, 60, 60), width=3)


def whale(d):
    d.chord((30, 70, 170, 170), 180, 360, fill=(37, 99, 235))
    d.rectangle((30, 119, 170, 135), fill=(37, 99, 235))
    d.polygon([(160, 125), (190, 95), (185, 150)], fill=(37, 99, 235))
    d.ellipse((60, 100, 72, 112), fill=(255, 255, 255))
    d.line((95, 70, 95, 40), fill=(147, 197, 253), width=4)
    d.line((95, 45, 80, 30), fill=(147, 197, 253), width=4)
    d.line((95, 45, 110, 30), fill=(147, 197, 253), width=4)


def cactus(d):
    d.rounded_rectangle((85, 40, 115, 170), radius=15, fill=(22, 163, 74))
    d.rounded_rectangle((50, 80, 72, 130), radius=11, fill=(22, 163, 74))
    d.rectangle((60, 118, 90, 132), fill=(22, 163, 74))
    d.rounded_rectangle((128, 65, 150, 115), radius=11, fill=(22, 163, 74))
    d.rectangle((110, 103, 140, 117), fill=(22, 163, 74))
    d.polygon([(60, 165), (140, 165), (130, 190), (70, 190)], fill=(194, 65, 12))


def anchor(d):
    c = (30, 41, 59)
    d.ellipse((85, 25, 115, 55), outline=c, width=7)
    d.line((100, 55, 100, 165), fill=c, width=9)
    d.line((70, 75, 130, 75), fill=c, width=8)
    d.arc((45, 95, 155, 175), 0, 180, fill=c, width=9)
    d.polygon([(40, 130), (55, 120), (52, 140)], fill=c)
    d.polygon([(160, 130), (145, 120), (148, 140)], fill=c)


def rocket(d):
    d.ellipse((75, 30, 125, 150), fill=(241, 245, 249))
    d.ellipse((88, 65, 112, 89), fill=(56, 189, 248))
    d.polygon([(75, 110), (55, 150), (85, 135)], fill=(220, 38, 38))
    d.polygon([(125, 110), (145, 150), (115, 135)], fill=(220, 38, 38))
    d.polygon([(88, 145), (112, 145), (100, 185)], fill=(251, 146, 60))


def teapot(d):
    c = (190, 24, 93)
    d.ellipse((50, 70, 150, 160), fill=c)
    d.rectangle((80, 60, 120, 72), fill=c)
    d.ellipse((92, 45, 108, 61), fill=c)
    d.polygon([(145, 100), (185, 75), (180, 85), (150, 125)], fill=c)
    d.arc((25, 85, 70, 135), 90, 270, fill=c, width=9)
    d.line((60, 115, 140, 115), fill=(251, 207, 232), width=4)


def mushroom(d):
    d.chord((35, 40, 165, 150), 180, 360, fill=(220, 38, 38))
    d.rounded_rectangle((80, 92, 120, 175), radius=10, fill=(254, 243, 199))
    for x, y, r in ((65, 70, 10), (100, 55, 12), (135, 72, 9), (85, 85, 7)):
        d.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 255))


def lighthouse(d):
    d.polygon([(80, 170), (120, 170), (112, 60), (88, 60)], fill=(255, 255, 255))
    for y in (80, 120, 150):
        d.polygon(
            [
                (86 - (y - 60) * 0.07, y),
                (114 + (y - 60) * 0.07, y),
                (115 + (y + 14 - 60) * 0.07, y + 14),
                (85 - (y + 14 - 60) * 0.07, y + 14),
            ],
            fill=(220, 38, 38),
        )
    d.rectangle((84, 40, 116, 60), fill=(250, 204, 21))
    d.polygon([(80, 40), (120, 40), (100, 22)], fill=(30, 41, 59))
    d.polygon([(116, 45), (190, 25), (190, 70)], fill=(254, 249, 195))
    d.rectangle((40, 170, 160, 185), fill=(120, 113, 108))


faces = [
    (kite, (254, 226, 226)),
    (whale, (219, 234, 254)),
    (cactus, (220, 252, 231)),
    (anchor, (224, 231, 255)),
    (rocket, (30, 41, 59)),
    (teapot, (252, 231, 243)),
    (mushroom, (254, 249, 195)),
    (lighthouse, (186, 230, 253)),
]
for i, (fn, bg) in enumerate(faces, start=1):
    im, d = face(bg)
    fn(d)
    im.save(OUT / f"asset_{i:03d}.png")

# asset_009: card back, a leafy lattice
im = Image.new("RGB", (S, S), (76, 29, 149))
d = ImageDraw.Draw(im)
for y in range(0, S + 20, 20):
    for x in range(0, S + 20, 20):
        off = 10 if (y // 20) % 2 else 0
        d.ellipse((x + off - 5, y - 5, x + off + 5, y + 5), fill=(124, 58, 237))
d.rounded_rectangle((12, 12, S - 12, S - 12), radius=14, outline=(196, 181, 253), width=3)
im.save(OUT / "asset_009.png")
