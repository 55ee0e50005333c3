"""Draw the assets of event-rsvp (seeded, re-runnable).

asset_001 logo, asset_002 the event banner (lanterns over a park at dusk), asset_003 host avatar.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(2106)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 24, fill=(219, 39, 119))
    d.rounded_rectangle((20, 26, 76, 78), 8, fill=(253, 242, 248))
    d.rectangle((20, 26, 76, 40), fill=(251, 207, 232))
    d.rectangle((30, 16, 36, 32), fill=(253, 242, 248))
    d.rectangle((60, 16, 66, 32), fill=(253, 242, 248))
    d.line((34, 58, 44, 68, 64, 48), fill=(219, 39, 119), width=6)
    return im


def banner():
    w, h = 760, 180
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / h
        d.line((0, y, w, y), fill=(int(76 + 150 * t), int(29 + 90 * t), int(149 - 40 * t)))
    d.polygon([(0, 150), (180, 120), (380, 140), (560, 110), (760, 135), (760, 180), (0, 180)], fill=(20, 83, 45))
    for x in range(20, w, 70):
        d.polygon([(x, 150), (x - 18, 175), (x + 18, 175)], fill=(5, 46, 22))
    for _ in range(26):
        x, y = rng.randint(10, w - 20), rng.randint(14, 100)
        col = rng.choice([(254, 240, 138), (253, 186, 116), (252, 165, 165)])
        d.rounded_rectangle((x, y, x + 14, y + 18), 5, fill=col)
    return im


def avatar():
    s = 96
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, s - 1, s - 1), fill=255)
    face = Image.new("RGBA", (s, s), (251, 207, 232, 255))
    d = ImageDraw.Draw(face)
    d.pieslice((12, 64, 84, 130), 180, 360, fill=(190, 24, 93))
    d.ellipse((28, 20, 68, 64), fill=(198, 134, 94))
    d.pieslice((24, 12, 72, 50), 180, 360, fill=(30, 20, 20))
    d.ellipse((38, 38, 43, 43), fill=(30, 30, 30))
    d.ellipse((53, 38, 58, 43), fill=(30, 30, 30))
    d.arc((40, 44, 56, 56), 20, 160, fill=(120, 40, 40), width=2)
    im.paste(face, (0, 0), mask)
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), banner(), avatar()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
