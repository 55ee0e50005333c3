"""Draw the assets of game-2048 (seeded, re-runnable): a logo tile and a wave backdrop."""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
OUT.mkdir(exist_ok=True)
rng = random.Random(707)

# asset_001: logo, four stacked tiles
im = Image.new("RGBA", (72, 72), (0, 0, 0, 0))
d = ImageDraw.Draw(im)
cols = [(45, 212, 191), (56, 189, 248), (129, 140, 248), (244, 114, 182)]
for k, c in enumerate(cols):
    x, y = (k % 2) * 36, (k // 2) * 36
    d.rounded_rectangle((x + 2, y + 2, x + 34, y + 34), radius=7, fill=c)
im.save(OUT / "asset_001.png")

# asset_002: soft wave backdrop 1280x220
w, h = 1280, 220
im = Image.new("RGB", (w, h), (236, 254, 255))
d = ImageDraw.Draw(im)
for k, c in enumerate([(204, 251, 241), (165, 243, 252), (153, 246, 228)]):
    ph = rng.random() * 6
    pts = [(0, h)] + [(x, 60 + k * 45 + 18 * math.sin(x / (90 + 20 * k) + ph)) for x in range(0, w + 20, 20)] + [(w, h)]
    d.polygon(pts, fill=c)
im.save(OUT / "asset_002.png")
