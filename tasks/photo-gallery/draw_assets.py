"""Draw the assets of photo-gallery (seeded, re-runnable): sixteen 'photos' in four categories."""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent / "assets"
OUT.mkdir(exist_ok=True)
rng = random.Random(606)
W, H = 480, 360


def grad(c1, c2, h=H):
    im = Image.new("RGB", (W, H), c2)
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / max(1, h - 1)
        d.line((0, y, W, y), fill=tuple(int(a + (b - a) * t) for a, b in zip(c1, c2, strict=False)))
    return im, d


def ridge(d, base, amp, col, step=30):
    pts = [(0, H)]
    for x in range(0, W + step, step):
        pts.append((x, base + rng.randint(-amp, amp)))
    pts.append((W, H))
    d.polygon(pts, fill=col)


def blur(im, r=1):
    return im.filter(ImageFilter.GaussianBlur(r))


scenes = []


# --- Landscapes (6)
def harbor():
    im, d = grad((255, 183, 130), (120, 150, 200), 200)
    d.rectangle((0, 200, W, H), fill=(70, 100, 150))
    d.ellipse((330, 120, 400, 190), fill=(255, 220, 160))
    for k in range(10):
        y = 210 + k * 14
        d.line((rng.randint(0, 200), y, rng.randint(260, W), y), fill=(110, 140, 190), width=2)
    for bx in (60, 160, 250):
        d.polygon([(bx, 250), (bx + 70, 250), (bx + 58, 268), (bx + 10, 268)], fill=(40, 40, 50))
        d.line((bx + 35, 250, bx + 35, 190), fill=(40, 40, 50), width=3)
        d.polygon([(bx + 37, 195), (bx + 37, 245), (bx + 62, 245)], fill=(240, 235, 225))
    return im


def dunes():
    im, d = grad((250, 220, 170), (255, 240, 210), 150)
    for k, col in enumerate([(232, 170, 100), (214, 140, 76), (190, 112, 60)]):
        pts = [(0, H)] + [(x, 170 + k * 55 + 30 * math.sin(x / 70 + k * 2)) for x in range(0, W + 10, 10)] + [(W, H)]
        d.polygon(pts, fill=col)
    return im


def fjord():
    im, d = grad((200, 210, 220), (160, 175, 190))
    ridge(d, 120, 40, (110, 125, 140))
    ridge(d, 170, 30, (80, 95, 110))
    d.rectangle((0, 260, W, H), fill=(120, 140, 160))
    fog = Image.new("L", (W, H), 0)
    ImageDraw.Draw(fog).rectangle((0, 180, W, 280), fill=160)
    fog = fog.filter(ImageFilter.GaussianBlur(25))
    im.paste((230, 235, 240), (0, 0), fog)
    return im


def lavender():
    im, d = grad((150, 190, 240), (250, 220, 200), 140)
    d.rectangle((0, 140, W, H), fill=(120, 150, 80))
    for k in range(12):
        x0 = W / 2 + (k - 5.5) * 12
        x1 = W / 2 + (k - 5.5) * 110
        d.polygon([(x0, 140), (x0 + 6, 140), (x1 + 40, H), (x1 - 10, H)], fill=(140, 100, 200))
    d.ellipse((360, 90, 410, 140), fill=(90, 120, 60))
    return im


def glacier():
    im, d = grad((120, 170, 230), (200, 230, 250), 160)
    d.polygon([(0, 200), (120, 70), (220, 180), (300, 90), (480, 210), (480, 230), (0, 230)], fill=(235, 240, 250))
    d.polygon([(120, 70), (160, 200), (0, 210)], fill=(190, 205, 225))
    d.rectangle((0, 225, W, H), fill=(70, 170, 190))
    for k in range(6):
        y = 240 + k * 18
        d.line((rng.randint(0, 150), y, rng.randint(250, W), y), fill=(120, 200, 215), width=2)
    return im


def forest():
    im, d = grad((250, 200, 120), (240, 150, 90), 180)
    ridge(d, 170, 20, (60, 90, 70))
    for _k in range(26):
        x = rng.randint(0, W)
        b = rng.randint(260, 360)
        h = rng.randint(80, 150)
        d.polygon([(x, b - h), (x - 24, b), (x + 24, b)], fill=(30, 60 + rng.randint(0, 30), 45))
    return im


# --- Architecture (4)
def dome():
    im, d = grad((120, 180, 230), (200, 225, 245))
    d.rectangle((120, 200, 360, H), fill=(230, 220, 200))
    for x in range(140, 350, 30):
        d.rectangle((x, 230, x + 14, 330), fill=(200, 185, 160))
    d.pieslice((140, 90, 340, 290), 180, 360, fill=(72, 160, 140))
    d.rectangle((232, 60, 248, 100), fill=(72, 160, 140))
    d.ellipse((230, 50, 250, 70), fill=(220, 190, 90))
    return im


def stairs():
    im = Image.new("RGB", (W, H), (40, 40, 48))
    d = ImageDraw.Draw(im)
    cx, cy = W // 2, H // 2
    for k in range(60, 0, -1):
        r = k * 4
        c = 90 + (k % 2) * 120
        d.ellipse((cx - r * 1.2, cy - r, cx + r * 1.2, cy + r), outline=(c, c - 10, c - 30), width=4)
    d.ellipse((cx - 20, cy - 16, cx + 20, cy + 16), fill=(10, 10, 14))
    return im


def atrium():
    im, d = grad((180, 220, 240), (230, 245, 250))
    for x in range(0, W, 48):
        d.line((x, 0, W / 2 + (x - W / 2) * 0.3, H), fill=(90, 110, 130), width=3)
    for y in range(0, H, 40):
        d.line((0, y, W, y + 20), fill=(120, 140, 160), width=2)
    return im


def arcade():
    im = Image.new("RGB", (W, H), (250, 236, 200))
    d = ImageDraw.Draw(im)
    for k in range(5):
        x = 20 + k * 92
        d.rectangle((x, 120, x + 70, H), fill=(120, 70, 50))
        d.pieslice((x, 80, x + 70, 160), 180, 360, fill=(120, 70, 50))
        d.polygon([(x + 70, 160), (x + 110, 200), (x + 110, H), (x + 70, H)], fill=(200, 170, 120))
    d.rectangle((0, 0, W, 60), fill=(220, 190, 150))
    return im


# --- Wildlife (3)
def heron():
    im, d = grad((200, 220, 210), (160, 190, 170))
    for _k in range(40):
        x = rng.randint(0, W)
        d.line((x, H, x + rng.randint(-20, 20), rng.randint(200, 300)), fill=(90, 120, 60), width=3)
    d.ellipse((200, 130, 290, 200), fill=(150, 160, 175))
    d.line((280, 150, 300, 80), fill=(150, 160, 175), width=12)
    d.ellipse((290, 66, 316, 88), fill=(150, 160, 175))
    d.polygon([(314, 74), (360, 80), (314, 84)], fill=(230, 190, 60))
    d.line((230, 195, 226, 280), fill=(80, 80, 80), width=4)
    d.line((250, 195, 254, 280), fill=(80, 80, 80), width=4)
    return im


def fox():
    im, d = grad((230, 235, 245), (250, 250, 255))
    d.rectangle((0, 260, W, H), fill=(245, 248, 252))
    d.ellipse((150, 170, 320, 270), fill=(214, 110, 40))
    d.polygon([(300, 200), (420, 240), (410, 270), (310, 250)], fill=(214, 110, 40))
    d.polygon([(405, 242), (440, 260), (412, 270)], fill=(250, 250, 250))
    d.ellipse((110, 130, 200, 210), fill=(214, 110, 40))
    d.polygon([(115, 150), (120, 100), (145, 135)], fill=(190, 90, 30))
    d.polygon([(165, 135), (185, 95), (195, 145)], fill=(190, 90, 30))
    d.polygon([(110, 180), (80, 195), (130, 205)], fill=(250, 245, 240))
    d.ellipse((140, 158, 150, 168), fill=(20, 20, 20))
    return im


def frog():
    im, d = grad((30, 90, 50), (20, 60, 30))
    d.ellipse((60, 200, 460, 330), fill=(40, 120, 50))
    d.ellipse((150, 150, 330, 260), fill=(110, 200, 60))
    for ex in (170, 270):
        d.ellipse((ex, 120, ex + 50, 170), fill=(110, 200, 60))
        d.ellipse((ex + 10, 130, ex + 40, 160), fill=(220, 40, 30))
        d.ellipse((ex + 20, 138, ex + 30, 152), fill=(10, 10, 10))
    return im


# --- Food (3)
def peaches():
    im = Image.new("RGB", (W, H), (120, 80, 50))
    d = ImageDraw.Draw(im)
    for _k in range(30):
        x, y = rng.randint(-20, W), rng.randint(-20, H)
        d.ellipse((x, y, x + 80, y + 78), fill=(250, 150 + rng.randint(0, 40), 90), outline=(220, 90, 60), width=3)
        d.ellipse((x + 14, y + 12, x + 34, y + 30), fill=(255, 200, 150))
    return im


def bread():
    im, d = grad((60, 50, 45), (40, 34, 30))
    d.ellipse((60, 80, 420, 320), fill=(170, 110, 50))
    d.ellipse((80, 100, 400, 300), fill=(245, 225, 180))
    for _k in range(50):
        x, y = rng.randint(110, 360), rng.randint(120, 270)
        r = rng.randint(3, 12)
        d.ellipse((x, y, x + r, y + r * 0.8), fill=(220, 195, 150))
    return im


def chili():
    im = Image.new("RGB", (W, H), (245, 238, 225))
    d = ImageDraw.Draw(im)
    for k in range(22):
        x = 40 + k * 19
        d.line((x, 30, x + rng.randint(-6, 6), 50), fill=(60, 120, 40), width=4)
        d.polygon(
            [(x - 8, 50), (x + 8, 50), (x + rng.randint(-14, 14), 260 + rng.randint(0, 60))],
            fill=(200 + rng.randint(0, 40), 30, 20),
        )
    d.line((20, 30, 460, 30), fill=(140, 110, 70), width=6)
    return im


order = [
    harbor,
    dome,
    heron,
    dunes,
    stairs,
    peaches,
    fjord,
    atrium,
    fox,
    lavender,
    bread,
    arcade,
    glacier,
    frog,
    chili,
    forest,
]
for i, fn in enumerate(order, start=1):
    blur(fn(), 0.6).save(OUT / f"asset_{i:03d}.png")
