"""Draw the assets of friend-finder (seeded, re-runnable): asset_001 the app logo (two overlapping heads)."""

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "assets"


def logo():
    im = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 95, 95), 24, fill=(37, 99, 235))
    d.ellipse((16, 22, 44, 50), fill=(191, 219, 254))
    d.pieslice((6, 52, 54, 100), 180, 360, fill=(191, 219, 254))
    d.ellipse((48, 18, 80, 50), fill=(255, 255, 255))
    d.pieslice((36, 50, 92, 106), 180, 360, fill=(255, 255, 255))
    return im


def main():
    OUT.mkdir(exist_ok=True)
    logo().save(OUT / "asset_001.png")


if __name__ == "__main__":
    main()
