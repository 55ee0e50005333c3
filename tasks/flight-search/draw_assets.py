"""Draw the assets of flight-search (seeded, re-runnable): sky hero, airline tail marks, destination art."""

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent / "assets"
OUT.mkdir(exist_ok=True)
rng = random.Random(303)

# asset_001: sky hero with clouds and a plane, 1280x260
w, h = 1280, 260
img = Image.new("RGB", (w, h))
d = ImageDraw.Draw(img)
for y in range(h):
    t = y / h
    d.line((0, y, w, y), fill=(int(40 + 90 * t), int(90 + 110 * t), int(170 + 70 * t)))
clouds = Image.new("L", (w, h), 0)
cd = ImageDraw.Draw(clouds)
for _ in range(26):
    x, y, r = rng.randint(0, w), rng.randint(120, 260), rng.randint(30, 80)
    cd.ellipse((x - r * 2, y - r, x + r * 2, y + r), fill=rng.randint(150, 230))
clouds = clouds.filter(ImageFilter.GaussianBlur(18))
img.paste((255, 255, 255), (0, 0), clouds)
d = ImageDraw.Draw(img)
# plane silhouette
px, py = 980, 70
d.polygon([(px, py), (px + 150, py - 14), (px + 170, py - 6), (px + 150, py + 4)], fill=(250, 250, 252))
d.polygon([(px + 60, py - 6), (px + 95, py - 50), (px + 110, py - 50), (px + 100, py - 4)], fill=(235, 238, 245))
d.polygon([(px + 65, py), (px + 110, py + 36), (px + 122, py + 34), (px + 105, py - 2)], fill=(225, 230, 240))
d.polygon([(px, py), (px - 8, py - 30), (px + 8, py - 30), (px + 22, py - 3)], fill=(235, 238, 245))
img.save(OUT / "asset_001.png")

# asset_002..004: airline tail marks, 64x64
tails = [((14, 116, 144), (250, 204, 21)), ((190, 18, 60), (255, 255, 255)), ((67, 56, 202), (134, 239, 172))]
for i, (bg, fg) in enumerate(tails, start=2):
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    dd = ImageDraw.Draw(im)
    dd.rounded_rectangle((0, 0, 63, 63), radius=14, fill=bg)
    if i == 2:
        dd.polygon([(14, 50), (50, 14), (50, 30), (30, 50)], fill=fg)
    elif i == 3:
        for k in range(3):
            y = 16 + k * 12
            dd.line((14, y + 10, 32, y, 50, y + 10), fill=fg, width=5, joint="curve")
    else:
        for k in range(3):
            dd.arc((10 + k * 6, 10 + k * 6, 54 - k * 6, 54 - k * 6), 200, 340, fill=fg, width=4)
    im.save(OUT / f"asset_{i:03d}.png")

# asset_005: destination art (fjord at dusk), 400x220
w, h = 400, 220
im = Image.new("RGB", (w, h))
dd = ImageDraw.Draw(im)
for y in range(h):
    t = y / h
    dd.line((0, y, w, y), fill=(int(250 - 120 * t), int(170 - 60 * t), int(140 + 40 * t)))
dd.polygon([(0, 140), (80, 60), (160, 130), (0, 220)], fill=(52, 58, 92))
dd.polygon([(400, 150), (300, 50), (230, 120), (400, 220)], fill=(40, 44, 76))
dd.rectangle((0, 160, 400, 220), fill=(70, 96, 140))
for y in range(166, 220, 8):
    dd.line((rng.randint(60, 180), y, rng.randint(220, 340), y), fill=(120, 146, 190), width=2)
im.save(OUT / "asset_005.png")
