"""The pixel difference between an expected and an actual checkpoint, as a picture."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

# Chromium's anti-aliasing moves edge pixels by a few levels between runs of the same
# page; below this per-channel change a pixel counts as the same.
TOLERANCE = 8
# Unchanged pixels keep a faint trace of the expected image so the red reads in context.
CONTEXT_WEIGHT = 0.25


@dataclass(frozen=True)
class Difference:
    image: Image.Image  # RGB: the expected image faded, changed pixels in red
    changed: int  # pixels that differ (including where only one image has pixels)
    total: int

    @property
    def fraction(self) -> float:
        return self.changed / self.total if self.total else 0.0


def _on_canvas(image: Image.Image, size: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """The image's RGB values on a ``size`` canvas, and where the image covers it."""
    width, height = size
    pixels = np.zeros((height, width, 3), dtype=np.int16)
    covered = np.zeros((height, width), dtype=bool)
    rgb = np.asarray(image.convert("RGB"), dtype=np.int16)
    pixels[: rgb.shape[0], : rgb.shape[1]] = rgb
    covered[: rgb.shape[0], : rgb.shape[1]] = True
    return pixels, covered


def difference(expected: Image.Image, actual: Image.Image, tolerance: int = TOLERANCE) -> Difference:
    """Compare two images pixel by pixel, top-left aligned.

    Images of different sizes are compared on the larger canvas: where only one of them
    has pixels, every pixel differs (a page of the wrong height is a visible difference).
    """
    size = (max(expected.width, actual.width), max(expected.height, actual.height))
    want, want_covered = _on_canvas(expected, size)
    got, got_covered = _on_canvas(actual, size)
    delta = np.abs(want - got).max(axis=2)
    delta[want_covered != got_covered] = 255
    changed = delta > tolerance

    luma = want @ np.array([0.299, 0.587, 0.114])
    faded = 255 - (255 - luma) * CONTEXT_WEIGHT
    out = np.repeat(faded[..., None], 3, axis=2)
    # The larger the change, the deeper the red: a shifted edge reads lighter than a missing block.
    strength = np.clip(0.5 + delta / 255, 0.0, 1.0)[changed]
    out[changed] = np.stack([np.full_like(strength, 255), 255 * (1 - strength), 255 * (1 - strength)], axis=1)
    image = Image.fromarray(out.round().astype(np.uint8), "RGB")
    return Difference(image=image, changed=int(changed.sum()), total=int(changed.size))
