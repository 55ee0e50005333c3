"""Draw the assets of the sliding-puzzle task (seeded, re-runnable)."""

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent / "assets"
random.seed(303)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def font(size):
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default()


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 24, fill=(124, 58, 237))
    for r in range(3):
        for c in range(3):
            if r == 2 and c == 2:
                continue
            x, y = 12 + c * 25, 12 + r * 25
            d.rounded_rectangle((x, y, x + 21, y + 21), 5, fill=(237, 233, 254) if (r + c) % 2 else (196, 181, 253))
    return im


def goal():
    im = Image.new("RGB", (180, 180), (46, 16, 101))
    d = ImageDraw.Draw(im)
    f = font(30)
    for n in range(1, 9):
        r, c = divmod(n - 1, 3)
        x, y = 8 + c * 56, 8 + r * 56
        d.rounded_rectangle((x, y, x + 52, y + 52), 8, fill=(251, 191, 36))
        d.text((x + 26, y + 27), str(n), fill=(76, 29, 149), font=f, anchor="mm")
    return im


def stars():
    im = Image.new("RGB", (360, 90), (76, 29, 149))
    d = ImageDraw.Draw(im)
    for _ in range(70):
        x, y, s = random.randint(0, 359), random.randint(0, 89), random.choice([1, 1, 2, 3])
        d.ellipse((x, y, x + s, y + s), fill=(233, 213, 255))
    for i in range(5):
        x = 24 + i * 66
        d.rounded_rectangle((x, 22, x + 46, 68), 8, fill=(251, 191, 36) if i != 3 else (124, 58, 237))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), goal(), stars()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
