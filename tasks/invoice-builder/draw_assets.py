"""Draw the assets of invoice-builder (seeded, re-runnable).

asset_001 app logo (quill), asset_002 the freelancer's studio mark printed on the invoice.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(5150)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((2, 2, 94, 94), 20, fill=(124, 58, 237))
    d.polygon([(70, 14), (82, 22), (38, 76), (28, 80), (30, 70)], fill=(237, 233, 254))
    d.line((30, 70, 38, 76), fill=(124, 58, 237), width=3)
    d.line((18, 84, 60, 84), fill=(237, 233, 254), width=4)
    return im


def studio():
    w, h = 160, 60
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    for i in range(5):
        x = 6 + i * 9
        d.ellipse((x, 10 + (i % 2) * 6, x + 34, 44 + (i % 2) * 6), outline=(13, 148, 136), width=3)
    d.rectangle((70, 16, 150, 24), fill=(15, 118, 110))
    d.rectangle((70, 30, 130, 36), fill=(94, 234, 212))
    d.rectangle((70, 42, 142, 46), fill=(153, 246, 228))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), studio()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
