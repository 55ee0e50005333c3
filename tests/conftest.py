from __future__ import annotations

import json
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from filelock import FileLock

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
FIXTURE_TASKS = FIXTURES / "tasks"
FIXTURE_PAGES = FIXTURES / "pages"


@pytest.fixture(autouse=True, scope="session")
def _shared_limits_in_a_temporary_dir(tmp_path_factory: pytest.TempPathFactory):
    """Request limits are shared through the file system (generate/ratelimit.py); the
    tests' own, and their child sessions', stay out of the user's cache."""
    patch = pytest.MonkeyPatch()
    patch.setenv("IWR_STATE_DIR", str(tmp_path_factory.mktemp("iwr-state")))
    yield
    patch.undo()


Built = TypeVar("Built")


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], Built]) -> Built:
    """A module fixture's value (often a whole child run) built by the first xdist worker
    that needs it and read back by the others, instead of once per worker (pytest-xdist's
    recipe for fixtures that run once). ``build`` gets a fresh folder; its value is pickled."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return build(tmp_path_factory.mktemp(name))
    shared = tmp_path_factory.getbasetemp().parent / "built-once"  # every worker's basetemp is beside it
    shared.mkdir(exist_ok=True)
    value_file = shared / f"{name}.pickle"
    with FileLock(f"{value_file}.lock"):
        if value_file.exists():
            return pickle.loads(value_file.read_bytes())
        folder = shared / name
        folder.mkdir()
        value = build(folder)
        value_file.write_bytes(pickle.dumps(value))
        return value


# Child runs: visual scoring is tested on its own (test_visual.py), elsewhere it would only
# cost time; checkpoint subtests too (test_subtests.py), elsewhere item counts are asserted.
LEAN_RUN = ("--iwr-visual=off", "--iwr-subtests=off")


@pytest.fixture
def run_suite(pytester: pytest.Pytester):
    """Run the IWR suite in a child pytest and return (outcome, results JSON)."""

    def run(*args: str) -> tuple[pytest.RunResult, dict]:
        out = pytester.path / "results.json"
        result = pytester.runpytest_subprocess("-p", "no:cacheprovider", f"--iwr-json={out}", *LEAN_RUN, *args)
        data = json.loads(out.read_text()) if out.exists() else {}
        return result, data

    return run


BEACONS = """
<img src="http://198.51.100.7/pixel.gif" width="1" height="1" alt="">
<script>
  fetch('http://127.0.0.1:9/steal').catch(() => {});
  try { new WebSocket('ws://example.invalid/socket'); } catch (e) {}
  fetch('file:///etc/passwd').catch(() => {});
</script>
"""


def beacon_pages(root: Path) -> Path:
    """variant-a's page plus requests to other origins, which the fence must block: a
    ``dir:`` model folder."""
    folder = root / "pages" / "notes-counter"
    folder.mkdir(parents=True)
    page = (FIXTURE_PAGES / "variant-a" / "notes-counter" / "index.html").read_text()
    folder.joinpath("index.html").write_text(page.replace("</body>", BEACONS + "</body>"))
    return root / "pages"


def by_task(data: dict) -> dict[tuple[str, str], dict]:
    return {(t["model"], t["task_id"]): t for t in data["tasks"]}
