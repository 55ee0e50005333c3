"""How Chromium is launched: pytest-playwright fixture overrides, and the same for the CLI.

Registered as a plugin after pytest-playwright, so these wrap its fixtures; a
project's conftest.py can still override them.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext
from playwright.sync_api import Error as PlaywrightError

from pytest_iwr.agent.modes import agent_launch_flags

# Chromium needs these flags on a closed, GPU-less machine: no background traffic to
# hosts it cannot reach, no GPU process.
CHROMIUM_ARGS = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-gpu",
    # Partial re-raster after a late change leaves edge pixels that differ run to run;
    # full raster keeps recorded checkpoints reproducible.
    "--disable-partial-raster",
    # A page that allocates without end dies of it at 512 MB of JavaScript heap (a renderer
    # crash, its item fails) instead of taking the machine's memory; watchdog.py caps the rest.
    "--js-flags=--max-old-space-size=512",
)
DEFAULT_CHROMIUM = "/usr/bin/chromium"


def default_browser_path() -> str:
    return os.environ.get("IWR_CHROMIUM", DEFAULT_CHROMIUM)


def launch_args(base: dict | None = None, executable: str | None = None, local: bool = True) -> dict:
    """Playwright ``launch()`` keyword arguments for Chromium on this kind of machine
    (``local=False``: on a browser server's machine, whose files are not ours to check)."""
    args = dict(base or {})
    path = default_browser_path() if executable is None else executable
    if path and "channel" not in args and "executable_path" not in args:
        if local and not Path(path).exists():
            raise FileNotFoundError(f"no Chromium at {path} (apt-get install chromium, or set --iwr-browser-path)")
        args["executable_path"] = path
    extra = list(CHROMIUM_ARGS)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses its own sandbox as root; the README says how to run sandboxed.
        extra.insert(0, "--no-sandbox")
    existing = list(args.get("args", []))
    args["args"] = existing + [a for a in extra if a not in existing]
    return args


def ensure_playwright_ffmpeg() -> Path:
    """Playwright's recorder wants its own ffmpeg build; point it at imageio-ffmpeg's static one."""
    import imageio_ffmpeg
    import playwright

    browsers_json = Path(playwright.__file__).parent / "driver" / "package" / "browsers.json"
    revision = next(b["revision"] for b in json.loads(browsers_json.read_text())["browsers"] if b["name"] == "ffmpeg")
    root = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or Path.home() / ".cache" / "ms-playwright")
    target = root / f"ffmpeg-{revision}" / "ffmpeg-linux"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_symlink():
            target.unlink()
        target.symlink_to(imageio_ffmpeg.get_ffmpeg_exe())
    return target


def server_launch_options(args: dict) -> str:
    """``launch()`` arguments as a Playwright browser server reads them from the
    ``x-playwright-launch-options`` header: the protocol's camelCase names."""
    names = {"executable_path": "executablePath", "chromium_sandbox": "chromiumSandbox"}
    return json.dumps({names.get(key, key): value for key, value in args.items()})


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict, pytestconfig: pytest.Config) -> dict:
    remote = bool(pytestconfig.getoption("iwr_browser_ws", default=None))
    try:
        args = launch_args(browser_type_launch_args, pytestconfig.getoption("iwr_browser_path"), local=not remote)
    except FileNotFoundError as exc:
        raise pytest.UsageError(str(exc)) from exc
    # --iwr-agent=browser-use attaches over CDP: a debugging port in that mode only.
    args["args"] += agent_launch_flags(pytestconfig.getoption("iwr_agent", default="offline"))
    return args


@pytest.fixture(scope="session")
def connect_options(browser_type_launch_args: dict, pytestconfig: pytest.Config) -> dict | None:
    """pytest-playwright connects instead of launching when this is set (--iwr-browser-ws).
    The server launches Chromium with our flags and executable; it sends the page's
    requests back to us (sandbox.py), so it needs no access to the tasks."""
    endpoint = pytestconfig.getoption("iwr_browser_ws", default=None)
    if not endpoint:
        return None
    return {
        "endpoint": endpoint,
        "headers": {"x-playwright-launch-options": server_launch_options(browser_type_launch_args)},
    }


@pytest.fixture(scope="session")
def _iwr_live_browsers() -> Iterator[list[Browser]]:
    browsers: list[Browser] = []
    yield browsers
    for browser in browsers:
        with contextlib.suppress(PlaywrightError):
            browser.close()


@pytest.fixture
def browser(_iwr_live_browsers: list[Browser], launch_browser: Callable[[], Browser]) -> Browser:
    """pytest-playwright's browser, launched again when a crash or a kill took it down,
    so one hostile page costs its own item and not the rest of the worker's."""
    if not _iwr_live_browsers or not _iwr_live_browsers[-1].is_connected():
        _iwr_live_browsers.append(launch_browser())
    return _iwr_live_browsers[-1]


@pytest.fixture
def context(new_context: Callable[..., BrowserContext]) -> Iterator[BrowserContext]:
    """pytest-playwright's context; when the browser died under it, it is let go quietly
    (pytest-playwright's own close would raise and add an error to the item's failure)."""
    ctx = new_context()
    yield ctx
    if ctx.browser is None or not ctx.browser.is_connected():
        with contextlib.suppress(PlaywrightError):
            ctx.close()


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    # A generated page must not outlive its item through a service worker.
    return {**browser_context_args, "service_workers": "block"}
