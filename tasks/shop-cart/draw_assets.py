"""Draw the assets of shop-cart (seeded, re-runnable): a hero banner and ten product photos."""

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent / "assets"
OUT.mkdir(exist_ok=True)
rng = random.Random(202)
W, H = 360, 280


def backdrop(c1, c2):
    img = Image.new("RGB", (W, H), c1)
    d = ImageDraw.Draw(img)
    for y in range(H):
        t = y / H
        d.line((0, y, W, y), fill=tuple(int(a + (b - a) * t) for a, b in zip(c1, c2, strict=False)))
    # soft floor shadow
    sh = Image.new("L", (W, H), 0)
    ImageDraw.Draw(sh).ellipse((70, 220, 290, 256), fill=90)
    sh = sh.filter(ImageFilter.GaussianBlur(10))
    img.paste((0, 0, 0), (0, 0), sh.point(lambda v: v // 3))
    return img, ImageDraw.Draw(img)


def darker(c, f=0.75):
    return tuple(int(v * f) for v in c)


def fleece(d, c):
    d.polygon(
        [
            (120, 60),
            (240, 60),
            (300, 110),
            (280, 140),
            (250, 120),
            (250, 235),
            (110, 235),
            (110, 120),
            (80, 140),
            (60, 110),
        ],
        fill=c,
    )
    d.polygon([(160, 60), (200, 60), (180, 90)], fill=darker(c))
    d.line((180, 90, 180, 235), fill=darker(c, 0.6), width=4)
    d.rectangle((125, 170, 160, 200), outline=darker(c), width=3)


def backpack(d, c):
    d.rounded_rectangle((110, 60, 250, 240), radius=40, fill=c)
    d.rounded_rectangle((130, 150, 230, 225), radius=18, fill=darker(c))
    d.arc((145, 30, 215, 90), 180, 360, fill=darker(c, 0.5), width=8)
    d.line((130, 150, 230, 150), fill=(240, 220, 160), width=4)


def jacket(d, c):
    fleece(d, c)
    d.pieslice((140, 30, 220, 100), 180, 360, fill=darker(c, 0.85))
    for y in (120, 150, 180, 210):
        d.ellipse((176, y, 184, y + 8), fill=(250, 250, 250))


def beanie(d, c):
    d.pieslice((100, 70, 260, 250), 180, 360, fill=c)
    d.rectangle((100, 150, 260, 195), fill=darker(c))
    for x in range(108, 260, 14):
        d.line((x, 152, x, 193), fill=darker(c, 0.6), width=3)
    d.ellipse((160, 40, 200, 80), fill=(245, 245, 240))


def shoes(d, c):
    for dx, dy in ((0, 0), (40, 30)):
        d.polygon(
            [
                (70 + dx, 150 + dy),
                (140 + dx, 120 + dy),
                (190 + dx, 150 + dy),
                (270 + dx, 170 + dy),
                (280 + dx, 195 + dy),
                (70 + dx, 195 + dy),
            ],
            fill=c,
        )
        d.rectangle((70 + dx, 190 + dy, 282 + dx, 204 + dy), fill=(240, 240, 240))
        for k in range(3):
            d.line((130 + dx + k * 14, 132 + dy, 140 + dx + k * 14, 150 + dy), fill=(255, 255, 255), width=3)


def socks(d, c):
    for dx in (0, 70):
        d.rounded_rectangle((110 + dx, 50, 160 + dx, 190), radius=14, fill=c)
        d.rounded_rectangle((110 + dx, 160, 215 + dx, 215), radius=26, fill=c)
        d.rectangle((110 + dx, 50, 160 + dx, 72), fill=darker(c, 0.6))
        d.rectangle((110 + dx, 110, 160 + dx, 122), fill=(250, 240, 220))


def mugs(d, c):
    for i, dx in enumerate((80, 190)):
        col = c if i == 0 else darker(c, 0.8)
        d.rounded_rectangle((dx, 110, dx + 90, 220), radius=10, fill=col)
        d.ellipse((dx + 82, 135, dx + 122, 190), outline=col, width=10)
        d.ellipse((dx, 100, dx + 90, 122), fill=(240, 240, 240))
        d.ellipse((dx + 6, 104, dx + 84, 118), fill=(70, 50, 40))


def headlamp(d, c):
    d.ellipse((90, 70, 270, 230), outline=darker(c, 0.5), width=16)
    d.rounded_rectangle((140, 120, 220, 185), radius=14, fill=c)
    d.ellipse((158, 132, 202, 174), fill=(255, 246, 200))
    d.polygon([(202, 140), (330, 100), (330, 210), (202, 166)], fill=(255, 250, 220))


def vest(d, c):
    d.polygon(
        [(125, 55), (165, 55), (180, 90), (195, 55), (235, 55), (260, 100), (255, 235), (105, 235), (100, 100)], fill=c
    )
    for y in range(110, 235, 25):
        d.line((105, y, 255, y), fill=darker(c, 0.7), width=3)
    d.line((180, 90, 180, 235), fill=darker(c, 0.5), width=4)


def mittens(d, c):
    for dx in (0, 90):
        d.rounded_rectangle((100 + dx, 70, 170 + dx, 200), radius=34, fill=c)
        d.ellipse((80 + dx if dx == 0 else 150 + dx, 110, 115 + dx if dx == 0 else 185 + dx, 160), fill=c)
        d.rectangle((100 + dx, 190, 170 + dx, 225), fill=darker(c, 0.7))
        d.line((110 + dx, 120, 160 + dx, 120), fill=(250, 250, 250), width=5)


products = [
    (fleece, (214, 93, 64), ((250, 236, 225), (240, 214, 200))),
    (backpack, (110, 120, 70), ((236, 238, 222), (214, 219, 196))),
    (jacket, (30, 90, 140), ((226, 236, 246), (198, 214, 232))),
    (beanie, (196, 148, 40), ((248, 240, 220), (232, 220, 190))),
    (shoes, (60, 60, 72), ((232, 232, 238), (210, 210, 220))),
    (socks, (150, 60, 90), ((246, 228, 234), (230, 206, 214))),
    (mugs, (40, 130, 120), ((224, 242, 238), (198, 226, 220))),
    (headlamp, (230, 150, 40), ((42, 48, 66), (28, 32, 46))),
    (vest, (90, 60, 130), ((236, 230, 246), (216, 206, 234))),
    (mittens, (170, 40, 40), ((246, 230, 226), (230, 208, 204))),
]

# asset_001: hero banner 1200x300
hw, hh = 1200, 300
hero = Image.new("RGB", (hw, hh))
hd = ImageDraw.Draw(hero)
for y in range(hh):
    t = y / hh
    hd.line((0, y, hw, y), fill=(int(255 - 60 * t), int(190 - 40 * t), int(140 - 20 * t)))
for layer, col in enumerate([(120, 92, 110), (84, 70, 96), (52, 50, 74)]):
    pts = [(0, hh)]
    x = 0
    while x <= hw:
        pts.append((x, 120 + layer * 45 + rng.randint(-40, 30)))
        x += rng.randint(60, 140)
    pts += [(hw, 150 + layer * 45), (hw, hh)]
    hd.polygon(pts, fill=col)
hd.ellipse((900, 60, 980, 140), fill=(255, 236, 190))
hero.save(OUT / "asset_001.png")

for i, (fn, col, bg) in enumerate(products, start=2):
    img, d = backdrop(*bg)
    fn(d, col)
    img.save(OUT / f"asset_{i:03d}.png")
