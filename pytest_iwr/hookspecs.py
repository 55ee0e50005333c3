"""Hooks that other plugins and a project's conftest.py implement."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pytest_iwr.generate import GeneratedPage
    from pytest_iwr.tasks import Task


@pytest.hookspec(firstresult=True)
def pytest_iwr_generate(task: Task, model: str, config: pytest.Config) -> GeneratedPage | str | None:
    """Write the page for ``task`` as ``model`` would; return None if ``model`` is not yours.

    Return the HTML text or a :class:`pytest_iwr.generate.GeneratedPage`. Asset paths in
    the HTML may use ``__PLACEHOLDER_ASSETS_BASE_DIR__/``; the plugin resolves them.
    Raise :class:`pytest_iwr.generate.GenerationError` when generation fails: the task
    scores 0 with that reason and the session goes on. The built-in generators
    (``reference``, ``static``, ``dir:PATH``) run last, so a conftest can override them.
    """
