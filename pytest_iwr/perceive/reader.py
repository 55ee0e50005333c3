"""Read what a user sees from a live page: one script, one round trip.

The script (``reader.js``) walks the flat tree (open shadow roots pierced); the result
is a :class:`~pytest_iwr.perceive.screen.Screen` of plain data plus a handle that
turns a control or text index into the element to act on. Closed shadow roots cannot
be read by any script of the page's and stay a known limit.
"""

from __future__ import annotations

import contextlib
import json
from functools import cache
from importlib import resources

from playwright.sync_api import ElementHandle, JSHandle, Page

from pytest_iwr.perceive.icons import page_icons
from pytest_iwr.perceive.screen import Box, Control, Picture, Screen, TextRun

# Elements walked at most per read: a 100,000-element page is still read in bounded time.
MAX_ELEMENTS = 6_000
_KINDS = {"t": "text", "v": "value", "p": "placeholder", "g": "glyph"}

# For each control index and each term, how many levels up (flat tree) the nearest
# ancestor is whose visible text shows the term; an ancestor's text is that of the runs
# under it. A ``word`` term must stand as a whole word, any other as a substring
# (spacing ignored).
REGION_DEPTHS_JS = """
(bundle, [indices, terms, maxDepth]) => {
  const squash = s => (s || '').replace(/\\s+/g, ' ').trim().toLowerCase();
  const up = n => n.assignedSlot || n.parentNode || (n.host ? n.host : null);
  if (!bundle.regionText) {
    const acc = new Map();
    bundle.textEls.forEach((el, i) => {
      const text = ' ' + squash(bundle.data.texts[i].t);
      for (let n = el; n; n = up(n)) acc.set(n, (acc.get(n) || '') + text);
    });
    bundle.regionText = acc;
  }
  const escape = s => s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');
  const tests = terms.map(t => {
    if (t.word) {
      const re = new RegExp('(^|[^a-z0-9])' + escape(squash(t.text)) + '($|[^a-z0-9])');
      return text => re.test(text);
    }
    const want = squash(t.text).replace(/ /g, '');
    return text => text.replace(/ /g, '').includes(want);
  });
  return indices.map(i => tests.map(test => {
    let depth = 0;
    for (let n = bundle.controlEls[i]; n && depth <= maxDepth; n = up(n)) {
      if (n.nodeType !== 1) continue;
      if (test(bundle.regionText.get(n) || '')) return depth;
      depth++;
    }
    return null;
  }));
}
"""


RELATIONS_JS = """(b, t) => {
  const rel = e => e === t ? 2 : (e.contains(t) || t.contains(e)) ? 1 : 0;
  return {control: b.controlEls.map(rel), text: b.textEls.map(rel), picture: b.pictureEls.map(rel)};
}"""


@cache
def reader_script() -> str:
    return resources.files("pytest_iwr.perceive").joinpath("reader.js").read_text(encoding="utf-8")


def _box(raw: list[float]) -> Box:
    return Box(float(raw[0]), float(raw[1]), float(raw[2]), float(raw[3]))


def screen_from_data(data: dict) -> Screen:
    """The plain reading of ``reader.js``'s data (also what the tests build by hand)."""
    texts = [
        TextRun(
            text=t["t"],
            box=Box(t["x"], t["y"], t["w"], t["h"]),
            first=_box(t["f"]),
            last=_box(t["e"]),
            font_size=float(t["fs"]),
            control=int(t["c"]),
            kind=_KINDS.get(t["k"], "text"),
        )
        for t in data["texts"]
    ]
    controls = [
        Control(
            index=i,
            role=c["role"],
            tag=c["tag"],
            box=Box(c["x"], c["y"], c["w"], c["h"]),
            name=c.get("name") or "",
            value=c.get("value"),
            placeholder=c.get("ph") or "",
            parent=int(c.get("p", -1)),
            input_type=c.get("type") or "",
            disabled=bool(c.get("dis")),
            checked=c.get("chk"),
            editable=bool(c.get("edit")),
            background=c.get("bg") or "",
            colour=c.get("fg") or "",
            radius=float(c.get("rad") or 0.0),
            covered=bool(c.get("cov")),
        )
        for i, c in enumerate(data["controls"])
    ]
    pictures = [
        Picture(i, Box(p["x"], p["y"], p["w"], p["h"]), p.get("alt") or "", int(p.get("c", -1)))
        for i, p in enumerate(data.get("pictures", []))
    ]
    vw, vh = data.get("viewport", (1280, 720))
    sx, sy = data.get("scroll", (0, 0))
    panels = [_box(p) for p in data.get("panels", [])]
    return Screen(
        texts,
        controls,
        pictures,
        panels,
        (float(vw), float(vh)),
        (float(sx), float(sy)),
        bool(data.get("truncated")),
    )


class LiveScreen:
    """A :class:`Screen` together with the page elements it was read from.

    Use as a context manager (or call :meth:`close`) so the page can free the elements.
    """

    def __init__(self, page: Page) -> None:
        self._bundle: JSHandle | None = page.evaluate_handle(reader_script(), MAX_ELEMENTS)
        # One JSON string: Playwright's own serialisation of many small objects costs 3x more.
        self.data: dict = json.loads(self._bundle.evaluate("b => JSON.stringify(b.data)"))
        self.screen = screen_from_data(self.data)
        self.screen.icon_source = page_icons(page, self.screen)

    def __enter__(self) -> LiveScreen:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._bundle is not None:
            with contextlib.suppress(Exception):  # the page is gone; nothing left to free
                self._bundle.dispose()
            self._bundle = None

    def _element(self, array: str, index: int) -> ElementHandle:
        assert self._bundle is not None, "the reading was closed"
        handle = self._bundle.evaluate_handle(f"(b, i) => b.{array}[i]", index)
        element = handle.as_element()
        if element is None:
            raise LookupError(f"no element for {array}[{index}]")
        return element

    def control_element(self, index: int) -> ElementHandle:
        return self._element("controlEls", index)

    def text_element(self, index: int) -> ElementHandle:
        return self._element("textEls", index)

    def picture_element(self, index: int) -> ElementHandle:
        return self._element("pictureEls", index)

    def relations(self, target: ElementHandle) -> dict[str, list[int]]:
        """Per part of the reading (``control``, ``text``, ``picture``), how each element
        stands to ``target``: 2 it is the target, 1 one holds the other, 0 elsewhere
        (benchmarks/grounding.py: whether a pick lands in the element a step meant)."""
        assert self._bundle is not None, "the reading was closed"
        return self._bundle.evaluate(RELATIONS_JS, target)

    def term_depths(self, controls: list[int], terms: list[dict], max_depth: int = 10_000) -> list[list[int | None]]:
        """Per control, per term (``{"text", "word"}``): levels up to an ancestor showing it."""
        assert self._bundle is not None, "the reading was closed"
        if not controls or not terms:
            return [[] for _ in controls]
        return [list(row) for row in self._bundle.evaluate(REGION_DEPTHS_JS, [controls, terms, max_depth])]

    def region_depths(self, controls: list[int], needle: str) -> list[int | None]:
        return [row[0] for row in self.term_depths(controls, [{"text": needle, "word": False}])]


def read_screen(page: Page) -> Screen:
    """What a user sees on ``page`` now, as plain data (one round trip, no element handles)."""
    raw = page.evaluate(f"(limit) => JSON.stringify(({reader_script()})(limit).data)", MAX_ELEMENTS)
    screen = screen_from_data(json.loads(raw))
    screen.icon_source = page_icons(page, screen)
    return screen
