"""Draw the email-client assets (seeded): asset_001 logo, asset_002..007 sender avatars,
asset_008 an attachment thumbnail (a drawn invoice page)."""

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(4242)
COLORS = [(236, 72, 153), (14, 165, 233), (234, 88, 12), (22, 163, 74), (124, 58, 237), (202, 138, 4)]
INITIALS = ["IO", "LA", "BS", "TK", "RV", "MQ"]


def logo():
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 79, 79), 18, fill=(13, 148, 136))
    d.polygon([(12, 24), (68, 24), (40, 46)], fill=(204, 251, 241))
    d.rectangle((12, 28, 68, 58), outline=(204, 251, 241), width=4)
    d.polygon([(46, 60), (70, 44), (62, 70)], fill=(253, 224, 71))
    return im


def avatar(i):
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((0, 0, s - 1, s - 1), fill=COLORS[i])
    for _ in range(5):
        x, y = rng.randint(0, s), rng.randint(0, s)
        r = rng.randint(6, 16)
        d.ellipse((x - r, y - r, x + r, y + r), fill=tuple(min(255, c + 40) for c in COLORS[i]))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    font = ImageFont.load_default(size=38)
    d.text((s / 2, s / 2), INITIALS[i], fill=(255, 255, 255), font=font, anchor="mm")
    out = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    out.paste(im, (0, 0), mask)
    return out


def invoice():
    im = Image.new("RGB", (160, 200), (248, 250, 252))
    d = ImageDraw.Draw(im)
    d.rectangle((10, 10, 150, 190), fill=(255, 255, 255), outline=(203, 213, 225), width=2)
    d.rectangle((20, 22, 80, 34), fill=(13, 148, 136))
    for j in range(8):
        w = rng.randint(60, 120)
        d.line((20, 50 + j * 14, 20 + w, 50 + j * 14), fill=(203, 213, 225), width=4)
    d.rectangle((90, 166, 140, 180), fill=(251, 191, 36))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo()] + [avatar(i) for i in range(6)] + [invoice()]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
