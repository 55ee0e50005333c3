"""Draw the assets of settings-panel (seeded, re-runnable): an avatar and light/dark theme previews."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
OUT.mkdir(exist_ok=True)
rng = random.Random(1010)

# asset_001: avatar 96x96
im = Image.new("RGB", (96, 96), (199, 210, 254))
d = ImageDraw.Draw(im)
d.ellipse((18, 64, 78, 124), fill=(79, 70, 229))
d.rectangle((40, 52, 56, 70), fill=(224, 172, 128))
d.ellipse((28, 16, 68, 60), fill=(224, 172, 128))
d.chord((26, 10, 70, 44), 180, 360, fill=(120, 72, 40))
d.ellipse((38, 34, 43, 39), fill=(30, 30, 30))
d.ellipse((53, 34, 58, 39), fill=(30, 30, 30))
d.arc((40, 40, 56, 52), 20, 160, fill=(150, 60, 60), width=2)
im.save(OUT / "asset_001.png")


def preview(bg, panel, side, text, accent):
    im = Image.new("RGB", (240, 150), bg)
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, 240, 22), fill=side)
    d.ellipse((8, 7, 16, 15), fill=accent)
    d.rectangle((0, 22, 60, 150), fill=side)
    for k in range(5):
        d.rounded_rectangle((8, 32 + k * 20, 50, 42 + k * 20), radius=3, fill=text if k else accent)
    d.rounded_rectangle((72, 34, 228, 138), radius=8, fill=panel)
    for k in range(5):
        w = rng.randint(60, 130)
        d.rounded_rectangle((84, 48 + k * 16, 84 + w, 55 + k * 16), radius=3, fill=text)
    d.rounded_rectangle((180, 118, 220, 130), radius=5, fill=accent)
    return im


preview((241, 245, 249), (255, 255, 255), (226, 232, 240), (203, 213, 225), (79, 70, 229)).save(OUT / "asset_002.png")
preview((15, 23, 42), (30, 41, 59), (2, 6, 23), (71, 85, 105), (129, 140, 248)).save(OUT / "asset_003.png")
