"""Draw the assets of the video-platform task (seeded, re-runnable).

asset_001 logo; 002..007 video posters (dovetail, spoon, chisels, side table, oil, lathe);
008..011 channel avatars (Oakhollow, Birch & Bevel, Nordgrain, Pinewhistle); 012 viewer avatar.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
random.seed(1842)
W, H = 640, 360


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 12, 95, 84), 20, fill=(225, 29, 72))
    d.polygon([(38, 30), (38, 66), (68, 48)], fill=(255, 255, 255))
    return im


def wood(bg, grain):
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    for _k in range(40):
        y = random.randint(0, H)
        d.arc((-200, y - 40, W + 200, y + 40), 0, 180, fill=grain, width=2)
    return im, d


def dovetail():
    im, d = wood((222, 184, 135), (196, 150, 100))
    d.rectangle((120, 150, 520, 250), fill=(160, 110, 60))
    for k in range(4):
        x = 150 + k * 95
        d.polygon([(x, 150), (x + 50, 150), (x + 62, 90), (x - 12, 90)], fill=(205, 160, 105), outline=(110, 70, 30))
    d.rectangle((120, 60, 520, 92), fill=(205, 160, 105))
    return im


def spoon():
    im, d = wood((214, 200, 160), (190, 170, 120))
    d.ellipse((150, 120, 300, 240), fill=(236, 214, 170), outline=(140, 110, 60), width=3)
    d.ellipse((175, 140, 275, 220), fill=(220, 190, 140))
    d.polygon([(296, 170), (560, 160), (560, 196), (296, 192)], fill=(236, 214, 170), outline=(140, 110, 60))
    for _k in range(12):
        x, y = random.randint(330, 600), random.randint(240, 340)
        d.ellipse((x, y, x + 22, y + 8), fill=(245, 232, 200))
    return im


def chisels():
    im = Image.new("RGB", (W, H), (55, 65, 81))
    d = ImageDraw.Draw(im)
    for k in range(3):
        y = 90 + k * 80
        d.rectangle((100, y, 330, y + 26), fill=(190, 200, 210))
        d.polygon([(330, y), (370, y + 13), (330, y + 26)], fill=(230, 235, 240))
        d.rounded_rectangle((40, y - 6, 110, y + 32), 10, fill=[(180, 83, 9), (21, 128, 61), (29, 78, 216)][k])
    d.rounded_rectangle((420, 90, 600, 280), 10, fill=(120, 113, 108))
    d.rectangle((430, 100, 590, 270), fill=(168, 162, 158))
    return im


def table():
    im = Image.new("RGB", (W, H), (236, 240, 243))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 290, W, H), fill=(203, 213, 225))
    d.rectangle((200, 110, 440, 130), fill=(146, 64, 14))
    d.rectangle((215, 130, 425, 175), fill=(180, 83, 9))
    d.rounded_rectangle((300, 145, 340, 158), 4, fill=(253, 230, 138))
    for x in (215, 410):
        d.polygon([(x, 130), (x + 15, 130), (x + 11, 300), (x + 4, 300)], fill=(146, 64, 14))
    return im


def oil():
    im, d = wood((196, 146, 90), (170, 118, 66))
    d.rectangle((0, 200, W, H), fill=(150, 95, 45))
    d.rounded_rectangle((380, 70, 470, 240), 14, fill=(234, 179, 8))
    d.rectangle((400, 40, 450, 72), fill=(68, 64, 60))
    d.ellipse((120, 230, 300, 300), fill=(250, 204, 21))
    return im


def lathe():
    im = Image.new("RGB", (W, H), (30, 41, 59))
    d = ImageDraw.Draw(im)
    d.rectangle((60, 250, 580, 280), fill=(100, 116, 139))
    d.rectangle((80, 150, 170, 250), fill=(71, 85, 105))
    d.rectangle((480, 170, 540, 250), fill=(71, 85, 105))
    d.rounded_rectangle((170, 180, 480, 220), 20, fill=(217, 170, 110))
    for _k in range(16):
        x, y = random.randint(200, 460), random.randint(90, 170)
        d.line((x, y, x + 12, y - 8), fill=(253, 230, 138), width=3)
    return im


def avatar(bg, fg, shape):
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, s - 1, s - 1), fill=bg)
    if shape == 0:
        d.ellipse((28, 18, 68, 58), fill=fg)
        d.rectangle((44, 56, 52, 80), fill=fg)
    elif shape == 1:
        d.polygon([(48, 14), (76, 78), (20, 78)], fill=fg)
    elif shape == 2:
        for k in range(4):
            d.rectangle((22, 22 + k * 14, 74, 30 + k * 14), fill=fg)
    elif shape == 3:
        d.polygon([(48, 12), (70, 50), (58, 50), (76, 80), (20, 80), (38, 50), (26, 50)], fill=fg)
    else:
        d.ellipse((32, 18, 64, 50), fill=fg)
        d.pieslice((16, 54, 80, 120), 180, 360, fill=fg)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [
        logo(),
        dovetail(),
        spoon(),
        chisels(),
        table(),
        oil(),
        lathe(),
        avatar((120, 53, 15), (254, 215, 170), 0),
        avatar((22, 101, 52), (220, 252, 231), 1),
        avatar((30, 64, 175), (219, 234, 254), 2),
        avatar((21, 94, 117), (207, 250, 254), 3),
        avatar((148, 163, 184), (241, 245, 249), 4),
    ]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
