"""Draw the assets of the kanban-board task (seeded, re-runnable).

asset_001 logo, asset_002..006 member avatars, asset_007..008 card covers.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(505)

BGS = [(191, 219, 254), (254, 215, 170), (187, 247, 208), (233, 213, 255), (254, 202, 202)]
SKIN = [(241, 194, 160), (198, 134, 94), (141, 85, 54), (255, 219, 172), (224, 172, 105)]
HAIR = [(60, 40, 30), (20, 20, 20), (150, 90, 40), (220, 180, 90), (110, 60, 40)]
SHIRT = [(37, 99, 235), (234, 88, 12), (22, 163, 74), (147, 51, 234), (220, 38, 38)]


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 22, fill=(79, 70, 229))
    for i, h in enumerate((52, 34, 64)):
        x = 16 + i * 24
        d.rounded_rectangle((x, 16, x + 16, 16 + h), 5, fill=(224, 231, 255))
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
    long_hair = i % 2 == 1
    if long_hair:
        d.rounded_rectangle((30, 26, 98, 96), 26, fill=HAIR[i])
    d.ellipse((38, 28, 90, 84), fill=SKIN[i])
    d.pieslice((36, 20, 92, 72), 180, 360, fill=HAIR[i])
    d.ellipse((52, 52, 58, 58), fill=(40, 30, 30))
    d.ellipse((70, 52, 76, 58), fill=(40, 30, 30))
    d.arc((54, 58, 74, 74), 20, 160, fill=(150, 60, 60), width=3)
    if i == 2:
        d.rounded_rectangle((46, 48, 62, 62), 4, outline=(30, 30, 30), width=2)
        d.rounded_rectangle((66, 48, 82, 62), 4, outline=(30, 30, 30), width=2)
    im.paste(face, (0, 0), mask)
    return im


def cover_wireframe():
    im = Image.new("RGB", (300, 120), (238, 242, 255))
    d = ImageDraw.Draw(im)
    for k, x in enumerate((20, 110, 200)):
        d.rounded_rectangle((x, 18, x + 80, 104), 8, fill=(255, 255, 255), outline=(165, 180, 252), width=2)
        d.rectangle((x + 10, 28, x + 70, 36), fill=(199, 210, 254))
        d.text((x + 24, 44), "$" + str(9 + k * 10), fill=(79, 70, 229))
        for j in range(3):
            d.line((x + 12, 62 + j * 9, x + 68, 62 + j * 9), fill=(203, 213, 225), width=3)
        d.rounded_rectangle((x + 16, 90, x + 64, 98), 4, fill=(79, 70, 229) if k == 1 else (165, 180, 252))
    return im


def cover_chart():
    im = Image.new("RGB", (300, 120), (240, 253, 244))
    d = ImageDraw.Draw(im)
    d.line((24, 100, 280, 100), fill=(148, 163, 184), width=2)
    d.line((24, 14, 24, 100), fill=(148, 163, 184), width=2)
    vals = [random.randint(20, 80) for _ in range(9)]
    for k, v in enumerate(vals):
        x = 36 + k * 27
        d.rectangle((x, 100 - v, x + 16, 99), fill=(34, 197, 94) if k % 3 else (21, 128, 61))
    pts = [(44 + k * 27, 100 - v - 8) for k, v in enumerate(vals)]
    d.line(pts, fill=(234, 88, 12), width=3)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo()] + [avatar(i) for i in range(5)] + [cover_wireframe(), cover_chart()]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
