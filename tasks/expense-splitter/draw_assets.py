"""Draw the assets of expense-splitter (seeded, re-runnable).

asset_001 logo (split coin), asset_002..004 avatars of the three friends, asset_005 cabin banner.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(303)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.pieslice((4, 4, 92, 92), 90, 270, fill=(244, 63, 94))
    d.pieslice((10, 4, 98, 92), 270, 90, fill=(251, 113, 133))
    d.rectangle((44, 30, 52, 66), fill=(255, 255, 255))
    return im


def avatar(bg, skin, hair):
    s = 80
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), (*bg, 255))
    d = ImageDraw.Draw(face)
    d.pieslice((12, 54, 68, 110), 180, 360, fill=(71, 85, 105))
    d.ellipse((22, 16, 58, 52), fill=skin)
    d.pieslice((20, 10, 60, 40), 180, 360, fill=hair)
    d.ellipse((31, 30, 35, 34), fill=(20, 20, 20))
    d.ellipse((45, 30, 49, 34), fill=(20, 20, 20))
    d.arc((32, 36, 48, 46), 20, 160, fill=(120, 40, 40), width=2)
    im.paste(face, (0, 0), mask)
    return im


def banner():
    w, h = 480, 90
    im = Image.new("RGB", (w, h), (254, 226, 226))
    d = ImageDraw.Draw(im)
    for _k in range(9):
        x = rng.randint(0, w)
        d.polygon([(x, 80), (x + 22, 20 + rng.randint(0, 20)), (x + 44, 80)], fill=(21, 128, 61))
    d.rectangle((190, 46, 290, 86), fill=(146, 64, 14))
    d.polygon([(180, 48), (240, 14), (300, 48)], fill=(127, 29, 29))
    d.rectangle((232, 62, 248, 86), fill=(253, 230, 138))
    d.rectangle((0, 84, w, h), fill=(163, 230, 53))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    imgs = [
        logo(),
        avatar((254, 215, 170), (224, 172, 105), (60, 40, 30)),
        avatar((191, 219, 254), (255, 219, 172), (220, 180, 90)),
        avatar((221, 214, 254), (141, 85, 54), (20, 20, 20)),
        banner(),
    ]
    for i, im in enumerate(imgs, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
