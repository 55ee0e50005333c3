"""Sharded runs (``--iwr-shard=K/N``) and ``python -m pytest_iwr merge``.

The end-to-end test scores six tasks once whole and once as three shards, and the
merged shards must equal the whole run in every score and interval. The tasks are
copies of the fixture task, each with a page that breaks at a different step, so the
scores differ by task (the intervals are not degenerate) and never by chance.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pytest_iwr.shard import MergeError, Shard, merge, parse_shard, shard_tasks, task_set_digest
from pytest_iwr.tasks import TaskLoadError, bundled_tasks_dir, discover_tasks
from tests.conftest import FIXTURE_TASKS

# Task copy -> (text of the reference page, what the page shows instead): where it breaks.
SABOTAGE = {
    "t1": ("", ""),  # passes
    "t2": ("'Count: '", "'Clicks: '"),  # step 1
    "t3": ("' note' :", "' item' :"),  # step 4
    "t4": ("'Finished: '", "'Done: '"),  # step 5
    "t5": ("Counts clicks and keeps notes", "Tally"),  # step 8
    "t6": ("", ""),
}


def test_parse_shard_reads_k_of_n_and_refuses_the_rest():
    assert parse_shard("2/3") == Shard(2, 3) and str(parse_shard(" 1 / 1 ")) == "1/1"
    for bad in ("0/3", "4/3", "3", "a/b", "1/0", "", "-1/2"):
        with pytest.raises(ValueError, match=r"K/N|between 1 and N"):
            parse_shard(bad)


def test_shards_partition_the_tasks_by_id_whatever_order_they_come_in():
    tasks = [TaskLoadError(f"t{i:02d}", Path("x"), "x") for i in range(11)]
    shards = [[t.id for t in shard_tasks(tasks, Shard(k, 3))] for k in (1, 2, 3)]
    again = [[t.id for t in shard_tasks(list(reversed(tasks)), Shard(k, 3))] for k in (1, 2, 3)]
    assert shards == again
    assert sorted(t for shard in shards for t in shard) == sorted(t.id for t in tasks)  # every task once
    assert [len(s) for s in shards] == [4, 4, 3]
    assert shard_tasks(tasks, None) == tasks


def test_the_task_set_digest_changes_with_any_tasks_file(tmp_path: Path):
    root = tmp_path / "tasks"
    for task_id in ("calculator", "tic-tac-toe"):
        shutil.copytree(bundled_tasks_dir() / task_id, root / task_id)
    before = task_set_digest(discover_tasks(root))
    spec = root / "calculator" / "task.yaml"
    spec.write_text(spec.read_text() + "\n# an edit\n")
    assert task_set_digest(discover_tasks(root)) != before


def shard_file(path: Path, index: int, count: int, rows: list[dict], **run) -> Path:
    base = {"plugin_version": "0.1.0", "prompt_version": "p1", "task_set": "abc", "task_count": 3}
    base |= {"models": ["m"], "repeat": 1, "visual": "computed", "shard": {"index": index, "count": count}}
    path.write_text(json.dumps({"run": {**base, **run}, "visual": {"reason": ""}, "tasks": rows}))
    return path


def row(task_id: str, ifs: float) -> dict:
    return {"model": "m", "task_id": task_id, "status": "passed" if ifs == 1 else "failed", "ifs": ifs}


@pytest.mark.parametrize(
    ("field", "value"),
    [("task_set", "other"), ("prompt_version", "p2"), ("plugin_version", "0.2.0"), ("models", ["n"])],
)
def test_merging_refuses_shards_of_different_runs(tmp_path: Path, field: str, value):
    one = shard_file(tmp_path / "1.json", 1, 2, [row("a", 1.0)])
    two = shard_file(tmp_path / "2.json", 2, 2, [row("b", 0.0)], **{field: value})
    with pytest.raises(MergeError, match=f"{field} differs") as refused:
        merge([one, two])
    assert "2.json" in str(refused.value)


def test_merging_refuses_missing_repeated_or_overlapping_shards(tmp_path: Path):
    one = shard_file(tmp_path / "1.json", 1, 3, [row("a", 1.0)])
    two = shard_file(tmp_path / "2.json", 2, 3, [row("b", 0.0)])
    with pytest.raises(MergeError, match="shard 3/3 missing"):
        merge([one, two])
    with pytest.raises(MergeError, match="both shard 1/3"):
        merge([one, shard_file(tmp_path / "1b.json", 1, 3, [row("c", 1.0)])])
    three = shard_file(tmp_path / "3.json", 3, 3, [row("a", 1.0)])
    with pytest.raises(MergeError, match="overlap"):
        merge([one, two, three])
    (tmp_path / "junk.json").write_text("{not json")
    with pytest.raises(MergeError, match=r"junk\.json: cannot read"):
        merge([one, tmp_path / "junk.json"])


def run_iwr(workdir: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--iwr-visual=off", *args]
    return subprocess.run(cmd, cwd=workdir, capture_output=True, text=True, timeout=900)


def six_tasks_and_their_pages(root: Path) -> tuple[Path, Path]:
    tasks, pages = root / "tasks", root / "pages"
    reference = (FIXTURE_TASKS / "notes-counter" / "reference" / "index.html").read_text()
    for task_id, (text, instead) in SABOTAGE.items():
        shutil.copytree(FIXTURE_TASKS / "notes-counter", tasks / task_id)
        spec = tasks / task_id / "task.yaml"
        spec.write_text(spec.read_text().replace("id: notes-counter", f"id: {task_id}", 1))
        (pages / task_id).mkdir(parents=True)
        assert text in reference
        (pages / task_id / "index.html").write_text(reference.replace(text, instead) if text else reference)
    return tasks, pages


def test_three_shards_merged_equal_one_run(tmp_path: Path):
    tasks, pages = six_tasks_and_their_pages(tmp_path)
    common = (f"--iwr-tasks={tasks}", f"--iwr-model=dir:{pages}", "--iwr-model=static")
    whole = run_iwr(tmp_path, *common, "-n", "2", "--iwr-json=whole.json", "--iwr-output=out-whole")
    assert whole.returncode == 1, whole.stdout[-2000:]  # items failed, nothing else
    for k in (1, 2, 3):
        shard = run_iwr(tmp_path, *common, f"--iwr-shard={k}/3", f"--iwr-json=shard-{k}.json", f"--iwr-output=o{k}")
        assert shard.returncode == 1, shard.stdout[-2000:]
        assert len(json.loads((tmp_path / f"shard-{k}.json").read_text())["tasks"]) == 4  # 2 tasks x 2 models
    merged = subprocess.run(
        [sys.executable, "-m", "pytest_iwr", "merge", *(f"shard-{k}.json" for k in (3, 1, 2)), "-o", "all.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert merged.returncode == 0, merged.stderr
    assert "12 results from shards 1/3, 2/3, 3/3" in merged.stdout
    one = json.loads((tmp_path / "whole.json").read_text())
    union = json.loads((tmp_path / "all.json").read_text())
    ifs = {t["task_id"]: t["ifs"] for t in one["tasks"] if t["model"].startswith("dir:")}
    assert sorted(ifs.values()) == [0.0, 3 / 8, 4 / 8, 7 / 8, 1.0, 1.0], ifs  # the intervals mean something
    assert union["suite"] == one["suite"]  # means, step counts and 95% intervals, per model
    assert union["breakdown"] == one["breakdown"] and union["repeats"] == one["repeats"]
    assert [(t["model"], t["task_id"], t["ifs"]) for t in union["tasks"]] == [
        (t["model"], t["task_id"], t["ifs"]) for t in one["tasks"]
    ]
    assert union["run"]["shard"] is None and one["run"]["task_set"] == union["run"]["task_set"]
    # A shard of another task set is refused, naming the field.
    other = json.loads((tmp_path / "shard-3.json").read_text())
    other["run"]["task_set"] = "0123456789abcdef"
    (tmp_path / "shard-3.json").write_text(json.dumps(other))
    refused = subprocess.run(
        [sys.executable, "-m", "pytest_iwr", "merge", "shard-1.json", "shard-2.json", "shard-3.json", "-o", "x.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2 and "task_set differs" in refused.stderr
    assert not (tmp_path / "x.json").exists()


def test_a_bad_shard_option_is_a_usage_error(pytester: pytest.Pytester):
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--iwr-model=static", "--iwr-shard=4/3")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--iwr-shard '4/3': K must be between 1 and N*"])
