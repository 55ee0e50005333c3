"""Draw the assets of the hotel-booking task (seeded, re-runnable).

asset_001 logo, asset_002..009 hotel exteriors, asset_010..012 room photos, asset_013 map.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent / "assets"
random.seed(404)
W, H = 360, 230


def lerp(a, b, t):
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


def sky(d, top, bottom, h):
    for y in range(h):
        d.line((0, y, W, y), fill=lerp(top, bottom, y / h))


def palm(d, x, base, height):
    d.line((x, base, x + 6, base - height), fill=(110, 78, 45), width=6)
    tx, ty = x + 6, base - height
    for dx, dy in ((-34, 8), (34, 8), (-24, 22), (26, 22), (0, -16), (-40, -4), (40, -4)):
        d.line((tx, ty, tx + dx, ty + dy), fill=(34, 120, 60), width=5)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, 95, 95), fill=(13, 71, 161))
    d.polygon([(48, 14), (78, 70), (18, 70)], fill=(255, 255, 255))
    d.polygon([(48, 34), (64, 70), (32, 70)], fill=(255, 167, 38))
    d.rectangle((18, 70, 78, 76), fill=(255, 255, 255))
    return im


def exterior(style):
    im = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(im)
    skies = [
        ((120, 180, 240), (210, 235, 255)),
        ((250, 160, 110), (255, 220, 170)),
        ((90, 150, 220), (190, 220, 250)),
        ((60, 70, 140), (240, 150, 120)),
    ]
    top, bottom = skies[style % 4]
    sky(d, top, bottom, H)
    horizon = 150 + random.randint(-10, 10)
    if style % 2 == 0:
        d.rectangle((0, horizon, W, H), fill=(40, 120, 190))
        for _ in range(25):
            x, y = random.randint(0, W), random.randint(horizon + 4, H)
            d.line((x, y, x + random.randint(8, 20), y), fill=(180, 220, 250), width=1)
        d.polygon([(0, horizon + 14), (W, horizon + 24), (W, H), (0, H)], fill=(238, 214, 160))
    else:
        d.rectangle((0, horizon, W, H), fill=(120, 170, 90))
    wall = random.choice([(245, 240, 228), (236, 214, 190), (250, 250, 250), (214, 226, 236), (240, 200, 170)])
    floors = random.randint(3, 7)
    bw = random.randint(170, 250)
    bx = random.randint(30, W - bw - 30)
    fh = 20
    by = horizon + 20 - floors * fh
    d.rectangle((bx, by, bx + bw, horizon + 30), fill=wall)
    roof = random.choice([(160, 70, 50), (70, 80, 90), (40, 110, 130)])
    if style in (1, 5, 6):
        d.polygon([(bx - 10, by), (bx + bw // 2, by - 34), (bx + bw + 10, by)], fill=roof)
    else:
        d.rectangle((bx - 6, by - 8, bx + bw + 6, by), fill=roof)
    glass = random.choice([(120, 180, 220), (90, 140, 190), (255, 220, 140)])
    for f in range(floors):
        for c in range(bx + 12, bx + bw - 16, 24):
            y = by + 6 + f * fh
            d.rectangle((c, y, c + 13, y + 11), fill=glass)
            if style == 3:
                d.rectangle((c - 2, y + 11, c + 15, y + 13), fill=(90, 90, 90))
    d.rectangle((bx + bw // 2 - 14, horizon + 8, bx + bw // 2 + 14, horizon + 30), fill=(90, 60, 40))
    d.rectangle((bx + bw // 2 - 30, horizon + 4, bx + bw // 2 + 30, horizon + 8), fill=roof)
    if style % 2 == 0:
        palm(d, bx - 14, horizon + 40, 70)
        palm(d, bx + bw + 8, horizon + 40, 60)
    else:
        for tx in (bx - 20, bx + bw + 20):
            d.ellipse((tx - 22, horizon - 20, tx + 22, horizon + 24), fill=(50, 120, 60))
            d.rectangle((tx - 3, horizon + 20, tx + 3, horizon + 34), fill=(100, 70, 40))
    if style == 3 or style == 7:
        d.ellipse((W - 80, 24, W - 40, 64), fill=(255, 236, 170))
    else:
        for _ in range(3):
            cx, cy = random.randint(0, W), random.randint(10, 60)
            for k in range(4):
                d.ellipse((cx + k * 14, cy - k % 2 * 6, cx + k * 14 + 30, cy + 18), fill=(255, 255, 255))
    return im


def room(style):
    im = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(im)
    walls = [(232, 222, 205), (214, 229, 222), (228, 214, 230)]
    d.rectangle((0, 0, W, 160), fill=walls[style])
    d.rectangle((0, 160, W, H), fill=(150, 110, 80))
    for x in range(0, W, 40):
        d.line((x, 160, x - 30, H), fill=(130, 95, 70), width=2)
    d.rectangle((230, 30, 330, 120), fill=(180, 215, 240))
    d.line((280, 30, 280, 120), fill=(255, 255, 255), width=4)
    d.rectangle((226, 26, 334, 124), outline=(255, 255, 255), width=5)
    head = [(90, 60, 50), (60, 100, 110), (120, 80, 120)][style]
    d.rounded_rectangle((40, 70, 200, 130), 10, fill=head)
    d.rectangle((30, 120, 210, 180), fill=(250, 250, 250))
    d.rectangle((30, 150, 210, 186), fill=[(200, 80, 70), (70, 140, 160), (160, 120, 180)][style])
    d.rounded_rectangle((50, 104, 110, 126), 6, fill=(240, 240, 240))
    d.rounded_rectangle((130, 104, 190, 126), 6, fill=(240, 240, 240))
    if style == 2:
        d.rectangle((250, 140, 330, 190), fill=(250, 250, 250))
        d.rectangle((250, 170, 330, 196), fill=(70, 140, 160))
    d.rectangle((214, 120, 226, 180), fill=(110, 80, 60))
    d.polygon([(206, 100), (234, 100), (226, 80), (214, 80)], fill=(255, 230, 160))
    d.ellipse((338, 130, 358, 150), fill=(60, 130, 70))
    d.rectangle((342, 150, 354, 172), fill=(170, 100, 70))
    return im.filter(ImageFilter.SMOOTH)


def hotel_map():
    im = Image.new("RGB", (300, 170), (226, 236, 220))
    d = ImageDraw.Draw(im)
    d.polygon([(0, 110), (80, 95), (170, 120), (300, 100), (300, 170), (0, 170)], fill=(150, 200, 235))
    for _ in range(9):
        x, y = random.randint(0, 300), random.randint(0, 95)
        d.line((x, 0, x + random.randint(-40, 40), 110), fill=(255, 255, 255), width=4)
    d.line((0, 60, 300, 40), fill=(255, 214, 120), width=6)
    for x, y in ((60, 70), (110, 50), (150, 82), (205, 62), (250, 78), (95, 86), (185, 30), (230, 90)):
        d.ellipse((x - 7, y - 7, x + 7, y + 7), fill=(13, 71, 161), outline=(255, 255, 255), width=2)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo()] + [exterior(i) for i in range(8)] + [room(i) for i in range(3)] + [hotel_map()]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
