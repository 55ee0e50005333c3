"""Draw the assets of the car-rental task (seeded, re-runnable).

asset_001 logo, asset_002..015 side views of the 14 cars in catalogue order (body shape by
type: small, compact, SUV, van, electric; one colour each).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(5518)
CARS = [
    "small",
    "compact",
    "compact",
    "suv",
    "electric",
    "van",
    "small",
    "suv",
    "electric",
    "compact",
    "suv",
    "van",
    "electric",
    "compact",
]
COLOURS = [
    (220, 38, 38),
    (37, 99, 235),
    (234, 179, 8),
    (22, 101, 52),
    (14, 165, 233),
    (148, 163, 184),
    (236, 72, 153),
    (30, 41, 59),
    (255, 255, 255),
    (120, 53, 15),
    (194, 65, 12),
    (71, 85, 105),
    (132, 204, 22),
    (88, 28, 135),
]


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 22, fill=(234, 88, 12))
    d.polygon([(30, 86), (44, 12), (52, 12), (66, 86)], fill=(255, 237, 213))
    for y in (24, 44, 64):
        d.rectangle((46, y, 50, y + 10), fill=(234, 88, 12))
    return im


def car(kind, colour):
    w, h = 240, 130
    im = Image.new("RGB", (w, h), (241, 245, 249))
    d = ImageDraw.Draw(im)
    d.ellipse((20, 104, 220, 122), fill=(215, 222, 230))
    glass = (186, 230, 253)
    if kind == "small":
        d.rounded_rectangle((50, 60, 190, 100), 14, fill=colour)
        d.polygon([(72, 62), (96, 34), (150, 34), (172, 62)], fill=colour)
        d.polygon([(84, 60), (100, 40), (146, 40), (160, 60)], fill=glass)
        wheels = (78, 162)
    elif kind == "compact":
        d.rounded_rectangle((28, 62, 212, 100), 14, fill=colour)
        d.polygon([(58, 64), (90, 36), (160, 36), (190, 64)], fill=colour)
        d.polygon([(70, 62), (94, 42), (156, 42), (178, 62)], fill=glass)
        wheels = (64, 178)
    elif kind == "suv":
        d.rounded_rectangle((24, 52, 216, 102), 12, fill=colour)
        d.polygon([(40, 54), (64, 22), (190, 22), (206, 54)], fill=colour)
        d.polygon([(54, 52), (72, 28), (184, 28), (196, 52)], fill=glass)
        d.rectangle((60, 18, 180, 22), fill=(60, 60, 60))
        wheels = (62, 178)
    elif kind == "van":
        d.rounded_rectangle((20, 26, 222, 102), 12, fill=colour)
        d.polygon([(170, 30), (222, 60), (222, 30)], fill=tuple(max(0, v - 30) for v in colour))
        for x in (34, 84, 134):
            d.rectangle((x, 36, x + 40, 60), fill=glass)
        wheels = (58, 184)
    else:
        d.rounded_rectangle((28, 60, 212, 100), 18, fill=colour)
        d.chord((54, 24, 194, 100), 180, 360, fill=colour)
        d.chord((70, 34, 178, 96), 180, 360, fill=glass)
        d.polygon([(116, 70), (106, 86), (116, 86), (110, 98), (126, 80), (116, 80), (122, 70)], fill=(250, 204, 21))
        wheels = (64, 178)
    if colour == (255, 255, 255):
        d.rounded_rectangle((24, 60, 216, 102), 14, outline=(148, 163, 184), width=2)
    for x in wheels:
        d.ellipse((x - 17, 86, x + 17, 120), fill=(30, 30, 36))
        d.ellipse((x - 7, 96, x + 7, 110), fill=(180, 180, 190))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo()] + [car(k, c) for k, c in zip(CARS, COLOURS, strict=False)]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
