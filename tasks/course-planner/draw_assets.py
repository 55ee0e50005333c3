"""Draw the assets of course-planner (seeded, re-runnable).

asset_001 university crest logo, asset_002 student avatar, asset_003 campus thumbnail.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(3131)


def crest():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.polygon([(8, 6), (88, 6), (88, 50), (48, 92), (8, 50)], fill=(30, 58, 138))
    d.polygon([(16, 14), (80, 14), (80, 48), (48, 82), (16, 48)], outline=(250, 204, 21), width=3)
    d.rectangle((30, 30, 66, 54), fill=(250, 204, 21))
    d.line((48, 30, 48, 54), fill=(30, 58, 138), width=3)
    d.polygon([(26, 30), (48, 20), (70, 30)], fill=(253, 224, 71))
    return im


def avatar():
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), (191, 219, 254, 255))
    d = ImageDraw.Draw(face)
    d.rounded_rectangle((22, 18, 74, 80), 22, fill=(30, 20, 15))
    d.pieslice((14, 64, 82, 132), 180, 360, fill=(234, 88, 12))
    d.ellipse((30, 22, 66, 62), fill=(141, 85, 54))
    d.ellipse((38, 38, 43, 43), fill=(20, 15, 15))
    d.ellipse((53, 38, 58, 43), fill=(20, 15, 15))
    d.arc((40, 44, 56, 56), 20, 160, fill=(90, 30, 30), width=2)
    im.paste(face, (0, 0), mask)
    return im


def campus():
    w, h = 200, 90
    im = Image.new("RGB", (w, h), (219, 234, 254))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 66, w, h), fill=(134, 239, 172))
    d.rectangle((60, 26, 140, 70), fill=(254, 243, 199), outline=(146, 64, 14))
    d.polygon([(54, 28), (100, 6), (146, 28)], fill=(185, 28, 28))
    for x in range(68, 136, 14):
        d.rectangle((x, 36, x + 6, 66), fill=(214, 211, 209))
    d.rectangle((94, 50, 106, 70), fill=(120, 53, 15))
    for k in range(5):
        x = rng.randint(6, 44) if k < 3 else rng.randint(150, 190)
        d.ellipse((x - 10, 44, x + 10, 64), fill=(22, 163, 74))
        d.rectangle((x - 2, 62, x + 2, 70), fill=(120, 53, 15))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([crest(), avatar(), campus()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
