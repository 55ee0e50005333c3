"""Perception: one reading of what a user sees, shared by every stage that looks at a page."""

from pytest_iwr.perceive.reader import LiveScreen, read_screen
from pytest_iwr.perceive.screen import Box, Control, Line, Screen, TextRun

__all__ = ["Box", "Control", "Line", "LiveScreen", "Screen", "TextRun", "read_screen"]
