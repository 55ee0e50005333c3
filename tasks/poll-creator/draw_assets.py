"""Draw the assets of poll-creator (seeded, re-runnable).

asset_001 logo, asset_002 group banner (book club shelves), asset_003 organiser avatar.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(55)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 22, fill=(22, 101, 52))
    for k, w in enumerate((56, 36, 46)):
        y = 22 + k * 20
        d.rounded_rectangle((18, y, 18 + w, y + 12), 6, fill=(220, 252, 231))
    return im


def banner():
    w, h = 600, 110
    im = Image.new("RGB", (w, h), (254, 249, 195))
    d = ImageDraw.Draw(im)
    for shelf in (52, 106):
        d.rectangle((0, shelf, w, shelf + 4), fill=(120, 53, 15))
        x = 8
        while x < w - 20:
            bw = rng.randint(10, 22)
            bh = rng.randint(30, 44)
            col = rng.choice(
                [(185, 28, 28), (29, 78, 216), (21, 128, 61), (202, 138, 4), (126, 34, 206), (15, 118, 110)]
            )
            d.rectangle((x, shelf - bh, x + bw, shelf - 1), fill=col)
            d.line((x + 3, shelf - bh + 6, x + bw - 3, shelf - bh + 6), fill=(255, 255, 255), width=1)
            x += bw + rng.randint(1, 4)
    return im


def avatar():
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), (254, 215, 170, 255))
    d = ImageDraw.Draw(face)
    d.pieslice((12, 64, 84, 130), 180, 360, fill=(22, 101, 52))
    d.rounded_rectangle((22, 18, 74, 80), 22, fill=(90, 50, 30))
    d.ellipse((28, 20, 68, 64), fill=(224, 172, 105))
    d.pieslice((26, 14, 70, 46), 180, 360, fill=(90, 50, 30))
    d.ellipse((38, 38, 43, 43), fill=(30, 30, 30))
    d.ellipse((53, 38, 58, 43), fill=(30, 30, 30))
    d.arc((40, 44, 56, 56), 20, 160, fill=(150, 60, 60), width=2)
    im.paste(face, (0, 0), mask)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), banner(), avatar()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
