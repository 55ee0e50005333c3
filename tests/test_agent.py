"""The semantic agent on real Chromium: targets resolve by what a user sees."""

import time

import pytest
from playwright.sync_api import Page

from pytest_iwr.agent.actions import ActionError, perform
from pytest_iwr.agent.locate import LocateError, locate
from pytest_iwr.tasks import Step, Target

LIST = """
<ul>
  <li><input type=checkbox aria-label="done"> <span>Buy milk</span> <button>Remove</button></li>
  <li><input type=checkbox aria-label="done"> <span>Walk dog</span> <button>Remove</button></li>
</ul>
<section><h2>Cart</h2><button>Checkout</button></section>
<section><h2>Wishlist</h2><button>Checkout</button></section>
<div class=fake style="cursor:pointer" onclick="this.textContent='Clicked!'">Open menu</div>
<button disabled>Pay now</button>
<button style="display:none">Secret</button>
<label>Email <input id=email></label>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Company logo" width=10 height=10>
"""


@pytest.fixture
def listing(page: Page) -> Page:
    page.set_content(LIST)
    return page


def name_of(handle):
    return handle.evaluate("el => el.innerText || el.getAttribute('aria-label') || el.alt || el.id")


def test_near_picks_the_control_beside_the_text(listing):
    el = locate(listing, Target(role="checkbox", near="Walk dog"), "", 1)
    el.click()
    checked = listing.evaluate("() => [...document.querySelectorAll('input[type=checkbox]')].map(c => c.checked)")
    assert checked == [False, True]


def test_within_picks_the_control_in_the_region_showing_the_text(listing):
    el = locate(listing, Target(role="button", name="Remove", within="Buy milk"), "", 1)
    assert el.evaluate("el => el.parentElement.innerText").strip().startswith("Buy milk")
    el = locate(listing, Target(role="button", name="Checkout", within="Wishlist"), "", 1)
    assert el.evaluate("el => el.parentElement.querySelector('h2').innerText") == "Wishlist"


def test_ambiguous_without_a_qualifier_and_nth_resolves(listing):
    with pytest.raises(LocateError) as err:
        locate(listing, Target(role="button", name="Remove"), "", 0.3)
    assert err.value.kind == "ambiguous"
    second = locate(listing, Target(role="button", name="Remove", nth=1), "", 0.3)
    assert second.evaluate("el => el.parentElement.innerText").strip().startswith("Walk dog")


def test_role_less_clickable_falls_back_to_its_text(listing):
    step = Step(action="click", target=Target(role="button", name="Open menu"), description="Open the menu")
    perform(listing, step, (800, 600), 1)
    assert listing.get_by_text("Clicked!").is_visible()


def test_hidden_disabled_and_not_found_say_why(listing):
    with pytest.raises(LocateError) as err:
        locate(listing, Target(role="button", name="Secret"), "", 0.3)
    assert err.value.kind == "hidden"
    step = Step(action="click", target=Target(role="button", name="Pay now"), description="Pay")
    with pytest.raises(ActionError) as err:
        perform(listing, step, (800, 600), 0.3)
    assert err.value.kind == "disabled"
    with pytest.raises(LocateError) as err:
        locate(listing, Target(role="button", name="Chekout now"), "", 0.3)
    assert err.value.kind == "not found"
    assert "'Checkout' (button)" in str(err.value)  # nearest candidates are listed


def test_label_alt_and_description_only(listing):
    perform(listing, Step(action="type", target=Target(label="Email"), text="a@b.c", description="x"), (800, 600), 1)
    assert listing.input_value("#email") == "a@b.c"
    assert locate(listing, Target(alt="company logo"), "", 0.3).evaluate("el => el.tagName") == "IMG"
    el = locate(listing, None, 'Click the "Open menu" item', 0.3)
    assert el.evaluate("el => el.className") == "fake"
    with pytest.raises(LocateError) as err:
        locate(listing, None, 'Click the "Subscribe" button', 0.3)
    assert err.value.kind == "not grounded"


def test_scroll_honours_direction(page: Page):
    page.set_content("<div style='height:4000px;width:4000px'>tall</div>")
    perform(page, Step(action="scroll", direction="down", description="down"), (800, 600), 1)
    y_after_down = page.evaluate("scrollY")
    assert y_after_down > 0
    perform(page, Step(action="scroll", direction="up", amount=100, description="up"), (800, 600), 1)
    assert page.evaluate("scrollY") == y_after_down - 100
    perform(page, Step(action="scroll", direction="right", description="right"), (800, 600), 1)
    assert page.evaluate("scrollX") > 0


def test_select_native_and_custom_dropdown(page: Page):
    page.set_content(
        """<label>Size <select id=s><option>Small</option><option>Large</option></select></label>
        <div role=combobox aria-label="Color" onclick="document.getElementById('m').hidden=false">Pick</div>
        <ul id=m hidden><li role=option onclick="document.getElementById('out').textContent='Blue!'">Blue</li></ul>
        <p id=out></p>"""
    )
    perform(page, Step(action="select", target=Target(label="Size"), text="Large", description="x"), (800, 600), 1)
    assert page.input_value("#s") == "Large"
    perform(
        page,
        Step(action="select", target=Target(role="combobox", name="Color"), text="Blue", description="x"),
        (800, 600),
        1,
    )
    assert page.text_content("#out") == "Blue!"


def test_the_act_keeps_its_allowance_however_long_grounding_took(page: Page):
    # A button covered for 0.25 s after it is found; grounding itself takes longer than the
    # whole step allowance (a worker's first step loads the embedding model). The page did
    # nothing slow, so the click must still get its own allowance.
    page.set_content(
        "<button onclick=\"this.textContent='Saved'\">Save</button>"
        "<div id=veil style='position:fixed;inset:0;background:#fff8'></div>"
    )

    def slow_grounder(page_: Page, step: Step, timeout: float):
        time.sleep(2.2)
        page_.evaluate("setTimeout(() => document.getElementById('veil').remove(), 250)")
        return page_.query_selector("button")

    perform(page, Step(action="click", description="Click Save"), (800, 600), 1.0, slow_grounder)
    assert page.get_by_text("Saved").is_visible()
