"""Draw the assets of the sneaker-customizer task (seeded, re-runnable).

asset_001 logo, asset_002..004 "made by others" gallery thumbnails (three finished colourways).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(4242)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 24, fill=(17, 24, 39))
    d.polygon([(14, 64), (40, 40), (60, 50), (82, 30), (82, 44), (60, 64), (40, 54), (14, 76)], fill=(251, 113, 133))
    return im


def shoe(upper, sole, accent, bg):
    w, h = 200, 130
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((20, 88, 184, 104), 8, fill=sole)
    d.polygon([(26, 90), (30, 46), (70, 40), (100, 62), (170, 72), (182, 90)], fill=upper)
    d.polygon([(60, 84), (90, 70), (120, 80), (150, 72), (150, 80), (120, 88), (90, 78), (64, 90)], fill=accent)
    d.ellipse((140, 70, 186, 96), fill=upper)
    for x in range(74, 110, 9):
        d.line((x, 50 + (x - 74) // 3, x + 6, 60 + (x - 74) // 3), fill=(255, 255, 255), width=2)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [
        logo(),
        shoe((30, 58, 138), (245, 245, 240), (250, 204, 21), (239, 246, 255)),
        shoe((251, 113, 133), (55, 65, 81), (255, 255, 255), (255, 241, 242)),
        shoe((22, 101, 52), (231, 229, 228), (254, 215, 170), (240, 253, 244)),
    ]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
