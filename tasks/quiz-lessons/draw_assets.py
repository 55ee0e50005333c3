"""Draw the assets of quiz-lessons (seeded, re-runnable): a water-cycle banner and a mascot badge."""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
OUT.mkdir(exist_ok=True)
rng = random.Random(909)

# asset_001: water-cycle banner 720x200
w, h = 720, 200
im = Image.new("RGB", (w, h), (224, 242, 254))
d = ImageDraw.Draw(im)
for y in range(h):
    t = y / h
    d.line((0, y, w, y), fill=(int(186 + 40 * t), int(230 + 15 * t), 253))
d.ellipse((40, 20, 110, 90), fill=(253, 224, 71))
for k in range(12):
    a = k * math.pi / 6
    d.line(
        (75 + 42 * math.cos(a), 55 + 42 * math.sin(a), 75 + 54 * math.cos(a), 55 + 54 * math.sin(a)),
        fill=(250, 204, 21),
        width=4,
    )
d.polygon([(300, 200), (430, 70), (560, 200)], fill=(100, 116, 139))
d.polygon([(400, 100), (430, 70), (460, 100), (445, 95), (430, 105), (415, 95)], fill=(255, 255, 255))
d.polygon([(470, 200), (580, 110), (720, 200)], fill=(71, 85, 105))
d.rectangle((0, 160, 300, 200), fill=(37, 99, 235))
for k in range(6):
    d.arc((20 + k * 45, 150, 60 + k * 45, 170), 180, 360, fill=(147, 197, 253), width=3)
for cx in (520, 590):
    for dx, dy, r in ((0, 0, 24), (22, -10, 28), (48, 0, 22)):
        d.ellipse((cx + dx - r, 40 + dy - r, cx + dx + r, 40 + dy + r), fill=(248, 250, 252))
for _k in range(14):
    x = 510 + rng.randint(0, 120)
    y = 70 + rng.randint(0, 60)
    d.line((x, y, x - 4, y + 12), fill=(59, 130, 246), width=3)
for x in (150, 190, 230):
    for k in range(3):
        d.arc(
            (x - 10, 120 - k * 22, x + 10, 140 - k * 22),
            90 if k % 2 else 270,
            270 if k % 2 else 90,
            fill=(148, 163, 184),
            width=3,
        )
im.save(OUT / "asset_001.png")

# asset_002: mascot badge (a droplet with a face), 120x120
im = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
d = ImageDraw.Draw(im)
d.ellipse((20, 40, 100, 115), fill=(59, 130, 246))
d.polygon([(60, 5), (24, 70), (96, 70)], fill=(59, 130, 246))
d.ellipse((42, 66, 52, 78), fill=(255, 255, 255))
d.ellipse((68, 66, 78, 78), fill=(255, 255, 255))
d.ellipse((45, 70, 50, 76), fill=(15, 23, 42))
d.ellipse((71, 70, 76, 76), fill=(15, 23, 42))
d.arc((46, 80, 74, 100), 20, 160, fill=(255, 255, 255), width=3)
im.save(OUT / "asset_002.png")
