"""Draws the trip-planner assets (seeded): a coastal hero banner and six district pictures."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(3131)


def sky(w, h, top, bottom):
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for y in range(h):
        t = y / (h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)))
    return img


def town(d, w, base, n, palette):
    x = rng.randint(-20, 10)
    while x < w:
        bw, bh = rng.randint(26, 50), rng.randint(25, 70)
        d.rectangle([x, base - bh, x + bw, base], fill=rng.choice(palette))
        d.polygon([(x - 3, base - bh), (x + bw / 2, base - bh - 14), (x + bw + 3, base - bh)], fill=(178, 80, 60))
        for wy in range(base - bh + 8, base - 8, 14):
            d.rectangle([x + 6, wy, x + 12, wy + 6], fill=(60, 80, 110))
            if bw > 34:
                d.rectangle([x + bw - 14, wy, x + bw - 8, wy + 6], fill=(60, 80, 110))
        x += bw + 2


def hero():
    w, h = 1200, 320
    img = sky(w, h, (120, 180, 235), (255, 214, 170))
    d = ImageDraw.Draw(img, "RGBA")
    d.ellipse([930, 60, 1010, 140], fill=(255, 245, 210, 240))
    d.polygon([(0, 200), (180, 120), (330, 170), (520, 110), (700, 190), (0, 230)], fill=(110, 140, 120, 255))
    town(d, 760, 235, 20, [(245, 236, 220), (236, 214, 180), (250, 250, 245), (230, 200, 190)])
    d.rectangle([0, 235, w, h], fill=(40, 120, 170))
    for _ in range(60):
        x, y = rng.randint(0, w), rng.randint(240, h)
        d.line([(x, y), (x + rng.randint(10, 40), y)], fill=(255, 255, 255, 90), width=2)
    # lighthouse
    d.polygon([(1040, 240), (1060, 240), (1054, 150), (1046, 150)], fill=(250, 250, 250, 255))
    d.rectangle([1044, 140, 1056, 150], fill=(220, 60, 50, 255))
    d.rectangle([1040, 182, 1060, 192], fill=(220, 60, 50, 255))
    d.polygon([(980, 240), (1120, 240), (1100, 215), (1000, 220)], fill=(90, 80, 70, 255))
    # sail boats
    for bx in (260, 520, 820):
        d.polygon([(bx, 280), (bx + 50, 280), (bx + 42, 292), (bx + 8, 292)], fill=(120, 60, 40, 255))
        d.polygon([(bx + 24, 278), (bx + 24, 236), (bx + 48, 278)], fill=(255, 255, 255, 240))
    return img


def district(kind):
    w, h = 300, 200
    if kind == "harbour":
        img = sky(w, h, (140, 200, 240), (230, 240, 250))
        d = ImageDraw.Draw(img, "RGBA")
        town(d, w, 120, 8, [(245, 236, 220), (250, 220, 170), (240, 240, 240)])
        d.rectangle([0, 120, w, h], fill=(40, 120, 170))
        for bx in (40, 150, 230):
            d.polygon([(bx, 150), (bx + 45, 150), (bx + 38, 164), (bx + 7, 164)], fill=(200, 70, 50, 255))
    elif kind == "oldtown":
        img = sky(w, h, (250, 220, 180), (250, 240, 220))
        d = ImageDraw.Draw(img, "RGBA")
        d.rectangle([110, 40, 190, 170], fill=(230, 200, 150))
        d.pieslice([110, 10, 190, 80], 180, 360, fill=(120, 150, 170))
        d.rectangle([135, 110, 165, 170], fill=(120, 80, 60))
        town(d, w, 170, 8, [(240, 220, 190), (235, 200, 170)])
        d.rectangle([0, 170, w, h], fill=(190, 170, 150))
    elif kind == "cliffs":
        img = sky(w, h, (120, 170, 230), (200, 225, 245))
        d = ImageDraw.Draw(img, "RGBA")
        d.rectangle([0, 140, w, h], fill=(30, 100, 160))
        d.polygon([(0, 60), (120, 50), (170, 90), (190, 200), (0, 200)], fill=(150, 120, 90))
        d.polygon([(0, 60), (120, 50), (150, 70), (0, 80)], fill=(110, 160, 90))
        d.polygon([(82, 50), (96, 50), (92, 10), (86, 10)], fill=(250, 250, 250))
        d.rectangle([84, 4, 94, 12], fill=(220, 60, 50))
    elif kind == "coast":
        img = sky(w, h, (255, 190, 140), (255, 230, 190))
        d = ImageDraw.Draw(img, "RGBA")
        d.ellipse([200, 50, 260, 110], fill=(255, 240, 200))
        d.rectangle([0, 110, w, 160], fill=(30, 130, 170))
        d.polygon([(0, 160), (w, 140), (w, h), (0, h)], fill=(235, 210, 160))
        d.ellipse([60, 92, 130, 122], fill=(80, 120, 80))
        d.polygon([(150, 135), (200, 135), (190, 145), (160, 145)], fill=(250, 180, 40))
    elif kind == "upper":
        img = sky(w, h, (170, 210, 240), (220, 240, 220))
        d = ImageDraw.Draw(img, "RGBA")
        for i in range(4):
            y = 80 + i * 30
            d.rectangle([0, y, w, y + 26], fill=(90 + i * 15, 150 + i * 10, 80))
            for _ in range(9):
                x = rng.randint(0, w)
                d.ellipse(
                    [x - 9, y - 8, x + 9, y + 10],
                    fill=rng.choice([(230, 80, 120), (250, 200, 60), (250, 250, 250), (60, 120, 60)]),
                )
    else:  # marina / citywide tram
        img = sky(w, h, (200, 220, 240), (240, 240, 245))
        d = ImageDraw.Draw(img, "RGBA")
        town(d, w, 150, 8, [(240, 230, 210), (220, 220, 230)])
        d.rectangle([0, 150, w, h], fill=(150, 150, 155))
        d.line([(0, 175), (w, 175)], fill=(90, 90, 90), width=3)
        d.rounded_rectangle([60, 110, 220, 172], 10, fill=(240, 190, 40))
        for wx in range(72, 210, 30):
            d.rectangle([wx, 120, wx + 20, 140], fill=(150, 200, 230))
        d.line([(140, 110), (150, 70)], fill=(60, 60, 60), width=2)
    return img


def main():
    OUT.mkdir(exist_ok=True)
    hero().save(OUT / "asset_001.png")
    for i, k in enumerate(["harbour", "oldtown", "cliffs", "coast", "upper", "citywide"]):
        district(k).save(OUT / f"asset_{i + 2:03d}.png")


if __name__ == "__main__":
    main()
