"""Icons drawn rather than written (perceive/icons.py): a cross drawn as two SVG strokes is
the "✕" a target names, as it is to a user; a swatch or a photo names nothing."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw
from playwright.sync_api import Page

from pytest_iwr.agent.locate import locate
from pytest_iwr.perceive import read_screen
from pytest_iwr.perceive.icons import recognise
from pytest_iwr.tasks import Target


def drawn(draw) -> np.ndarray:
    image = Image.new("RGB", (28, 28), (255, 255, 255))
    draw(ImageDraw.Draw(image))
    return np.asarray(image)


def test_strokes_read_as_the_symbol_they_draw():
    cross = drawn(
        lambda d: (
            d.line((8, 8, 20, 20), fill=(90, 90, 110), width=2),
            d.line((20, 8, 8, 20), fill=(90, 90, 110), width=2),
        )
    )
    plus = drawn(
        lambda d: (d.line((14, 6, 14, 22), fill=(0, 0, 0), width=2), d.line((6, 14, 22, 14), fill=(0, 0, 0), width=2))
    )
    up = drawn(lambda d: d.polygon([(14, 5), (24, 22), (4, 22)], fill=(30, 30, 30)))
    assert (recognise(cross), recognise(plus), recognise(up)) == ("×", "+", "▲")


def test_patches_and_noise_read_as_no_symbol():
    swatch = drawn(lambda d: d.rectangle((0, 0, 27, 27), fill=(22, 163, 74)))
    blank = drawn(lambda d: None)
    rng = np.random.default_rng(0)
    photo = rng.integers(0, 255, (28, 28, 3), dtype=np.uint8)
    assert (recognise(swatch), recognise(blank), recognise(photo)) == ("", "", "")


ICON_PAGE = """<!doctype html><html><body style="font:16px 'DejaVu Sans';margin:20px">
<ul style="list-style:none;padding:0;width:320px">
  <li style="display:flex;justify-content:space-between;padding:6px">Passport
    <button style="border:none;background:none;cursor:pointer;width:28px;height:28px" onclick="this.parentNode.remove()">
      <svg width="10" height="10" viewBox="0 0 10 10"><path d="M1.5 1.5l7 7M8.5 1.5l-7 7" stroke="#555" stroke-width="1.5"/></svg></button></li>
  <li style="display:flex;justify-content:space-between;padding:6px">Hiking boots
    <button style="border:none;background:none;cursor:pointer;width:28px;height:28px" onclick="this.parentNode.remove()">
      <svg width="10" height="10" viewBox="0 0 10 10"><path d="M1.5 1.5l7 7M8.5 1.5l-7 7" stroke="#555" stroke-width="1.5"/></svg></button></li>
</ul>
<button style="width:30px;height:30px;background:#2563eb;border:none;cursor:pointer"></button>
</body></html>"""


def test_a_target_named_by_a_glyph_finds_the_control_that_draws_it(page: Page):
    page.set_content(ICON_PAGE)
    screen = read_screen(page)
    crosses = [i for i, symbol in screen.icons.items() if symbol == "×"]
    assert len(crosses) == 2 and len(screen.icons) == 2  # the plain blue square names nothing
    target = Target(role="button", name="✕", within="Hiking boots")
    locate(page, target, 'Click the "✕" of the "Hiking boots" row', timeout=2.0).click()
    assert "Hiking boots" not in read_screen(page).text and "Passport" in read_screen(page).text
