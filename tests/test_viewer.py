"""The results viewer (``python -m pytest_iwr view``): a real run's JSON, the site built from
it, and that site opened from file:// in a real Chromium."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from PIL import Image
from playwright.sync_api import Page, expect

from pytest_iwr.__main__ import main
from pytest_iwr.view.data import load_results, resolve
from pytest_iwr.view.diff import TOLERANCE, difference
from pytest_iwr.view.names import safe_name
from pytest_iwr.view.serve import make_server, url
from pytest_iwr.view.site import SiteError, build_site
from tests.conftest import FIXTURE_PAGES, FIXTURE_TASKS, FIXTURES, ROOT, built_once

DOCS = ROOT / "docs" / "viewer"


def screenshots_dir(tmp_path: Path) -> Path:
    """The README's viewer pictures are retaken only when asked (IWR_UPDATE_DOCS=1), so a
    test run leaves the checkout as it was."""
    folder = DOCS if os.environ.get("IWR_UPDATE_DOCS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# ---------------------------------------------------------------- pure pieces


def test_safe_name_keeps_plain_names_and_makes_the_rest_file_safe_and_distinct():
    assert safe_name("reference") == "reference"
    assert safe_name("notes-counter") == "notes-counter"
    names = ["org/model:tag", "a/b", "a:b", "a*b", "*", "dir:/tmp/x/partial", "Model", "..", "x" * 300, "", "é"]
    safe = [safe_name(n) for n in names]
    for name, s in zip(names, safe, strict=True):
        assert re.fullmatch(r"[a-z0-9_-]{1,80}", s), (name, s)
    assert len(set(safe)) == len(names)
    assert safe_name("model") != safe_name("Model")  # one folder on a case-insensitive disk otherwise
    assert re.fullmatch(r"dir_tmp_x_partial-[0-9a-f]{8}", safe_name("dir:/tmp/x/partial"))
    # A long path keeps its end, which tells such models apart to a reader.
    assert re.fullmatch(r"[a-z0-9_]+_pages_partial-[0-9a-f]{8}", safe_name("dir:" + "/deep" * 40 + "/pages/partial"))
    assert safe_name("org/model:tag") == safe_name("org/model:tag")


def _flat(size: tuple[int, int], rgb: tuple[int, int, int]) -> Image.Image:
    return Image.new("RGB", size, rgb)


def test_difference_of_identical_images_is_nothing_and_draws_no_red():
    image = _flat((40, 30), (30, 120, 200))
    diff = difference(image, image.copy())
    assert (diff.changed, diff.total, diff.fraction) == (0, 1200, 0.0)
    r, g, b = diff.image.getpixel((5, 5))
    assert r == g == b  # the faded expected image, in grey


def test_difference_counts_a_changed_block_exactly_and_paints_it_red():
    expected = _flat((100, 50), (255, 255, 255))
    actual = expected.copy()
    actual.paste((0, 0, 0), (20, 10, 30, 20))
    diff = difference(expected, actual)
    assert diff.changed == 100 and diff.fraction == pytest.approx(100 / 5000)
    r, g, b = diff.image.getpixel((25, 15))
    assert r == 255 and g < 60 and b < 60
    r, g, b = diff.image.getpixel((70, 40))
    assert r == g == b


def test_difference_ignores_antialiasing_noise_but_not_a_real_change():
    base = _flat((10, 10), (100, 100, 100))
    assert difference(base, _flat((10, 10), (100 + TOLERANCE, 100, 100))).changed == 0
    assert difference(base, _flat((10, 10), (100 + TOLERANCE + 1, 100, 100))).changed == 100


def test_difference_of_different_sizes_counts_the_uncovered_part():
    expected = _flat((40, 30), (0, 0, 0))
    taller = _flat((40, 40), (0, 0, 0)).convert("RGBA")  # modes other than RGB are compared as RGB
    diff = difference(expected, taller)
    assert diff.image.size == (40, 40)
    assert diff.changed == 40 * 10
    assert diff.image.getpixel((5, 35))[0] == 255 and diff.image.getpixel((5, 5))[1] > 150


def test_resolve_tries_the_result_files_folder_then_the_current_one(tmp_path, monkeypatch):
    run, elsewhere = tmp_path / "run", tmp_path / "elsewhere"
    (run / "shots").mkdir(parents=True)
    elsewhere.mkdir()
    (run / "shots" / "a.png").write_bytes(b"x")
    assert resolve("shots/a.png", run) == run / "shots" / "a.png"
    monkeypatch.chdir(run)
    assert resolve("shots/a.png", elsewhere) == Path.cwd() / "shots" / "a.png"
    assert resolve(str(run / "shots" / "a.png"), elsewhere) == run / "shots" / "a.png"
    assert resolve("shots/none.png", elsewhere) is None
    assert resolve(None, run) is None


# ---------------------------------------------------------------- a real run


def _task_copy(source: Path, dest: Path, task_id: str | None = None, replace: dict[str, str] | None = None) -> None:
    shutil.copytree(source, dest)
    text = (dest / "task.yaml").read_text()
    if task_id:
        text = text.replace(f"id: {source.name}", f"id: {task_id}")
    for old, new in (replace or {}).items():
        text = text.replace(old, new)
    (dest / "task.yaml").write_text(text)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One child pytest run of the plugin, as ``run_suite`` makes them, shared by this
    module's tests (``run_suite`` runs one per test): reference and a partial page on two tasks.

    notes-counter has a recorded video (the video-tasks copy); notes-copy is the same task
    with another taxonomy, which the "partial" model's folder answers with the reference
    page (it passes there). After the run notes-copy leaves the tasks folder: its page
    must say so, not crash. Its tests only read it, so xdist workers share it.
    """
    return built_once(tmp_path_factory, "viewer-run", run_and_view)


def run_and_view(root: Path) -> dict[str, Any]:
    pages = root / "partial"
    shutil.copytree(FIXTURE_PAGES / "partial" / "notes-counter", pages / "notes-counter")
    shutil.copytree(FIXTURE_TASKS / "notes-counter" / "reference", pages / "notes-copy")
    partial = f"dir:{pages}"
    tasks = root / "tasks"
    _task_copy(FIXTURES / "video-tasks" / "notes-counter", tasks / "notes-counter")
    _task_copy(
        FIXTURE_TASKS / "notes-counter",
        tasks / "notes-copy",
        "notes-copy",
        {"domain: productivity": "domain: games", "visual_complexity: simple": "visual_complexity: complex"},
    )
    results = root / "results.json"
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"} | {"PY_COLORS": "0"}
    child = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            f"--basetemp={root / 'basetemp'}",
            f"--iwr-json={results}",
            "--iwr-visual=off",  # visual scoring has its own tests; here it would only cost time
            f"--iwr-tasks={tasks}",
            "--iwr-model=reference",
            f"--iwr-model={partial}",
            "--iwr-trace=failed",
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert child.returncode == 1 and results.exists(), child.stdout[-3000:] + child.stderr[-3000:]
    shutil.rmtree(tasks / "notes-copy")
    site = root / "site"
    assert main(["view", str(results), "-o", str(site), "--tasks", str(tasks)]) == 0
    return {"root": root, "results": results, "tasks": tasks, "site": site, "partial": partial}


def test_the_run_gives_what_the_site_is_tested_on(run):
    rows = {(r.model, r.result.task_id): r for r in load_results([run["results"]]).runs}
    assert rows["reference", "notes-counter"].outcome == "passed"
    assert rows[run["partial"], "notes-counter"].outcome == "not found"
    assert rows[run["partial"], "notes-copy"].outcome == "passed"


class _Refs(HTMLParser):
    """Every attribute value, and the text of scripts and styles, of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.attrs: list[str] = []
        self.code: list[str] = []
        self._in_code = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_code = tag in ("script", "style")
        for name, value in attrs:
            self.attrs.append(value or "")
            if name in ("src", "href", "poster") and value:
                self.links.append(value)

    def handle_endtag(self, tag: str) -> None:
        self._in_code = False

    def handle_data(self, data: str) -> None:
        if self._in_code:
            self.code.append(data)


def test_a_failed_items_trace_is_copied_and_linked(run):
    html = next((run["site"] / "tasks").glob("notes-counter*.html")).read_text()
    links = re.findall(r'href="\.\./(media/[^"]+trace-[^"]+\.zip)"', html)
    assert len(set(links)) == 1, links  # the failed item kept a trace; the passing one did not
    assert (run["site"] / links[0]).stat().st_size > 1000


def test_the_site_has_no_network_url_and_every_local_link_resolves(run):
    site: Path = run["site"]
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    assert {p.relative_to(site).as_posix() for p in pages} == {
        "index.html",
        "grid.html",
        "tasks/notes-counter.html",
        "tasks/notes-copy.html",
    }
    for path in [p for p in files if p.suffix in (".css", ".js")]:
        assert not re.search(r"https?://|//cdn|@import", path.read_text()), path
    checked = 0
    for path in pages:
        refs = _Refs()
        refs.feed(path.read_text())
        for text in refs.attrs + refs.code:
            assert not re.search(r"https?://", text), (path, text)
        for link in refs.links:
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc, (path, link)
            if parts.path:
                assert (path.parent / unquote(parts.path)).resolve().is_file(), (path, link)
                checked += 1
    assert checked > 40  # pages, stylesheet, script, video, expected, actual and diff images


def test_task_not_in_the_tasks_folder_still_gets_a_page_that_says_so(run):
    text = (run["site"] / "tasks" / "notes-copy.html").read_text()
    assert "not in the tasks folder" in text and "no recording" in text
    assert text.count('class="run-summary"') == 2 * 2  # both models, in both columns
    assert (run["site"] / "media" / "notes-copy" / "reference" / "step_8.png").is_file()
    assert not (run["site"] / "media" / "notes-copy" / "expected").exists()


def test_missing_screenshots_are_placeholders_and_relative_paths_resolve(run, tmp_path, monkeypatch):
    data = json.loads(run["results"].read_text())
    for row in data["tasks"]:
        for step in row["steps"]:
            if step["screenshot"]:
                # Relative to the run's folder, as a run started elsewhere writes them...
                step["screenshot"] = os.path.relpath(step["screenshot"], run["root"])
        row["initial_screenshot"] = "gone/step_0.png"  # ...and one that no longer exists
        row["not_a_field_yet"] = 1  # a newer plugin's row still loads
    moved = tmp_path / "moved.json"
    moved.write_text(json.dumps(data))
    monkeypatch.chdir(run["root"])  # the relative paths resolve against the current folder
    report = build_site([moved], tmp_path / "site", run["tasks"])
    page = (tmp_path / "site" / "tasks" / "notes-counter.html").read_text()
    assert "missing: gone/step_0.png" in page
    assert report.missing == 4  # step 0 of each run of each task
    assert (tmp_path / "site" / "media" / "notes-counter" / "reference" / "step_1.png").exists()


def test_a_steps_grounding_record_and_judge_verdict_are_shown(run, tmp_path):
    """The records as the offline grounder (agent/offline.py) and the judge (replay.py) write them."""
    data = json.loads(run["results"].read_text())
    row = next(r for r in data["tasks"] if r["model"] == run["partial"] and r["task_id"] == "notes-counter")
    row["steps"][2]["grounding"] = {
        "method": "offline",
        "candidates": [{"name": "Increment", "role": "button", "score": 0.41}, {"name": "Tally", "role": "img"}],
        "threshold": 0.5,
        "confidence": 0.41,
    }
    row["steps"][1]["judge"] = {"check": "assertion", "passed": False, "detail": "the <counter> reads 3"}
    changed = tmp_path / "judged.json"
    changed.write_text(json.dumps(data))
    build_site([changed], tmp_path / "site", run["tasks"])
    html = (tmp_path / "site" / "tasks" / "notes-counter.html").read_text()
    assert "<td>Increment</td><td>button</td><td>0.41</td>" in html
    assert "<td>Tally</td><td>img</td><td>—</td>" in html  # a key one candidate lacks
    assert "<dt>confidence</dt><dd>0.41</dd>" in html and "<dt>threshold</dt><dd>0.5</dd>" in html
    assert "the &lt;counter&gt; reads 3" in html  # escaped: results are text, never markup
    assert html.count('<div class="judge">') == 2  # step 2 of that model, in both columns


def test_several_files_merge_and_a_model_in_two_is_named_by_file(run, tmp_path):
    other = tmp_path / "second.json"
    data = json.loads(run["results"].read_text())
    data["tasks"] = [r for r in data["tasks"] if r["model"] == "reference"]
    data["suite"] = {"reference": data["suite"]["reference"]}
    other.write_text(json.dumps(data))
    results = load_results([run["results"], other])
    assert set(results.suite) == {run["partial"], "reference (results)", "reference (second)"}
    build_site([run["results"], other], tmp_path / "site", run["tasks"])
    board = (tmp_path / "site" / "index.html").read_text()
    assert "reference (second)" in board and "reference (results)" in board


def test_a_folder_that_is_not_a_site_is_never_cleared(run, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    with pytest.raises(SiteError, match="not empty"):
        build_site([run["results"]], mine, run["tasks"])
    assert (mine / "notes.txt").read_text() == "keep me"
    # A site built before is rebuilt in place, without the pages of tasks no longer in the results.
    site = tmp_path / "site"
    build_site([run["results"]], site, run["tasks"])
    (site / "tasks" / "stale.html").write_text("old")
    build_site([run["results"]], site, run["tasks"])
    assert not (site / "tasks" / "stale.html").exists() and (site / "index.html").exists()


def test_not_a_result_file_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"suite": {}}')
    assert main(["view", str(bad), "-o", str(tmp_path / "site")]) == 2
    assert "not an --iwr-json result" in capsys.readouterr().err


def test_serve_serves_the_site_on_localhost_only(run):
    server = make_server(run["site"], 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        assert server.server_address[0] == "127.0.0.1"
        with urllib.request.urlopen(url(server), timeout=10) as reply:
            assert reply.status == 200 and "Leaderboard" in reply.read().decode()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


# ---------------------------------------------------------------- in a real browser


def _visible_images_loaded(page: Page, scope: str) -> None:
    """Wait until every shown <img> under ``scope`` has decoded, then check it has pixels."""
    # Images load lazily, as the reader scrolls; here every shown one is wanted now.
    page.eval_on_selector_all(scope + " img", "imgs => imgs.forEach(i => { i.loading = 'eager'; })")
    page.wait_for_function(
        """scope => [...document.querySelectorAll(scope + ' img')].filter(i => i.offsetParent)
                     .every(i => i.complete)""",
        arg=scope,
    )
    widths = page.eval_on_selector_all(
        scope + " img", "imgs => imgs.filter(i => i.offsetParent).map(i => [i.src, i.naturalWidth])"
    )
    assert widths and all(w > 0 for _, w in widths), widths


def _pixels(png: bytes) -> bytes:
    with Image.open(io.BytesIO(png)) as image:
        return image.convert("RGB").tobytes()


def _shown(col: str, step: int) -> str:
    return f'#step-{step} .swap[data-col="{col}"] > .cell:not([hidden])'


def test_leaderboard_to_task_to_step_in_chromium(run, page: Page, tmp_path: Path):
    shots = screenshots_dir(tmp_path)
    site: Path = run["site"]
    page.set_viewport_size({"width": 1280, "height": 860})
    page.goto((site / "index.html").as_uri())
    board = page.locator("#leaderboard tbody tr")
    expect(board).to_have_count(2)
    expect(board.first.locator("th")).to_have_text("reference")  # ranked: the ceiling first
    expect(board.nth(1).locator("th")).to_have_text(run["partial"])
    expect(page.locator("#leaderboard thead")).to_contain_text("Coverage")
    expect(page.locator("#taxonomy")).to_contain_text("games")
    page.screenshot(path=str(shots / "leaderboard.png"), full_page=True)

    page.locator("#tasks a.task-link", has_text="notes-counter").click()
    expect(page).to_have_url(re.compile(r"/tasks/notes-counter\.html"))
    # The recording, copied into the site, loads in the browser.
    page.wait_for_function("document.querySelector('video#recording').readyState >= 1")
    assert page.eval_on_selector("video#recording", "v => v.duration") > 0
    # Model A is the ceiling, model B the partial page, side by side.
    assert page.input_value("#pick-a") == "reference"
    assert page.input_value("#pick-b") == safe_name(run["partial"])
    expect(page.locator(".replay ol.filmstrip:visible")).to_have_count(1)  # A's replay only
    _visible_images_loaded(page, ".replay")

    # The filmstrip's frame for step 2 opens step 2.
    page.locator('.replay ol.filmstrip:not([hidden]) a[href="#step-2"]').click()
    expect(page.locator("#step-2")).to_have_attribute("open", "")
    _visible_images_loaded(page, "#step-2")
    expect(page.locator(_shown("a", 2) + " .verdict-line")).to_contain_text("passed")
    expect(page.locator(_shown("b", 2) + " .verdict-line")).to_contain_text("passed")
    # From the top: recording, filmstrip, both runs, and step 2 open with its checkpoints.
    page.eval_on_selector(
        "video#recording",
        "v => new Promise(done => { v.addEventListener('seeked', done, {once: true}); v.currentTime = 2; })",
    )
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shots / "task.png"), full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": 1900})

    # The partial page differs from the recorded checkpoint: the diff says how much, and the
    # wipe shows actual at one end and expected at the other.
    cell = page.locator(_shown("b", 2))
    expect(cell.locator("img.diff")).to_be_visible()
    caption = cell.locator("figure.diff figcaption").inner_text()
    assert re.search(r"\d+\.\d% of pixels differ", caption), caption
    diff_src = cell.locator("img.diff").get_attribute("src")
    assert (site / "tasks" / diff_src).resolve().is_file()
    assert float(caption.split("%")[0].split()[-1]) > 10  # a counter-only page, not the app
    wipe, slider = cell.locator(".wipe"), cell.locator("input.wipe-range")
    # The seam and the labels move with the slider too; only the two images are compared.
    page.add_style_tag(content=".wipe::after, .wipe .tag { display: none !important; }")
    set_slider = "(r, v) => { r.value = v; r.dispatchEvent(new Event('input', {bubbles: true})); }"
    slider.evaluate(set_slider, "0")
    at_0 = _pixels(wipe.screenshot())
    wipe.locator("img.actual").evaluate("i => { i.style.visibility = 'hidden'; }")
    expected_alone = _pixels(wipe.screenshot())
    wipe.locator("img.actual").evaluate("i => { i.style.visibility = ''; }")
    slider.evaluate(set_slider, "100")
    at_100 = _pixels(wipe.screenshot())
    assert at_0 == expected_alone  # all the way left: only the expected checkpoint shows
    assert at_100 != at_0  # all the way right: the actual screenshot covers it

    # Step 3: the partial page has no note field; B shows why and a placeholder, not an image.
    page.locator("#step-3 > summary").click()
    expect(page.locator(_shown("b", 3) + " .verdict-line")).to_contain_text("failed")
    expect(page.locator(_shown("b", 3) + " .verdict-line")).to_contain_text("not found")
    expect(page.locator(_shown("b", 3) + " .missing").first).to_contain_text("no screenshot")
    expect(page.locator(_shown("b", 3) + " .grounding")).to_contain_text("none recorded")

    # The second-model selector: B becomes the ceiling too, then nothing.
    page.select_option("#pick-b", "reference")
    expect(page.locator(_shown("b", 3) + " .verdict-line")).to_contain_text("passed")
    expect(page.locator("#step-3 .badges[data-col='b'] > :not([hidden])")).to_have_text("B: passed")
    page.select_option("#pick-b", "")
    expect(page.locator("#step-3 .pair > .swap[data-col='b']")).to_be_hidden()
    page.select_option("#pick-a", safe_name(run["partial"]))
    expect(page.locator(_shown("a", 3) + " .verdict-line")).to_contain_text("not found")

    # The task the tasks folder lost: a page without recording, saying why.
    page.goto((site / "tasks" / "notes-copy.html").as_uri())
    expect(page.locator("#task-note")).to_contain_text("not in the tasks folder")
    expect(page.locator("#recording-missing")).to_be_visible()


def test_grid_colours_toggles_and_filters_in_chromium(run, page: Page, tmp_path: Path):
    shots = screenshots_dir(tmp_path)
    page.set_viewport_size({"width": 1280, "height": 600})
    page.goto((run["site"] / "grid.html").as_uri())
    rows = page.locator("#grid tbody tr.task-row")
    expect(rows).to_have_count(2)
    counter = page.locator('#grid tr[data-task="notes-counter"] td.cell')
    expect(counter.first.locator(".val")).to_have_text("100.00")
    assert "rgb" in counter.first.evaluate("c => getComputedStyle(c).backgroundColor")
    assert counter.first.evaluate("c => c.style.background") != counter.nth(1).evaluate("c => c.style.background")
    page.screenshot(path=str(shots / "grid.png"), full_page=True)

    visible = page.locator("#grid tbody tr.task-row:visible")
    page.select_option("select[data-filter=domain]", "games")
    expect(visible).to_have_count(1)
    expect(visible.first).to_have_attribute("data-task", "notes-copy")
    expect(page.locator("#grid-count")).to_have_text("1 of 2 tasks")
    page.select_option("select[data-filter=domain]", "")
    page.select_option("select[data-filter=outcome]", "not found")
    expect(visible).to_have_count(1)
    expect(visible.first).to_have_attribute("data-task", "notes-counter")
    expect(page.locator('#grid tr[data-task="notes-counter"] td.cell.dim')).to_have_count(1)  # reference passed
    page.select_option("select[data-filter=outcome]", "")
    expect(visible).to_have_count(2)

    # Final was not computed (visual scoring off): the toggle shows that, not the IFS again.
    page.check("input[name=metric][value=final]")
    expect(counter.first.locator(".val")).to_have_text("—")
    page.check("input[name=metric][value=ifs]")
    expect(counter.first.locator(".val")).to_have_text("100.00")

    # A cell leads to the task page with that model as A.
    counter.nth(1).locator("a").click()
    expect(page).to_have_url(re.compile(r"notes-counter\.html\?a="))
    assert page.input_value("#pick-a") == safe_name(run["partial"])
