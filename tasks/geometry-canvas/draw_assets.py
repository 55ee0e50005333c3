"""Draw the assets of geometry-canvas (seeded, re-runnable).

asset_001 logo (compass and triangle), asset_002 ruler strip decoration.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(314)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((2, 2, 94, 94), 20, fill=(67, 56, 202))
    d.polygon([(18, 78), (78, 78), (18, 24)], outline=(224, 231, 255), fill=(99, 102, 241))
    d.line((48, 14, 30, 70), fill=(253, 224, 71), width=4)
    d.line((48, 14, 68, 70), fill=(253, 224, 71), width=4)
    d.ellipse((43, 9, 53, 19), fill=(253, 224, 71))
    return im


def ruler():
    w, h = 400, 28
    im = Image.new("RGB", (w, h), (254, 240, 138))
    d = ImageDraw.Draw(im)
    for x in range(0, w, 8):
        tall = 14 if x % 40 == 0 else 8
        d.line((x, 0, x, tall), fill=(113, 63, 18), width=1)
    d.rectangle((0, h - 3, w, h), fill=(202, 138, 4))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), ruler()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
