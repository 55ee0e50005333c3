"""Draw the assets of the admin-dashboard task (seeded, re-runnable).

asset_001 logo, asset_002 admin avatar, asset_003 empty-state illustration for tickets.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(1029)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 22, fill=(15, 23, 42))
    d.ellipse((18, 18, 78, 78), outline=(56, 189, 248), width=6)
    d.ellipse((38, 38, 58, 58), fill=(250, 204, 21))
    d.ellipse((66, 20, 80, 34), fill=(56, 189, 248))
    return im


def avatar():
    s = 128
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), (224, 242, 254, 255))
    d = ImageDraw.Draw(face)
    d.pieslice((16, 86, 112, 180), 180, 360, fill=(30, 64, 175))
    d.rectangle((54, 70, 74, 92), fill=(250, 214, 180))
    d.ellipse((38, 28, 90, 84), fill=(250, 214, 180))
    d.pieslice((34, 20, 94, 66), 180, 360, fill=(180, 83, 9))
    d.rounded_rectangle((30, 34, 44, 90), 6, fill=(180, 83, 9))
    d.rounded_rectangle((84, 34, 98, 90), 6, fill=(180, 83, 9))
    d.ellipse((52, 52, 58, 58), fill=(40, 30, 30))
    d.ellipse((70, 52, 76, 58), fill=(40, 30, 30))
    d.arc((54, 58, 74, 74), 20, 160, fill=(150, 60, 60), width=3)
    im.paste(face, (0, 0), mask)
    return im


def inbox():
    w, h = 240, 120
    im = Image.new("RGB", (w, h), (248, 250, 252))
    d = ImageDraw.Draw(im)
    d.polygon([(60, 50), (180, 50), (200, 96), (40, 96)], fill=(226, 232, 240), outline=(148, 163, 184))
    d.rectangle((40, 96, 200, 110), fill=(203, 213, 225))
    for k in range(3):
        x = 80 + k * 26
        d.rounded_rectangle(
            (x, 20 + k * 6, x + 40, 56 + k * 6), 4, fill=(255, 255, 255), outline=(56, 189, 248), width=2
        )
    for _ in range(8):
        x, y = random.randint(10, 230), random.randint(6, 40)
        d.ellipse((x, y, x + 4, y + 4), fill=(250, 204, 21))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), avatar(), inbox()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
