"""Draw the lights-out assets (seeded): asset_001 the logo (a glowing bulb)."""

import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"
rng = random.Random(55)


def logo():
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 63, 63), 14, fill=(30, 27, 75))
    for _k in range(12):
        x, y = rng.randint(4, 60), rng.randint(4, 60)
        d.point((x, y), fill=(199, 210, 254))
    d.ellipse((16, 8, 48, 40), fill=(253, 224, 71))
    d.rectangle((24, 38, 40, 50), fill=(203, 213, 225))
    d.line((24, 43, 40, 43), fill=(100, 116, 139), width=2)
    d.rectangle((27, 50, 37, 55), fill=(100, 116, 139))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")


if __name__ == "__main__":
    main()
