"""The perception layer on real Chromium: visible text is what a user sees, however it is built."""

import pytest
from playwright.sync_api import Page

from pytest_iwr.perceive import LiveScreen, read_screen

HIDDEN_AND_SHOWN = """
<style>
  body { margin: 0; font: 16px sans-serif; }
  .panel { position: relative; width: 300px; height: 200px; overflow: hidden; }
  .drawer { position: absolute; top: 0; right: 0; width: 200px; transform: translateX(100%); }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .list { height: 40px; overflow: auto; }
</style>
<p>Shown text</p>
<div class="panel"><div class="drawer">Closed drawer item</div><span>Panel body</span></div>
<span class="sr">Screen reader only</span>
<span style="color: transparent">Invisible ink</span>
<span style="opacity: 0">Faded out</span>
<span style="visibility: hidden">Hidden <b style="visibility: visible">but this shows</b></span>
<span style="position: absolute; left: -9999px">Far off left</span>
<span style="font-size: 0">No size</span>
<div class="list"><div>Row one</div><div>Row two</div><div>Row three reachable by scrolling</div></div>
<span style="background: linear-gradient(red, blue); -webkit-background-clip: text; color: transparent">Gradient title</span>
<input value="Typed value"> <input placeholder="Search docs"> <select><option>Small</option><option selected>Large</option></select>
<p style="text-transform: uppercase">shouting</p>
<p><span>$48</span><span>.00</span></p>
"""


def test_visible_text_leaves_out_what_no_user_sees(page: Page):
    page.set_content(HIDDEN_AND_SHOWN)
    text = read_screen(page).text
    for shown in (
        "Shown text",
        "Panel body",
        "but this shows",
        "Row three reachable by scrolling",
        "Gradient title",
        "Typed value",
        "Search docs",
        "Large",
        "SHOUTING",
        "$48.00",
    ):
        assert shown in text, shown
    for unseen in (
        "Closed drawer item",
        "Screen reader only",
        "Invisible ink",
        "Faded out",
        "Hidden",
        "Far off left",
        "No size",
        "Small",
    ):
        assert unseen not in text, unseen


def test_opening_the_drawer_shows_its_text(page: Page):
    page.set_content(HIDDEN_AND_SHOWN)
    page.evaluate("document.querySelector('.drawer').style.transform = 'none'")
    assert "Closed drawer item" in read_screen(page).text


SHADOW = """
<script>
customElements.define('x-stepper', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({mode: 'open'});
    root.innerHTML = '<span><slot></slot></span> <button>−</button> <b>1</b> <button>+</button>';
    root.querySelectorAll('button')[1].onclick = () => { root.querySelector('b').textContent = '2'; };
  }
});
customElements.define('x-app', class extends HTMLElement {
  connectedCallback() {
    this.attachShadow({mode: 'open'}).innerHTML = '<h1>Travellers</h1><x-stepper>Adults</x-stepper><x-stepper>Children</x-stepper>';
  }
});
</script>
<x-app></x-app>
"""


def test_open_shadow_roots_and_slots_are_read_in_order(page: Page):
    page.set_content(SHADOW)
    screen = read_screen(page)
    assert screen.text == "Travellers Adults − 1 + Children − 1 +"
    assert [c.role for c in screen.controls] == ["button"] * 4
    assert [screen.glyph(c.index) for c in screen.controls] == ["−", "+", "−", "+"]


def test_a_control_in_a_shadow_root_is_acted_on_through_the_reading(page: Page):
    from pytest_iwr.agent.locate import locate
    from pytest_iwr.tasks import Target

    page.set_content(SHADOW)
    locate(page, Target(role="button", name="+", within="Children"), "", 1).click()
    assert read_screen(page).text == "Travellers Adults − 1 + Children − 2 +"


def test_controls_carry_role_value_label_and_box(page: Page):
    page.set_content(
        """<div style="display:flex;gap:20px;align-items:center"><span>Push notifications</span>
        <div class=sw style="cursor:pointer;width:40px;height:20px;background:#888"></div></div>
        <p>City</p><input value="Oslo" style="width:200px">
        <label><input type=checkbox checked> Remember me</label>"""
    )
    with LiveScreen(page) as live:
        screen = live.screen
        roles = [c.role for c in screen.controls]
        assert roles == ["generic", "textbox", "checkbox"]
        switch, field, box = screen.controls
        assert switch.box.w == pytest.approx(40) and switch.box.h == pytest.approx(20)
        assert field.value == "Oslo" and field.editable
        assert box.checked is True
        from pytest_iwr.perceive.labels import visible_labels

        assert visible_labels(screen, switch) == ["Push notifications"]
        assert visible_labels(screen, field) == ["City"]
        assert visible_labels(screen, box) == ["Remember me"]
        assert live.control_element(1).evaluate("el => el.value") == "Oslo"


def test_scroll_offsets_include_inner_scrollers(page: Page):
    page.set_content("<div id=s style='height:50px;overflow:auto'><div style='height:500px'>x</div></div>")
    assert read_screen(page).scroll == (0.0, 0.0)
    page.evaluate("document.getElementById('s').scrollTop = 120")
    assert read_screen(page).scroll == (0.0, 120.0)


def test_a_huge_page_is_read_in_bounded_time(page: Page):
    import time

    page.set_content("<div>" + "<span>x</span>" * 60000 + "</div><p>end</p>")
    started = time.monotonic()
    screen = read_screen(page)
    assert screen.truncated
    assert time.monotonic() - started < 10


def test_text_running_past_a_clipping_edge_reads_as_far_as_it_shows(page: Page):
    page.set_content(
        "<div style='width:120px;overflow:hidden;white-space:nowrap;font:16px monospace'>Status: playing now</div>"
        "<div style='width:300px;overflow:hidden;white-space:nowrap;font:16px monospace'>Status: paused</div>"
    )
    text = read_screen(page).text
    assert "Status: paused" in text
    assert "playing" not in text and text.startswith("Status: pl")


def test_a_content_pane_that_scrolls_inside_a_fixed_window_is_read_whole(page: Page):
    # body does not scroll; the pane does: text below the window is one scroll of the pane away.
    page.set_content(
        "<style>body{margin:0;height:100vh;overflow:hidden;display:flex}#pane{flex:1;overflow-y:auto}</style>"
        "<div id=pane><div style='height:1500px'>top</div><p>Far down the pane</p></div>"
    )
    assert "Far down the pane" in read_screen(page).text
    page.evaluate("document.getElementById('pane').style.overflowY = 'hidden'")
    assert "Far down the pane" not in read_screen(page).text


BEHIND_A_DIALOG = """
<style>
  body { margin: 0; font: 14px sans-serif; height: 2000px; }
  header { position: fixed; top: 0; left: 0; right: 0; height: 40px; background: #eee; }
  .veil { position: fixed; inset: 0; background: rgba(0, 0, 0, 0.4); display: flex; }
  .dialog { margin: auto; background: white; padding: 20px; width: 300px; }
  main { padding-top: 60px; }
</style>
<header><button id="menu">Menu</button></header>
<main><button id="page-delete">Delete</button><button id="wide" style="width: 900px">Row behind</button></main>
<div class="veil"><div class="dialog"><p>Delete this file?</p><button id="dialog-delete">Delete</button></div></div>
"""


def _covered(page: Page) -> dict[str, bool]:
    with LiveScreen(page) as live:
        controls = live.screen.controls
        return {live.control_element(c.index).evaluate("el => el.id"): c.covered for c in controls}


def test_controls_under_an_overlay_or_outside_an_open_modal_are_marked_covered(page: Page):
    page.set_content(BEHIND_A_DIALOG)
    covered = _covered(page)
    # The veil lies over the page's own Delete, and over every point of the wide row though
    # the dialog's body is in front of part of it; the dialog's Delete is pressable.
    assert covered == {"menu": True, "page-delete": True, "wide": True, "dialog-delete": False}
    page.evaluate("document.querySelector('.veil').remove()")
    assert not any(_covered(page).values())
    # A fixed header over a scrolled control does not cover it: scrolling shows it again.
    page.evaluate("window.scrollTo(0, 50)")
    assert page.evaluate("document.elementFromPoint(20, 20).id") == "menu"  # the header is over it
    assert not any(_covered(page).values())
    # A native modal dialog makes everything outside it unpressable, its backdrop or not.
    page.set_content(
        "<button id='outside'>Outside</button><dialog><button id='inside'>Inside</button></dialog>"
        "<script>document.querySelector('dialog').showModal()</script>"
    )
    assert _covered(page) == {"outside": True, "inside": False}
