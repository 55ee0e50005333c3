"""Draws the property-listings assets (seeded): a logo, 12 home exteriors and 8 interior/garden photos."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(2718)
W, H = 480, 320

# kind of each exterior, in listing order (asset_002 .. asset_013)
KINDS = ["house", "condo", "house", "town", "condo", "house", "town", "house", "loft", "house", "condo", "house"]
WALLS = [
    (236, 224, 206),
    (205, 220, 232),
    (240, 214, 196),
    (214, 226, 208),
    (230, 230, 236),
    (248, 240, 222),
    (200, 196, 214),
    (232, 206, 190),
    (190, 120, 100),
    (222, 232, 240),
    (214, 214, 220),
    (238, 226, 200),
]


def grad(top, bottom, w=W, h=H):
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for y in range(h):
        t = y / (h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)))
    return img


def shade(c, k):
    return tuple(max(0, min(255, int(v * k))) for v in c)


def tree(d, x, base, s):
    d.rectangle([x - 4, base - s, x + 4, base], fill=(110, 80, 50))
    col = (60 + rng.randint(0, 40), 120 + rng.randint(0, 40), 60)
    for dx, dy, r in ((0, -s - 10, s * 0.55), (-s * 0.35, -s + 6, s * 0.45), (s * 0.35, -s + 6, s * 0.45)):
        d.ellipse([x + dx - r, base + dy - r, x + dx + r, base + dy + r], fill=col)


def windows(d, x0, y0, x1, y1, cols, rows, frame=(255, 255, 255)):
    cw, rh = (x1 - x0) / cols, (y1 - y0) / rows
    for r in range(rows):
        for c in range(cols):
            wx, wy = x0 + c * cw + cw * 0.2, y0 + r * rh + rh * 0.2
            d.rectangle([wx, wy, wx + cw * 0.6, wy + rh * 0.6], fill=frame)
            d.rectangle([wx + 3, wy + 3, wx + cw * 0.6 - 3, wy + rh * 0.6 - 3], fill=(120, 160, 190))


def exterior(kind, wall):
    img = grad((150, 200, 240), (225, 238, 248))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 250, W, H], fill=(110, 160, 90))
    d.polygon([(200, H), (280, H), (260, 250), (220, 250)], fill=(200, 190, 170))
    if kind == "house":
        d.rectangle([110, 140, 370, 255], fill=wall)
        roof = shade(wall, 0.45) if rng.random() < 0.5 else (120, 70, 60)
        d.polygon([(95, 145), (240, 60), (385, 145)], fill=roof)
        windows(d, 120, 155, 220, 235, 2, 1)
        windows(d, 260, 155, 360, 235, 2, 1)
        d.rectangle([222, 185, 258, 255], fill=shade(wall, 0.5))
        if rng.random() < 0.6:
            d.rectangle([300, 80, 318, 115], fill=(140, 90, 80))
    elif kind == "town":
        for i in range(3):
            x = 70 + i * 115
            c = shade(wall, 1 - i * 0.08)
            d.rectangle([x, 110, x + 110, 255], fill=c)
            d.polygon([(x - 4, 112), (x + 55, 75), (x + 114, 112)], fill=(90, 90, 100))
            windows(d, x + 8, 120, x + 102, 200, 2, 2)
            d.rectangle([x + 40, 210, x + 70, 255], fill=shade(c, 0.55))
    elif kind == "condo":
        d.rectangle([130, 40, 350, 255], fill=wall)
        d.rectangle([124, 34, 356, 46], fill=shade(wall, 0.7))
        windows(d, 140, 50, 340, 230, 5, 6)
        d.rectangle([220, 215, 260, 255], fill=(70, 80, 90))
    else:  # loft: brick warehouse
        d.rectangle([90, 80, 390, 255], fill=wall)
        for y in range(86, 250, 12):
            off = 0 if (y // 12) % 2 else 14
            for x in range(90 + off, 390, 28):
                d.line([(x, y), (x, y + 12)], fill=shade(wall, 0.8))
            d.line([(90, y), (390, y)], fill=shade(wall, 0.8))
        windows(d, 100, 95, 380, 235, 5, 2, frame=(40, 40, 40))
    for _ in range(rng.randint(1, 3)):
        side = rng.choice([(20, 95), (385, 460)])
        tree(d, rng.randint(*side), 258, rng.randint(40, 70))
    return img


def living(v):
    img = grad((245, 240, 230), (230, 222, 210))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 230, W, H], fill=(180, 140, 100) if v == 0 else (150, 150, 160))
    d.rectangle([300, 50, 430, 170], fill=(255, 255, 255))
    d.rectangle([306, 56, 424, 164], fill=(170, 210, 235))
    sofa = (90, 120, 150) if v == 0 else (170, 110, 90)
    d.rounded_rectangle([60, 160, 290, 250], 18, fill=sofa)
    d.rounded_rectangle([70, 130, 280, 190], 14, fill=shade(sofa, 1.15))
    d.ellipse([110, 255, 320, 300], fill=(230, 210, 170))
    d.line([(380, 190), (380, 270)], fill=(60, 60, 60), width=4)
    d.polygon([(360, 190), (400, 190), (390, 160), (370, 160)], fill=(250, 220, 150))
    return img


def kitchen(v):
    img = grad((250, 250, 248), (236, 236, 232))
    d = ImageDraw.Draw(img)
    cab = (70, 100, 90) if v == 0 else (245, 245, 245)
    d.rectangle([0, 40, W, 120], fill=cab)
    for x in range(0, W, 80):
        d.line([(x, 40), (x, 120)], fill=shade(cab, 0.8), width=2)
    d.rectangle([0, 180, W, H], fill=cab)
    d.rectangle([0, 170, W, 186], fill=(220, 215, 205) if v == 0 else (60, 60, 60))
    for x in range(40, W, 80):
        d.line([(x, 200), (x + 30, 200)], fill=(180, 180, 180), width=3)
    for x in (150, 240, 330):
        d.line([(x, 0), (x, 140)], fill=(50, 50, 50), width=2)
        d.chord([x - 22, 130, x + 22, 170], 180, 360, fill=(230, 180, 80))
    return img


def bedroom(v):
    img = grad((238, 232, 240), (226, 220, 230)) if v == 0 else grad((232, 240, 236), (220, 230, 224))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 240, W, H], fill=(200, 180, 150))
    d.rounded_rectangle([120, 90, 360, 200], 16, fill=(120, 100, 90) if v == 0 else (80, 110, 120))
    d.rectangle([110, 180, 370, 260], fill=(250, 250, 250))
    d.rectangle([110, 215, 370, 260], fill=(200, 120, 130) if v == 0 else (120, 160, 130))
    d.rounded_rectangle([135, 165, 225, 195], 10, fill=(255, 255, 255))
    d.rounded_rectangle([255, 165, 345, 195], 10, fill=(255, 255, 255))
    for x in (50, 390):
        d.rectangle([x, 200, x + 45, 250], fill=(160, 120, 90))
        d.ellipse([x + 10, 170, x + 35, 200], fill=(250, 225, 160))
    return img


def garden(v):
    img = grad((160, 205, 240), (220, 238, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 180, W, H], fill=(100, 170, 80) if v == 0 else (120, 160, 90))
    for x in range(0, W, 24):
        d.rectangle([x, 140, x + 16, 200], fill=(235, 225, 205))
    d.rectangle([0, 160, W, 168], fill=(235, 225, 205))
    tree(d, 380 if v == 0 else 90, 230, 90)
    for _ in range(40):
        x, y = rng.randint(0, W), rng.randint(210, H)
        d.ellipse(
            [x - 5, y - 5, x + 5, y + 5],
            fill=rng.choice([(240, 90, 120), (250, 210, 70), (255, 255, 255), (170, 110, 220)]),
        )
    if v == 1:
        d.rectangle([180, 230, 320, 250], fill=(150, 110, 80))
        d.rectangle([190, 250, 200, 280], fill=(120, 90, 60))
        d.rectangle([300, 250, 310, 280], fill=(120, 90, 60))
    return img


def logo():
    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, 63, 63], 16, fill=(190, 18, 60))
    d.polygon([(10, 32), (32, 12), (54, 32)], fill=(255, 255, 255))
    d.rectangle([17, 31, 47, 52], fill=(255, 255, 255))
    d.rectangle([28, 38, 36, 52], fill=(190, 18, 60))
    return img


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    for i, (k, wall) in enumerate(zip(KINDS, WALLS, strict=False)):
        exterior(k, wall).save(OUT / f"asset_{i + 2:03d}.png")
    n = 14
    for fn in (living, kitchen, bedroom, garden):
        for v in (0, 1):
            fn(v).save(OUT / f"asset_{n:03d}.png")
            n += 1


if __name__ == "__main__":
    main()
