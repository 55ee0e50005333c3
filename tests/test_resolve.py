"""Target resolution as pure rules over what a user sees (agent/resolve.py)."""

import pytest

from pytest_iwr.agent.resolve import Unresolved, resolve
from pytest_iwr.perceive import glyphs
from pytest_iwr.perceive.labels import visible_labels
from pytest_iwr.perceive.screen import Box, Screen
from pytest_iwr.tasks import Target
from tests.screens import control, run


def settings_row() -> Screen:
    # "Push notifications ............ On [switch]": a page that draws the switch as a bare div.
    return Screen(
        [run("Push notifications", 250, 264), run("Alerts on your phone", 250, 282, h=14), run("On", 950, 272)],
        [control(0, "generic", 980, 268, w=46, h=24)],
    )


def test_a_name_shown_only_as_text_resolves_to_the_control_it_labels_never_the_text():
    pick = resolve(settings_row(), Target(role="switch", name="Push notifications"))
    assert (pick.kind, pick.index) == ("control", 0)


def test_a_labelled_role_without_a_control_beside_its_text_is_not_found():
    screen = Screen([run("Push notifications", 250, 264)], [control(0, "generic", 980, 500, w=46)])
    with pytest.raises(Unresolved) as err:
        resolve(screen, Target(role="switch", name="Push notifications"))
    assert err.value.kind == "not found"


def test_within_falls_back_to_closeness_when_regions_do_not_decide():
    # Adults and Children steppers share one container: both "+" have the same region depth.
    screen = Screen(
        [run("Adults", 10, 10), run("+", 204, 12, control=0), run("Children", 10, 50), run("+", 204, 52, control=1)],
        [control(0, "button", 200, 8, w=24), control(1, "button", 200, 48, w=24)],
    )
    same_depth = lambda indices, needle: [2 for _ in indices]  # noqa: E731
    assert resolve(screen, Target(role="button", name="+", within="Adults"), same_depth).index == 0
    assert resolve(screen, Target(role="button", name="+", within="Children"), same_depth).index == 1
    no_region = lambda indices, needle: [None for _ in indices]  # noqa: E731
    assert resolve(screen, Target(role="button", name="+", within="Children"), no_region).index == 1
    # A region that decides wins over closeness.
    by_dom = lambda indices, needle: [1, 3]  # noqa: E731
    assert resolve(screen, Target(role="button", name="+", within="Children"), by_dom).index == 0


def test_glyphs_match_their_look_alikes():
    screen = Screen(
        [run("＋", 204, 12, control=0), run("▶▶", 300, 12, control=1)],
        [control(0, "button", 200, 8), control(1, "generic", 300, 8)],
    )
    assert resolve(screen, Target(role="button", name="+")).index == 0
    assert resolve(screen, Target(role="button", name="⏭")).index == 1
    assert glyphs.same_glyph("✕", "×") and glyphs.same_glyph("✎", "✏") and not glyphs.same_glyph("+", "−")
    assert glyphs.as_glyph(" ⏭ ") == "⏭" and glyphs.as_glyph("Next") == ""


def test_accessible_names_help_but_are_never_needed():
    screen = Screen([run("⏭", 204, 12, control=0)], [control(0, "button", 200, 8, name="Next track")])
    assert resolve(screen, Target(role="button", name="Next track")).index == 0
    with pytest.raises(Unresolved):
        resolve(screen, Target(role="button", name="Next track"), accessible=False)
    assert resolve(screen, Target(role="button", name="⏭"), accessible=False).index == 0


def test_a_field_is_found_by_the_text_above_or_beside_it():
    screen = Screen(
        [run("Full name", 10, 10), run("City", 10, 80), run("Amount", 700, 36)],
        [control(0, "textbox", 10, 30, w=300, editable=True), control(1, "textbox", 10, 100, w=300, editable=True)],
    )
    assert resolve(screen, Target(label="Full name")).index == 0
    assert resolve(screen, Target(label="City")).index == 1
    assert visible_labels(screen, screen.controls[0]) == ["Full name"]


def test_text_in_another_drawn_region_is_no_label_but_a_page_behind_a_dialog_is_no_wall():
    # A transactions card's "Amount" column heading sits level with the transfer card's
    # dropdown, 60 px to its left: it names the column, not the dropdown.
    cards = [Box(500, 100, 320, 400), Box(850, 100, 400, 400)]
    screen = Screen(
        [run("Amount", 756, 307, w=47, h=14), run("To account", 865, 263, w=78, h=15)],
        [control(0, "combobox", 865, 282, w=366, h=34)],
    )
    screen.panels = cards
    assert visible_labels(screen, screen.controls[0]) == ["To account"]
    # A dialog over a list: the list's row behind holds the label, but no region drawn round
    # the field leaves the label out (the field's own border does not count).
    behind = Screen([run("To", 376, 236, w=14, h=15)], [control(0, "textbox", 440, 226, w=464, h=35)])
    behind.panels = [Box(210, 56, 430, 664), Box(211, 188, 428, 61), Box(440, 226, 464, 35), Box(360, 180, 560, 300)]
    assert visible_labels(behind, behind.controls[0]) == ["To"]


def test_checkbox_labels_are_on_its_row_and_the_closest_label_decides():
    # [x] Design   [x] Data : "Data" is right of the second box and left-far of nothing else.
    screen = Screen(
        [run("Design", 30, 10), run("Data", 130, 10)],
        [control(0, "checkbox", 10, 10, w=14, h=14), control(1, "checkbox", 110, 10, w=14, h=14)],
    )
    assert resolve(screen, Target(role="checkbox", name="Data")).index == 1
    assert resolve(screen, Target(role="checkbox", name="Design")).index == 0
    assert resolve(screen, Target(role="checkbox", near="Data")).index == 1


def test_own_text_beats_a_label_and_exact_beats_partial():
    screen = Screen(
        [run("Save", 10, 10, control=0), run("Save draft", 100, 10, control=1)],
        [control(0, "button", 10, 8), control(1, "button", 100, 8)],
    )
    assert resolve(screen, Target(role="button", name="Save")).index == 0
    assert resolve(screen, Target(role="button", name="draft")).index == 1
    with pytest.raises(Unresolved) as err:
        resolve(screen, Target(role="button", name="Sav"))
    assert err.value.kind == "ambiguous"
    assert resolve(screen, Target(role="button", name="Sav", nth=1)).index == 1


def test_text_targets_pick_the_text_or_the_control_it_is_on():
    screen = Screen([run("Read more", 10, 10), run("Buy", 10, 50, control=0)], [control(0, "button", 10, 48)])
    assert resolve(screen, Target(text="Read more")).kind == "text"
    pick = resolve(screen, Target(text="Buy"))
    assert (pick.kind, pick.index) == ("control", 0)


def test_nth_without_a_name_counts_within_the_group_of_alike_controls():
    # A 3x3 board of empty squares drawn as divs, plus buttons elsewhere on the page.
    squares = [control(i, "generic", 100 + 60 * (i % 3), 100 + 60 * (i // 3), w=56, h=56) for i in range(9)]
    extra = [control(9, "button", 10, 10, w=90, h=30), control(10, "button", 300, 400, w=120, h=36)]
    texts = [run("Restart", 14, 14, control=9), run("New round", 304, 404, control=10)]
    screen = Screen(texts, [*squares, *extra])
    assert resolve(screen, Target(role="button", nth=0)).index == 0
    assert resolve(screen, Target(role="button", nth=4)).index == 4
    assert resolve(screen, Target(role="button", nth=8)).index == 8


def test_a_radio_beside_a_title_and_its_caption_is_named_by_the_title():
    screen = Screen(
        [
            run("Standard", 40, 252),
            run("3–5 business days", 40, 270, h=14),
            run("Express", 40, 312),
            run("1–2 business days", 40, 330, h=14),
        ],
        [control(0, "radio", 10, 260, w=18, h=18), control(1, "radio", 10, 320, w=18, h=18)],
    )
    assert resolve(screen, Target(role="radio", name="Express"), accessible=False).index == 1
    assert resolve(screen, Target(role="radio", name="Standard"), accessible=False).index == 0


def test_a_radio_is_labelled_on_its_right_even_past_a_colour_dot():
    # ○ ● Indigo   ○ ● Teal   ○ ● Rose : the dot widens each radio's gap to its own text.
    radios = [control(i, "radio", 10 + 120 * i, 10, w=14, h=14) for i in range(3)]
    texts = [run(name, 55 + 120 * i, 9, w=48) for i, name in enumerate(("Indigo", "Teal", "Rose"))]
    screen = Screen(texts, radios)
    for i, name in enumerate(("Indigo", "Teal", "Rose")):
        assert resolve(screen, Target(role="radio", name=name), accessible=False).index == i


def test_a_switch_drawn_with_its_state_word_is_found_by_the_title_far_left():
    # "Push notifications ...................... [On (•)]" : one clickable wrap holds "On" and the track.
    screen = Screen(
        [
            run("Email digests", 250, 214),
            run("On", 960, 223, control=0),
            run("Push notifications", 250, 276),
            run("On", 960, 285, control=1),
        ],
        [control(0, "generic", 953, 218, w=74, h=26), control(1, "generic", 953, 280, w=74, h=26)],
    )
    assert resolve(screen, Target(role="switch", name="Push notifications"), accessible=False).index == 1


def test_a_radio_drawn_inside_a_clickable_card_is_the_card_and_never_a_stepper():
    # Room cards are clickable as a whole (the circle is painted inside); "+"/"−" steppers elsewhere.
    texts = [
        run("Garden Suite", 100, 300, control=0),
        run("Family Room", 100, 390, control=1),
        run("−", 665, 160, control=2),
        run("+", 732, 160, control=3),
    ]
    controls = [
        control(0, "generic", 20, 290, w=520, h=80),
        control(1, "generic", 20, 380, w=520, h=80),
        control(2, "button", 660, 155, w=26, h=26),
        control(3, "button", 726, 155, w=26, h=26),
    ]
    screen = Screen(texts, controls)

    def depths(indices, needle):
        return [0 if (i, needle) in {(0, "Garden Suite"), (1, "Family Room")} else 4 for i in indices]

    assert resolve(screen, Target(role="radio", within="Garden Suite"), depths).index == 0
    assert resolve(screen, Target(role="radio", within="Family Room"), depths).index == 1
