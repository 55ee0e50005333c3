"""Draw the assets of school-gradebook (seeded, re-runnable).

asset_001 logo (chalkboard), asset_002 teacher avatar, asset_003 class banner (lab flasks).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(4242)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((4, 10, 92, 78), 10, fill=(120, 53, 15))
    d.rectangle((12, 18, 84, 70), fill=(22, 101, 52))
    d.line((22, 34, 40, 34), fill=(255, 255, 255), width=3)
    d.line((22, 46, 56, 46), fill=(255, 255, 255), width=3)
    d.text((62, 26), "A+", fill=(254, 240, 138))
    d.rectangle((30, 78, 36, 92), fill=(120, 53, 15))
    d.rectangle((60, 78, 66, 92), fill=(120, 53, 15))
    return im


def avatar():
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), (221, 214, 254, 255))
    d = ImageDraw.Draw(face)
    d.pieslice((14, 64, 82, 132), 180, 360, fill=(22, 101, 52))
    d.ellipse((28, 20, 68, 62), fill=(255, 219, 172))
    d.pieslice((24, 12, 72, 50), 180, 360, fill=(150, 90, 40))
    d.rounded_rectangle((32, 36, 46, 46), 3, outline=(30, 30, 30), width=2)
    d.rounded_rectangle((50, 36, 64, 46), 3, outline=(30, 30, 30), width=2)
    d.arc((40, 46, 56, 58), 20, 160, fill=(120, 50, 50), width=2)
    im.paste(face, (0, 0), mask)
    return im


def banner():
    w, h = 260, 70
    im = Image.new("RGB", (w, h), (220, 252, 231))
    d = ImageDraw.Draw(im)
    for _k in range(14):
        x, y = rng.randint(0, w), rng.randint(0, h)
        d.ellipse((x, y, x + 6, y + 6), fill=(187, 247, 208))
    cols = [(59, 130, 246), (234, 88, 12), (168, 85, 247)]
    for i, x in enumerate((40, 110, 180)):
        d.rectangle((x + 12, 10, x + 24, 30), fill=(226, 232, 240))
        d.polygon([(x + 12, 30), (x, 62), (x + 36, 62), (x + 24, 30)], fill=(226, 232, 240))
        d.polygon([(x + 7, 46), (x + 2, 60), (x + 34, 60), (x + 29, 46)], fill=cols[i])
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), avatar(), banner()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
