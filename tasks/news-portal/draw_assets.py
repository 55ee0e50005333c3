"""Draw the assets of the news-portal task (seeded, re-runnable).

asset_001 masthead logo; story pictures: 002 glacier, 003 green lake, 004 harbour ferry,
005 typewriter, 006 rowing, 007 night train, 008 dish telescopes, 009 skyline, 010 greenhouse,
011 lanterns.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(1212)
W, H = 640, 360


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 18, fill=(28, 25, 23))
    d.rectangle((38, 12, 58, 20), fill=(250, 204, 21))
    d.polygon([(30, 24), (66, 24), (62, 70), (34, 70)], fill=(254, 243, 199))
    d.ellipse((40, 34, 56, 58), fill=(250, 204, 21))
    d.rectangle((28, 70, 68, 80), fill=(250, 204, 21))
    return im


def grad(top, bottom):
    im = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(im)
    for y in range(H):
        t = y / H
        d.line((0, y, W, y), fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=False)))
    return im, d


def glacier():
    im, d = grad((191, 219, 254), (239, 246, 255))
    d.polygon(
        [(0, 360), (0, 160), (140, 90), (260, 150), (380, 70), (520, 140), (640, 100), (640, 360)], fill=(226, 232, 240)
    )
    d.polygon([(180, 360), (300, 200), (420, 360)], fill=(30, 64, 175))
    d.polygon([(220, 360), (300, 240), (380, 360)], fill=(15, 23, 42))
    for _k in range(20):
        x, y = random.randint(0, W), random.randint(200, 350)
        d.line((x, y, x + 30, y + 6), fill=(148, 163, 184), width=2)
    return im


def lake():
    im, d = grad((125, 211, 252), (224, 242, 254))
    d.polygon(
        [(0, 220), (120, 90), (240, 200), (360, 60), (500, 190), (640, 110), (640, 240), (0, 240)], fill=(100, 116, 139)
    )
    d.rectangle((0, 230, W, H), fill=(77, 124, 15))
    for _k in range(40):
        x, y = random.randint(0, W), random.randint(240, 350)
        d.ellipse((x, y, x + 26, y + 8), fill=(132, 204, 22))
    return im


def harbour():
    im, d = grad((254, 215, 170), (186, 230, 253))
    d.rectangle((0, 240, W, H), fill=(14, 116, 144))
    d.polygon([(160, 240), (460, 240), (430, 280), (190, 280)], fill=(255, 255, 255))
    d.rectangle((220, 200, 400, 240), fill=(220, 38, 38))
    windows = [(236 + k * 30, 212) for k in range(6)]
    for x, y in windows:
        d.rectangle((x, y, x + 16, y + 12), fill=(254, 249, 195))
    d.rectangle((300, 170, 320, 200), fill=(28, 25, 23))
    return im


def typewriter():
    im = Image.new("RGB", (W, H), (68, 64, 60))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 280, W, H), fill=(120, 53, 15))
    d.rounded_rectangle((150, 140, 490, 290), 24, fill=(21, 94, 117))
    d.rectangle((200, 60, 440, 150), fill=(250, 250, 249))
    for k in range(5):
        d.line((220, 80 + k * 14, 420 - (k % 2) * 60, 80 + k * 14), fill=(120, 113, 108), width=2)
    for r in range(3):
        for c in range(10):
            d.ellipse((180 + c * 28 + r * 8, 190 + r * 28, 200 + c * 28 + r * 8, 210 + r * 28), fill=(245, 245, 244))
    d.rectangle((130, 130, 510, 146), fill=(28, 25, 23))
    return im


def rowing():
    im, d = grad((253, 230, 138), (254, 243, 199))
    d.rectangle((0, 200, W, H), fill=(3, 105, 161))
    d.polygon([(80, 250), (560, 250), (540, 262), (100, 262)], fill=(250, 250, 249))
    for k in range(4):
        x = 160 + k * 90
        d.ellipse((x - 10, 212, x + 10, 232), fill=(120, 53, 15))
        d.rectangle((x - 8, 232, x + 8, 252), fill=(220, 38, 38))
        d.line((x, 245, x - 60, 290), fill=(250, 204, 21), width=4)
    return im


def train():
    im, d = grad((30, 27, 75), (67, 56, 202))
    for _ in range(40):
        x, y = random.randint(0, W), random.randint(0, 180)
        d.point((x, y), fill=(255, 255, 255))
    d.ellipse((500, 40, 560, 100), fill=(254, 249, 195))
    d.rectangle((0, 290, W, 300), fill=(87, 83, 78))
    for k in range(3):
        x = 40 + k * 200
        d.rounded_rectangle((x, 200, x + 190, 290), 14, fill=(185, 28, 28))
        for j in range(5):
            d.rectangle((x + 14 + j * 34, 220, x + 38 + j * 34, 246), fill=(253, 224, 71))
    return im


def dishes():
    im, d = grad((15, 23, 42), (30, 58, 138))
    for _ in range(60):
        d.point((random.randint(0, W), random.randint(0, 200)), fill=(255, 255, 255))
    d.rectangle((0, 280, W, H), fill=(22, 101, 52))
    for k in range(6):
        x = 40 + k * 100
        d.chord((x, 200, x + 70, 260), 180, 360, fill=(226, 232, 240))
        d.line((x + 35, 230, x + 35, 290), fill=(148, 163, 184), width=4)
    return im


def skyline():
    im, d = grad((251, 207, 232), (254, 240, 138))
    for k in range(12):
        x = k * 55
        h = random.randint(100, 260)
        d.rectangle((x, H - h, x + 48, H), fill=(30 + k * 5, 41, 59 + k * 4))
        for j in range(h // 24):
            d.rectangle((x + 8, H - h + 10 + j * 24, x + 18, H - h + 20 + j * 24), fill=(254, 249, 195))
    return im


def greenhouse():
    im = Image.new("RGB", (W, H), (220, 252, 231))
    d = ImageDraw.Draw(im)
    for k in range(9):
        d.line((k * 80, 0, k * 80, H), fill=(187, 247, 208), width=3)
    for k in range(5):
        x = 40 + k * 125
        d.line((x + 30, 360, x + 30, 140), fill=(21, 128, 61), width=6)
        for j in range(4):
            d.ellipse((x + 8 + (j % 2) * 36, 170 + j * 40, x + 30 + (j % 2) * 36, 192 + j * 40), fill=(220, 38, 38))
    for k in range(4):
        x, y = 100 + k * 140, 80 + (k % 2) * 30
        d.ellipse((x, y, x + 28, y + 18), fill=(250, 204, 21))
        d.line((x + 8, y, x + 8, y + 18), fill=(28, 25, 23), width=3)
        d.ellipse((x + 4, y - 12, x + 26, y + 2), fill=(191, 219, 254))
    return im


def lanterns():
    im, d = grad((12, 10, 40), (49, 46, 129))
    d.rectangle((0, 300, W, H), fill=(30, 27, 75))
    for _k in range(16):
        x, y = random.randint(20, 600), random.randint(40, 260)
        d.ellipse((x, y, x + 34, y + 44), fill=(251, 146, 60))
        d.ellipse((x + 8, y + 10, x + 26, y + 34), fill=(254, 215, 170))
        d.ellipse((x + 2, y + 300 - y + 10, x + 34, y + 300 - y + 18), fill=(124, 45, 18))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    imgs = [
        logo(),
        glacier(),
        lake(),
        harbour(),
        typewriter(),
        rowing(),
        train(),
        dishes(),
        skyline(),
        greenhouse(),
        lanterns(),
    ]
    for i, im in enumerate(imgs, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
