"""Visual fidelity on real components: easyocr, a DINOv2 built and saved by the test,
the feature cache on disk, and the reports of a real run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pytest_iwr import scoring
from pytest_iwr.tasks import load_task
from pytest_iwr.validate import check_features
from pytest_iwr.visual import dino, shipped
from pytest_iwr.visual.features import FeatureCache
from pytest_iwr.visual.ocr import (
    OcrEngine,
    Reference,
    TextBox,
    assemble,
    cells_to_redo,
    changed_cells,
    closest_reference,
    reading_order,
    regions,
    touches,
)
from tests.conftest import FIXTURE_TASKS, by_task

TASKS = f"--iwr-tasks={FIXTURE_TASKS}"
CHECKPOINT = FIXTURE_TASKS / "notes-counter" / "checkpoints" / "step_0.png"


def text_image(lines: list[str], size=(640, 200)) -> np.ndarray:
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=22)
    for i, line in enumerate(lines):
        draw.text((20, 20 + 50 * i), line, fill="black", font=font)
    return np.array(img)


def test_reading_order_groups_lines_then_left_to_right():
    boxes = [TextBox(300, 12, 360, 30, "b", 1), TextBox(10, 10, 80, 32, "a", 1), TextBox(10, 60, 90, 80, "c", 1)]
    assert [b.text for b in reading_order(boxes)] == ["a", "b", "c"]
    assert assemble(boxes) == "a b c"


def test_changed_cells_mark_each_32px_square_with_a_different_pixel():
    a = np.zeros((70, 100, 3), np.uint8)
    b = a.copy()
    b[5, 40] = 1  # row 0, column 1
    b[69, 99] = 255  # the partial cell at the corner
    cells = changed_cells(a, b)
    assert cells.shape == (3, 4)
    assert sorted(zip(*np.nonzero(cells), strict=True)) == [(0, 1), (2, 3)]


def test_cells_to_redo_grow_by_whole_boxes_until_none_lies_across_the_edge():
    changed = np.zeros((4, 8), bool)
    changed[1, 1] = True
    # A box over the changed cell reaching to column 4; a second box touching that one's
    # cells (not the change); a third far away.
    boxes = [TextBox(40, 40, 150, 60, "a", 1), TextBox(140, 40, 200, 60, "b", 1), TextBox(10, 100, 30, 120, "c", 1)]
    redo = cells_to_redo(changed, boxes)
    assert redo[1, 1:7].all() and redo.sum() == 6
    assert [touches(b, redo) for b in boxes] == [True, True, False]


def test_regions_add_a_margin_and_merge_what_overlaps():
    redo = np.zeros((20, 40), bool)
    redo[2, 2] = True
    redo[2, 5] = True  # within the margin of the first: one region
    redo[15, 30] = True
    assert regions(redo, margin=2) == [(0, 0, 5, 8), (13, 28, 18, 33)]
    # An L-shaped pair whose bounding boxes overlap becomes one rectangle, read once.
    l_shape = np.zeros((20, 20), bool)
    l_shape[0:10, 0] = True
    l_shape[9, 0:10] = True
    l_shape[3, 5] = True
    assert regions(l_shape, margin=0) == [(0, 0, 10, 10)]


def test_closest_reference_is_the_same_size_one_with_fewest_changes():
    base = np.zeros((64, 64, 3), np.uint8)
    near, far, other_size = base.copy(), base.copy(), np.zeros((32, 64, 3), np.uint8)
    near[0, 0] = 9
    far[:, :] = 9
    refs = [Reference(far, []), Reference(other_size, []), Reference(near, [])]
    assert closest_reference(base, [None, *refs]) is refs[2]
    assert closest_reference(base, [None, refs[1]]) is None


def test_fast_ocr_against_the_previous_state_reads_what_full_ocr_reads():
    """Every checkpoint of the fixture task read against the one before it: the text is
    full OCR's, and an unchanged screenshot costs neither detection nor recognition."""
    engine = OcrEngine()
    images = [np.asarray(Image.open(CHECKPOINT.with_name(f"step_{i}.png")).convert("RGB")) for i in range(9)]
    previous = Reference(images[0], engine.read_fast(images[0]))
    boxes_read = len(previous.boxes)
    for image in images[1:]:
        boxes = engine.read_fast(image, previous)
        full = assemble(OcrEngine().read_full(image))
        assert scoring.ocr_similarity(assemble(boxes), full) >= 0.95, (assemble(boxes), full)
        boxes_read += len(boxes)
        previous = Reference(image, boxes)
    assert engine.detector_precision in ("bfloat16", "float32")
    assert engine.recognized < boxes_read / 2  # most boxes came from the reference or the crop cache
    done = engine.recognized
    assert engine.read_fast(images[-1], previous) == previous.boxes
    assert engine.recognized == done


def test_fast_ocr_reads_a_screenshot_and_caches_crops():
    engine = OcrEngine()
    rgb = np.asarray(Image.open(CHECKPOINT).convert("RGB"))
    text = assemble(engine.read_fast(rgb)).lower()
    # easyocr's readtext drops boxes under 20 px (the lone "0"); the fast path reads as it does.
    assert "count:" in text and "tally" in text and "finished" in text
    assert scoring.ocr_similarity(text, assemble(OcrEngine().read_full(rgb)).lower()) >= 0.98
    first = engine.recognized
    assert first > 0
    again = assemble(engine.read_fast(rgb)).lower()
    assert again == text
    assert engine.recognized == first  # every line came from the crop cache


def test_feature_cache_persists_ocr_and_crops(tmp_path):
    data = CHECKPOINT.read_bytes()
    cache = FeatureCache(tmp_path / "cache")
    boxes = [TextBox(1, 2, 3, 4, "hello", 0.9)]
    cache.put_ocr(data, "fast", boxes)
    cache.crops()["k"] = ("text", 0.5)
    cache.close()
    reopened = FeatureCache(tmp_path / "cache")
    assert reopened.get_ocr(data, "fast") == boxes
    assert reopened.get_ocr(data, "full") is None
    assert reopened.crops().get("k") == ("text", 0.5)


@pytest.fixture(scope="module")
def tiny_dino(tmp_path_factory):
    """A randomly initialised Dinov2 saved to disk: it tests the wiring, never a score."""
    from transformers import BitImageProcessor, Dinov2Config, Dinov2Model

    folder = tmp_path_factory.mktemp("tiny-dinov2")
    config = Dinov2Config(
        hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64, image_size=56, patch_size=14
    )
    Dinov2Model(config).save_pretrained(folder)
    BitImageProcessor(size={"shortest_edge": 56}, crop_size={"height": 56, "width": 56}).save_pretrained(folder)
    return folder


def test_dino_loads_a_local_folder_and_embeds(tiny_dino):
    model = dino.load(str(tiny_dino))
    a = text_image(["Alpha"])
    b = np.array(Image.new("RGB", (640, 200), (20, 120, 200)))
    vectors = model.embed([a, a, b])
    assert vectors.shape == (3, 32)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert dino.cosine(vectors[0], vectors[1]) == pytest.approx(1.0, abs=1e-5)
    assert dino.cosine(vectors[0], vectors[2]) < 0.9999
    assert dino.load(str(tiny_dino)) is model  # loaded once per process


def test_dino_unavailable_says_where_it_looked(tmp_path):
    with pytest.raises(dino.DinoUnavailableError, match="folder not found"):
        dino.load(str(tmp_path / "nowhere"))
    with pytest.raises(dino.DinoUnavailableError, match="no DINOv2 weights for 'someone/absent-model'"):
        dino.load("someone/absent-model")


def test_dino_loads_a_hub_id_from_the_local_cache_only(tiny_dino, tmp_path):
    """A hub id resolves from the Hugging Face cache (laid out as the hub writes it), with
    no network; an id the cache lacks fails at once, before transformers is imported."""
    snapshot = tmp_path / "hub" / "models--tiny--dinov2" / "snapshots" / ("0" * 40)
    shutil.copytree(tiny_dino, snapshot)
    (tmp_path / "hub" / "models--tiny--dinov2" / "refs").mkdir()
    (tmp_path / "hub" / "models--tiny--dinov2" / "refs" / "main").write_text("0" * 40)
    probe = (
        "import sys\n"
        "from pytest_iwr.visual import dino\n"
        "try:\n"
        "    dino.load('tiny/absent')\n"
        "except dino.DinoUnavailableError as exc:\n"
        "    print('ABSENT', exc, 'transformers' in sys.modules)\n"
        "print('SHAPE', dino.load('tiny/dinov2').embed([__import__('numpy').zeros((56, 56, 3), 'uint8')]).shape)\n"
    )
    env = {**os.environ, "HF_HUB_CACHE": str(tmp_path / "hub"), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True).stdout
    assert "ABSENT no DINOv2 weights for 'tiny/absent': not in the local Hugging Face cache" in out
    assert out.split("ABSENT")[1].splitlines()[0].endswith("False")  # transformers never imported for it
    assert "SHAPE (1, 32)" in out


def test_run_reports_ocr_vfs_final_and_says_what_was_not_computed(run_suite, pytester):
    cache = f"--iwr-cache={pytester.path / 'features'}"
    result, data = run_suite(
        TASKS, "--iwr-visual=on", "--iwr-model=reference", "--iwr-model=static", cache, "--iwr-markdown=board.md"
    )
    rows = by_task(data)
    ref, static = rows["reference", "notes-counter"], rows["static", "notes-counter"]
    assert ref["visual"]["ocr"] == pytest.approx(1.0, abs=0.02)
    assert ref["vfs"] == pytest.approx(1.0, abs=0.02) and ref["final"] == pytest.approx(1.0, abs=0.02)
    # The paper's pattern: the static screenshot looks right (high VFS) but does nothing (IFS 0).
    assert static["ifs"] == 0.0 and static["vfs"] >= 0.9
    assert [c["step"] for c in ref["visual"]["checkpoints"]] == [0, 1, 7]  # initial + visual steps
    assert [c["step"] for c in static["visual"]["checkpoints"]] == [0]
    # Coverage: the static floor is judged on 1 of its 3 flagged checkpoints; VFSall says so.
    assert static["coverage"] == {"scored": 1, "flagged": 3, "ratio": pytest.approx(1 / 3)}
    assert static["vfs_all"] == pytest.approx(static["vfs"] / 3)
    assert ref["coverage"]["ratio"] == 1.0 and ref["vfs_all"] == pytest.approx(ref["vfs"])
    assert data["suite"]["static"]["coverage"] == {"scored": 1, "flagged": 3, "ratio": pytest.approx(1 / 3)}
    assert data["suite"]["static"]["vfs_all"] == pytest.approx(static["vfs"] / 3)
    assert data["suite"]["static"]["final"] == pytest.approx(static["final"])  # Final keeps the paper's VFS
    table = [line for line in result.stdout.lines if line.startswith("static ") and "notes-counter" in line]
    assert table and "1/3" in table[0] and f"{static['vfs_all']:.3f}" in table[0]
    assert ref["visual"]["dino"] is None and ref["visual"]["lfs_components"] == ["ocr"]
    notes = " ".join(data["suite"]["reference"]["notes"])
    assert "DINO not computed" in notes and "VFS = LFS" in notes
    out = result.stdout.str()
    assert "note: DINO not computed" in out and "note: no judge model" in out
    board = (pytester.path / "board.md").read_text()
    assert "| reference | 100.00 |" in board and "DINO not computed" in board

    # A rerun finds every ground-truth and generated crop in the on-disk cache.
    _, again = run_suite(TASKS, "--iwr-visual=on", "--iwr-model=reference", cache)
    assert again["tasks"][0]["visual"]["crops_recognized"] == 0
    assert again["tasks"][0]["visual"]["ocr"] == ref["visual"]["ocr"]


def test_html_report_from_a_parallel_run_shows_expected_and_actual(run_suite, pytester, tiny_dino):
    _, data = run_suite(
        TASKS,
        "--iwr-visual=on",
        "--iwr-model=reference",
        "--iwr-model=static",
        f"--iwr-dino={tiny_dino}",
        f"--iwr-cache={pytester.path / 'features'}",
        "-n",
        "2",
        "--html=report.html",
        "--self-contained-html",
    )
    rows = by_task(data)
    assert rows["reference", "notes-counter"]["visual"]["lfs_components"] == ["ocr", "dino"]
    assert rows["reference", "notes-counter"]["visual"]["dino"] == pytest.approx(1.0, abs=1e-4)
    report = (pytester.path / "report.html").read_text()
    # pytest-html keeps test data as JSON inside the page; the images are embedded there.
    assert report.count("data:image/jpeg;base64") >= 2 * (1 + 8) + 2
    assert "step 1/8 click" in report and "OCR 1.000" in report


def test_shipped_ground_truth_features_spare_a_first_run_all_ocr_of_the_checkpoints(run_suite, pytester, tmp_path):
    tasks = tmp_path / "tasks"
    shutil.copytree(FIXTURE_TASKS / "notes-counter", tasks / "notes-counter")
    task = load_task(tasks / "notes-counter")
    assert shipped.stale(task, "fast") == ["step_0.png", "step_1.png", "step_7.png"]
    written = subprocess.run(
        [sys.executable, "-m", "pytest_iwr", "features", str(tasks)], capture_output=True, text=True, check=True
    )
    assert "wrote" in written.stdout and shipped.stale(task, "fast") == []
    args = (f"--iwr-tasks={tasks}", "--iwr-visual=on", "--iwr-model=reference")

    # A first run (an empty cache) takes the ground truth's text from the file...
    _, shipped_run = run_suite(*args, f"--iwr-cache={tmp_path / 'first'}")
    with_file = shipped_run["tasks"][0]["visual"]
    assert with_file["ground_truth_read"] == 0
    # ...and scores exactly what reading the checkpoints scores.
    shipped.features_path(task).rename(tmp_path / "aside.json")
    _, read_run = run_suite(*args, f"--iwr-cache={tmp_path / 'second'}")
    without = read_run["tasks"][0]["visual"]
    assert without["ground_truth_read"] == 3
    assert [c["expected_text"] for c in with_file["checkpoints"]] == [
        c["expected_text"] for c in without["checkpoints"]
    ]
    assert with_file["ocr"] == without["ocr"]

    # Never trusted blindly: a re-recorded checkpoint or another features version is read again.
    (tmp_path / "aside.json").rename(shipped.features_path(task))
    image = task.checkpoint_image(1)
    with Image.open(image) as img:
        recorded = img.convert("RGB")
    recorded.putpixel((5, 5), (255, 0, 0))  # re-recorded: one pixel differs
    recorded.save(image)
    assert shipped.stale(task, "fast") == ["step_1.png"]
    assert "step_1.png" in check_features(task).message and not check_features(task).ok
    body = json.loads(shipped.features_path(task).read_text())
    body["features_version"] += 1
    shipped.features_path(task).write_text(json.dumps(body))
    assert shipped.load(task, "fast") == {} and len(shipped.stale(task, "fast")) == 3
    _, stale_run = run_suite(*args, f"--iwr-cache={tmp_path / 'third'}")
    assert stale_run["tasks"][0]["visual"]["ground_truth_read"] == 3
