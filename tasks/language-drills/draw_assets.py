"""Draw the assets of language-drills (seeded, re-runnable).

asset_001 logo (speech bubble), asset_002 lesson banner (market street scene), asset_003 mascot parrot.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(2024)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((4, 8, 92, 72), 18, fill=(234, 88, 12))
    d.polygon([(24, 70), (22, 92), (46, 70)], fill=(234, 88, 12))
    for _i, x in enumerate((28, 48, 68)):
        d.ellipse((x - 6, 34, x + 6, 46), fill=(255, 247, 237))
    return im


def banner():
    w, h = 640, 140
    im = Image.new("RGB", (w, h), (254, 243, 199))
    d = ImageDraw.Draw(im)
    d.ellipse((540, 14, 600, 74), fill=(251, 191, 36))
    x = 0
    cols = [(251, 146, 60), (244, 114, 182), (96, 165, 250), (52, 211, 153), (250, 204, 21), (167, 139, 250)]
    while x < w:
        bw = rng.randint(60, 110)
        bh = rng.randint(60, 110)
        c = cols[rng.randrange(len(cols))]
        d.rectangle((x, h - bh, x + bw - 4, h), fill=c)
        for wy in range(h - bh + 12, h - 20, 26):
            for wx in range(x + 10, x + bw - 20, 22):
                d.rectangle((wx, wy, wx + 10, wy + 14), fill=(255, 251, 235))
        d.polygon([(x - 2, h - bh), (x + bw / 2, h - bh - 18), (x + bw + 2, h - bh)], fill=(180, 83, 9))
        x += bw
    d.rectangle((0, h - 12, w, h), fill=(120, 113, 108))
    return im


def parrot():
    im = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((30, 30, 96, 112), fill=(34, 197, 94))
    d.ellipse((36, 8, 84, 56), fill=(22, 163, 74))
    d.ellipse((56, 22, 68, 34), fill=(255, 255, 255))
    d.ellipse((60, 26, 66, 32), fill=(17, 24, 39))
    d.polygon([(76, 30), (100, 38), (78, 48)], fill=(249, 115, 22))
    d.pieslice((20, 50, 70, 110), 90, 270, fill=(21, 128, 61))
    d.polygon([(50, 108), (60, 118), (70, 108)], fill=(239, 68, 68))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), banner(), parrot()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
