"""Draw the assets of savings-goals (seeded, re-runnable).

asset_001 logo (egg in a nest), asset_002..005 goal pictures (umbrella, bike, mountain and sun, laptop).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(6060)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((30, 10, 66, 58), fill=(254, 243, 199), outline=(217, 119, 6), width=3)
    for k in range(7):
        y = 52 + (k % 3) * 6
        d.arc((8 + k * 2, y - 12, 88 - k * 2, y + 24), 10, 170, fill=(146, 64, 14), width=4)
    return im


def picture(kind):
    w, h = 260, 90
    bg = {"umbrella": (224, 242, 254), "bike": (220, 252, 231), "trip": (254, 226, 226), "laptop": (237, 233, 254)}[
        kind
    ]
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    for _ in range(8):
        x, y = rng.randint(0, w), rng.randint(0, h)
        d.ellipse((x, y, x + 5, y + 5), fill=tuple(min(255, c + 12) for c in bg))
    if kind == "umbrella":
        d.pieslice((90, 14, 170, 84), 180, 360, fill=(2, 132, 199))
        d.line((130, 48, 130, 80), fill=(30, 41, 59), width=4)
        d.arc((118, 72, 132, 88), 0, 180, fill=(30, 41, 59), width=4)
        for x in (40, 60, 200, 222):
            d.line((x, 10, x - 6, 26), fill=(56, 189, 248), width=2)
    elif kind == "bike":
        for cx in (96, 164):
            d.ellipse((cx - 24, 40, cx + 24, 88), outline=(21, 128, 61), width=5)
        d.line((96, 64, 124, 40, 164, 64), fill=(22, 163, 74), width=5)
        d.line((124, 40, 136, 64, 96, 64), fill=(22, 163, 74), width=5)
        d.line((118, 32, 132, 32), fill=(20, 83, 45), width=5)
    elif kind == "trip":
        d.ellipse((186, 10, 226, 50), fill=(239, 68, 68))
        d.polygon([(40, 88), (120, 18), (200, 88)], fill=(100, 116, 139))
        d.polygon([(98, 38), (120, 18), (142, 38), (130, 34), (120, 42), (110, 34)], fill=(255, 255, 255))
    else:
        d.rounded_rectangle((80, 16, 180, 72), 6, fill=(76, 29, 149))
        d.rectangle((88, 24, 172, 64), fill=(196, 181, 253))
        d.polygon([(66, 74), (194, 74), (206, 84), (54, 84)], fill=(109, 40, 217))
    small = im.resize((213, 74), Image.LANCZOS)
    wide = Image.new("RGB", (480, 74), bg)
    wide.paste(small, ((480 - 213) // 2, 0))
    return wide


def main():
    OUT.mkdir(exist_ok=True)
    imgs = [logo()] + [picture(k) for k in ("umbrella", "bike", "trip", "laptop")]
    for i, im in enumerate(imgs, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
