"""Draw the assets of loan-calculator (seeded, re-runnable).

asset_001 logo (lighthouse), asset_002 hero illustration (house and car on a hill).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(909)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((2, 2, 94, 94), fill=(12, 74, 110))
    d.polygon([(40, 30), (56, 30), (62, 80), (34, 80)], fill=(248, 250, 252))
    d.rectangle((37, 46, 59, 54), fill=(220, 38, 38))
    d.rectangle((36, 62, 60, 70), fill=(220, 38, 38))
    d.rectangle((38, 20, 58, 30), fill=(250, 204, 21))
    d.polygon([(58, 22), (92, 12), (92, 38)], fill=(253, 230, 138))
    d.rectangle((20, 80, 76, 86), fill=(125, 211, 252))
    return im


def hero():
    w, h = 360, 150
    im = Image.new("RGB", (w, h), (224, 242, 254))
    d = ImageDraw.Draw(im)
    for _i in range(6):
        x = rng.randint(10, w - 60)
        y = rng.randint(8, 50)
        d.ellipse((x, y, x + 50, y + 18), fill=(255, 255, 255))
    d.pieslice((-80, 90, w + 80, 320), 180, 360, fill=(134, 239, 172))
    d.rectangle((70, 62, 150, 112), fill=(254, 243, 199), outline=(146, 64, 14), width=2)
    d.polygon([(62, 64), (110, 30), (158, 64)], fill=(12, 74, 110))
    d.rectangle((100, 84, 118, 112), fill=(146, 64, 14))
    d.rectangle((78, 74, 94, 88), fill=(186, 230, 253))
    d.rectangle((126, 74, 142, 88), fill=(186, 230, 253))
    d.rounded_rectangle((210, 92, 300, 116), 8, fill=(220, 38, 38))
    d.rounded_rectangle((226, 78, 282, 98), 8, fill=(239, 68, 68))
    d.rectangle((234, 82, 252, 94), fill=(186, 230, 253))
    d.rectangle((258, 82, 276, 94), fill=(186, 230, 253))
    for x in (228, 284):
        d.ellipse((x - 9, 108, x + 9, 126), fill=(30, 41, 59))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), hero()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
