"""Draw the assets of social-timeline (seeded, re-runnable).

asset_001 logo, asset_002..009 avatars, asset_010 lantern photo, asset_011 bread photo.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(2311)

BGS = [
    (254, 226, 226),
    (219, 234, 254),
    (220, 252, 231),
    (254, 243, 199),
    (237, 233, 254),
    (207, 250, 254),
    (255, 228, 230),
    (236, 252, 203),
]
SKIN = [
    (241, 194, 160),
    (198, 134, 94),
    (141, 85, 54),
    (255, 219, 172),
    (224, 172, 105),
    (190, 120, 80),
    (250, 205, 170),
    (160, 100, 70),
]
HAIR = [
    (30, 20, 20),
    (120, 70, 30),
    (20, 20, 20),
    (200, 160, 80),
    (90, 50, 30),
    (40, 30, 30),
    (170, 60, 40),
    (60, 60, 60),
]
SHIRT = [
    (14, 165, 233),
    (234, 88, 12),
    (22, 163, 74),
    (147, 51, 234),
    (220, 38, 38),
    (13, 148, 136),
    (202, 138, 4),
    (71, 85, 105),
]


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((2, 2, 93, 93), fill=(13, 148, 136))
    d.polygon([(24, 60), (48, 24), (72, 60)], fill=(240, 253, 250))
    d.ellipse((36, 52, 60, 76), fill=(240, 253, 250))
    d.ellipse((44, 40, 52, 48), fill=(13, 148, 136))
    return im


def avatar(i):
    s = 128
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), BGS[i] + (255,))
    d = ImageDraw.Draw(face)
    d.pieslice((18, 84, 110, 176), 180, 360, fill=SHIRT[i])
    d.rectangle((54, 70, 74, 92), fill=SKIN[i])
    if i % 3 == 1:
        d.rounded_rectangle((30, 26, 98, 100), 26, fill=HAIR[i])
    d.ellipse((38, 28, 90, 84), fill=SKIN[i])
    d.pieslice((36, 20, 92, 72 - (i % 2) * 8), 180, 360, fill=HAIR[i])
    d.ellipse((52, 52, 58, 58), fill=(40, 30, 30))
    d.ellipse((70, 52, 76, 58), fill=(40, 30, 30))
    d.arc((54, 58, 74, 74), 20, 160, fill=(150, 60, 60), width=3)
    if i in (2, 5):
        d.rounded_rectangle((46, 48, 62, 62), 4, outline=(30, 30, 30), width=2)
        d.rounded_rectangle((66, 48, 82, 62), 4, outline=(30, 30, 30), width=2)
    im.paste(face, (0, 0), mask)
    return im


def lanterns():
    w, h = 520, 200
    im = Image.new("RGB", (w, h), (30, 27, 75))
    d = ImageDraw.Draw(im)
    for _ in range(60):
        x, y = rng.randint(0, w), rng.randint(0, 120)
        d.point((x, y), fill=(230, 230, 255))
    d.rectangle((0, 160, w, h), fill=(17, 24, 39))
    for k in range(7):
        x = 40 + k * 70 + rng.randint(-10, 10)
        y = 40 + rng.randint(0, 70)
        col = [(251, 146, 60), (250, 204, 21), (248, 113, 113)][k % 3]
        d.line((x + 18, 0, x + 18, y), fill=(120, 113, 108), width=1)
        d.rounded_rectangle((x, y, x + 36, y + 48), 12, fill=col)
        for j in range(1, 4):
            d.line((x + j * 9, y + 3, x + j * 9, y + 45), fill=tuple(max(0, c - 50) for c in col), width=1)
    return im


def bread():
    w, h = 520, 200
    im = Image.new("RGB", (w, h), (245, 230, 210))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 140, w, h), fill=(161, 98, 7))
    d.ellipse((120, 40, 400, 180), fill=(180, 110, 50))
    d.ellipse((140, 56, 380, 166), fill=(250, 236, 200))
    for _ in range(40):
        x, y = rng.randint(170, 350), rng.randint(75, 150)
        r = rng.randint(3, 9)
        d.ellipse((x - r, y - r // 2, x + r, y + r // 2), fill=(225, 200, 150))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo()] + [avatar(i) for i in range(8)] + [lanterns(), bread()]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
