"""The built-in generators: ``reference`` (ceiling), ``static`` (floor) and ``dir:PATH``."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from pytest_iwr.generate import GeneratedPage, GenerationError, TaskDataError
from pytest_iwr.tasks import Task

BUILTIN_MODELS = ("reference", "static", "dir:PATH")


def reference_page(task: Task) -> GeneratedPage:
    """The original app the video was recorded from."""
    try:
        return GeneratedPage(task.reference_html.read_text(encoding="utf-8"), {"generator": "reference"})
    except FileNotFoundError as exc:
        raise TaskDataError(f"task {task.id}: reference page missing: {task.reference_html}") from exc


def static_page(task: Task) -> GeneratedPage:
    """A page that only shows the initial screenshot and does nothing."""
    shot = task.checkpoint_image(0)
    if not shot.exists():
        raise TaskDataError(f"task {task.id}: no initial screenshot {shot} (run `python -m pytest_iwr record`)")
    data = base64.b64encode(shot.read_bytes()).decode("ascii")
    width, height = task.viewport
    html = (
        "<!doctype html><html><head><meta charset='utf-8'><title>static</title>"
        "<style>html,body{margin:0;padding:0;overflow:hidden}</style></head><body>"
        f"<img src='data:image/png;base64,{data}' width='{width}' height='{height}' alt=''>"
        "</body></html>"
    )
    return GeneratedPage(html, {"generator": "static"})


def directory_page(task: Task, folder: Path) -> GeneratedPage:
    """A page written earlier at ``folder/<task-id>/index.html`` (the IWR-Bench harness layout)."""
    path = folder / task.id / "index.html"
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise GenerationError(f"no generated page at {path}") from exc
    # A model can emit bytes that are not UTF-8; the browser copes, so do we.
    return GeneratedPage(raw.decode("utf-8", errors="replace"), {"generator": "dir", "path": str(path)})


@pytest.hookimpl(trylast=True)
def pytest_iwr_generate(task: Task, model: str, config: pytest.Config) -> GeneratedPage | None:
    if model == "reference":
        return reference_page(task)
    if model == "static":
        return static_page(task)
    if model.startswith("dir:"):
        folder = Path(model[len("dir:") :]).expanduser()
        if not folder.is_absolute():
            folder = Path(config.invocation_params.dir) / folder
        return directory_page(task, folder)
    return None
