"""Draws the course-catalog assets (seeded, re-runnable): a logo and 15 course thumbnails."""

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent / "assets"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
rng = random.Random(1207)

# topic per thumbnail, in the order the page uses them (asset_002 .. asset_016)
TOPICS = [
    "code",
    "design",
    "data",
    "data",
    "code",
    "design",
    "business",
    "business",
    "lang",
    "data",
    "code",
    "design",
    "data",
    "business",
    "lang",
]
PALETTES = {
    "code": [(30, 41, 82), (52, 78, 160), (120, 200, 255)],
    "data": [(12, 74, 70), (24, 140, 120), (250, 210, 90)],
    "design": [(120, 40, 90), (230, 90, 120), (255, 200, 150)],
    "business": [(70, 50, 20), (200, 130, 40), (255, 235, 180)],
    "lang": [(40, 80, 40), (90, 170, 90), (240, 250, 200)],
}


def gradient(w, h, a, b):
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for y in range(h):
        t = y / (h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3)))
    return img


def thumb(topic):
    w, h = 400, 225
    dark, mid, light = PALETTES[topic]
    img = gradient(w, h, dark, mid)
    d = ImageDraw.Draw(img, "RGBA")
    for _ in range(6):
        r = rng.randint(20, 90)
        x, y = rng.randint(0, w), rng.randint(0, h)
        d.ellipse([x - r, y - r, x + r, y + r], fill=(*light, 28))
    if topic == "code":
        d.rounded_rectangle([70, 40, 330, 185], 12, fill=(15, 20, 40, 230))
        for i in range(6):
            x0 = 95 + rng.randint(0, 3) * 18
            d.rounded_rectangle(
                [x0, 62 + i * 19, x0 + rng.randint(60, 180), 72 + i * 19],
                4,
                fill=[light, (255, 170, 90), (180, 255, 170)][i % 3] + (255,),
            )
    elif topic == "data":
        base = 185
        for i in range(7):
            bh = rng.randint(30, 130)
            d.rectangle([60 + i * 42, base - bh, 90 + i * 42, base], fill=(*light, 235))
        d.line([(50, base), (350, base)], fill=(255, 255, 255, 220), width=3)
    elif topic == "design":
        for i, c in enumerate([light, (255, 255, 255), (255, 120, 160)]):
            x = 140 + i * 55
            d.ellipse([x - 60, 52, x + 60, 172], fill=(*c, 150))
    elif topic == "business":
        pts = [(50 + i * 50, 170 - i * 18 - rng.randint(0, 25)) for i in range(7)]
        d.line(pts, fill=(*light, 255), width=6)
        for p in pts:
            d.ellipse([p[0] - 7, p[1] - 7, p[0] + 7, p[1] + 7], fill=(255, 255, 255, 255))
    else:
        d.rounded_rectangle([60, 50, 230, 130], 18, fill=(255, 255, 255, 230))
        d.polygon([(90, 128), (120, 128), (85, 155)], fill=(255, 255, 255, 230))
        d.rounded_rectangle([170, 100, 340, 180], 18, fill=(*light, 235))
        f = ImageFont.truetype(FONT, 34)
        d.text((100, 70), "Aa", font=f, fill=dark)
        d.text((225, 120), "...", font=f, fill=dark)
    return img


def logo():
    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, 63, 63], 14, fill=(79, 70, 229))
    d.polygon([(32, 12), (56, 24), (32, 36), (8, 24)], fill=(255, 255, 255))
    d.rectangle([18, 30, 46, 44], fill=(199, 210, 254))
    d.line([(52, 26), (52, 46)], fill=(253, 224, 71), width=3)
    return img


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    for i, topic in enumerate(TOPICS):
        thumb(topic).save(OUT / f"asset_{i + 2:03d}.png")


if __name__ == "__main__":
    main()
