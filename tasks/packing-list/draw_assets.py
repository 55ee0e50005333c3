"""Draw the assets of the packing-list task (seeded, re-runnable).

asset_001 logo (a suitcase with a tick).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(8)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((36, 8, 60, 24), 6, outline=(124, 58, 237), width=5)
    d.rounded_rectangle((10, 20, 86, 88), 14, fill=(124, 58, 237))
    for x in (30, 66):
        d.rectangle((x - 3, 20, x + 3, 88), fill=(109, 40, 217))
    d.line((30, 56, 44, 70, 68, 42), fill=(250, 250, 255), width=8)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")


if __name__ == "__main__":
    main()
