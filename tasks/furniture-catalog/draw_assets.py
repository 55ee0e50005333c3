"""Draw the assets of the furniture-catalog task (seeded, re-runnable).

asset_001 logo, asset_002 hero banner (a living room), asset_003..034 product pictures in
catalogue order: eight kinds of furniture (sofa, armchair, table, lamp, bed, shelf,
sideboard, rug) in four finishes each, the kind cycling fastest.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(3232)
KINDS = ["sofa", "armchair", "table", "lamp", "bed", "shelf", "sideboard", "rug"]
FINISH = [(181, 136, 99), (87, 83, 78), (124, 146, 120), (196, 164, 132)]
ACCENT = [(230, 214, 190), (178, 190, 200), (232, 196, 160), (150, 110, 90)]


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 14, fill=(68, 64, 60))
    d.ellipse((22, 10, 74, 62), fill=(163, 190, 140))
    d.rectangle((44, 50, 52, 84), fill=(214, 188, 150))
    d.rectangle((24, 80, 72, 86), fill=(214, 188, 150))
    return im


def draw_kind(d, kind, c, a, ox=0, oy=0, s=1.0):
    def rect(x0, y0, x1, y1, col, r=0):
        box = (ox + x0 * s, oy + y0 * s, ox + x1 * s, oy + y1 * s)
        if r:
            d.rounded_rectangle(box, int(r * s), fill=col)
        else:
            d.rectangle(box, fill=col)

    if kind == "sofa":
        rect(30, 70, 210, 130, c, 14)
        rect(20, 90, 50, 140, c, 10)
        rect(190, 90, 220, 140, c, 10)
        rect(50, 100, 190, 122, a, 6)
        rect(40, 140, 48, 152, (60, 50, 40))
        rect(192, 140, 200, 152, (60, 50, 40))
    elif kind == "armchair":
        rect(80, 50, 160, 120, c, 16)
        rect(66, 90, 92, 140, c, 10)
        rect(148, 90, 174, 140, c, 10)
        rect(90, 104, 150, 124, a, 6)
        rect(82, 140, 88, 156, (60, 50, 40))
        rect(152, 140, 158, 156, (60, 50, 40))
    elif kind == "table":
        rect(40, 70, 200, 82, c, 4)
        rect(54, 82, 62, 150, c)
        rect(178, 82, 186, 150, c)
        rect(100, 52, 120, 70, a, 4)
    elif kind == "lamp":
        d.polygon(
            [
                (ox + 90 * s, oy + 30 * s),
                (ox + 150 * s, oy + 30 * s),
                (ox + 166 * s, oy + 80 * s),
                (ox + 74 * s, oy + 80 * s),
            ],
            fill=a,
        )
        rect(116, 80, 124, 146, c)
        rect(96, 146, 144, 154, c, 4)
    elif kind == "bed":
        rect(30, 50, 60, 140, c, 6)
        rect(30, 96, 210, 130, c, 6)
        rect(56, 84, 206, 100, a, 6)
        rect(64, 70, 110, 88, (245, 245, 240), 8)
    elif kind == "shelf":
        rect(70, 20, 78, 156, c)
        rect(162, 20, 170, 156, c)
        for y in (30, 70, 110, 150):
            rect(70, y, 170, y + 6, c)
        rect(84, 44, 96, 70, a)
        rect(100, 50, 110, 70, (120, 140, 170))
        rect(130, 90, 156, 110, a, 8)
    elif kind == "sideboard":
        rect(30, 60, 210, 130, c, 6)
        for x in (36, 96, 156):
            rect(x, 68, x + 50, 122, a, 4)
        rect(40, 130, 48, 150, (60, 50, 40))
        rect(192, 130, 200, 150, (60, 50, 40))
    else:
        d.ellipse((ox + 20 * s, oy + 90 * s, ox + 220 * s, oy + 150 * s), fill=c)
        d.ellipse((ox + 50 * s, oy + 100 * s, ox + 190 * s, oy + 140 * s), fill=a)
        d.ellipse((ox + 90 * s, oy + 110 * s, ox + 150 * s, oy + 130 * s), fill=c)


def product(i):
    kind, f = KINDS[i % 8], i // 8
    im = Image.new("RGB", (240, 180), (246, 243, 238))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 150, 240, 180), fill=(234, 228, 219))
    draw_kind(d, kind, FINISH[f], ACCENT[f])
    return im


def hero():
    w, h = 1232, 150
    im = Image.new("RGB", (w, h), (236, 229, 218))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 118, w, h), fill=(200, 182, 160))
    d.rectangle((820, 16, 1000, 100), fill=(198, 220, 228))
    d.line((910, 16, 910, 100), fill=(236, 229, 218), width=4)
    draw_kind(d, "sofa", (124, 146, 120), (230, 214, 190), ox=380, oy=-22, s=1.0)
    draw_kind(d, "lamp", (87, 83, 78), (250, 226, 170), ox=600, oy=-30, s=1.0)
    draw_kind(d, "shelf", (181, 136, 99), (232, 196, 160), ox=1040, oy=-20, s=0.85)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo(), hero()] + [product(i) for i in range(32)]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
