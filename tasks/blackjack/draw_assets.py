"""Draw the blackjack assets (seeded): asset_001 logo, asset_002 card back,
asset_003..005 chips ($5, $10, $25), asset_006 felt texture."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(2121)


def logo():
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((6, 8, 40, 56), 5, fill=(255, 255, 255), outline=(120, 20, 40), width=3)
    d.rounded_rectangle((24, 4, 58, 52), 5, fill=(255, 255, 255), outline=(120, 20, 40), width=3)
    d.polygon([(41, 16), (50, 28), (41, 40), (32, 28)], fill=(190, 18, 60))
    return im


def back():
    w, h = 84, 120
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((3, 3, w - 4, h - 4), 6, fill=(136, 19, 55))
    for y in range(10, h - 8, 10):
        for x in range(10, w - 8, 10):
            d.polygon(
                [(x, y - 4), (x + 4, y), (x, y + 4), (x - 4, y)],
                fill=(251, 113, 133) if (x + y) % 20 else (253, 164, 175),
            )
    return im


def chip(color, stripe):
    s = 64
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, s - 1, s - 1), fill=color)
    for k in range(8):
        import math

        a = k * math.pi / 4
        x, y = 32 + 26 * math.cos(a), 32 + 26 * math.sin(a)
        d.ellipse((x - 5, y - 5, x + 5, y + 5), fill=stripe)
    d.ellipse((12, 12, 51, 51), fill=(255, 255, 255), outline=stripe, width=3)
    return im


def felt():
    w, h = 160, 160
    im = Image.new("RGB", (w, h), (21, 94, 59))
    d = ImageDraw.Draw(im)
    for _ in range(900):
        x, y = rng.randrange(w), rng.randrange(h)
        g = rng.randint(-12, 12)
        d.point((x, y), fill=(21 + g // 2, 94 + g, 59 + g // 2))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [
        logo(),
        back(),
        chip((220, 38, 38), (254, 202, 202)),
        chip((37, 99, 235), (191, 219, 254)),
        chip((22, 163, 74), (187, 247, 208)),
        felt(),
    ]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
