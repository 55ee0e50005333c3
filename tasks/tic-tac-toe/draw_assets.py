"""Draw the assets of the tic-tac-toe task (seeded, re-runnable)."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(101)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 22, fill=(41, 52, 98))
    for i in (1, 2):
        d.line((12, 32 * i, 84, 32 * i), fill=(120, 140, 210), width=4)
        d.line((32 * i, 12, 32 * i, 84), fill=(120, 140, 210), width=4)
    d.line((16, 16, 28, 28), fill=(255, 196, 61), width=5)
    d.line((28, 16, 16, 28), fill=(255, 196, 61), width=5)
    d.ellipse((38, 38, 58, 58), outline=(94, 234, 212), width=5)
    d.line((68, 68, 80, 80), fill=(255, 196, 61), width=5)
    d.line((80, 68, 68, 80), fill=(255, 196, 61), width=5)
    return im


def robot():
    im = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 119, 119), fill=(204, 251, 241))
    d.rectangle((57, 14, 63, 30), fill=(15, 118, 110))
    d.ellipse((52, 8, 68, 24), fill=(20, 184, 166))
    d.rounded_rectangle((24, 30, 96, 92), 16, fill=(15, 118, 110))
    d.ellipse((38, 46, 56, 64), fill=(255, 255, 255))
    d.ellipse((64, 46, 82, 64), fill=(255, 255, 255))
    d.ellipse((44, 52, 52, 60), fill=(17, 24, 39))
    d.ellipse((70, 52, 78, 60), fill=(17, 24, 39))
    for x in range(42, 80, 9):
        d.rectangle((x, 74, x + 5, 82), fill=(204, 251, 241))
    return im


def player():
    im = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 119, 119), fill=(254, 243, 199))
    d.ellipse((38, 20, 82, 64), fill=(217, 119, 6))
    d.pieslice((18, 62, 102, 146), 180, 360, fill=(217, 119, 6))
    # confetti dots
    for _ in range(14):
        x, y = random.randint(8, 110), random.randint(8, 110)
        if (x - 60) ** 2 + (y - 60) ** 2 < 2500:
            continue
        d.ellipse((x, y, x + 5, y + 5), fill=random.choice([(251, 191, 36), (244, 114, 182), (96, 165, 250)]))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), robot(), player()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
