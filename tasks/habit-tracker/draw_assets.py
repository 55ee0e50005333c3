"""Draw the habit-tracker assets (seeded): asset_001 logo, asset_002 avatar,
asset_003..007 small habit icons (water, book, stretch, phone, shoe)."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(814)


def logo():
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 63, 63), 14, fill=(21, 128, 61))
    d.ellipse((14, 12, 50, 48), fill=(187, 247, 208))
    d.line((32, 48, 32, 58), fill=(187, 247, 208), width=4)
    d.line((32, 22, 32, 48), fill=(21, 128, 61), width=3)
    return im


def avatar():
    s = 64
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, s - 1, s - 1), fill=(224, 242, 254))
    d.pieslice((10, 38, 54, 82), 180, 360, fill=(22, 163, 74))
    d.ellipse((20, 12, 44, 38), fill=(255, 219, 172))
    d.pieslice((18, 8, 46, 30), 180, 360, fill=(217, 119, 6))
    return im


def habit_icon(k):
    s = 40
    bg = [(219, 234, 254), (254, 243, 199), (252, 231, 243), (237, 233, 254), (220, 252, 231)][k]
    fg = [(37, 99, 235), (180, 83, 9), (219, 39, 119), (109, 40, 217), (22, 163, 74)][k]
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, s - 1, s - 1), 10, fill=bg)
    if k == 0:
        d.polygon([(20, 7), (29, 22), (20, 32), (11, 22)], fill=fg)
        d.ellipse((11, 16, 29, 33), fill=fg)
    elif k == 1:
        d.rectangle((8, 10, 19, 30), fill=fg)
        d.rectangle((21, 10, 32, 30), fill=fg)
    elif k == 2:
        d.ellipse((16, 6, 24, 14), fill=fg)
        d.line((20, 14, 20, 26), fill=fg, width=3)
        d.line((8, 16, 32, 16), fill=fg, width=3)
        d.line((20, 26, 12, 34), fill=fg, width=3)
        d.line((20, 26, 28, 34), fill=fg, width=3)
    elif k == 3:
        d.rounded_rectangle((13, 6, 27, 34), 3, outline=fg, width=3)
        d.line((8, 32, 32, 8), fill=(220, 38, 38), width=3)
    else:
        d.polygon([(8, 26), (16, 14), (22, 20), (32, 24), (32, 30), (8, 30)], fill=fg)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo(), avatar()] + [habit_icon(k) for k in range(5)]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
