import io

from PIL import Image

from pytest_iwr.judge.structured import (
    check_changed,
    check_exact_text,
    check_input_value,
    check_scrolled,
    check_text,
)
from pytest_iwr.perceive.screen import Screen
from pytest_iwr.tasks import Expectation
from tests.screens import control, lines_screen, run


def exp(**kw):
    return Expectation(**kw)


SCREEN = lines_screen("Cart", "3 items   Total: $24.00", "Buy milk Buy milk")


def test_visible_and_absent_text_ignore_case_and_whitespace():
    assert check_text(exp(visible_text="TOTAL:  $24.00"), SCREEN).passed
    assert not check_text(exp(visible_text="Total: $25"), SCREEN).passed
    assert check_text(exp(absent_text="Checkout"), SCREEN).passed
    failed = check_text(exp(absent_text="cart"), SCREEN)
    assert not failed.passed and failed.detail == "still visible"


def test_text_split_into_touching_runs_reads_as_one_word():
    # "$48" + ".00" drawn in two spans that touch: a user reads "$48.00".
    screen = Screen([run("$48", 10, 10, 24), run(".00", 34, 10, 24)], [])
    assert screen.text == "$48.00"
    assert check_text(exp(visible_text="$48.00"), screen).passed
    # Apart on the line: two words. Where the check has a space, the page may have none.
    apart = Screen([run("48", 10, 10, 16), run("+", 40, 10, 8)], [])
    assert apart.text == "48 +"
    assert check_text(exp(visible_text="48 +"), apart).passed
    assert check_text(exp(visible_text="48 +"), Screen([run("48+", 10, 10)], [])).passed
    assert check_text(exp(visible_text="48 +"), Screen([run("48", 10, 10), run("+", 10, 40)], [])).passed


def test_a_word_is_never_found_across_two_pieces_of_text():
    # "1 adult" beside a "Search flights" button: no "adults" on screen.
    screen = Screen([run("1 adult", 10, 10, 56), run("Search flights", 66, 10, control=0)], [])
    assert not check_text(exp(visible_text="adults"), screen).passed
    assert check_text(exp(absent_text="adults"), screen).passed
    assert screen.find_text("adults") == []


def test_text_count_and_regex():
    assert check_text(exp(text_count={"text": "buy milk", "count": 2}), SCREEN).passed
    wrong = check_text(exp(text_count={"text": "buy milk", "count": 1}), SCREEN)
    assert not wrong.passed and "found 2 times" in wrong.detail
    assert check_text(exp(matches=r"total: \$\d+\.00"), SCREEN).passed
    assert not check_text(exp(matches=r"^\d items"), SCREEN).passed


def test_exact_text_reads_a_display_but_not_a_key():
    keys = [control(0, "button", 10, 100, tag="BUTTON"), control(1, "button", 100, 100, tag="BUTTON")]
    screen = Screen(
        [run("48 +", 10, 10), run("2", 10, 40), run("2", 20, 104, control=0), run("4", 110, 104, control=1)], keys
    )
    assert check_exact_text("2", screen, "d").passed
    assert not check_exact_text("4", screen, "d").passed  # only a key shows 4
    assert not check_exact_text("48", screen, "d").passed  # "48 +" is not "48"
    # A read-only field as the display counts: a user reads its value.
    field = Screen(
        [run("4", 10, 10, kind="value", control=0)], [control(0, "textbox", 10, 10, editable=True, value="4")]
    )
    assert check_exact_text("4", field, "d").passed


def test_input_value_finds_the_field_by_its_visible_label():
    screen = Screen(
        [run("City", 10, 10), run("Brookhaven", 10, 34, kind="value", control=0)],
        [control(0, "textbox", 10, 30, w=200, value="Brookhaven", editable=True)],
    )
    assert check_input_value(exp(input_value={"target": {"label": "City"}, "value": "Brookhaven"}), screen).passed
    wrong = check_input_value(exp(input_value={"target": {"label": "City"}, "value": "Oslo"}), screen)
    assert not wrong.passed and "Brookhaven" in wrong.detail
    assert check_input_value(exp(input_value={"value": "Brookhaven"}), screen).passed


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
