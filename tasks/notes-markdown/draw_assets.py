"""Draw the notes-markdown assets (seeded): asset_001 the logo, asset_002 a paper texture
for the preview pane header."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(5150)


def logo():
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 63, 63), 12, fill=(180, 83, 9))
    d.rectangle((14, 10, 46, 54), fill=(255, 251, 235))
    for y in (20, 28, 36, 44):
        d.line((19, y, 41, y), fill=(217, 119, 6), width=2)
    d.polygon([(44, 40), (56, 16), (60, 20), (48, 44)], fill=(30, 41, 59))
    return im


def paper():
    w, h = 400, 40
    im = Image.new("RGB", (w, h), (254, 243, 199))
    d = ImageDraw.Draw(im)
    for _ in range(300):
        x, y = rng.randrange(w), rng.randrange(h)
        c = rng.randint(225, 245)
        d.point((x, y), fill=(c, c - 20, 160))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    paper().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
