"""Draws the video-library assets (seeded): a logo, 18 video thumbnails and 6 channel avatars."""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent / "assets"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
rng = random.Random(4242)
W, H = 320, 180  # drawn at this size, saved at 240x135, the size the grid shows

# category of each thumbnail, in page order (asset_002 .. asset_019)
KINDS = ["nature"] * 4 + ["music"] * 4 + ["cooking"] * 4 + ["science"] * 3 + ["travel"] * 3
CHANNELS = [
    ("SS", (14, 116, 144)),
    ("QL", (71, 85, 105)),
    ("BW", (190, 24, 93)),
    ("KT", (194, 65, 12)),
    ("CL", (79, 70, 229)),
    ("SR", (21, 128, 61)),
]


def vgrad(a, b):
    img = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(img)
    for y in range(H):
        t = y / (H - 1)
        d.line([(0, y), (W, y)], fill=tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3)))
    return img


def jitter(c, n=30):
    return tuple(max(0, min(255, v + rng.randint(-n, n))) for v in c)


def nature():
    img = vgrad(jitter((255, 190, 120)), jitter((120, 170, 220)))
    d = ImageDraw.Draw(img, "RGBA")
    sx, sy = rng.randint(40, 280), rng.randint(25, 70)
    d.ellipse([sx - 22, sy - 22, sx + 22, sy + 22], fill=(255, 240, 200, 230))
    for layer, col in enumerate([(60, 110, 90), (40, 85, 70), (25, 60, 50)]):
        base = 95 + layer * 25
        pts = [(0, H)] + [(x, base - rng.randint(0, 45)) for x in range(0, W + 40, 40)] + [(W, H)]
        d.polygon(pts, fill=(*jitter(col, 15), 255))
    for _ in range(5):
        x = rng.randint(0, W)
        d.polygon([(x, 130), (x - 10, 160), (x + 10, 160)], fill=(20, 50, 35, 255))
    return img


def music():
    img = vgrad(jitter((30, 15, 60)), (10, 5, 20))
    d = ImageDraw.Draw(img, "RGBA")
    for _ in range(4):
        x = rng.randint(20, 300)
        c = jitter((255, 120, 200), 80)
        d.polygon([(x, 0), (x - 70, H), (x + 70, H)], fill=(*c, 45))
    d.rectangle([0, 140, W, H], fill=(25, 20, 35, 255))
    cx = rng.randint(110, 210)
    d.ellipse([cx - 38, 70, cx + 38, 146], fill=(190, 120, 60, 255))
    d.rectangle([cx - 5, 20, cx + 5, 80], fill=(90, 60, 30, 255))
    d.ellipse([cx - 12, 98, cx + 12, 122], fill=(40, 25, 15, 255))
    for _ in range(14):
        x, y = rng.randint(0, W), rng.randint(0, 60)
        d.ellipse([x - 2, y - 2, x + 2, y + 2], fill=(255, 255, 255, 200))
    return img


def cooking():
    img = vgrad(jitter((170, 120, 80)), jitter((120, 80, 50)))
    d = ImageDraw.Draw(img, "RGBA")
    for y in range(0, H, 22):
        d.line([(0, y), (W, y + 6)], fill=(90, 55, 30, 90), width=2)
    cx, cy = rng.randint(120, 200), 95
    d.ellipse([cx - 70, cy - 55, cx + 70, cy + 55], fill=(245, 245, 240, 255))
    d.ellipse([cx - 52, cy - 40, cx + 52, cy + 40], fill=(*jitter((230, 150, 60), 40), 255))
    for _ in range(9):
        x, y = cx + rng.randint(-40, 40), cy + rng.randint(-28, 28)
        d.ellipse([x - 6, y - 6, x + 6, y + 6], fill=(*jitter((60, 150, 60), 50), 255))
    d.rounded_rectangle([250, 30, 262, 160], 5, fill=(200, 200, 210, 255))
    return img


def science():
    img = vgrad(jitter((10, 20, 50), 10), (5, 5, 20))
    d = ImageDraw.Draw(img, "RGBA")
    cx, cy = rng.randint(120, 200), 90
    for r in (30, 55, 80):
        d.ellipse([cx - r * 1.6, cy - r * 0.6, cx + r * 1.6, cy + r * 0.6], outline=(120, 200, 255, 160), width=2)
    d.ellipse([cx - 16, cy - 16, cx + 16, cy + 16], fill=(*jitter((255, 200, 80), 30), 255))
    for i in range(3):
        a = rng.random() * math.tau
        r = (30, 55, 80)[i]
        x, y = cx + math.cos(a) * r * 1.6, cy + math.sin(a) * r * 0.6
        d.ellipse([x - 5, y - 5, x + 5, y + 5], fill=(150, 255, 220, 255))
    for _ in range(40):
        x, y = rng.randint(0, W), rng.randint(0, H)
        d.point((x, y), fill=(255, 255, 255, 180))
    return img


def travel():
    img = vgrad(jitter((130, 190, 240)), jitter((250, 220, 180)))
    d = ImageDraw.Draw(img, "RGBA")
    d.polygon(
        [(0, 120)] + [(x, 100 - rng.randint(0, 30)) for x in range(0, W + 1, 64)] + [(W, 120)],
        fill=(120, 140, 170, 255),
    )
    d.rectangle([0, 120, W, H], fill=(*jitter((200, 180, 110), 20), 255))
    d.polygon([(140, H), (180, H), (165, 120), (158, 120)], fill=(90, 90, 95, 255))
    x0 = rng.randint(20, 140)
    for i in range(4):
        d.rounded_rectangle([x0 + i * 42, 96, x0 + i * 42 + 38, 118], 4, fill=(*jitter((200, 40, 40), 20), 255))
        d.rectangle([x0 + i * 42 + 6, 100, x0 + i * 42 + 30, 106], fill=(250, 240, 200, 255))
    return img


def avatar(initials, color):
    img = Image.new("RGBA", (72, 72), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([0, 0, 71, 71], fill=color)
    f = ImageFont.truetype(BOLD, 26)
    w = d.textlength(initials, font=f)
    d.text(((72 - w) / 2, 20), initials, font=f, fill=(255, 255, 255))
    return img


def logo():
    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 8, 63, 56], 12, fill=(225, 29, 72))
    d.polygon([(25, 20), (25, 44), (45, 32)], fill=(255, 255, 255))
    return img


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    draw = {"nature": nature, "music": music, "cooking": cooking, "science": science, "travel": travel}
    for i, k in enumerate(KINDS):
        draw[k]().resize((240, 135), Image.LANCZOS).save(OUT / f"asset_{i + 2:03d}.png")
    for j, (ini, col) in enumerate(CHANNELS):
        avatar(ini, col).resize((34, 34), Image.LANCZOS).save(OUT / f"asset_{20 + j:03d}.png")


if __name__ == "__main__":
    main()
