"""CI regression: compare with a baseline, gates, intervals, breakdowns, JUnit, leaderboard."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from pytest_iwr.report import gates
from pytest_iwr.report.compare import compare
from pytest_iwr.tasks import bundled_tasks_dir
from tests.conftest import FIXTURE_TASKS

SUBSET = ["todo-filters", "tip-calculator", "tic-tac-toe"]


def row(model, task, ifs, final=None):
    return {"model": model, "task_id": task, "status": "passed", "ifs": ifs, "vfs": None, "final": final}


def test_compare_pairs_by_task_when_model_names_differ_and_sorts_regressions_first():
    base = [row("m-v1", "a", 1.0), row("m-v1", "b", 0.5), row("m-v1", "c", 0.2)]
    now = [row("m-v2", "a", 1.0), row("m-v2", "b", 0.3), row("m-v2", "c", 0.6), row("m-v2", "d", 0.1)]
    result = compare(now, base, "base.json")
    assert [f"{d.task_id}" for d in result.regressed()] == ["b"]
    assert result.tasks[0].task_id == "b"
    assert result.unmatched == ["m-v2/d"]
    assert result.suite["m-v2"]["ifs"].mean == pytest.approx((0 - 0.2 + 0.4) / 3)


def test_gate_specs_parse_and_reject_nonsense():
    assert gates.parse("--x", "final:0.30, ifs:0.2") == {"final": 0.3, "ifs": 0.2}
    for bad in ("final", "final:abc", "speed:0.3", "final=0.3"):
        with pytest.raises(ValueError, match="--x"):
            gates.parse("--x", bad)
    suite = {"m": {"final": 0.25, "ifs": 0.5, "vfs": None}}
    assert gates.fail_under(suite, {"final": 0.3}) == ["--iwr-fail-under: m FINAL 0.250 < 0.300"]
    assert gates.fail_under(suite, {"ifs": 0.3}) == []
    assert "not computed" in gates.fail_under(suite, {"vfs": 0.1})[0]


@pytest.fixture(scope="module")
def baseline_and_regression(tmp_path_factory):
    """A real baseline run of three bundled tasks, and pages for a second run where one
    task's page is planted with a regression (its first action does nothing)."""
    root = tmp_path_factory.mktemp("regression")
    tasks = root / "tasks"
    for task in SUBSET:
        shutil.copytree(bundled_tasks_dir() / task, tasks / task)
    pages = root / "pages"
    for task in SUBSET:
        (pages / task).mkdir(parents=True)
        html = (tasks / task / "reference" / "index.html").read_text()
        if task == "tip-calculator":
            html = html.replace("<script>", "<script>throw new Error('planted regression');", 1)
        (pages / task / "index.html").write_text(html.replace('"assets/', '"__PLACEHOLDER_ASSETS_BASE_DIR__/'))
    base = root / "baseline.json"
    common = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-q",
        f"--iwr-tasks={tasks}",
        "--iwr-visual=off",
    ]
    done = subprocess.run([*common, "--iwr-model=reference", f"--iwr-json={base}"], cwd=root, capture_output=True)
    assert done.returncode == 0, done.stdout.decode()[-2000:]
    return root, common, pages, base


def test_planted_regression_is_flagged_alone_and_the_gate_fails(baseline_and_regression):
    root, common, pages, base = baseline_and_regression
    out = root / "current.json"
    run = subprocess.run(
        [
            *common,
            f"--iwr-model=dir:{pages}",
            f"--iwr-json={out}",
            f"--iwr-compare={base}",
            "--iwr-max-drop=ifs:0.05",
            "--junitxml=junit.xml",
        ],
        cwd=root,
        capture_output=True,
        text=True,
    )
    data = json.loads(out.read_text())
    assert data["comparison"]["regressed"] == [f"dir:{pages}/tip-calculator"]
    assert run.returncode == 1
    assert "REGRESSED" in run.stdout and "tip-calculator" in run.stdout
    assert "GATE FAILED: --iwr-max-drop:" in run.stdout
    assert "95% CI over 3 tasks (bootstrap): IFS" in run.stdout
    assert data["breakdown"]["outcomes"][f"dir:{pages}"]["passed"] == 2
    props = {
        p.get("name"): p.get("value")
        for case in ET.parse(root / "junit.xml").getroot().iter("testcase")
        if "tip-calculator" in case.get("name")
        for p in case.iter("property")
    }
    assert props["iwr_task"] == "tip-calculator" and float(props["iwr_ifs"]) < 1.0


def test_gates_fail_a_session_whose_items_all_pass(baseline_and_regression):
    root, common, _, base = baseline_and_regression
    ok = subprocess.run([*common, "--iwr-model=reference", f"--iwr-compare={base}", "--iwr-max-drop=ifs:0.0"], cwd=root)
    assert ok.returncode == 0  # same pages, no drop: the gate holds
    fail = subprocess.run(
        [*common, "--iwr-model=reference", "--iwr-fail-under=ifs:1.01"], cwd=root, capture_output=True, text=True
    )
    assert fail.returncode == 1
    assert "3 passed" in fail.stdout and "GATE FAILED: --iwr-fail-under: reference IFS 1.000 < 1.010" in fail.stdout
    bad = subprocess.run([*common, "--iwr-model=reference", "--iwr-fail-under=fast:1"], cwd=root, capture_output=True)
    assert bad.returncode == 4  # a usage error, before anything runs


def test_repeat_runs_each_task_n_times_and_reports_variance(run_suite):
    result, data = run_suite(f"--iwr-tasks={FIXTURE_TASKS}", "--iwr-model=reference", "--iwr-repeat=2")
    result.assert_outcomes(passed=2)
    assert data["repeats"]["reference"]["notes-counter"] == {"runs": 2, "ifs_mean": 1.0, "ifs_var": 0.0}
    assert data["suite"]["reference"]["tasks"] == 1
    assert "notes-counter x2: IFS 1.000" in result.stdout.str()


def test_leaderboard_across_result_files(baseline_and_regression, tmp_path):
    _, _, _, base = baseline_and_regression
    other = tmp_path / "other.json"
    data = json.loads(base.read_text())
    data["suite"] = {"weaker": {**data["suite"]["reference"], "ifs": 0.5, "final": None}}
    other.write_text(json.dumps(data))
    out = subprocess.run(
        [sys.executable, "-m", "pytest_iwr", "leaderboard", str(base), str(other)], capture_output=True, text=True
    )
    lines = out.stdout.splitlines()
    assert lines[0].startswith("| Model | IFS |")
    assert lines[2].startswith("| reference | 100.00 |") and lines[3].startswith("| weaker | 50.00 |")
