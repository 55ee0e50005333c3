"""Draw the assets of the hotel-admin task (seeded, re-runnable).

asset_001 logo, asset_002 clerk avatar, asset_003..005 room-type pictures (standard, deluxe, suite).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(914)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 20, fill=(6, 95, 70))
    for k in range(5):
        x = 22 + k * 12
        d.line((x, 74, x - 6 + k * 3, 26 + (k % 2) * 8), fill=(167, 243, 208), width=4)
    d.rectangle((14, 74, 82, 80), fill=(253, 230, 138))
    return im


def avatar():
    s = 128
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), (209, 250, 229, 255))
    d = ImageDraw.Draw(face)
    d.pieslice((16, 86, 112, 180), 180, 360, fill=(6, 95, 70))
    d.polygon([(56, 92), (64, 104), (72, 92)], fill=(255, 255, 255))
    d.rectangle((54, 70, 74, 92), fill=(198, 134, 94))
    d.ellipse((38, 28, 90, 84), fill=(198, 134, 94))
    d.pieslice((36, 20, 92, 70), 180, 360, fill=(25, 25, 25))
    d.ellipse((52, 52, 58, 58), fill=(30, 20, 20))
    d.ellipse((70, 52, 76, 58), fill=(30, 20, 20))
    d.arc((54, 58, 74, 74), 20, 160, fill=(120, 50, 50), width=3)
    im.paste(face, (0, 0), mask)
    return im


def room(kind):
    w, h = 220, 120
    im = Image.new("RGB", (w, h), (245, 240, 230))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 84, w, h), fill=(180, 150, 110))
    d.rectangle((150, 14, 206, 64), fill=(186, 230, 253), outline=(120, 100, 80), width=3)
    d.line((178, 14, 178, 64), fill=(120, 100, 80), width=2)
    beds = 1 if kind == 0 else 2 if kind == 1 else 1
    bw = 110 if kind == 2 else 70
    for k in range(beds):
        x = 16 + k * 80
        d.rectangle((x, 50, x + bw, 92), fill=(255, 255, 255), outline=(148, 163, 184))
        d.rectangle((x, 40, x + bw, 52), fill=[(59, 130, 246), (16, 185, 129), (217, 119, 6)][kind])
        d.rounded_rectangle((x + 6, 54, x + 30, 64), 4, fill=(241, 245, 249))
    if kind == 2:
        d.rounded_rectangle((134, 70, 210, 96), 8, fill=(120, 53, 15))
        d.ellipse((20, 6, 40, 26), fill=(253, 224, 71))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), avatar(), room(0), room(1), room(2)], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
