"""Draw the assets of todo-filters (seeded, re-runnable): a logo mark and a header illustration."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
OUT.mkdir(exist_ok=True)
rng = random.Random(101)

# asset_001: app logo (rounded square with a tick)
img = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
d = ImageDraw.Draw(img)
d.rounded_rectangle((4, 4, 92, 92), radius=22, fill=(79, 70, 229))
d.line((26, 50, 42, 66, 72, 32), fill=(255, 255, 255), width=10, joint="curve")
img.save(OUT / "asset_001.png")

# asset_002: soft header illustration (hills and sun), 640x120
w, h = 640, 120
img = Image.new("RGB", (w, h), (238, 242, 255))
d = ImageDraw.Draw(img)
d.ellipse((500, 18, 560, 78), fill=(253, 224, 71))
for layer, col in enumerate([(199, 210, 254), (165, 180, 252), (129, 140, 248)]):
    base = 70 + layer * 18
    pts = [(0, h)]
    for x in range(0, w + 40, 40):
        pts.append((x, base + rng.randint(-14, 14)))
    pts.append((w, h))
    d.polygon(pts, fill=col)
img.save(OUT / "asset_002.png")
