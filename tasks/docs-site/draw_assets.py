"""Draws the docs-site assets (seeded): a project logo and an architecture diagram."""

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent / "assets"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
rng = random.Random(808)


def logo():
    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, 63, 63], 14, fill=(8, 47, 73))
    for i, col in enumerate([(56, 189, 248), (14, 165, 233), (125, 211, 252)]):
        y = 18 + i * 12
        pts = [(x, y + (4 if (x // 8) % 2 else -4)) for x in range(8, 58, 8)]
        d.line(pts, fill=col, width=4, joint="curve")
    return img


def diagram():
    w, h = 760, 250
    img = Image.new("RGB", (w, h), (248, 250, 252))
    d = ImageDraw.Draw(img)
    f, fb = ImageFont.truetype(FONT, 14), ImageFont.truetype(BOLD, 15)
    boxes = [
        ("Producer", 30, (224, 242, 254)),
        ("Queue store", 290, (254, 243, 199)),
        ("Workers", 550, (220, 252, 231)),
    ]
    for name, x, col in boxes:
        d.rounded_rectangle([x, 80, x + 180, 170], 14, fill=col, outline=(100, 116, 139), width=2)
        tw = d.textlength(name, font=fb)
        d.text((x + 90 - tw / 2, 100), name, font=fb, fill=(15, 23, 42))
    d.text((58, 130), "app.enqueue(job)", font=f, fill=(51, 65, 85))
    d.text((318, 130), "durable, ordered", font=f, fill=(51, 65, 85))
    d.text((580, 130), "tide worker run", font=f, fill=(51, 65, 85))
    for x0, x1 in ((210, 290), (470, 550)):
        d.line([(x0, 125), (x1 - 6, 125)], fill=(71, 85, 105), width=3)
        d.polygon([(x1, 125), (x1 - 12, 118), (x1 - 12, 132)], fill=(71, 85, 105))
    d.arc([340, 150, 680, 240], 0, 180, fill=(234, 88, 12), width=3)
    d.polygon([(340, 195), (333, 183), (349, 184)], fill=(234, 88, 12))
    d.text((455, 222), "retry with backoff", font=f, fill=(194, 65, 12))
    for _ in range(12):
        x, y = rng.randint(300, 460), rng.randint(40, 70)
        d.rectangle([x, y, x + 10, y + 10], fill=(251, 191, 36))
    return img


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")
    diagram().save(OUT / "asset_002.png")


if __name__ == "__main__":
    main()
