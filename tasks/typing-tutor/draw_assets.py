"""Draw the assets of typing-tutor (seeded, re-runnable).

asset_001 logo (fern frond on a key cap), asset_002 keyboard strip illustration.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(88)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((4, 8, 92, 90), 16, fill=(20, 83, 45))
    d.rounded_rectangle((10, 10, 86, 78), 12, fill=(34, 197, 94))
    d.line((30, 70, 62, 18), fill=(240, 253, 244), width=4)
    for k in range(5):
        y = 60 - k * 10
        x = 36 + k * 6
        d.line((x, y, x - 14, y - 6), fill=(240, 253, 244), width=3)
        d.line((x, y, x + 12, y + 2), fill=(240, 253, 244), width=3)
    return im


def keyboard():
    w, h = 520, 70
    im = Image.new("RGB", (w, h), (240, 253, 244))
    d = ImageDraw.Draw(im)
    rows = [12, 11, 10]
    for r, n in enumerate(rows):
        off = 10 + r * 14
        for k in range(n):
            x = off + k * 40
            hot = rng.random() < 0.12
            d.rounded_rectangle(
                (x, 6 + r * 21, x + 34, 6 + r * 21 + 17),
                4,
                fill=(134, 239, 172) if hot else (255, 255, 255),
                outline=(187, 247, 208),
            )
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), keyboard()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
