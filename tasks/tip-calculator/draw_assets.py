"""Draw the assets of tip-calculator (seeded, re-runnable): a logo and a coin-stack illustration."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
OUT.mkdir(exist_ok=True)
rng = random.Random(505)

# asset_001: logo, a jar with a coin
im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
d = ImageDraw.Draw(im)
d.rounded_rectangle((14, 18, 66, 74), radius=14, fill=(13, 148, 136))
d.rectangle((20, 10, 60, 20), fill=(15, 118, 110))
d.ellipse((28, 34, 52, 58), fill=(253, 224, 71))
d.ellipse((33, 39, 47, 53), outline=(202, 138, 4), width=3)
im.save(OUT / "asset_001.png")

# asset_002: coin stacks and a receipt, 300x200
im = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
d = ImageDraw.Draw(im)
d.polygon([(170, 20), (270, 30), (258, 190), (158, 180)], fill=(255, 255, 255), outline=(203, 213, 225))
for k in range(7):
    y = 50 + k * 16
    d.line((180, y + k, 180 + rng.randint(40, 70), y + k + 2), fill=(148, 163, 184), width=3)
for sx, n in ((40, 6), (95, 9), (140, 4)):
    for k in range(n):
        y = 180 - k * 12
        d.ellipse((sx, y - 10, sx + 56, y + 10), fill=(234, 179, 8), outline=(161, 98, 7), width=2)
im.save(OUT / "asset_002.png")
