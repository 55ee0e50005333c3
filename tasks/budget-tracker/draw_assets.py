"""Draw the assets of budget-tracker (seeded, re-runnable).

asset_001 logo (coin jar), asset_002 user avatar, asset_003 savings tip illustration.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(77)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((2, 2, 94, 94), 22, fill=(13, 148, 136))
    d.rounded_rectangle((24, 30, 72, 80), 10, fill=(204, 251, 241))
    d.rectangle((30, 22, 66, 32), fill=(153, 246, 228))
    for i, y in enumerate((62, 52, 42)):
        d.ellipse((34 + i * 3, y, 58 + i * 3, y + 12), fill=(245, 158, 11), outline=(180, 83, 9))
    return im


def avatar():
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), (254, 215, 170, 255))
    d = ImageDraw.Draw(face)
    d.pieslice((14, 64, 82, 132), 180, 360, fill=(59, 130, 246))
    d.ellipse((28, 20, 68, 62), fill=(198, 134, 94))
    d.pieslice((26, 14, 70, 52), 180, 360, fill=(40, 30, 25))
    d.ellipse((38, 38, 43, 43), fill=(30, 20, 20))
    d.ellipse((53, 38, 58, 43), fill=(30, 20, 20))
    d.arc((40, 44, 56, 56), 20, 160, fill=(120, 50, 50), width=2)
    im.paste(face, (0, 0), mask)
    return im


def tip():
    w, h = 280, 110
    im = Image.new("RGB", (w, h), (240, 253, 250))
    d = ImageDraw.Draw(im)
    base = 92
    d.line((16, base, w - 16, base), fill=(148, 163, 184), width=2)
    x = 26
    for k in range(8):
        hgt = 14 + k * 8 + rng.randint(-5, 5)
        d.rectangle((x, base - hgt, x + 18, base - 1), fill=(45, 212, 191) if k < 7 else (13, 148, 136))
        x += 28
    d.ellipse((238, 14, 266, 42), fill=(245, 158, 11), outline=(180, 83, 9), width=2)
    d.text((248, 20), "$", fill=(120, 53, 15))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), avatar(), tip()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
