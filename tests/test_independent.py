"""Pages written blind from the generation prompt alone end exactly as audited.

Each ``tasks/<id>/independent/<author>/`` keeps a page that an author wrote from the
prompt's frames and asset sheets only (never the reference or task.yaml), in one pass,
and ``audit.yaml``: how its replay must end, and for a failing step whose fault it is,
judged against the screenshots. The suite's false-negative test: a failure that is the
checker's fault is a bug here, never an accepted outcome.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from pytest_iwr.tasks import bundled_tasks_dir
from tests.conftest import by_task

AUDITS = sorted(bundled_tasks_dir().glob("*/independent/*/audit.yaml"))


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_every_fourth_task_at_least_keeps_an_audited_blind_page():
    tasks = [p for p in bundled_tasks_dir().iterdir() if (p / "task.yaml").exists()]
    assert len({p.parent.parent.parent.name for p in AUDITS}) >= len(tasks) / 4


@pytest.mark.parametrize("audit_path", AUDITS, ids=[p.parent.parent.parent.name for p in AUDITS])
def test_every_audited_failure_is_the_pages_fault(audit_path: Path):
    audit = load(audit_path)
    outcome = audit["outcome"]
    assert (audit_path.parent / "index.html").exists()
    if outcome.get("failed_step") is not None:
        assert outcome["fault"] == "page", f"{audit_path}: a failure that is the checker's fault: {outcome.get('note')}"
        assert outcome["failed_step"] == outcome["steps_passed"] + 1
        assert outcome.get("note"), "a failing verdict needs the auditor's reason"


def test_blind_pages_end_as_audited(run_suite, tmp_path: Path):
    pages = tmp_path / "pages"
    by_id = {}
    for audit_path in AUDITS:
        task_id = audit_path.parent.parent.parent.name
        (pages / task_id).mkdir(parents=True, exist_ok=True)
        shutil.copy(audit_path.parent / "index.html", pages / task_id / "index.html")
        by_id[task_id] = load(audit_path)["outcome"]
    model = f"dir:{pages}"
    _, data = run_suite(f"--iwr-model={model}", "-n", "2", "-k", " or ".join(sorted(by_id)))
    rows = by_task(data)
    ended, reasons = {}, {}
    for task_id in by_id:
        row = rows[model, task_id]
        failed = next((s for s in row["steps"] if s["status"] == "failed"), None)
        ended[task_id] = (row["steps_passed"], failed["index"] if failed else None)
        reasons[task_id] = row.get("failure")
    expected = {t: (o["steps_passed"], o.get("failed_step")) for t, o in by_id.items()}
    differ = {t: (ended[t], expected[t], reasons[t]) for t in by_id if ended[t] != expected[t]}
    assert not differ, "ended (steps passed, failed step), audited, reason:\n" + "\n".join(
        f"{t}: {e} != {x}: {r}" for t, (e, x, r) in differ.items()
    )
