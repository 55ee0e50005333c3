"""Draw the assets of the bookstore-search task (seeded, re-runnable).

asset_001 logo, asset_002..025 book covers in catalogue order: a coloured jacket with a
pattern and a simple motif per genre.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(8080)
GENRES = (
    ["Fiction"] * 4
    + ["Mystery"] * 4
    + ["Sci-fi"] * 4
    + ["History"] * 3
    + ["Cooking"] * 3
    + ["Poetry"] * 3
    + ["Travel"] * 3
)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 20, fill=(124, 45, 18))
    d.polygon([(14, 26), (46, 34), (46, 80), (14, 72)], fill=(254, 243, 199))
    d.polygon([(82, 26), (50, 34), (50, 80), (82, 72)], fill=(253, 230, 138))
    return im


def motif(d, genre, w, h, ink):
    cx, cy = w // 2, int(h * 0.55)
    if genre == "Fiction":
        d.ellipse((cx - 30, cy - 30, cx + 30, cy + 30), outline=ink, width=4)
        d.line((cx - 40, cy + 40, cx + 40, cy + 40), fill=ink, width=3)
    elif genre == "Mystery":
        d.rectangle((cx - 8, cy - 30, cx + 8, cy + 10), fill=ink)
        d.ellipse((cx - 22, cy - 52, cx + 22, cy - 18), outline=ink, width=5)
    elif genre == "Sci-fi":
        d.ellipse((cx - 22, cy - 22, cx + 22, cy + 22), fill=ink)
        d.arc((cx - 44, cy - 14, cx + 44, cy + 14), 0, 360, fill=ink, width=3)
    elif genre == "History":
        for k in range(4):
            d.rectangle((cx - 36 + k * 22, cy - 26, cx - 26 + k * 22, cy + 26), fill=ink)
        d.polygon([(cx - 44, cy - 26), (cx, cy - 50), (cx + 44, cy - 26)], fill=ink)
    elif genre == "Cooking":
        d.ellipse((cx - 36, cy - 10, cx + 36, cy + 30), fill=ink)
        d.rectangle((cx + 30, cy + 2, cx + 60, cy + 10), fill=ink)
    elif genre == "Poetry":
        d.line((cx - 30, cy + 30, cx + 30, cy - 40), fill=ink, width=6)
        d.polygon([(cx + 30, cy - 40), (cx + 16, cy - 20), (cx + 36, cy - 24)], fill=ink)
    else:
        d.polygon(
            [(cx - 46, cy + 30), (cx - 10, cy - 30), (cx + 10, cy), (cx + 24, cy - 16), (cx + 50, cy + 30)], fill=ink
        )


def cover(genre):
    w, h = 150, 220
    hue = [random.randint(40, 220) for _ in range(3)]
    im = Image.new("RGB", (w, h), tuple(hue))
    d = ImageDraw.Draw(im)
    light = tuple(min(255, v + 60) for v in hue)
    dark = tuple(max(0, v - 70) for v in hue)
    for _k in range(random.randint(3, 7)):
        y = random.randint(0, h)
        d.line((0, y, w, y + random.randint(-30, 30)), fill=light, width=random.randint(1, 4))
    d.rectangle((0, 0, 10, h), fill=dark)
    d.rectangle((20, 18, w - 14, 44), fill=light)
    d.rectangle((20, h - 34, w - 40, h - 24), fill=light)
    motif(d, genre, w, h, dark)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo()] + [cover(g) for g in GENRES]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
