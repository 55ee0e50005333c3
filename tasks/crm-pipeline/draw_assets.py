"""Draw the assets of the crm-pipeline task (seeded, re-runnable).

asset_001 logo, asset_002..004 sales-rep avatars (Ana Ruiz, Ben Okafor, Dara Quinn).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(9090)

BGS = [(254, 215, 170), (191, 219, 254), (233, 213, 255)]
SKIN = [(224, 172, 105), (120, 75, 45), (250, 214, 180)]
HAIR = [(40, 25, 15), (20, 20, 20), (200, 80, 40)]
SHIRT = [(234, 88, 12), (37, 99, 235), (147, 51, 234)]


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 22, fill=(234, 88, 12))
    d.polygon(
        [(20, 30), (34, 14), (44, 34), (52, 34), (62, 14), (76, 30), (70, 64), (48, 82), (26, 64)], fill=(255, 247, 237)
    )
    d.polygon([(36, 50), (44, 56), (36, 58)], fill=(124, 45, 18))
    d.polygon([(60, 50), (52, 56), (60, 58)], fill=(124, 45, 18))
    d.polygon([(44, 68), (52, 68), (48, 74)], fill=(124, 45, 18))
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
    if i != 1:
        d.rounded_rectangle((30, 26, 98, 96), 26, fill=HAIR[i])
    d.ellipse((38, 28, 90, 84), fill=SKIN[i])
    d.pieslice((36, 20, 92, 72), 180, 360, fill=HAIR[i])
    d.ellipse((52, 52, 58, 58), fill=(30, 20, 20))
    d.ellipse((70, 52, 76, 58), fill=(30, 20, 20))
    d.arc((54, 58, 74, 74), 20, 160, fill=(150, 60, 60), width=3)
    if i == 1:
        d.arc((44, 60, 84, 92), 20, 160, fill=(20, 20, 20), width=5)  # beard line
    im.paste(face, (0, 0), mask)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo()] + [avatar(k) for k in range(3)], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
