"""Draw the sudoku-mini assets (seeded): asset_001 the logo, asset_002 a paper texture banner."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(606)


def logo():
    im = Image.new("RGBA", (72, 72), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 71, 71), 14, fill=(67, 56, 202))
    for r in range(3):
        for c in range(3):
            x, y = 10 + c * 18, 10 + r * 18
            fill = (250, 204, 21) if (r + c) % 4 == 0 else (224, 231, 255)
            d.rounded_rectangle((x, y, x + 15, y + 15), 3, fill=fill)
    return im


def banner():
    w, h = 360, 120
    im = Image.new("RGB", (w, h), (238, 242, 255))
    d = ImageDraw.Draw(im)
    for _ in range(60):
        x, y = rng.randint(0, w), rng.randint(0, h)
        s = rng.randint(6, 18)
        col = rng.choice([(199, 210, 254), (165, 180, 252), (253, 230, 138)])
        d.rounded_rectangle((x, y, x + s, y + s), 3, outline=col, width=2)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    banner().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
