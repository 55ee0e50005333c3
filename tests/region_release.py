"""A release-format dataset whose descriptions name their elements the way annotators do:
by region phrases of every kind (next to, left or right of, above or below, between, in a
card, under a heading, of a row, for, belonging to, in a column, list or panel), ordinals,
colours, sizes, shapes, icon names and control-word synonyms; never by a structured target.

Every phrase picks one of several look-alike controls (four "Save", three "Delete", two
"▲"...). Each control darkens when pressed, in its own place, so the visual proxy sees a
wrong pick: the change the ground truth shows is missing where it should be. (The
nameless dots and swatches carry meaningless titles only so that the ground truth can be
recorded with structured targets; nothing a user sees tells them apart but place and colour.)
"""

from __future__ import annotations

VIEWPORT = (1000, 700)

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Workbench</title><style>
body{font:14px 'DejaVu Sans',sans-serif;margin:10px;color:#1f2937;background:#f8fafc}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:10px}
.box{border:1px solid #cbd5e1;border-radius:8px;background:#fff;padding:8px}
h2{font-size:15px;margin:0 0 6px}
button{font:inherit;cursor:pointer;border:1px solid #94a3b8;background:#e2e8f0;border-radius:4px;padding:2px 8px;margin:2px}
a{color:#1d4ed8;cursor:pointer}
.row{display:flex;align-items:center;gap:6px;margin:3px 0}
.done{background:#111827 !important;color:#fff !important}
a.done{background:#111827;color:#fff}
.chip{border:1px solid #94a3b8;border-radius:12px;padding:1px 4px 1px 8px;display:inline-flex;align-items:center}
.chip button{border:none;background:none;padding:0 4px}
.stack{display:inline-flex;flex-direction:column;align-items:center;margin-right:14px}
.swatch{width:26px;height:26px;padding:0;border:1px solid #334155}
.round{border-radius:50%;width:30px;height:30px;padding:0}
.big{font-size:20px;padding:8px 22px}
.small{font-size:11px;padding:0 5px}
.pill{border-radius:12px}
table{border-collapse:collapse}td,th{padding:2px 6px;text-align:left}
.switch{width:36px;height:18px;border-radius:9px;background:#cbd5e1;position:relative;padding:0;border:none}
.switch::after{content:'';position:absolute;left:2px;top:2px;width:14px;height:14px;border-radius:50%;background:#fff}
.switch.done::after{left:20px}
.dot{width:12px;height:12px;border-radius:50%;padding:0}
</style></head><body>
<div class="grid">
  <div class="box"><h2>Tags</h2>
    <span class="chip">Apples<button>✕</button></span> <span class="chip">Pears<button>✕</button></span>
    <span class="chip">Plums<button>✕</button></span></div>
  <div class="box"><h2>Basket</h2>
    <div class="row"><button>−</button><span>Qty 3</span><button>+</button></div>
    <div class="row"><button>−</button><span>Qty 5</span><button>+</button></div></div>
  <div class="box"><h2>Results</h2>
    <div class="row"><button>‹</button><span>Page 2</span><button>›</button></div>
    <div class="row"><button>‹</button><span>Week 9</span><button>›</button></div></div>
  <div class="box"><h2>Mixer</h2>
    <span class="stack"><button>▲</button><span>Volume</span><button>▼</button></span>
    <span class="stack"><button>▲</button><span>Bass</span><button>▼</button></span></div>
  <div class="box"><h2>Routes</h2>
    <div class="row"><span>London</span><button>⇄</button><span>Paris</span></div>
    <div class="row"><span>Rome</span><button>⇄</button><span>Oslo</span></div></div>
  <div class="box"><h2>Profile</h2><div>Lena Ortiz, designer</div><button>Save</button></div>
  <div class="box"><h2>Billing</h2><div>Visa ending 4242</div><button>Save</button></div>
  <div class="box"><h2>Shipping</h2><div>12 Harbour Road <a href="#">Edit</a></div>
    <h2 style="margin-top:6px">Payment</h2><div>Paid by card <a href="#">Edit</a></div></div>
  <div class="box"><h2>Invoices</h2><table>
    <tr><td>Invoice 41</td><td>$120</td><td><button>Delete</button></td></tr>
    <tr><td>Invoice 42</td><td>$75</td><td><button>Delete</button></td></tr>
    <tr><td>Invoice 43</td><td>$310</td><td><button>Delete</button></td></tr></table></div>
  <div class="box"><h2>Shifts</h2><table><tr><th>Mon</th><th>Tue</th><th>Wed</th></tr>
    <tr><td><button>+</button></td><td><button>+</button></td><td><button>+</button></td></tr></table></div>
  <div class="box"><h2>Comments</h2>
    <div><b>Maya</b>: Love the new colours. <a href="#">Reply</a></div>
    <div><b>Theo</b>: Could it be darker? <a href="#">Reply</a></div></div>
  <div class="box"><h2>People</h2>
    <div class="row"><span>Ines Duarte</span><button>Follow</button></div>
    <div class="row"><span>Omar Haddad</span><button>Follow</button></div></div>
  <div class="box"><h2>Filters</h2><div>In stock only</div><button>Reset</button></div>
  <div class="box"><h2>Sort</h2><div>Price, low to high</div><button>Reset</button></div>
  <div class="box"><h2>Rating</h2><button>☆</button><button>☆</button><button>☆</button><button>☆</button><button>☆</button>
    <div class="row"><button class="dot" title="k1"></button><button class="dot" title="k2"></button><button class="dot" title="k3"></button></div></div>
  <div class="box"><h2>Product</h2><div class="row"><button>Overview</button><button>Specs</button><button>Reviews</button></div>
    <div class="row"><button class="pill">Small</button><button class="pill">Medium</button><button class="pill">Large</button></div></div>
  <div class="box"><h2>Pinned</h2><div><button>Pin</button> Q3 roadmap</div><div><button>Pin</button> Hiring plan</div>
    <div><button>Pin</button> Offsite notes</div></div>
  <div class="box"><h2>Colour</h2>
    <button class="swatch" style="background:#dc2626" title="k4"></button>
    <button class="swatch" style="background:#16a34a" title="k5"></button>
    <button class="swatch" style="background:#2563eb" title="k6"></button></div>
  <div class="box"><h2>Checkout</h2><button class="small">Buy</button> <button class="big">Buy</button>
    <div class="row"><button class="round">✎</button><button>✎</button></div></div>
  <div class="box"><h2>Options</h2>
    <div class="row"><input type="checkbox"> Gift wrap</div>
    <div class="row"><button class="switch" role="switch"></button> Dark mode</div>
    <div class="row"><button>Apply</button></div></div>
  <div class="box"><h2>Keypad</h2><button>7</button><button>8</button><button>9</button>
    <div>Name</div><input placeholder="Your name" style="width:120px"></div>
</div>
<script>
for (const el of document.querySelectorAll('button, a'))
  el.addEventListener('click', (event) => { event.preventDefault(); el.classList.toggle('done'); });
</script></body></html>"""


def _click(description: str, target: dict, visual: bool = False) -> tuple[dict, dict]:
    raw = {
        "type": "Click",
        "parameters": {"description": description},
        "logical_assertion": "The control pressed turns dark",
        "visual_evaluation_flag": visual,
    }
    return raw, target


def _button(name: str, nth: int = 0) -> dict:
    return {"role": "button", "name": name, "exact": True, "nth": nth}


# Region phrases: one look-alike among several, told apart by the thing it belongs to.
RELATIONS = [
    _click('Click the close icon next to "Apples"', _button("✕", 0), visual=True),
    _click('Press the button left of "Qty 5"', _button("−", 1)),
    _click("Tap the arrow right of Page 2", _button("›", 0)),
    _click('Hit the button above "Bass"', _button("▲", 1)),
    _click("Click the button below Volume", _button("▼", 0)),
    _click("Click the swap button between London and Paris", _button("⇄", 0)),
    _click("Click Save in the Billing card", _button("Save", 1)),
    _click("Open the Edit link under the Payment heading", {"role": "link", "name": "Edit", "nth": 1}),
    _click("Click the Delete button for Invoice 42", _button("Delete", 1)),
    _click("Click the + in the Tue column", _button("+", 3)),
    _click("Click the Reply link of Maya's comment", {"role": "link", "name": "Reply", "nth": 0}),
    _click("Choose the Follow button belonging to Omar Haddad", _button("Follow", 1)),
    _click("Click Reset in the Sort panel", _button("Reset", 1)),
    _click("Save (Profile card)", _button("Save", 0), visual=True),
]

# Ordinals among look-alikes, visual attributes, icon names and control-word synonyms.
ATTRIBUTES = [
    _click("Click the second star", _button("☆", 1), visual=True),
    _click("Pick the last tab of the top row in the Product card", _button("Reviews")),
    _click("Click the middle dot", {"title": "k2"}),
    _click("Click the bottom Pin button", _button("Pin", 2)),
    _click("Click the leftmost swatch", {"title": "k4"}),
    _click("Click the green swatch", {"title": "k5"}),
    _click("Click the large Buy button", _button("Buy", 1)),
    _click("Click the round pencil button", _button("✎", 0)),
    _click('Pick the "Large" pill', _button("Large")),
    _click('Tick the "Gift wrap" box', {"role": "checkbox"}),
    _click('Flip the "Dark mode" switch', {"role": "switch"}),
    _click('Hit the "Apply" btn', _button("Apply")),
    _click("Press the 8 key", _button("8")),
    (
        {
            "type": "Type",
            "parameters": {"description": "Type Lena into the name box", "text": "Lena"},
            "logical_assertion": "The name field shows Lena",
            "visual_evaluation_flag": True,
        },
        {"placeholder": "Your name"},
    ),
]

TASKS = {"reg_001": (PAGE, RELATIONS, "Productivity"), "reg_002": (PAGE, ATTRIBUTES, "E-commerce")}
