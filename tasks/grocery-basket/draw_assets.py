"""Draw the assets of the grocery-basket task (seeded, re-runnable).

asset_001 logo, asset_002..024 product pictures in catalogue order (fruit & veg,
bakery, dairy, pantry, drinks), each a simple drawn item on a soft background.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(4411)

# (shape, main colour, accent colour)
ITEMS = [
    ("round", (86, 125, 54), (196, 170, 90)),  # avocado
    ("bunch", (214, 48, 39), (60, 140, 60)),  # vine tomatoes
    ("banana", (245, 205, 60), (120, 90, 40)),  # bananas
    ("leaf", (60, 150, 70), (30, 100, 45)),  # spinach
    ("round", (200, 40, 50), (250, 200, 80)),  # apples
    ("oval", (196, 110, 60), (150, 80, 40)),  # sweet potatoes
    ("loaf", (196, 140, 80), (240, 220, 180)),  # sourdough
    ("loaf", (120, 80, 50), (200, 170, 120)),  # rye
    ("crescent", (222, 160, 70), (250, 220, 150)),  # croissants
    ("cookie", (200, 150, 90), (110, 70, 40)),  # cookies
    ("carton", (240, 240, 245), (40, 110, 200)),  # milk
    ("tub", (250, 250, 250), (90, 160, 210)),  # yogurt
    ("wedge", (245, 190, 60), (230, 160, 40)),  # cheddar
    ("block", (250, 230, 140), (200, 40, 40)),  # butter
    ("bottle", (120, 140, 40), (220, 200, 90)),  # olive oil
    ("bag", (240, 235, 220), (60, 120, 180)),  # rice
    ("jar", (230, 160, 30), (120, 80, 30)),  # honey
    ("can", (200, 40, 40), (240, 240, 240)),  # tomatoes tin
    ("bag", (250, 220, 120), (30, 90, 160)),  # pasta
    ("bottle", (210, 230, 200), (140, 180, 90)),  # elderflower
    ("bottle", (60, 40, 30), (210, 180, 140)),  # cold brew
    ("carton", (250, 160, 40), (60, 150, 60)),  # orange juice
    ("bottle", (200, 225, 245), (40, 120, 200)),  # water
]


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 95, 95), fill=(22, 101, 52))
    d.polygon([(48, 14), (74, 50), (48, 82), (22, 50)], fill=(134, 239, 172))
    d.line((48, 22, 48, 80), fill=(22, 101, 52), width=4)
    return im


def item(shape, c, a):
    w, h = 200, 150
    bg = (246, 244, 236)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    for _ in range(8):
        x, y = random.randint(0, w), random.randint(0, h)
        d.ellipse((x - 10, y - 10, x + 10, y + 10), fill=(238, 235, 224))
    d.ellipse((40, 118, 160, 136), fill=(226, 222, 208))
    if shape == "round":
        d.ellipse((62, 34, 138, 122), fill=c)
        d.ellipse((88, 66, 112, 96), fill=a)
    elif shape == "bunch":
        for x, y in ((70, 60), (100, 52), (128, 62), (84, 88), (114, 88)):
            d.ellipse((x - 20, y - 20, x + 20, y + 20), fill=c)
        d.line((70, 36, 130, 36), fill=a, width=5)
    elif shape == "banana":
        for k in range(4):
            d.arc((40 + k * 8, 20 + k * 6, 170 - k * 4, 130), 30, 150, fill=c, width=14)
        d.rectangle((94, 112, 108, 124), fill=a)
    elif shape == "leaf":
        for k, x in enumerate((64, 96, 128)):
            d.ellipse((x - 26, 40 + k % 2 * 10, x + 26, 120), fill=c if k % 2 else a)
    elif shape == "oval":
        d.ellipse((40, 56, 150, 112), fill=c)
        d.ellipse((70, 40, 170, 96), fill=a)
    elif shape == "loaf":
        d.rounded_rectangle((36, 50, 164, 120), 34, fill=c)
        for x in (66, 96, 126):
            d.line((x, 60, x + 16, 82), fill=a, width=5)
    elif shape == "crescent":
        d.pieslice((40, 40, 160, 130), 180, 360, fill=c)
        for x in (70, 100, 130):
            d.line((x, 50, x, 84), fill=a, width=4)
    elif shape == "cookie":
        for x, y in ((74, 70), (124, 78), (98, 100)):
            d.ellipse((x - 30, y - 30, x + 30, y + 30), fill=c, outline=a, width=3)
            d.ellipse((x - 6, y - 8, x + 2, y), fill=a)
    elif shape == "carton":
        d.rectangle((70, 44, 130, 126), fill=c)
        d.polygon([(70, 44), (100, 20), (130, 44)], fill=tuple(max(0, v - 30) for v in c))
        d.rectangle((70, 74, 130, 98), fill=a)
    elif shape == "tub":
        d.polygon([(56, 50), (144, 50), (134, 124), (66, 124)], fill=c, outline=(200, 200, 200))
        d.rectangle((52, 42, 148, 54), fill=a)
    elif shape == "wedge":
        d.polygon([(40, 116), (160, 116), (160, 50)], fill=c)
        for x, y in ((120, 96), (140, 80), (104, 108)):
            d.ellipse((x - 5, y - 5, x + 5, y + 5), fill=a)
    elif shape == "block":
        d.rectangle((44, 64, 156, 116), fill=c)
        d.rectangle((44, 80, 156, 96), fill=a)
    elif shape == "bottle":
        d.rounded_rectangle((78, 50, 122, 128), 10, fill=c)
        d.rectangle((92, 22, 108, 52), fill=c)
        d.rectangle((90, 16, 110, 26), fill=a)
        d.rectangle((80, 80, 120, 104), fill=a)
    elif shape == "bag":
        d.rounded_rectangle((62, 30, 138, 128), 12, fill=c)
        d.rectangle((62, 70, 138, 96), fill=a)
    elif shape == "jar":
        d.rounded_rectangle((64, 46, 136, 126), 14, fill=c)
        d.rectangle((70, 30, 130, 48), fill=a)
    elif shape == "can":
        d.rectangle((70, 40, 130, 124), fill=c)
        d.ellipse((70, 32, 130, 48), fill=(190, 190, 190))
        d.rectangle((70, 70, 130, 94), fill=a)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo()] + [item(*spec) for spec in ITEMS]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
