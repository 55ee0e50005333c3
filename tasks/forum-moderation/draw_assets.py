"""Draw the assets of the forum-moderation task (seeded, re-runnable).

asset_001 logo, asset_002 moderator avatar, asset_003..005 other moderators.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(313)

BGS = [(253, 230, 138), (199, 210, 254), (167, 243, 208), (254, 205, 211)]
SKIN = [(241, 194, 160), (141, 85, 54), (255, 219, 172), (198, 134, 94)]
HAIR = [(90, 50, 20), (15, 15, 15), (230, 190, 100), (60, 30, 20)]
SHIRT = [(180, 83, 9), (67, 56, 202), (4, 120, 87), (190, 18, 60)]


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 22, fill=(180, 83, 9))
    d.polygon([(48, 14), (82, 42), (74, 42), (74, 80), (22, 80), (22, 42), (14, 42)], fill=(255, 247, 237))
    d.polygon([(40, 80), (40, 58), (56, 58), (56, 80)], fill=(180, 83, 9))
    d.polygon([(44, 56), (48, 44), (52, 56)], fill=(251, 146, 60))
    return im


def avatar(i):
    s = 128
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), BGS[i] + (255,))
    d = ImageDraw.Draw(face)
    d.pieslice((18, 84, 110, 176), 180, 360, fill=SHIRT[i])
    d.rectangle((54, 70, 74, 92), fill=SKIN[i])
    if i % 2 == 0:
        d.rounded_rectangle((30, 26, 98, 96), 26, fill=HAIR[i])
    d.ellipse((38, 28, 90, 84), fill=SKIN[i])
    d.pieslice((36, 20, 92, 72), 180, 360, fill=HAIR[i])
    d.ellipse((52, 52, 58, 58), fill=(30, 20, 20))
    d.ellipse((70, 52, 76, 58), fill=(30, 20, 20))
    d.arc((54, 58, 74, 74), 20, 160, fill=(150, 60, 60), width=3)
    im.paste(face, (0, 0), mask)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo()] + [avatar(k) for k in range(4)], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
