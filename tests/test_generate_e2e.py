"""End to end: child pytest runs (``-n 2``) generate through the local chat server.

The server answers each task with that task's reference page (placeholders for asset
paths, as the paper's prompt asks), so a correct pipeline scores IFS 1.0 everywhere;
it recognises the task by its asset sheet, as sent in the prompt. Faults are queued per
task, so one session shows every fault ending as the issue says while the rest pass.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from PIL import Image

from pytest_iwr.generate import PLACEHOLDER
from pytest_iwr.generate.profiles import profile_for
from pytest_iwr.generate.prompt import asset_sheets, data_url, fit
from pytest_iwr.tasks import Task, discover_tasks
from tests.conftest import by_task
from tests.gen_helpers import SECRET, VIDEO_TASKS, chat_server
from tests.openai_server import ChatServer

__all__ = ["chat_server"]  # the fixture, used by name

MODEL = "local-vlm"
# Visual scoring (OCR, DINO) is another module's concern and slow: off where it exists.
VISUAL_OFF = ["--iwr-visual=off"] if importlib.util.find_spec("pytest_iwr.visual") else []


def as_model_page(task: Task) -> str:
    """The reference page written the way the prompt asks: assets behind the placeholder."""
    return (
        task.reference_html.read_text().replace('"assets/', f'"{PLACEHOLDER}/').replace("'assets/", f"'{PLACEHOLDER}/")
    )


def sheet_key(task: Task) -> str:
    """The data URL of the task's first asset sheet exactly as the prompt sends it."""
    with Image.open(asset_sheets(task)[0]) as image:
        return data_url(fit(image.convert("RGBA"), profile_for(MODEL).max_side), "PNG")


def serve_references(server: ChatServer, tasks: list[Task]) -> None:
    server.pages = {sheet_key(t): as_model_page(t) for t in tasks}
    assert len(server.pages) == len(tasks), "two tasks send the same asset sheet: the server cannot tell them apart"


def files_containing(root: Path, secret: str) -> list[Path]:
    needle = secret.encode()
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


@pytest.fixture
def api_env(monkeypatch, chat_server):
    monkeypatch.setenv("OPENAI_BASE_URL", chat_server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    return chat_server


def check_first_and_second_run(
    run_suite,
    pytester,
    server: ChatServer,
    tasks_dir: Path,
    via_dir: bool = True,
    floor: bool = False,
    rerun: tuple[str, ...] = (),
) -> dict:
    """The first run asks once per task and scores the model IFS 1.0 everywhere (with
    ``floor``, beside the static floor at 0); the rerun (of the ``rerun`` tasks only,
    when given) asks nothing."""
    tasks = [t for t in discover_tasks(tasks_dir) if isinstance(t, Task)]
    serve_references(server, tasks)
    common = ["-n", "2", f"--iwr-tasks={tasks_dir}", f"--iwr-model={MODEL}", *VISUAL_OFF]
    logs = ["--log-file=run.log", "--log-file-level=DEBUG", "--junitxml=junit.xml"]

    first, data = run_suite(*common, *logs, *(["--iwr-model=static"] if floor else []))
    assert server.calls == len(tasks), "one API call per task"
    first_calls = server.calls
    rows = by_task(data)
    for task in tasks:
        row = rows[MODEL, task.id]
        assert row["ifs"] == 1.0, row["failure"]
        assert not row["generation_error"] and not row["page_errors"]  # placeholders resolved
        gen = row["generation"]
        assert (gen["cached"], gen["api_calls"]) == (False, 1) and gen["tokens"] > 0
        assert (pytester.path / "outputs" / task.id / MODEL / "index.html").exists()
        assert not floor or rows["static", task.id]["ifs"] == 0.0, rows["static", task.id]
    first.assert_outcomes(passed=len(tasks), failed=len(tasks) if floor else 0)
    first.stdout.fnmatch_lines(
        ["*IWR generation*", f"{MODEL}: {len(tasks)} tasks, *, 0 cache hits, {len(tasks)} API calls"]
    )

    # Second run: zero calls; the cache's layout also serves dir: evaluation.
    via = [f"--iwr-model=dir:outputs/*/{MODEL}"] if via_dir else []
    if rerun:
        tasks = [t for t in tasks if t.id in rerun]
        via += ["-k", " or ".join(rerun)]
    second, data = run_suite(*common, *via)
    rows = by_task(data)
    asked = [t.id for t in tasks if not rows[MODEL, t.id]["generation"]["cached"]]
    assert server.calls == first_calls and not asked, f"the rerun asked again for {asked}"
    for task in tasks:
        assert rows[MODEL, task.id]["ifs"] == 1.0, rows[MODEL, task.id]["failure"]
        assert not via_dir or rows[f"dir:outputs/*/{MODEL}", task.id]["ifs"] == 1.0
    second.assert_outcomes(passed=(1 + via_dir) * len(tasks))
    second.stdout.fnmatch_lines([f"{MODEL}: {len(tasks)} tasks, *, {len(tasks)} cache hits, 0 API calls"])

    output = first.stdout.str() + first.stderr.str() + second.stdout.str() + second.stderr.str()
    assert (pytester.path / "run.log").stat().st_size > 0
    assert SECRET not in output and files_containing(pytester.path, SECRET) == []
    return data


def test_n2_run_calls_once_per_task_then_never_again(run_suite, pytester, api_env):
    check_first_and_second_run(run_suite, pytester, api_env, VIDEO_TASKS)


FAULTS = {
    "429": (["429"], "recovers"),
    "500": (["500"], "recovers"),
    "hang": (["hang"], "recovers"),
    "big": (["big"], "recovers"),
    "nocode": (["nocode"], "no html code block"),
    "malformed": (["malformed"] * 5, "malformed JSON body"),
    "down": (["500"] * 5, "HTTP 500"),
    "echo": (["401-echo"], "HTTP 401"),
}


def test_every_fault_ends_as_specified_and_the_session_finishes(run_suite, pytester, api_env, tmp_path):
    server = api_env
    tasks_dir = tmp_path / "tasks"
    for n, name in enumerate(FAULTS, start=1):
        # Copies of one task, told apart by viewport: the prompt states the resolution.
        folder = tasks_dir / f"fault-{name}"
        shutil.copytree(VIDEO_TASKS / "light-switch", folder)
        spec = (folder / "task.yaml").read_text().replace("id: light-switch", f"id: fault-{name}")
        (folder / "task.yaml").write_text(spec.replace("viewport: 640x480", f"viewport: 640x{480 + n}"))
        server.scripts[f"640x{480 + n} viewport"] = list(FAULTS[name][0])
    light = discover_tasks(VIDEO_TASKS)[0]
    assert isinstance(light, Task) and light.id == "light-switch"
    server.default_page = as_model_page(light)
    server.hang_seconds, server.retry_after = 3.0, "1"

    result, data = run_suite(
        "-n", "2", f"--iwr-tasks={tasks_dir}", f"--iwr-model={MODEL}", *VISUAL_OFF,
        "--iwr-retries=1", "--iwr-backoff=0.05", "--iwr-request-timeout=1", "-o", "iwr_progress_interval=0",
    )  # fmt: skip
    rows = by_task(data)
    assert len(rows) == len(FAULTS)
    for name, (_, outcome) in FAULTS.items():
        row = rows[MODEL, f"fault-{name}"]
        if outcome == "recovers":
            assert row["ifs"] == 1.0 and not row["generation_error"], (name, row["failure"])
        else:
            assert row["ifs"] == 0.0 and outcome in row["generation_error"], (name, row["generation_error"])
            assert "generation failed" in row["failure"]
    gen = {name: rows[MODEL, f"fault-{name}"]["generation"] for name in FAULTS}
    assert gen["429"]["api_calls"] == gen["500"]["api_calls"] == gen["hang"]["api_calls"] == 2
    assert gen["malformed"]["api_calls"] == gen["down"]["api_calls"] == 2  # bounded: 1 + --iwr-retries
    assert gen["echo"]["api_calls"] == 1  # a 401 is not retried
    assert "[REDACTED]" in rows[MODEL, "fault-echo"]["generation_error"]
    assert len(rows[MODEL, "fault-big"]["generation"]["reply_path"]) > 0
    failures = sum(outcome != "recovers" for _, outcome in FAULTS.values())
    result.assert_outcomes(passed=len(FAULTS) - failures, failed=failures)
    result.stdout.fnmatch_lines(
        [
            f"[[]iwr generation[]] {MODEL}: 1/{len(FAULTS)} tasks, *",  # progress while it runs
            f"[[]iwr generation[]] {MODEL}: {len(FAULTS)}/{len(FAULTS)} tasks, * cached, {failures} failed, *",
            f"{MODEL}: {len(FAULTS)} tasks, *, {failures} generation failures, *",
        ]
    )
    assert SECRET not in result.stdout.str() + result.stderr.str()
    assert files_containing(pytester.path, SECRET) == []
