"""Draws the quiz-builder assets (seeded): the Quizcraft logo and a cover image for the quiz."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(8080)


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 79, 79), 18, fill=(192, 38, 211))
    d.ellipse((16, 12, 64, 60), outline=(250, 232, 255), width=7)
    d.rectangle((36, 56, 44, 70), fill=(250, 232, 255))
    d.rectangle((40, 30, 64, 50), fill=(192, 38, 211))
    return im


def cover():
    w, h = 520, 150
    im = Image.new("RGB", (w, h), (46, 16, 101))
    d = ImageDraw.Draw(im)
    for _ in range(60):
        x, y = rng.randint(0, w), rng.randint(0, h)
        d.point((x, y), fill=(233, 213, 255))
    d.ellipse((330, 20, 450, 140), fill=(251, 146, 60))
    d.ellipse((300, 70, 480, 95), outline=(253, 224, 71), width=4)
    d.ellipse((60, 40, 110, 90), fill=(96, 165, 250))
    d.arc((62, 50, 108, 80), 0, 180, fill=(34, 197, 94), width=6)
    for k in range(8):
        x = 150 + k * 18
        y = 110 - (k % 3) * 10
        d.ellipse((x, y, x + 8, y + 8), fill=(244, 114, 182))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    cover().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
