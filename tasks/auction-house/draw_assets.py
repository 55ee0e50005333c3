"""Draw the assets of the auction-house task (seeded, re-runnable).

asset_001 logo, asset_002..004 the chronometer lot (front, dial, case), asset_005..007
thumbnails of other lots (vase, painting, chair).
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(214)
W, H = 480, 360


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 18, fill=(30, 41, 59))
    d.rounded_rectangle((20, 20, 62, 44), 6, fill=(217, 164, 65))
    d.line((40, 40, 70, 74), fill=(217, 164, 65), width=8)
    d.rectangle((16, 76, 80, 84), fill=(217, 164, 65))
    return im


def backdrop():
    im = Image.new("RGB", (W, H), (64, 52, 46))
    d = ImageDraw.Draw(im)
    for y in range(H):
        v = int(64 + 40 * y / H)
        d.line((0, y, W, y), fill=(v, int(v * 0.82), int(v * 0.72)))
    return im, d


def dial(d, cx, cy, r, hands=True):
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(246, 240, 226), outline=(180, 140, 60), width=6)
    for k in range(12):
        a = k * math.pi / 6
        d.line(
            (
                cx + math.sin(a) * r * 0.78,
                cy - math.cos(a) * r * 0.78,
                cx + math.sin(a) * r * 0.9,
                cy - math.cos(a) * r * 0.9,
            ),
            fill=(40, 30, 20),
            width=3,
        )
    d.ellipse((cx - r * 0.28, cy + r * 0.2, cx + r * 0.28, cy + r * 0.62), outline=(90, 70, 40), width=2)
    if hands:
        d.line((cx, cy, cx + r * 0.45, cy - r * 0.35), fill=(20, 20, 40), width=4)
        d.line((cx, cy, cx - r * 0.2, cy - r * 0.7), fill=(20, 20, 40), width=3)
    d.ellipse((cx - 5, cy - 5, cx + 5, cy + 5), fill=(20, 20, 40))


def front():
    im, d = backdrop()
    d.rectangle((110, 90, 370, 320), fill=(112, 62, 32), outline=(70, 38, 20), width=4)
    d.rectangle((130, 110, 350, 300), fill=(140, 80, 42))
    d.ellipse((150, 115, 330, 295), fill=(190, 150, 70))
    dial(d, 240, 205, 78)
    return im


def dial_view():
    im, d = backdrop()
    dial(d, 240, 180, 150)
    return im


def case():
    im, d = backdrop()
    d.polygon([(80, 300), (400, 300), (440, 230), (120, 230)], fill=(112, 62, 32))
    d.rectangle((80, 300, 400, 330), fill=(86, 46, 24))
    d.polygon([(120, 230), (440, 230), (400, 80), (150, 100)], fill=(140, 80, 42))
    d.rectangle((240, 250, 290, 262), fill=(217, 164, 65))
    return im


def vase():
    im = Image.new("RGB", (240, 180), (226, 232, 240))
    d = ImageDraw.Draw(im)
    d.ellipse((80, 50, 160, 160), fill=(30, 64, 175))
    d.rectangle((104, 24, 136, 60), fill=(30, 64, 175))
    d.arc((90, 70, 150, 130), 0, 360, fill=(240, 240, 255), width=4)
    return im


def painting():
    im = Image.new("RGB", (240, 180), (245, 238, 220))
    d = ImageDraw.Draw(im)
    d.rectangle((40, 20, 200, 160), fill=(160, 120, 40))
    d.rectangle((52, 32, 188, 148), fill=(140, 190, 220))
    d.polygon([(52, 148), (100, 80), (140, 120), (188, 70), (188, 148)], fill=(60, 110, 70))
    return im


def chair():
    im = Image.new("RGB", (240, 180), (240, 235, 228))
    d = ImageDraw.Draw(im)
    d.rectangle((80, 30, 160, 100), fill=(120, 70, 40))
    d.rectangle((70, 100, 170, 116), fill=(150, 90, 50))
    for x in (76, 156):
        d.rectangle((x, 116, x + 8, 164), fill=(100, 60, 30))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo(), front(), dial_view(), case(), vase(), painting(), chair()]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
