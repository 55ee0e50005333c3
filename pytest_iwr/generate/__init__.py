"""Generators: a task in, one self-contained ``index.html`` out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PLACEHOLDER = "__PLACEHOLDER_ASSETS_BASE_DIR__"
# Where the sandbox serves a task's assets; placeholders resolve to this path.
ASSETS_URL_PATH = "/assets"


class GenerationError(Exception):
    """The model produced no usable page for this task; it scores 0, the session goes on.

    ``meta`` carries what is known anyway (tokens spent, latency, attempts).
    """

    def __init__(self, message: str, meta: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.meta = dict(meta or {})


class TaskDataError(GenerationError):
    """The task's own files are missing (a checkpoint image, the reference page): an error
    of the task, reported for that item alone and kept out of the model's score."""


@dataclass
class GeneratedPage:
    html: str
    meta: dict[str, Any] = field(default_factory=dict)


def resolve_placeholders(html: str) -> str:
    """Point the paper's asset placeholder at the sandbox's asset route."""
    return html.replace(PLACEHOLDER + "/", ASSETS_URL_PATH + "/").replace(PLACEHOLDER, ASSETS_URL_PATH)


def as_page(result: GeneratedPage | str) -> GeneratedPage:
    page = GeneratedPage(result) if isinstance(result, str) else result
    if not page.html.strip():
        raise GenerationError("the generator returned an empty page")
    page.html = resolve_placeholders(page.html)
    return page
