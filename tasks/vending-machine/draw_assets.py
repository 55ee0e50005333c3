"""Draws the vending-machine assets (seeded): the Snackora logo and twelve snack packets."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(1185)

# (shape, main colour, accent) for A1..C4
SNACKS = [
    ("bag", (234, 179, 8), (180, 83, 9)),
    ("bag", (217, 119, 6), (120, 53, 15)),
    ("bar", (180, 83, 9), (254, 243, 199)),
    ("bar", (87, 45, 25), (251, 191, 36)),
    ("can", (132, 204, 22), (236, 252, 203)),
    ("bag", (236, 72, 153), (253, 224, 71)),
    ("box", (16, 185, 129), (209, 250, 229)),
    ("box", (146, 64, 14), (254, 215, 170)),
    ("box", (249, 115, 22), (255, 237, 213)),
    ("cup", (120, 113, 108), (250, 204, 21)),
    ("can", (34, 211, 238), (207, 250, 254)),
    ("cookie", (202, 138, 4), (120, 53, 15)),
]


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 79, 79), 16, fill=(190, 18, 60))
    d.rounded_rectangle((16, 10, 64, 70), 6, fill=(255, 228, 230))
    for r in range(3):
        for c in range(2):
            d.rectangle((21 + c * 16, 15 + r * 13, 33 + c * 16, 24 + r * 13), fill=(251, 113, 133))
    d.rectangle((22, 58, 58, 64), fill=(136, 19, 55))
    return im


def snack(shape, main, acc):
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    if shape == "bag":
        d.polygon([(22, 14), (74, 14), (80, 84), (16, 84)], fill=main)
        d.rectangle((20, 10, 76, 18), fill=acc)
        d.rectangle((18, 80, 78, 86), fill=acc)
        d.ellipse((34, 36, 62, 62), fill=acc)
    elif shape == "bar":
        d.rounded_rectangle((8, 30, 88, 66), 6, fill=main)
        d.rectangle((30, 30, 66, 66), fill=acc)
        for x in range(12, 30, 5):
            d.line((x, 30, x, 66), fill=acc, width=1)
    elif shape == "can":
        d.rounded_rectangle((28, 10, 68, 88), 10, fill=main)
        d.rectangle((28, 36, 68, 60), fill=acc)
        d.ellipse((32, 6, 64, 16), fill=(203, 213, 225))
    elif shape == "box":
        d.rectangle((20, 20, 76, 80), fill=main)
        d.polygon([(20, 20), (32, 10), (88, 10), (76, 20)], fill=acc)
        d.polygon([(76, 20), (88, 10), (88, 70), (76, 80)], fill=tuple(max(0, v - 40) for v in main))
        d.ellipse((34, 38, 62, 66), fill=acc)
    elif shape == "cup":
        d.polygon([(20, 24), (76, 24), (68, 86), (28, 86)], fill=main)
        d.rectangle((16, 18, 80, 26), fill=acc)
        for _ in range(8):
            x, y = rng.randint(30, 64), rng.randint(34, 76)
            d.ellipse((x, y, x + 6, y + 5), fill=acc)
    else:
        d.ellipse((14, 14, 82, 82), fill=main)
        for _ in range(9):
            x, y = rng.randint(26, 64), rng.randint(26, 64)
            d.ellipse((x, y, x + 7, y + 6), fill=acc)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    for i, spec in enumerate(SNACKS, 2):
        snack(*spec).save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
