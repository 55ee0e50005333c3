"""Hand-built readings of a screen for the pure perception, resolution and check tests."""

from __future__ import annotations

from pytest_iwr.perceive.screen import Box, Control, Screen, TextRun


def run(text: str, x: float, y: float, w: float | None = None, h: float = 16, control: int = -1, kind: str = "text"):
    box = Box(x, y, w if w is not None else 8 * len(text), h)
    return TextRun(text, box, box, box, 16.0, control, kind)


def control(index: int, role: str, x: float, y: float, w: float = 80, h: float = 24, **kw) -> Control:
    tag = kw.pop("tag", {"button": "BUTTON", "textbox": "INPUT", "checkbox": "INPUT"}.get(role, "DIV"))
    return Control(index=index, role=role, tag=tag, box=Box(x, y, w, h), **kw)


def lines_screen(*texts: str) -> Screen:
    """One run per line, top to bottom."""
    return Screen([run(t, 10, 10 + 30 * i) for i, t in enumerate(texts)], [])
