"""Draw the assets of crypto-exchange (seeded, re-runnable).

asset_001 exchange logo (orbit ring), asset_002..005 token icons (Ember, Kelp, Quartzite, Drift).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(2718)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((6, 6, 90, 90), outline=(250, 204, 21), width=8)
    d.ellipse((32, 32, 64, 64), fill=(250, 204, 21))
    d.ellipse((70, 12, 86, 28), fill=(96, 165, 250))
    return im


def token(color, shape):
    s = 64
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, s - 1, s - 1), fill=color)
    w = (255, 255, 255)
    if shape == "flame":
        d.polygon([(32, 10), (46, 34), (40, 52), (24, 52), (18, 34)], fill=w)
        d.polygon([(32, 28), (38, 42), (32, 50), (26, 42)], fill=color)
    elif shape == "leaf":
        d.ellipse((16, 14, 48, 50), fill=w)
        d.line((20, 48, 44, 18), fill=color, width=3)
    elif shape == "gem":
        d.polygon([(32, 10), (50, 26), (32, 54), (14, 26)], fill=w)
        d.line((14, 26, 50, 26), fill=color, width=2)
    else:
        for k in range(3):
            y = 20 + k * 10
            d.arc((12, y - 8, 52, y + 8), 200, 340, fill=w, width=4)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [
        logo(),
        token((234, 88, 12), "flame"),
        token((22, 163, 74), "leaf"),
        token((147, 51, 234), "gem"),
        token((14, 165, 233), "wave"),
    ]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
