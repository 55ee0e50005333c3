"""Draw the assets of the bank-transfer task (seeded, re-runnable).

asset_001 logo, asset_002..004 account icons, asset_005 promo banner, asset_006 user avatar.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(606)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 20, fill=(6, 78, 59))
    d.polygon([(12, 58), (48, 26), (84, 40), (52, 50), (30, 74)], fill=(110, 231, 183))
    d.polygon([(52, 50), (84, 40), (70, 62)], fill=(16, 185, 129))
    d.ellipse((58, 30, 64, 36), fill=(6, 78, 59))
    return im


def icon(kind):
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    bg = [(209, 250, 229), (224, 231, 255), (254, 243, 199)][kind]
    fg = [(5, 150, 105), (79, 70, 229), (217, 119, 6)][kind]
    d.ellipse((0, 0, 79, 79), fill=bg)
    if kind == 0:  # card
        d.rounded_rectangle((16, 24, 64, 56), 5, fill=fg)
        d.rectangle((16, 31, 64, 37), fill=(6, 78, 59))
        d.rectangle((22, 45, 36, 49), fill=bg)
    elif kind == 1:  # piggy / vault
        d.ellipse((18, 24, 62, 60), fill=fg)
        d.ellipse((54, 34, 66, 46), fill=fg)
        d.rectangle((26, 56, 32, 64), fill=fg)
        d.rectangle((46, 56, 52, 64), fill=fg)
        d.rectangle((34, 22, 46, 26), fill=(55, 48, 163))
        d.ellipse((30, 34, 35, 39), fill=bg)
    else:  # plane
        d.polygon([(14, 44), (66, 30), (70, 36), (24, 50)], fill=fg)
        d.polygon([(36, 40), (48, 20), (54, 22), (48, 38)], fill=fg)
        d.polygon([(36, 46), (46, 62), (52, 60), (46, 44)], fill=fg)
    return im


def banner():
    w, h = 340, 120
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for x in range(w):
        t = x / w
        d.line((x, 0, x, h), fill=(int(6 + 10 * t), int(95 + 90 * t), int(70 + 60 * t)))
    for _ in range(18):
        x, y, r = random.randint(190, w), random.randint(0, h), random.randint(4, 16)
        d.ellipse((x - r, y - r, x + r, y + r), outline=(167, 243, 208), width=2)
    for k in range(5):
        x = 210 + k * 22
        top = 90 - k * 14
        d.rectangle((x, top, x + 14, 100), fill=(236, 253, 245))
    d.line((205, 96, 320, 30), fill=(253, 224, 71), width=4)
    d.polygon([(320, 30), (306, 32), (314, 42)], fill=(253, 224, 71))
    return im


def avatar():
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    f = Image.new("RGBA", (s, s), (253, 230, 138, 255))
    d = ImageDraw.Draw(f)
    d.rounded_rectangle((22, 18, 74, 78), 22, fill=(40, 28, 24))
    d.pieslice((14, 64, 82, 132), 180, 360, fill=(190, 24, 93))
    d.ellipse((28, 22, 68, 64), fill=(176, 120, 86))
    d.ellipse((38, 38, 43, 43), fill=(30, 20, 20))
    d.ellipse((53, 38, 58, 43), fill=(30, 20, 20))
    d.arc((40, 44, 56, 56), 20, 160, fill=(120, 40, 40), width=2)
    im.paste(f, (0, 0), mask)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), icon(0), icon(1), icon(2), banner(), avatar()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
