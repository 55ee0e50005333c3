"""Offline grounding on layouts where what a person reads off the screen decides: the line
a row's name is in, a card under its heading, a board's own headings, counting within the
region named, nothing written on a square. Real Chromium, the real ranker and embedding."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from pytest_iwr.agent.locate import LocateError
from pytest_iwr.agent.offline import OfflineGrounder
from pytest_iwr.tasks import Step

SEQUENCER = """
<style>
  body { font: 14px sans-serif; }
  .grid { border: 1px solid #999; padding: 8px; width: 560px; }
  .row { display: flex; align-items: center; gap: 6px; margin: 4px 0; }
  .row b { width: 300px; }
  .row button { width: 34px; height: 34px; }
</style>
<div class="grid">
  <div class="row"><b>Kick drum</b><button>1</button><button>2</button><button>3</button><button>4</button></div>
  <div class="row"><b>Snare drum</b><button>1</button><button>2</button><button>3</button><button>4</button></div>
  <div class="row"><b>Hand clap</b><button>1</button><button>2</button><button>3</button><button>4</button></div>
</div>
"""

PILES = """
<style>
  body { font: 14px sans-serif; display: flex; gap: 16px; }
  .pile { border: 1px solid #999; border-radius: 8px; padding: 10px; width: 250px; }
  .pile p { height: 60px; margin: 0; }
  .pile button { width: 74px; }
</style>
<div class="pile"><h3>Pile A</h3><p>●●●</p><button>Take 1</button><button>Take 2</button><button>Take 3</button></div>
<div class="pile"><h3>Pile B</h3><p>●●</p><button>Take 1</button><button>Take 2</button><button>Take 3</button></div>
<div class="pile"><h3>Pile C</h3><p>●</p><button>Take 1</button><button>Take 2</button><button>Take 3</button></div>
"""

BOARD = """
<style>
  body { font: 14px sans-serif; }
  table { border-collapse: collapse; }
  td button { width: 50px; height: 50px; }
  th { width: 50px; height: 20px; }
  .score { position: absolute; left: 400px; top: 60px; font-size: 20px; }
</style>
<table>
  <tr><th></th><th>A</th><th>B</th><th>C</th></tr>
  <tr><th>1</th><td><button></button></td><td><button></button></td><td><button></button></td></tr>
  <tr><th>2</th><td><button></button></td><td><button></button></td><td><button></button></td></tr>
  <tr><th>3</th><td><button></button></td><td><button></button></td><td><button></button></td></tr>
</table>
<div class="score">You <span>3</span></div>
"""


def tic_tac_toe(*rows: str) -> str:
    """A 3x3 board; each row a string of three marks, "." for an empty square."""
    cells = "".join(f"<button>{'' if mark == '.' else mark}</button>" for row in rows for mark in row)
    return (
        "<style>.board { display: grid; grid-template-columns: repeat(3, 90px); gap: 6px; }"
        " .board button { height: 90px; font-size: 40px; }</style>"
        f'<div class="board">{cells}</div>'
    )


TIC_TAC_TOE = tic_tac_toe("XOX", "OXO", ".OX")

SIDEBAR = """
<style>
  body { font: 14px sans-serif; display: flex; }
  nav { width: 200px; display: flex; flex-direction: column; gap: 4px; }
  nav button { width: 190px; height: 31px; text-align: left; }
  .badge { background: #d33; color: white; border-radius: 8px; padding: 0 6px; }
  main { padding: 20px; }
  main button { width: 190px; height: 31px; }
</style>
<nav>
  <button>Overview</button><button>Customers</button><button>Orders</button>
  <button>Invoices</button><button>Support tickets <span class="badge">8</span></button><button>Settings</button>
</nav>
<main><button>Export</button> <button>Import</button></main>
"""

CONVERTER = """
<style>body { font: 14px sans-serif; } .row { display: flex; gap: 12px; align-items: end; }</style>
<div class="row">
  <label>Value<br><input value="-40"></label>
  <label>From<br><select><option>Celsius (°C)</option><option>Kelvin (K)</option></select></label>
  <button>⇄ Swap</button>
  <label>To<br><select><option>Kelvin (K)</option><option>Celsius (°C)</option></select></label>
</div>
"""

ONE_FIELD = """
<h2>Your maximum bid</h2><p>Enter an amount above the current bid.</p>
<input value="620" style="width: 400px"> <button>Place bid</button>
"""

TWO_FIELDS = """
<input style="width: 300px"> <input style="width: 300px"> <button>Place bid</button>
"""


def step(action: str, description: str, text: str | None = None) -> Step:
    return Step(action=action, description=description, text=text)


def grounded(page: Page, html: str, action: str, description: str, text: str | None = None):
    page.set_content(html)
    return OfflineGrounder()(page, step(action, description, text), 1)


def index_among(element, selector: str) -> int:
    return element.evaluate(f"el => [...document.querySelectorAll({selector!r})].indexOf(el)")


def test_a_pad_in_a_row_is_in_the_line_of_the_row_name_not_any_row_of_the_grid(page: Page):
    pad = grounded(page, SEQUENCER, "click", 'Click pad "3" in the "Snare drum" row')
    assert index_among(pad, "button") == 4 + 2


def test_under_a_card_heading_is_in_that_card_though_not_straight_below_it(page: Page):
    take = grounded(page, PILES, "click", 'Click "Take 3" under "Pile B"')
    assert index_among(take, "button") == 3 + 2


def test_the_middle_one_counts_within_the_region_named(page: Page):
    take = grounded(page, PILES, "click", "Hit the Take 2 btn in the Pile A box, the middle one of its three")
    assert index_among(take, "button") == 1


def test_board_coordinates_use_the_boards_headings_not_a_score_reading_the_same_digit(page: Page):
    square = grounded(page, BOARD, "click", "Click square B3 (column B, row 3) to place a disc")
    assert index_among(square, "button") == 2 * 3 + 1


def test_a_free_square_is_one_with_nothing_on_it(page: Page):
    square = grounded(page, TIC_TAC_TOE, "click", "Click the last free square, bottom left")
    assert index_among(square, "button") == 6


def test_an_ordinal_down_a_sidebar_counts_its_own_list_and_with_reads_what_it_shows(page: Page):
    item = grounded(page, SIDEBAR, "click", "Click the fifth item in the left sidebar, the one with the red 8 badge")
    assert item.inner_text().startswith("Support tickets")


def test_between_reads_both_ends_even_when_they_are_words_like_from_and_to(page: Page):
    swap = grounded(page, CONVERTER, "click", "Click the Swap button between the From and To dropdowns")
    assert swap.inner_text() == "⇄ Swap"


def test_a_field_named_by_what_it_holds_is_the_one_field_that_takes_text(page: Page):
    field = grounded(page, ONE_FIELD, "type", "Replace the amount with 700", "700")
    assert field.evaluate("el => el.tagName") == "INPUT"


def test_the_same_words_over_two_alike_fields_are_no_pick(page: Page):
    with pytest.raises(LocateError) as caught:
        grounded(page, TWO_FIELDS, "type", "Replace the amount with 700", "700")
    assert caught.value.kind in ("ambiguous", "not grounded")


TRANSFER = """
<style>label { display: block; margin: 10px; } select { width: 300px; }</style>
<h2>Transfer money</h2>
<label>From account<br><select><option>Choose an account</option><option>Everyday Checking (••4821)</option></select></label>
<label>To account<br><select><option>Choose an account</option><option>Everyday Checking (••4821)</option></select></label>
<p>Filter: <select><option>All accounts</option></select></p>
"""


def test_a_terse_arrow_note_names_the_dropdown_before_the_arrow(page: Page):
    dropdown = grounded(
        page, TRANSFER, "select", "From account dropdown -> Everyday Checking", "Everyday Checking (••4821)"
    )
    assert index_among(dropdown, "select") == 0


def test_a_capitalised_function_word_shown_on_screen_is_a_label(page: Page):
    dropdown = grounded(
        page, CONVERTER, "select", "Choose Kelvin (K) from the To drop-down on the right.", "Kelvin (K)"
    )
    assert index_among(dropdown, "select") == 1


def test_an_anchor_shown_several_times_is_the_one_its_place_says(page: Page):
    take = grounded(page, PILES, "click", "Click the first button in the middle pile card")
    assert index_among(take, "button") == 3


EDITOR = """
<style>body { font: 14px sans-serif; } .bar button, .foot button { margin-right: 8px; }</style>
<div class="bar"><button>Bold</button><button>Italic</button><button>Link</button></div>
<textarea style="display: block; width: 500px; height: 120px; margin: 12px 0"></textarea>
<div class="foot"><button style="width: 150px">Save changes</button><button>Cancel</button></div>
"""


def test_of_the_pair_counts_within_the_group_of_that_many_whatever_their_widths(page: Page):
    save = grounded(page, EDITOR, "click", "Click the left button of the pair")
    assert save.inner_text() == "Save changes"
    link = grounded(page, EDITOR, "click", "Click the last of the three buttons")
    assert link.inner_text() == "Link"


def test_first_at_the_bottom_is_not_counted_from_the_end(page: Page):
    save = grounded(page, EDITOR, "click", "Click the first of the two buttons at the bottom, left of Cancel")
    assert save.inner_text() == "Save changes"


WIDE_SEQUENCER = (
    "<style>body { font: 14px sans-serif; } .row { display: flex; gap: 4px; margin: 8px 0; } .row b { width: 120px; } .row button { width: 34px; height: 40px; }</style><p style='margin-left: 400px'>Step sequencer</p><div style='border: 1px solid #999; padding: 6px'>"
    + "".join(
        f"<div class='row'><b>{name}</b>" + "".join(f"<button>{n}</button>" for n in range(1, 17)) + "</div>"
        for name in ("Kick drum", "Snare", "Hi-hat", "Hand clap")
    )
    + "</div>"
)


def test_a_look_alike_in_the_line_of_the_row_name_beats_the_others_of_its_grid(page: Page):
    pad = grounded(page, WIDE_SEQUENCER, "click", "Click pad 13 in the Hand clap row of the step grid")
    assert index_among(pad, "button") == 3 * 16 + 12


OPENING = tic_tac_toe("XOX", ".X.", "...")


def test_the_boards_rows_place_an_empty_square_though_a_row_has_none(page: Page):
    square = grounded(
        page, OPENING, "click", "Click the empty square on the left of the middle row, beside the centre X"
    )
    assert index_among(square, "button") == 3
    square = grounded(page, OPENING, "click", "Click the middle square of the top row")
    assert index_among(square, "button") == 1


DEALS = """
<style>
  body { font: 14px sans-serif; }
  table { border-collapse: collapse; width: 800px; border: 1px solid #999; } td { border-top: 1px solid #ccc; padding: 8px; }
  aside { position: absolute; left: 830px; top: 86px; border: 1px solid #999; width: 240px; padding: 0 8px; }
  aside p { margin: 4px 0; }
</style>
<table>
  <tr><td>Harbourview Office Fit-out</td><td>$8,000</td><td>Proposal</td><td><button>Won</button></td></tr>
  <tr><td>Pinecrest Clinic Renewal</td><td>$22,500</td><td>Negotiation</td><td><button>Won</button></td></tr>
  <tr><td>Glenmore Kiosk Pilot</td><td>$12,000</td><td>Qualified</td><td><button>Won</button></td></tr>
</table>
<aside><p>Pinecrest Clinic Renewal moved to Negotiation</p></aside>
"""


def test_a_table_rows_name_places_its_control_however_far_across_not_a_mention_elsewhere(page: Page):
    won = grounded(page, DEALS, "click", 'Click "Won" on the "Pinecrest Clinic Renewal" deal')
    assert index_among(won, "button") == 1


SHEET_ROWS = [("Item", "Qty", "Price", "Cost"), ("Canvas", "2", "30.00", "60.00"), ("Brushes", "4", "8.50", "34.00")]
SHEET = (
    "<style>body { font: 14px sans-serif; } td, th { padding: 0; } td input { width: 100px; }</style><table>"
    + "<tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr>"
    + "".join(
        f"<tr><th>{n}</th>" + "".join(f"<td><input value='{v}'></td>" for v in row) + "</tr>"
        for n, row in enumerate(SHEET_ROWS, 1)
    )
    + "</table>"
)


def test_a_spreadsheet_cell_is_a_text_box_named_by_its_column_heading_and_row_label(page: Page):
    cell = grounded(page, SHEET, "click", 'Click cell D3, the Cost of "Brushes"')
    assert cell.input_value() == "34.00"


TILES = """
<style>
  body { font: 14px sans-serif; }
  .table { display: grid; grid-template-columns: repeat(4, 56px); gap: 4px; }
  .tile { border: 1px solid #889; height: 56px; text-align: center; }
  .tile small { display: block; font-size: 10px; }
  .tile b { font-size: 20px; }
  #detail { margin-top: 12px; }
</style>
<div class="table">
  <div class="tile"><small>24</small><b>Cr</b></div><div class="tile"><small>25</small><b>Mn</b></div>
  <div class="tile"><small>26</small><b>Fe</b></div><div class="tile"><small>27</small><b>Co</b></div>
  <div class="tile"><small>44</small><b>Ru</b></div><div class="tile"><small>45</small><b>Rh</b></div>
  <div class="tile"><small>46</small><b>Pd</b></div><div class="tile"><small>47</small><b>Ag</b></div>
</div>
<p id="detail">Point at an element</p>
<script>
  (() => {  // set_content keeps the window: no top-level const to declare twice
    const names = {Fe: "Iron", Rh: "Rhodium"};
    document.querySelectorAll(".tile").forEach(tile => tile.addEventListener("mouseenter", () => {
      document.querySelector("#detail").textContent = names[tile.querySelector("b").textContent] || "?";
    }));
  })();
</script>
"""


def test_a_hover_target_need_not_be_a_control_a_tile_is_pointed_at_by_what_it_shows(page: Page):
    # Tiles with a mouseenter handler and no pointer cursor: nothing a reader calls a control.
    for description, shown in (
        ('Point at the "Fe" tile (element 26)', "Iron"),
        ("hover the Rh tile, second row", "Rhodium"),
    ):
        element = grounded(page, TILES, "hover", description)
        element.hover()
        assert page.locator("#detail").inner_text() == shown


def test_a_click_is_still_grounded_among_controls_only(page: Page):
    with pytest.raises(LocateError, match="not grounded"):
        grounded(page, TILES, "click", 'Click the "Fe" tile')


FILTER_STRIP = (
    "<style>body { font: 14px sans-serif; } .pill { border: 1px solid #888; border-radius: 12px; padding: 4px 10px; margin-right: 6px; background: #fff; }"
    " .on { background: #222; color: #fff; } .row { margin: 12px 0; }</style>"
    "<h1>Photos</h1><div class='row'><button class='pill on'>All</button><button class='pill'>Nature</button>"
    "<button class='pill'>Architecture</button><button class='pill'>Portraits</button><button class='pill'>Street photography</button></div>"
    "<form style='border: 1px solid #999; padding: 8px; width: 420px'><p>Share this album</p><input placeholder='Email address'>"
    "<div class='row'><button type=button>Back</button> <button type=button style='padding: 6px 24px'>Send invitation</button></div></form>"
)


def test_an_ordinal_from_the_left_counts_along_the_strip_whatever_each_pill_holds(page: Page):
    # Counted along the line, the narrow "All" is the first pill: a count among look-alike
    # widths would skip it.
    third = grounded(page, FILTER_STRIP, "click", "Click the third pill from the left")
    assert third.inner_text() == "Architecture"
    second = grounded(
        page, FILTER_STRIP, "click", "Click the second button from the left at the bottom of the form, right of Back"
    )
    assert second.inner_text() == "Send invitation"


COIN_SLOT = (
    "<style>body { font: 14px sans-serif; } button { margin: 4px; padding: 8px 14px; }</style>"
    "<div style='border: 1px solid #999; padding: 8px; width: 360px'><p>Insert coins</p>"
    "<button>5c</button><button>10c</button><button>25c</button><button>$1</button></div>"
    "<p>Credit: $0.00</p><button>Coin return</button> <button>Cancel order</button>"
)


def test_what_an_ordinal_counts_is_not_a_label_no_control_shows(page: Page):
    # "coin" is written on no coin; the one control whose text has the word is not counted.
    last = grounded(page, COIN_SLOT, "click", "Click the last coin in the Insert coins box")
    assert last.inner_text() == "$1"


CONFIRM_OVER_PAGE = """
<style>
  body { font: 14px sans-serif; }
  .veil { position: fixed; inset: 0; background: rgba(0, 0, 0, 0.4); display: flex; }
  .dialog { margin: auto; background: white; padding: 20px; width: 300px; }
</style>
<ul><li>report.pdf <button>Delete</button></li><li>notes.txt <button>Delete</button></li></ul>
<div class="veil"><div class="dialog"><p>Delete report.pdf?</p><button>Cancel</button> <button>Delete</button></div></div>
"""


def test_what_a_dialogs_backdrop_lies_over_is_no_pick(page: Page):
    # Three Delete buttons show; two are under the veil, where no one can press them.
    delete = grounded(page, CONFIRM_OVER_PAGE, "click", 'Click "Delete"')
    assert index_among(delete, "button") == 3
