"""Draw the assets of group-chat (seeded, re-runnable).

asset_001 logo, asset_002..007 member avatars (Lou, Priya, Jonas, Mateo, Odile, Wen),
asset_008 a photo of the garden beds shared in #garden-plot.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(777)

BGS = [(254, 215, 170), (191, 219, 254), (187, 247, 208), (233, 213, 255), (254, 202, 202), (204, 251, 241)]
SKIN = [(241, 194, 160), (198, 134, 94), (255, 219, 172), (141, 85, 54), (224, 172, 105), (250, 210, 170)]
HAIR = [(60, 40, 30), (20, 20, 20), (210, 170, 90), (30, 20, 20), (140, 60, 30), (15, 15, 15)]


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 22, fill=(234, 88, 12))
    d.rounded_rectangle((16, 20, 70, 56), 12, fill=(255, 237, 213))
    d.polygon([(26, 54), (26, 70), (42, 56)], fill=(255, 237, 213))
    d.rounded_rectangle((38, 44, 82, 74), 10, fill=(254, 215, 170))
    return im


def avatar(i):
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, s - 1, s - 1), 20, fill=255)
    face = Image.new("RGBA", (s, s), BGS[i] + (255,))
    d = ImageDraw.Draw(face)
    d.pieslice(
        (10, 64, 86, 132),
        180,
        360,
        fill=[(79, 70, 229), (234, 88, 12), (22, 163, 74), (190, 24, 93), (2, 132, 199), (120, 113, 108)][i],
    )
    if i in (1, 4):
        d.rounded_rectangle((20, 18, 76, 80), 22, fill=HAIR[i])
    d.ellipse((28, 20, 68, 64), fill=SKIN[i])
    d.pieslice((26, 14, 70, 50 - (i % 2) * 6), 180, 360, fill=HAIR[i])
    d.ellipse((38, 38, 43, 43), fill=(30, 30, 30))
    d.ellipse((53, 38, 58, 43), fill=(30, 30, 30))
    d.arc((40, 44, 56, 56), 20, 160, fill=(150, 60, 60), width=2)
    if i == 3:
        d.line((34, 40, 62, 40), fill=(30, 30, 30), width=2)
    im.paste(face, (0, 0), mask)
    return im


def garden():
    w, h = 360, 150
    im = Image.new("RGB", (w, h), (134, 239, 172))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, w, 40), fill=(186, 230, 253))
    for k in range(3):
        x = 20 + k * 115
        d.rectangle((x, 60, x + 100, 140), fill=(120, 53, 15))
        d.rectangle((x + 6, 66, x + 94, 134), fill=(68, 64, 60))
        for _ in range(7):
            px, py = x + rng.randint(14, 86), rng.randint(74, 126)
            d.ellipse((px - 7, py - 7, px + 7, py + 7), fill=(22, 163, 74))
            if k == 1:
                d.ellipse((px - 3, py - 3, px + 3, py + 3), fill=(220, 38, 38))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo()] + [avatar(i) for i in range(6)] + [garden()]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
