"""Draw the assets of the product-faq task (seeded, re-runnable).

asset_001 logo, asset_002 product photo (desk lamp), asset_003 lamp on a desk at night.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent / "assets"
random.seed(1111)


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 18, fill=(31, 41, 55))
    d.arc((18, 18, 78, 78), 180, 360, fill=(251, 191, 36), width=8)
    d.line((48, 48, 48, 80), fill=(251, 191, 36), width=8)
    return im


def lamp(d, ox, oy, scale, shade=(55, 65, 81)):
    s = scale
    d.ellipse((ox - 70 * s, oy - 12 * s, ox + 70 * s, oy + 12 * s), fill=shade)
    d.line((ox, oy, ox - 40 * s, oy - 150 * s), fill=shade, width=int(10 * s))
    d.line((ox - 40 * s, oy - 150 * s, ox + 70 * s, oy - 230 * s), fill=shade, width=int(10 * s))
    d.ellipse((ox - 48 * s, oy - 158 * s, ox - 32 * s, oy - 142 * s), fill=(156, 163, 175))
    d.polygon(
        [
            (ox + 40 * s, oy - 240 * s),
            (ox + 120 * s, oy - 250 * s),
            (ox + 130 * s, oy - 205 * s),
            (ox + 50 * s, oy - 200 * s),
        ],
        fill=shade,
    )
    d.line((ox + 52 * s, oy - 203 * s, ox + 128 * s, oy - 208 * s), fill=(254, 243, 199), width=int(5 * s))


def product():
    w, h = 520, 520
    im = Image.new("RGB", (w, h), (243, 244, 246))
    d = ImageDraw.Draw(im)
    d.ellipse((90, 400, 430, 450), fill=(229, 231, 235))
    lamp(d, 230, 420, 1.5)
    return im


def lifestyle():
    w, h = 520, 300
    im = Image.new("RGB", (w, h), (30, 27, 46))
    glow = Image.new("RGB", (w, h), (0, 0, 0))
    gd = ImageDraw.Draw(glow)
    gd.polygon([(365, 70), (290, 240), (460, 240)], fill=(120, 90, 30))
    glow = glow.filter(ImageFilter.GaussianBlur(30))
    im = Image.blend(im, glow, 0.6)
    d = ImageDraw.Draw(im)
    d.rectangle((0, 240, w, h), fill=(120, 80, 50))
    d.rectangle((0, 236, w, 242), fill=(150, 105, 70))
    d.rectangle((40, 40, 160, 130), fill=(45, 55, 90))
    for _ in range(12):
        x, y = random.randint(44, 156), random.randint(44, 126)
        d.point((x, y), fill=(230, 230, 255))
    d.rectangle((60, 200, 200, 236), fill=(229, 231, 235))
    d.line((70, 210, 190, 210), fill=(156, 163, 175), width=2)
    d.rectangle((220, 214, 250, 236), fill=(180, 83, 9))
    lamp(d, 300, 236, 0.8, (209, 213, 219))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    for i, im in enumerate([logo(), product(), lifestyle()], 1):
        im.save(OUT / f"asset_{i:03d}.png")


if __name__ == "__main__":
    main()
