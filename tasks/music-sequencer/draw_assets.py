"""Draws the music-sequencer assets (seeded): the Beatloom logo and four instrument icons."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(1608)


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 79, 79), 18, fill=(24, 24, 46))
    for r in range(4):
        for c in range(4):
            on = (r * 5 + c * 3) % 4 == 0 or (r == c)
            col = (236, 72, 153) if on else (63, 63, 100)
            x, y = 12 + c * 15, 12 + r * 15
            d.rounded_rectangle((x, y, x + 11, y + 11), 3, fill=col)
    return im


def icon(kind):
    im = Image.new("RGBA", (48, 48), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    cols = {"kick": (249, 115, 22), "snare": (59, 130, 246), "hat": (234, 179, 8), "clap": (168, 85, 247)}
    c = cols[kind]
    d.ellipse((2, 2, 45, 45), fill=(*c, 60))
    if kind == "kick":
        d.ellipse((10, 10, 38, 38), outline=c, width=4)
        d.ellipse((19, 19, 29, 29), fill=c)
    elif kind == "snare":
        d.rectangle((10, 16, 38, 34), outline=c, width=3)
        for x in range(13, 38, 6):
            d.line((x, 16, x + 3, 34), fill=c, width=2)
    elif kind == "hat":
        d.polygon([(6, 22), (24, 14), (42, 22)], fill=c)
        d.polygon([(6, 28), (24, 34), (42, 28)], fill=c)
        d.line((24, 8, 24, 42), fill=c, width=2)
    else:
        for i in range(3):
            x = 12 + i * 9 + rng.randint(-1, 1)
            d.rounded_rectangle((x, 14, x + 7, 36), 3, fill=c)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    for i, k in enumerate(["kick", "snare", "hat", "clap"], 2):
        icon(k).save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
