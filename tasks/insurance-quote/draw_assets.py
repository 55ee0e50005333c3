"""Draw the assets of the insurance-quote task (seeded, re-runnable).

asset_001 logo, asset_002 agent portrait, asset_003 car illustration.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(3104)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 22, fill=(91, 33, 182))
    # a shield with a keel-shaped wave
    d.polygon([(48, 12), (80, 24), (76, 58), (48, 84), (20, 58), (16, 24)], fill=(237, 233, 254))
    d.polygon([(48, 22), (70, 31), (67, 56), (48, 74), (29, 56), (26, 31)], fill=(124, 58, 237))
    d.arc((30, 40, 66, 66), 200, 340, fill=(237, 233, 254), width=5)
    return im


def agent():
    s = 128
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), (254, 243, 199, 255))
    d = ImageDraw.Draw(face)
    d.pieslice((16, 86, 112, 180), 180, 360, fill=(91, 33, 182))
    d.rectangle((54, 70, 74, 92), fill=(160, 105, 70))
    d.rounded_rectangle((30, 24, 98, 98), 28, fill=(30, 20, 15))
    d.ellipse((38, 30, 90, 86), fill=(160, 105, 70))
    d.pieslice((36, 22, 92, 66), 180, 360, fill=(30, 20, 15))
    d.ellipse((52, 54, 58, 60), fill=(30, 20, 20))
    d.ellipse((70, 54, 76, 60), fill=(30, 20, 20))
    d.arc((54, 60, 74, 76), 20, 160, fill=(120, 40, 50), width=3)
    d.ellipse((20, 52, 34, 70), fill=(60, 60, 60))  # headset
    d.line((27, 70, 48, 80), fill=(60, 60, 60), width=3)
    im.paste(face, (0, 0), mask)
    return im


def car():
    w, h = 300, 140
    im = Image.new("RGB", (w, h), (245, 243, 255))
    d = ImageDraw.Draw(im)
    for k in range(6):
        x = random.randint(0, w)
        d.ellipse((x, 10 + k * 4, x + 50, 30 + k * 4), fill=(255, 255, 255))
    d.rectangle((0, 112, w, h), fill=(203, 213, 225))
    d.line((0, 124, w, 124), fill=(255, 255, 255), width=3)
    d.rounded_rectangle((50, 66, 250, 108), 16, fill=(124, 58, 237))
    d.polygon([(90, 66), (120, 38), (196, 38), (224, 66)], fill=(139, 92, 246))
    d.polygon([(102, 64), (124, 44), (156, 44), (156, 64)], fill=(221, 214, 254))
    d.polygon([(164, 64), (164, 44), (192, 44), (212, 64)], fill=(221, 214, 254))
    for x in (92, 208):
        d.ellipse((x - 18, 92, x + 18, 128), fill=(30, 27, 46))
        d.ellipse((x - 8, 102, x + 8, 118), fill=(203, 213, 225))
    d.rectangle((240, 76, 250, 84), fill=(253, 224, 71))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), agent(), car()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
