"""Draw the assets of comic-reader (seeded, re-runnable).

asset_001 logo, asset_002..007 the six pages of the comic "The Lighthouse Cat" (panel layouts
with simple drawn scenes and speech bubbles).
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(4711)

try:
    FONT = ImageFont.truetype("DejaVuSans-Bold.ttf", 15)
except OSError:
    FONT = ImageFont.load_default()

SKIES = [(125, 211, 252), (71, 85, 105), (30, 41, 59), (15, 23, 42), (51, 65, 85), (254, 215, 170)]
LINES = [
    ["Morning, Biscuit!", "Mrrp.", "Ships today?"],
    ["Storm's coming.", "Hiss!", "Hold on!"],
    ["The lamp!", "It's out!", "MEOW!"],
    ["Follow me...", "Up the stairs!", "Paws first."],
    ["Beacon out!", "Push the switch!", "CLICK"],
    ["Safe harbour.", "Good cat.", "Fish for you."],
]


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 20, fill=(234, 179, 8))
    d.rounded_rectangle((14, 18, 46, 78), 4, fill=(255, 255, 255), outline=(30, 30, 30), width=3)
    d.rounded_rectangle((50, 18, 82, 78), 4, fill=(255, 255, 255), outline=(30, 30, 30), width=3)
    d.ellipse((56, 26, 76, 42), fill=(30, 30, 30))
    return im


def cat(d, x, y, s):
    d.ellipse((x, y, x + 40 * s, y + 30 * s), fill=(251, 146, 60), outline=(30, 30, 30), width=2)
    d.ellipse((x + 28 * s, y - 14 * s, x + 52 * s, y + 10 * s), fill=(251, 146, 60), outline=(30, 30, 30), width=2)
    d.polygon(
        [(x + 30 * s, y - 8 * s), (x + 33 * s, y - 20 * s), (x + 38 * s, y - 12 * s)],
        fill=(251, 146, 60),
        outline=(30, 30, 30),
    )
    d.polygon(
        [(x + 42 * s, y - 12 * s), (x + 47 * s, y - 20 * s), (x + 50 * s, y - 8 * s)],
        fill=(251, 146, 60),
        outline=(30, 30, 30),
    )
    d.line((x, y + 12 * s, x - 14 * s, y - 6 * s), fill=(30, 30, 30), width=3)


def tower(d, x, y, lit):
    d.polygon(
        [(x + 10, y + 40), (x + 50, y + 40), (x + 58, y + 190), (x + 2, y + 190)],
        fill=(241, 245, 249),
        outline=(30, 30, 30),
    )
    for k in range(3):
        d.rectangle((x + 6, y + 70 + k * 40, x + 54, y + 84 + k * 40), fill=(220, 38, 38))
    d.rectangle((x + 14, y + 14, x + 46, y + 40), fill=(253, 224, 71) if lit else (71, 85, 105), outline=(30, 30, 30))
    d.polygon([(x + 10, y + 14), (x + 50, y + 14), (x + 30, y)], fill=(30, 41, 59))
    if lit:
        d.polygon([(x + 46, y + 27), (x + 160, y - 10), (x + 160, y + 60)], fill=(254, 249, 195))


def page(n):
    w, h = 480, 640
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle((10, 10, w - 10, 46), fill=(30, 30, 30))
    d.text((20, 19), f"THE LIGHTHOUSE CAT  ·  PAGE {n + 1}", font=FONT, fill=(250, 204, 21))
    panels = [(10, 56, 236, 330), (244, 56, 470, 330), (10, 338, 470, 630)]
    for k, (x0, y0, x1, y1) in enumerate(panels):
        pw, ph = x1 - x0, y1 - y0
        pim = Image.new("RGB", (pw, ph), SKIES[n])
        pd = ImageDraw.Draw(pim)
        sea_y = ph - ph // 3
        pd.rectangle((0, sea_y, pw, ph), fill=(14, 116, 144) if n != 1 else (30, 64, 90))
        if n in (1, 2):
            for _ in range(8):
                xx = rng.randint(10, pw - 10)
                pd.line((xx, 10, xx - 12, sea_y), fill=(186, 230, 253), width=2)
        lit = n in (0, 5) or (n == 4 and k == 2)
        tower(pd, 14 + (k * 37) % 60, 30, lit)
        cat(pd, pw - 110 + k * 6, sea_y - 24, 1.2 if k < 2 else 1.8)
        text = LINES[n][k]
        tw = pd.textlength(text, font=FONT)
        bx = min(80 + k * 30, pw - tw - 28)
        by = 14
        pd.rounded_rectangle((bx, by, bx + tw + 20, by + 30), 14, fill=(255, 255, 255), outline=(20, 20, 20), width=2)
        pd.polygon(
            [(bx + 20, by + 30), (bx + 34, by + 30), (bx + 26, by + 44)], fill=(255, 255, 255), outline=(20, 20, 20)
        )
        pd.text((bx + 10, by + 7), text, font=FONT, fill=(20, 20, 20))
        im.paste(pim, (x0, y0))
        d.rectangle((x0, y0, x1, y1), outline=(20, 20, 20), width=4)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    images = [logo()] + [page(n) for n in range(6)]
    for i, im in enumerate(images, 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
