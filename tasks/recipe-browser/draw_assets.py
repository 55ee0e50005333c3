"""Draw the assets of recipe-browser (seeded, re-runnable): six overhead dish photos."""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent / "assets"
OUT.mkdir(exist_ok=True)
rng = random.Random(1111)
W, H = 720, 460


def table(c):
    im = Image.new("RGB", (W, H), c)
    d = ImageDraw.Draw(im)
    for y in range(0, H, 46):
        d.line((0, y, W, y + rng.randint(-6, 6)), fill=tuple(max(0, v - 14) for v in c), width=2)
    return im, d


def plate(im, d, cx, cy, r, col=(250, 250, 247)):
    mask = Image.new("L", im.size, 0)
    ImageDraw.Draw(mask).ellipse((cx - r - 6, cy - r + 8, cx + r + 10, cy + r + 16), fill=70)
    im.paste((0, 0, 0), (0, 0), mask.filter(ImageFilter.GaussianBlur(10)))
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=col)
    d.ellipse((cx - r + 22, cy - r + 22, cx + r - 22, cy + r - 22), outline=(230, 228, 222), width=3)


def sprinkle(d, cx, cy, r, cols, n, size=(6, 14)):
    for _ in range(n):
        a, rr = rng.random() * 2 * math.pi, r * math.sqrt(rng.random())
        x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
        s = rng.randint(*size)
        d.ellipse((x - s / 2, y - s / 3, x + s / 2, y + s / 3), fill=rng.choice(cols))


def orzo():
    im, d = table((205, 170, 125))
    plate(im, d, 330, 230, 180)
    sprinkle(d, 330, 230, 130, [(246, 226, 160), (240, 214, 140), (250, 232, 175)], 900, (8, 14))
    sprinkle(d, 330, 230, 125, [(70, 140, 60), (90, 160, 70)], 90, (6, 10))
    sprinkle(d, 330, 230, 120, [(120, 190, 80)], 40, (10, 14))
    for k in range(3):
        x = 590 + k * 30
        d.chord((x - 50, 60 + k * 110, x + 50, 160 + k * 110), 90, 270, fill=(250, 220, 60))
    return im


def soup():
    im, d = table((60, 70, 80))
    plate(im, d, 350, 230, 175, (235, 232, 225))
    d.ellipse((215, 95, 485, 365), fill=(235, 140, 50))
    for k in range(5):
        d.arc((270 + k * 6, 150 + k * 6, 430 - k * 6, 310 - k * 6), 200, 330, fill=(250, 235, 220), width=4)
    sprinkle(d, 350, 230, 60, [(60, 120, 50)], 30, (6, 10))
    d.rectangle((580, 120, 700, 200), fill=(210, 170, 110))
    d.ellipse((560, 260, 700, 380), fill=(230, 150, 50))
    return im


def chickpea():
    im, d = table((120, 120, 125))
    d.rounded_rectangle((90, 60, 630, 400), radius=24, fill=(60, 60, 66))
    d.rounded_rectangle((110, 80, 610, 380), radius=16, fill=(80, 70, 60))
    sprinkle(d, 360, 230, 135, [(225, 180, 110), (215, 170, 100)], 260, (14, 20))
    sprinkle(d, 360, 230, 125, [(200, 50, 40), (230, 140, 40), (120, 60, 140)], 60, (24, 40))
    sprinkle(d, 360, 230, 135, [(60, 130, 60)], 40, (8, 14))
    return im


def chicken():
    im, d = table((235, 225, 210))
    plate(im, d, 360, 230, 185, (40, 60, 80))
    d.pieslice((200, 70, 520, 390), 90, 210, fill=(250, 250, 245))
    sprinkle(d, 300, 280, 60, [(255, 255, 255), (240, 240, 235)], 200, (5, 9))
    d.pieslice((200, 70, 520, 390), 210, 330, fill=(200, 120, 60))
    sprinkle(d, 390, 170, 70, [(170, 90, 40), (210, 130, 70)], 60, (20, 30))
    d.pieslice((200, 70, 520, 390), 330, 450, fill=(60, 140, 70))
    sprinkle(d, 430, 300, 50, [(90, 170, 80), (240, 120, 60)], 60, (10, 18))
    return im


def tacos():
    im, d = table((180, 60, 45))
    for cx, cy in ((220, 240), (400, 210), (560, 260)):
        d.chord((cx - 110, cy - 80, cx + 110, cy + 140), 180, 360, fill=(240, 210, 150))
        sprinkle(d, cx, cy - 20, 60, [(90, 160, 70), (250, 250, 250), (230, 100, 50)], 60, (10, 18))
        d.rectangle((cx - 110, cy + 30, cx + 110, cy + 40), fill=(240, 210, 150))
    for k in range(4):
        x = 90 + k * 180
        d.ellipse((x, 380, x + 40, 420), fill=(120, 190, 70))
    return im


def pear_cake():
    im, d = table((240, 236, 228))
    d.rectangle((110, 70, 610, 390), fill=(200, 140, 70))
    d.rectangle((125, 85, 595, 375), fill=(230, 180, 100))
    for k in range(6):
        cx = 180 + (k % 3) * 170
        cy = 150 + (k // 3) * 150
        d.ellipse((cx - 45, cy - 30, cx + 45, cy + 50), fill=(235, 225, 150))
        d.ellipse((cx - 30, cy - 60, cx + 30, cy), fill=(235, 225, 150))
        d.line((cx, cy - 60, cx + 6, cy - 76), fill=(110, 80, 40), width=4)
    sprinkle(d, 360, 230, 220, [(250, 245, 235), (220, 190, 140)], 120, (6, 12))
    return im


for i, fn in enumerate([orzo, soup, chickpea, chicken, tacos, pear_cake], start=1):
    fn().filter(ImageFilter.GaussianBlur(0.7)).save(OUT / f"asset_{i:03d}.png")
