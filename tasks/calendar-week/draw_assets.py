"""Draw the calendar-week assets (seeded): asset_001 logo, asset_002 user avatar,
asset_003 a small illustrated banner for the sidebar."""

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(1517)


def logo():
    im = Image.new("RGBA", (72, 72), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((4, 10, 67, 67), 10, fill=(255, 255, 255), outline=(37, 99, 235), width=4)
    d.rectangle((6, 12, 65, 28), fill=(37, 99, 235))
    d.rectangle((20, 2, 26, 18), fill=(30, 64, 175))
    d.rectangle((46, 2, 52, 18), fill=(30, 64, 175))
    font = ImageFont.load_default(size=28)
    d.text((36, 48), "15", fill=(37, 99, 235), font=font, anchor="mm")
    return im


def avatar():
    s = 64
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, s - 1, s - 1), fill=(187, 247, 208))
    d.pieslice((10, 38, 54, 82), 180, 360, fill=(234, 88, 12))
    d.ellipse((20, 12, 44, 38), fill=(198, 134, 94))
    d.pieslice((18, 8, 46, 30), 180, 360, fill=(30, 20, 20))
    return im


def banner():
    w, h = 200, 90
    im = Image.new("RGB", (w, h), (224, 236, 255))
    d = ImageDraw.Draw(im)
    d.ellipse((140, 10, 180, 50), fill=(253, 224, 71))
    for k in range(5):
        x = rng.randint(0, w - 60)
        d.polygon([(x, h), (x + 40, 30 + rng.randint(0, 20)), (x + 80, h)], fill=(96 + k * 10, 165, 250 - k * 20))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), avatar(), banner()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
