"""Draw the file-manager assets (seeded): asset_001 logo, asset_002 avatar, asset_003..007 file-type
icons (folder, image, document, spreadsheet, audio), asset_008..011 photo previews."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(2718)


def logo():
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 63, 63), 12, fill=(79, 70, 229))
    d.polygon([(32, 10), (54, 22), (32, 34), (10, 22)], fill=(199, 210, 254))
    d.polygon([(10, 26), (30, 37), (30, 56), (10, 44)], fill=(165, 180, 252))
    d.polygon([(54, 26), (34, 37), (34, 56), (54, 44)], fill=(224, 231, 255))
    return im


def avatar():
    s = 64
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, s - 1, s - 1), fill=(252, 231, 243))
    d.pieslice((10, 38, 54, 82), 180, 360, fill=(190, 24, 93))
    d.ellipse((20, 12, 44, 38), fill=(141, 85, 54))
    d.pieslice((16, 6, 48, 34), 180, 360, fill=(20, 20, 20))
    return im


def icon(kind):
    s = 48
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    if kind == "folder":
        d.rounded_rectangle((2, 8, 22, 18), 3, fill=(217, 119, 6))
        d.rounded_rectangle((2, 12, 45, 40), 4, fill=(251, 191, 36))
        return im
    colors = {"image": (14, 165, 233), "doc": (37, 99, 235), "sheet": (22, 163, 74), "audio": (219, 39, 119)}
    c = colors[kind]
    d.polygon([(8, 2), (32, 2), (42, 12), (42, 46), (8, 46)], fill=(248, 250, 252), outline=c)
    d.polygon([(32, 2), (32, 12), (42, 12)], fill=c)
    if kind == "image":
        d.ellipse((14, 16, 22, 24), fill=(250, 204, 21))
        d.polygon([(12, 40), (22, 28), (28, 34), (33, 27), (40, 40)], fill=c)
    elif kind == "doc":
        for y in (18, 24, 30, 36):
            d.line((13, y, 37, y), fill=c, width=2)
    elif kind == "sheet":
        d.rectangle((13, 16, 37, 40), outline=c, width=2)
        d.line((25, 16, 25, 40), fill=c, width=2)
        d.line((13, 28, 37, 28), fill=c, width=2)
    else:
        d.ellipse((14, 30, 22, 38), fill=c)
        d.line((21, 34, 21, 16), fill=c, width=2)
        d.line((21, 16, 33, 13), fill=c, width=3)
        d.line((33, 13, 33, 31), fill=c, width=2)
        d.ellipse((26, 28, 34, 36), fill=c)
    return im


def photo(k):
    w, h = 240, 160
    sky = [(125, 211, 252), (203, 213, 225), (253, 186, 116), (30, 41, 59)][k]
    im = Image.new("RGB", (w, h), sky)
    d = ImageDraw.Draw(im)
    if k == 0:
        d.ellipse((170, 20, 210, 60), fill=(254, 240, 138))
        d.rectangle((0, 110, w, h), fill=(14, 116, 144))
        for _ in range(5):
            x = rng.randint(10, 200)
            d.polygon([(x, 108), (x + 30, 108), (x + 15, 86)], fill=(248, 250, 252))
    elif k == 1:
        d.rectangle((0, 120, w, h), fill=(100, 116, 139))
        d.rectangle((110, 40, 130, 120), fill=(248, 250, 252))
        d.rectangle((110, 60, 130, 72), fill=(220, 38, 38))
        d.polygon([(105, 40), (135, 40), (120, 24)], fill=(71, 85, 105))
        d.rectangle((0, 0, w, h), outline=(226, 232, 240), width=2)
    elif k == 2:
        for i in range(6):
            x = i * 40
            d.rectangle((x + 4, 70, x + 36, h), fill=[(220, 38, 38), (234, 179, 8), (22, 163, 74)][i % 3])
            d.polygon([(x, 70), (x + 40, 70), (x + 20, 50)], fill=(120, 53, 15))
    else:
        d.rectangle((0, 100, w, h), fill=(15, 23, 42))
        for _ in range(14):
            x, y = rng.randint(0, w), rng.randint(5, 90)
            d.point((x, y), fill=(255, 255, 255))
        d.rounded_rectangle((40, 84, 190, 112), 6, fill=(234, 179, 8))
        for i in range(6):
            d.rectangle((50 + i * 22, 90, 62 + i * 22, 100), fill=(254, 249, 195))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = (
        [logo(), avatar()]
        + [icon(k) for k in ("folder", "image", "doc", "sheet", "audio")]
        + [photo(k) for k in range(4)]
    )
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
