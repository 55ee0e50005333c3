import io

from PIL import Image

from pytest_iwr.judge.structured import check_changed, check_scrolled, check_text, normalize_text
from pytest_iwr.tasks import Expectation


def exp(**kw):
    return Expectation(**kw)


TEXT = normalize_text("Cart\n  3 items   Total: $24.00\nBuy milk Buy milk")


def test_visible_and_absent_text_ignore_case_and_whitespace():
    assert check_text(exp(visible_text="TOTAL:  $24.00"), TEXT).passed
    assert not check_text(exp(visible_text="Total: $25"), TEXT).passed
    assert check_text(exp(absent_text="Checkout"), TEXT).passed
    failed = check_text(exp(absent_text="cart"), TEXT)
    assert not failed.passed and failed.detail == "still visible"


def test_text_count_and_regex():
    assert check_text(exp(text_count={"text": "buy milk", "count": 2}), TEXT).passed
    wrong = check_text(exp(text_count={"text": "buy milk", "count": 1}), TEXT)
    assert not wrong.passed and "found 2 times" in wrong.detail
    assert check_text(exp(matches=r"total: \$\d+\.00"), TEXT).passed
    assert not check_text(exp(matches=r"^\d items"), TEXT).passed


def test_scrolled_honours_direction():
    assert check_scrolled("down", (0, 0), (0, 300)).passed
    assert not check_scrolled("up", (0, 0), (0, 300)).passed
    assert check_scrolled("left", (50, 0), (0, 0)).passed


def png(color, size=(40, 30), dot=None):
    img = Image.new("RGB", size, color)
    if dot:
        img.putpixel(dot, (0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def test_changed_sees_one_pixel_but_not_noise():
    base = png((255, 255, 255))
    assert not check_changed(base, png((255, 255, 255))).passed
    assert check_changed(base, png((255, 255, 255), dot=(5, 5))).passed
    assert not check_changed(base, png((252, 252, 252))).passed  # below the noise floor
    assert not check_changed(None, base).passed


def test_changed_pixel_fraction_counts_pixels_beyond_noise_in_any_channel():
    from pytest_iwr.judge.structured import changed_pixel_fraction

    base = png((255, 255, 255), size=(10, 10))
    assert changed_pixel_fraction(base, base) == 0.0
    assert changed_pixel_fraction(base, png((255, 255, 255), size=(10, 10), dot=(1, 1))) == 0.01
    assert changed_pixel_fraction(base, png((255, 255, 230), size=(10, 10))) == 1.0  # a blue-only shift counts
    assert changed_pixel_fraction(base, png((250, 250, 250), size=(10, 10))) == 0.0
    assert changed_pixel_fraction(base, png((255, 255, 255), size=(9, 10))) == 1.0
