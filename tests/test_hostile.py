"""Hostile and broken generated pages, and faults of the run itself.

Each page of the corpus (``tests/fixtures/hostile/<case>/notes-counter/index.html``) is
scored against the fixture task in a real child pytest with real Chromium; every case
must end as a passed or failed item with the one-line reason below, within its step
timeouts, with what the sandbox stopped listed in its result. Several cases share one
child run (``-n 2``), so each item is also "the next task" of another hostile item in
the same worker: every outcome holding, and ``reference`` scoring 1.0 at the end, shows
that no page leaks into the next. Then: a worker killed with ``kill -9`` and a resumed
run, bad task data, and the sandbox's HTTP server under path tricks.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest

from pytest_iwr.replay import ReplayOptions
from pytest_iwr.results import MAX_NOTES
from pytest_iwr.sandbox import Sandbox
from pytest_iwr.watchdog import RENDERER_MEMORY_LIMIT
from tests.browser_server import browser_server
from tests.conftest import FIXTURE_PAGES, FIXTURE_TASKS, FIXTURES, LEAN_RUN, built_once, by_task

HOSTILE = FIXTURES / "hostile"
TASK = "notes-counter"
STEPS = 8
# Small timeouts keep the runs short; 2 s rather than 1 s, so that a page merely slow
# on a loaded 2-core machine is not mistaken for a hostile one.
STEP_TIMEOUT, CHECK_TIMEOUT = 2.0, 0.5
TIMEOUTS = (f"--iwr-step-timeout={STEP_TIMEOUT}", f"--iwr-check-timeout={CHECK_TIMEOUT}")
BUDGET = ReplayOptions(step_timeout=STEP_TIMEOUT, check_timeout=CHECK_TIMEOUT).step_budget()
HEAVY_STEP_TIMEOUT = 8.0  # the 100k-element DOM: slow, not hostile
HEAVY_BUDGET = ReplayOptions(step_timeout=HEAVY_STEP_TIMEOUT, check_timeout=CHECK_TIMEOUT).step_budget()
# The beacons page also aims at this port; a listener there proves nothing arrives.
LISTENER_PORT = 39517
SECRET = "sk-hostile-run-Vb71xQp0Lz93"


@dataclass(frozen=True)
class Expect:
    """One case's outcome: its IFS, and for a failed item the failure class and step."""

    ifs: float = 1.0
    reason: str = ""  # the failure class the item's reason starts with; "" = the item passes
    step: int | None = 1  # the step it fails at (None: before any step, e.g. generation failed)
    events: tuple[str, ...] = ()  # each a substring of some page_events entry
    blocked: tuple[str, ...] = ()  # each a substring of some blocked_requests entry
    errors: tuple[str, ...] = ()  # each a substring of some page_errors entry
    never: tuple[str, ...] = ()  # substrings that appear nowhere in the result


PASSES = Expect()

# Cases run together with -n 2 (batch "mixed").
MIXED = {
    "loop-at-load": Expect(0.0, "page did not load"),
    "loop-in-click": Expect(0.0, "timed out"),
    "loop-after-click": Expect(0.0, "page unresponsive", events=("renderer crashed",)),
    "dialogs-at-load": Expect(
        events=(
            "dialog alert: 'Welcome!' (dismissed)",
            "dialog confirm: 'Accept cookies?'",
            "dialog prompt: 'Your name?'",
        )
    ),
    "dialogs-every-step": Expect(
        events=("dialog alert: 'click on inc'", "dialog alert: 'change on theme'", "dialog alert: 'mouseover on help'")
    ),
    "confirm-gated": Expect(0.0, "checkpoint false", events=("dialog confirm: 'Count it?' (dismissed)",)),
    "beforeunload": Expect(events=("dialog beforeunload",)),
    "navigate-away": Expect(
        0.0, "checkpoint false", events=("navigated away to chrome-error://",), blocked=("http://example.com/phish",)
    ),
    "navigate-same-origin": Expect(0.0, "checkpoint false", errors=("requests answered 404: /admin",)),
    "history-back": Expect(0.0, "checkpoint false", events=("navigated away to about:blank",)),
    "history-spam": Expect(never=("navigated away",)),
    "popups": Expect(
        events=("popup opened: about:blank (closed)",), blocked=("http://example.com/ad", "http://127.0.0.1:1/popup")
    ),
    "document-write": Expect(0.25, "checkpoint false", step=3),
    "window-close": Expect(never=("page closed",)),
    "renderer-crash": Expect(0.0, "page crashed", events=("renderer crashed",)),
    "beacons": Expect(
        blocked=(
            "http://localhost:39517/style.css",
            "http://127.0.0.1:39517/bg.png",
            "http://198.51.100.9/prefetch",
            "http://198.51.100.7/pixel.gif",
            "http://127.0.0.1:39517/frame",
            "http://127.0.0.1:39517/fetch",
            "http://localhost:39517/fetch-localhost",
            "https://example.com/fetch",
            "http://[::1]:39517/xhr",
            "ws://127.0.0.1:39517/ws",
            "wss://example.com/ws",
            "http://127.0.0.1:39517/events",
            "http://127.0.0.1:39517/beacon",
            "http://203.0.113.5/click?n=1",
        )
    ),
    "file-reads": Expect(
        errors=("iwr-probe denied fetch file", "iwr-probe denied xhr file", "iwr-probe popup file refused"),
        never=("LEAKED", "root:x:"),
    ),
    "path-traversal": Expect(
        blocked=("http://etc/passwd",),  # '//etc/passwd' is another origin to a browser
        errors=("iwr-probe path /assets/asset_001.png 200 READ", "iwr-probe path /assets/../task.yaml 404"),
    ),
    "service-worker": Expect(
        errors=(
            "iwr-probe register gave no registration",
            "iwr-probe prototype register gave no registration",
            "iwr-probe register: 0 registrations",
        ),
        never=("REGISTERED",),
    ),
    "hover-removes-target": Expect(0.0, "action failed"),
    "overlay": Expect(0.0, "timed out"),
    "timers-slow": Expect(0.0, "checkpoint false"),
    "timers-churn": PASSES,
    "empty-reply": Expect(0.0, "generation failed", step=None),
    "whitespace-reply": Expect(0.0, "generation failed", step=None),
    "invalid-utf8": PASSES,
    "binary-garbage": Expect(0.0, "not found"),
    "css-display-none": Expect(0.0, "hidden"),
    "css-visibility-hidden": Expect(0.0, "hidden"),
    # Transparent but working: no user sees anything, so no target is found.
    "css-opacity-zero": Expect(0.0, "not found"),
    "alert-storm": Expect(0.0, "page did not load", events=("dialog alert: 'again' (dismissed)",)),
    "error-storm": Expect(errors=("storm xxx", "... and ")),
    "reload-loop": Expect(0.0, "page did not load"),
    "print-dialog": PASSES,
}

# Run in one process, in this order (batch "serial"): the reader must follow the writer
# in the same worker; a killed browser must be relaunched for what follows. The two
# kill-browser models are faults of the run, not pages (see KILL_BROWSER_CONFTEST).
# The memory blow-up runs here too, for the longer step budget: on a loaded machine the
# page may need more than 7.5 s to reach the renderer memory limit.
SERIAL = (
    "storage-writer",
    "storage-reader",
    "kill-browser",
    "kill-browser-later",
    "memory-blowup",
    "dom-100k",
    "page-50mb",
)
IN_ONE_WORKER = {
    "storage-writer": Expect(errors=("iwr-probe own storage: localStorage,cookie",)),  # the probe works
    "storage-reader": Expect(errors=("iwr-probe storage clean",), never=("BLEED",)),
    "memory-blowup": Expect(0.0, "page out of memory", events=("renderer crashed",)),
    "dom-100k": PASSES,
    # Through request routing a page crosses Playwright's protocol twice (about 35 s for
    # 50 MB here): past the load timeout, its item fails alone; a model's reply is < 1 MB.
    "page-50mb": Expect(0.0, "page did not load"),
}

KILL_BROWSER_CONFTEST = """
import threading
import time
from pathlib import Path

import psutil

from pytest_iwr.generate.builtin import reference_page


def kill_browser():
    # This worker's Chromium (the browser process, not its renderers): a crash of the
    # whole browser, as the OOM killer or a Chromium bug would cause.
    for proc in psutil.Process().children(recursive=True):
        try:
            cmd = proc.cmdline()
        except psutil.Error:
            continue
        if cmd and "chrom" in cmd[0] and not any(a.startswith("--type=") for a in cmd):
            proc.kill()


def kill_after_first_step(folder):
    # Mid-replay for sure: a timer could fire after a fast replay, in the next item.
    deadline = time.monotonic() + 60
    while not (folder / "step_1.png").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    kill_browser()


def pytest_iwr_generate(task, model, config):
    if model == "kill-browser":
        kill_browser()  # before the page is served
    elif model == "kill-browser-later":
        folder = Path(config.invocation_params.dir) / config.getoption("iwr_output") / model / task.id
        threading.Thread(target=kill_after_first_step, args=(folder,), daemon=True).start()
    else:
        return None
    return reference_page(task)
"""


def model_of(case: str, pages_root: Path = HOSTILE) -> str:
    return case if case.startswith("kill-browser") else f"dir:{pages_root / case}"


def write_50mb_page(root: Path) -> Path:
    """The reference app padded to 50 MB (a model that pasted a huge blob); never committed."""
    folder = root / "page-50mb" / TASK
    folder.mkdir(parents=True)
    html = (FIXTURE_TASKS / TASK / "reference" / "index.html").read_text()
    pad = "<!-- " + ("padding " * 8192 + "\n") * 770 + "-->\n"
    (folder / "index.html").write_text(html.replace("</body>", pad + "</body>"))
    assert (folder / "index.html").stat().st_size >= 50_000_000
    return root / "page-50mb"


class Listener:
    """TCP listeners on the other localhost port the beacons page aims at: counts the
    connections and the bytes that arrive on them."""

    def __init__(self, port: int) -> None:
        self.connections = 0
        self.received = b""
        self.sockets: list[socket.socket] = []
        for family, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
            sock = socket.socket(family, socket.SOCK_STREAM)
            try:
                sock.bind((host, port))
            except OSError:  # taken by someone else, or no IPv6: that half is not checked
                sock.close()
                continue
            sock.listen()
            sock.settimeout(0.2)
            self.sockets.append(sock)
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._accept, args=(s,), daemon=True) for s in self.sockets]
        for thread in self._threads:
            thread.start()

    def _accept(self, sock: socket.socket) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            conn.settimeout(1.0)
            with contextlib.suppress(OSError):
                self.received += conn.recv(4096)
            conn.close()

    def close(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join()
        for sock in self.sockets:
            sock.close()


class RendererMemory:
    """Samples the largest Chromium renderer under a process tree, every 0.1 s."""

    def __init__(self, root_pid: int) -> None:
        self.root = psutil.Process(root_pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            with contextlib.suppress(psutil.Error):
                for proc in self.root.children(recursive=True):
                    with contextlib.suppress(psutil.Error):
                        if "--type=renderer" in proc.cmdline():
                            self.peak = max(self.peak, proc.memory_info().rss)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Batch:
    returncode: int
    output: str
    data: dict
    log_lines: list[str]
    workdir: Path
    wall_seconds: float
    listener_connections: int | None = None
    listener_received: bytes = b""
    listener_bound: bool = False
    peak_renderer_rss: int = 0

    def row(self, case: str, pages_root: Path = HOSTILE) -> dict:
        return by_task(self.data)[model_of(case, pages_root), TASK]


def run_child(workdir: Path, args: list[str], env: dict | None = None, watch_memory: bool = False) -> Batch:
    """A child ``pytest`` on the fixture task; returns its results JSON and results log."""
    out = workdir / "results.json"
    cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", f"--iwr-tasks={FIXTURE_TASKS}"]
    cmd += [f"--iwr-json={out}", "--iwr-output=out", *LEAN_RUN, *args]
    started = time.monotonic()
    proc = subprocess.Popen(
        cmd, cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace"
    )
    memory = RendererMemory(proc.pid) if watch_memory else None
    output, _ = proc.communicate(timeout=900)
    if memory is not None:
        memory.stop()
    log = workdir / "out" / "results.jsonl"
    return Batch(
        returncode=proc.returncode,
        output=output,
        data=json.loads(out.read_text()) if out.exists() else {"tasks": []},
        log_lines=log.read_text().splitlines() if log.exists() else [],
        workdir=workdir,
        wall_seconds=time.monotonic() - started,
        peak_renderer_rss=memory.peak if memory else 0,
    )


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    return built_once(tmp_path_factory, "hostile-mixed", run_mixed)


def run_mixed(workdir: Path) -> Batch:
    listener = Listener(LISTENER_PORT)
    env = {**os.environ, "OPENAI_API_KEY": SECRET}  # must end up in no file the run writes
    try:
        models = [f"--iwr-model={model_of(case)}" for case in MIXED]
        batch = run_child(workdir, ["-n", "2", *TIMEOUTS, *models, "--iwr-model=reference"], env)
    finally:
        listener.close()
    batch.listener_connections, batch.listener_bound = listener.connections, bool(listener.sockets)
    batch.listener_received = listener.received
    return batch


@pytest.fixture(scope="module")
def remote_mixed(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    """The mixed batch again, in a browser behind a Playwright browser server: the fence
    is request routing either way, and the watchdog cannot see that browser's renderers."""
    return built_once(tmp_path_factory, "hostile-remote", run_remote_mixed)


def run_remote_mixed(workdir: Path) -> Batch:
    models = [f"--iwr-model={model_of(case)}" for case in REMOTE_CASES]
    with browser_server() as endpoint:
        return run_child(
            workdir, ["-n", "2", *TIMEOUTS, f"--iwr-browser-ws={endpoint}", *models, "--iwr-model=reference"]
        )


# What a remote browser changes: the fence (routing, popups, navigation, workers) and the
# handling of hung and crashed pages, where the page is closed instead of its renderer
# killed (watchdog.py). Cases that only exercise page scripts the same way either side
# run in the local batch alone, to keep the test time.
REMOTE_CASES = (
    "loop-at-load",
    "loop-in-click",
    "loop-after-click",
    "renderer-crash",
    "dialogs-at-load",
    "navigate-away",
    "popups",
    "beacons",
    "file-reads",
    "path-traversal",
    "service-worker",
    "alert-storm",
)
REMOTE = {case: MIXED[case] for case in REMOTE_CASES} | {
    "loop-after-click": Expect(0.0, "page unresponsive", events=("page closed",)),
}


@pytest.fixture(scope="module")
def serial(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    return built_once(tmp_path_factory, "hostile-serial", run_serial)


def run_serial(workdir: Path) -> Batch:
    (workdir / "conftest.py").write_text(KILL_BROWSER_CONFTEST)
    big_root = write_50mb_page(workdir / "big")
    models = [f"--iwr-model={model_of(c, big_root.parent if c == 'page-50mb' else HOSTILE)}" for c in SERIAL]
    args = ["-p", "no:xdist", f"--iwr-step-timeout={HEAVY_STEP_TIMEOUT}", f"--iwr-check-timeout={CHECK_TIMEOUT}"]
    return run_child(workdir, [*args, *models, "--iwr-model=reference"], watch_memory=True)


def reason_of(row: dict) -> str:
    """The reason part of an item's one-line failure."""
    line = row["failure"]
    assert "\n" not in line, line
    if row["generation_error"]:
        return line.split(": ", 1)[1]
    return line.split("}: ", 1)[1] if "}: " in line else line.split(": ", 1)[1]


def check_outcome(row: dict, expect: Expect, budget: float) -> None:
    everything = json.dumps(row)
    if expect.reason:
        assert row["status"] == "failed", row
        assert reason_of(row).startswith(expect.reason), row["failure"]
        if expect.step is not None:
            assert f": step {expect.step}/{STEPS} " in row["failure"], row["failure"]
    elif expect.ifs == 1.0:
        assert row["status"] == "passed", row["failure"]
    assert row["ifs"] == pytest.approx(expect.ifs), row["failure"]
    for wanted, field in ((expect.events, "page_events"), (expect.blocked, "blocked_requests")):
        for text in wanted:
            assert any(text in entry for entry in row[field]), (text, row[field])
    for text in expect.errors:
        assert any(text in entry for entry in row["page_errors"]), (text, row["page_errors"])
    for text in expect.never:
        assert text not in everything, text
    # Within the step timeouts: the load plus every step attempted, each within its budget.
    attempted = expect.step if expect.step is not None else STEPS
    assert row["seconds"] <= budget * (attempted + 1), (row["seconds"], budget)
    for field in ("page_events", "blocked_requests", "page_errors"):
        assert len(row[field]) <= MAX_NOTES + 1, field  # a page in a loop cannot bloat its result


@pytest.mark.parametrize("case", list(MIXED))
def test_hostile_page_fails_only_itself(mixed: Batch, case: str):
    check_outcome(mixed.row(case), MIXED[case], BUDGET)


@pytest.mark.parametrize("case", list(REMOTE))
def test_hostile_page_fails_only_itself_on_a_remote_browser(remote_mixed: Batch, case: str):
    check_outcome(remote_mixed.row(case), REMOTE[case], BUDGET)
    if case == "loop-after-click":
        assert "the page was closed" in remote_mixed.row(case)["failure"]


@pytest.mark.parametrize("case", list(IN_ONE_WORKER))
def test_hostile_page_in_one_worker(serial: Batch, case: str):
    root = serial.workdir / "big" if case == "page-50mb" else HOSTILE
    check_outcome(serial.row(case, root), IN_ONE_WORKER[case], HEAVY_BUDGET)


def check_every_item_scored_and_logged(batch: Batch, cases) -> None:
    assert batch.returncode == 1, batch.output[-3000:]  # items failed; no usage or internal error
    assert "INTERNALERROR" not in batch.output
    assert "error" not in batch.output.strip().splitlines()[-1]  # no item errored, in setup or teardown
    assert len(batch.data["tasks"]) == len(cases) + 1
    assert len(batch.log_lines) == len(cases) + 1  # every result also in the results log
    assert by_task(batch.data)["reference", TASK]["ifs"] == 1.0  # the run's last item is unharmed


# One test per batch: tests sharing a module fixture share an xdist worker (conftest.py).
def test_every_item_of_a_hostile_run_is_scored_and_logged(mixed: Batch):
    check_every_item_scored_and_logged(mixed, MIXED)
    passed = sum(1 for e in MIXED.values() if not e.reason) + 1
    assert f"{len(MIXED) + 1 - passed} failed, {passed} passed" in mixed.output


def test_every_item_of_a_serial_hostile_run_is_scored_and_logged(serial: Batch):
    check_every_item_scored_and_logged(serial, SERIAL)


def test_nothing_reaches_another_localhost_port(mixed: Batch):
    if not mixed.listener_bound:
        pytest.skip(f"port {LISTENER_PORT} is taken on this machine; the blocked list is checked elsewhere")
    # Not one byte of a request arrives. (Chromium still opens a bare TCP connection to
    # the target of an iframe, popup or top-level navigation before the fence aborts the
    # request -- a speculative preconnect; see the README's Sandbox section.)
    assert mixed.listener_received == b"", mixed.listener_received[:200]


def test_memory_blowup_is_stopped_at_the_renderer_limit(serial: Batch):
    # Sampled from outside every 0.1 s. The watchdog polls every 0.25 s, so a page that
    # grows by a few GB/s overshoots the limit a little; without the limit this page
    # would grow for as long as its steps keep passing (several GB).
    assert RENDERER_MEMORY_LIMIT // 2 < serial.peak_renderer_rss < RENDERER_MEMORY_LIMIT + (1 << 30)


def test_an_api_key_in_the_environment_is_written_nowhere(mixed: Batch):
    assert SECRET not in mixed.output
    leaks = [p for p in mixed.workdir.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]
    assert leaks == []


def test_a_killed_browser_is_relaunched_for_the_next_item(serial: Batch):
    before = serial.row("kill-browser")
    check_outcome(before, Expect(0.0, "browser lost before the page loaded", step=None), HEAVY_BUDGET)
    during = serial.row("kill-browser-later")
    assert during["status"] == "failed" and during["ifs"] < 1.0
    # Whichever call the kill interrupts: "... has been closed", or the crash event came first.
    reason = reason_of(during)
    assert "has been closed" in reason or reason.startswith("page crashed"), during["failure"]
    # Everything after them ran on a new browser: a hostile page, a heavy one, reference.
    assert serial.row("dom-100k")["ifs"] == 1.0
    assert by_task(serial.data)["reference", TASK]["ifs"] == 1.0
    assert "_errors.TargetClosedError" not in serial.output  # one-line reasons, no tracebacks, no teardown error


def test_corpus_has_a_page_for_every_case():
    committed = sorted(p.name for p in HOSTILE.iterdir() if (p / TASK / "index.html").exists())
    tested = sorted([*MIXED, *(case for case in IN_ONE_WORKER if case != "page-50mb")])
    assert committed == tested
    assert len(committed) >= 25


# --- a worker killed with kill -9, then --iwr-resume -------------------------------------

STALL_CONFTEST = """
import os
import time
from pathlib import Path

from pytest_iwr.generate.builtin import directory_page


def pytest_iwr_generate(task, model, config):
    if model != "stall":
        return None
    armed = Path("armed")
    if armed.exists():  # first run: say which worker this is, then hang until killed
        Path("stalled.pid").write_text(str(os.getpid()))
        time.sleep(300)
    return directory_page(task, Path({pages!r}))
"""

KILL_MODELS = ("reference", "static", "partial", "variant-a", "variant-b", "stall")


def kill_args() -> list[str]:
    args = ["-n", "2", *TIMEOUTS]
    for model in KILL_MODELS:
        args.append(
            f"--iwr-model=dir:{FIXTURE_PAGES / model}"
            if model in ("partial", "variant-a", "variant-b")
            else f"--iwr-model={model}"
        )
    return args


def scores(data: dict) -> dict:
    return {
        key: (row["status"], row["ifs"], [(s["status"], s["reason"]) for s in row["steps"]])
        for key, row in by_task(data).items()
    }


def test_kill_9_of_a_worker_loses_only_its_task_and_resume_completes_the_set(tmp_path: Path):
    conftest = STALL_CONFTEST.format(pages=str(FIXTURE_PAGES / "variant-a"))
    killed_dir, clean_dir = tmp_path / "killed", tmp_path / "clean"
    for folder in (killed_dir, clean_dir):
        folder.mkdir()
        (folder / "conftest.py").write_text(conftest)
    (killed_dir / "armed").touch()

    out = killed_dir / "results.json"
    cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", f"--iwr-tasks={FIXTURE_TASKS}"]
    cmd += ["--iwr-json=results.json", "--iwr-output=out", *LEAN_RUN, *kill_args()]  # relative: per run folder
    proc = subprocess.Popen(cmd, cwd=killed_dir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    pid_file = killed_dir / "stalled.pid"
    deadline = time.monotonic() + 300
    while not (pid_file.exists() and pid_file.read_text()) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert pid_file.exists() and pid_file.read_text(), proc.communicate()[0]
    worker = psutil.Process(int(pid_file.read_text()))
    assert "xdist" in " ".join(worker.cmdline()) or worker.ppid() == proc.pid
    descendants = worker.children(recursive=True)  # its Playwright driver and Chromium
    (killed_dir / "armed").unlink()
    os.kill(worker.pid, signal.SIGKILL)
    first, _ = proc.communicate(timeout=600)

    assert proc.returncode == 1, first[-3000:]
    # xdist reports the worker it lost with the item it was running, and replaces it.
    assert "crashed while running" in first and "stall-notes-counter" in first, first[-3000:]
    log = [json.loads(line) for line in (killed_dir / "out" / "results.jsonl").read_text().splitlines()]
    logged = sorted(r["model"] for r in log)
    assert logged == sorted(
        m if m in ("reference", "static", "stall") else f"dir:{FIXTURE_PAGES / m}" for m in KILL_MODELS if m != "stall"
    )
    # Nothing the killed worker started outlives it for long (Chromium exits with its driver).
    gone_by = time.monotonic() + 15
    while time.monotonic() < gone_by and any(
        p.is_running() and p.status() != psutil.STATUS_ZOMBIE for p in descendants
    ):
        time.sleep(0.2)
    assert not [p.pid for p in descendants if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]

    before = json.loads(out.read_text())
    resumed = subprocess.run([*cmd, "--iwr-resume", "-rs"], cwd=killed_dir, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stdout[-3000:]
    assert (
        f"1 passed, {len(KILL_MODELS) - 1} skipped" in resumed.stdout
        and "already scored (--iwr-resume)" in resumed.stdout
    )
    after = json.loads(out.read_text())

    clean = subprocess.run(cmd, cwd=clean_dir, capture_output=True, text=True)
    assert clean.returncode == 1, clean.stdout[-3000:]
    reference = json.loads((clean_dir / "results.json").read_text())

    assert len(after["tasks"]) == len(KILL_MODELS)
    assert scores(after) == scores(reference)  # the set is complete, and as an uninterrupted run scores it
    kept = {key: value for key, value in scores(before).items() if key[0] != "stall"}
    assert {key: scores(after)[key] for key in kept} == kept  # the rest: identical to what was logged
    assert after["suite"] == reference["suite"]


# --- bad task data ---------------------------------------------------------------------


def test_bad_task_data_is_an_error_for_that_task_alone(run_suite, tmp_path: Path):
    tasks = tmp_path / "tasks"

    def variant(name: str, edit=None) -> Path:
        folder = tasks / name
        shutil.copytree(FIXTURE_TASKS / TASK, folder)
        text = (folder / "task.yaml").read_text().replace(f"id: {TASK}", f"id: {name}")
        (folder / "task.yaml").write_text(edit(text) if edit else text)
        return folder

    shutil.copytree(FIXTURE_TASKS / TASK, tasks / TASK)
    variant("bad-yaml", lambda t: t.replace("steps:", "steps: [unclosed", 1))
    variant("bad-action", lambda t: t.replace("action: scroll", "action: teleport"))
    variant("bad-viewport", lambda t: t.replace("viewport: 800x600", "viewport: 800 by 600"))
    (variant("no-checkpoint") / "checkpoints" / "step_0.png").unlink()
    shutil.rmtree(variant("no-asset") / "assets")
    shutil.rmtree(variant("no-reference") / "reference")
    (tasks / "empty-yaml").mkdir()
    (tasks / "empty-yaml" / "task.yaml").write_text("")

    result, data = run_suite(f"--iwr-tasks={tasks}", "--iwr-model=reference", "--iwr-model=static", *TIMEOUTS)
    rows = by_task(data)
    assert result.ret == 1, result.stdout.str()[-3000:]
    for name, message in (
        ("bad-yaml", "bad-yaml/task.yaml: not valid YAML"),
        ("bad-action", "bad-action/task.yaml: step 6: field 'action': Input should be"),
        ("bad-viewport", "bad-viewport/task.yaml: field 'viewport': viewport must look like '1280x720'"),
        ("empty-yaml", "empty-yaml/task.yaml: the top level must be a mapping"),
    ):
        for model in ("reference", "static"):
            assert rows[model, name]["status"] == "error" and message in rows[model, name]["failure"], name
        result.stdout.fnmatch_lines([f"*{message}*"])
    # Files a model needs: an error of that item (not a score of 0 for the model).
    static = rows["static", "no-checkpoint"]
    assert static["status"] == "error" and "no-checkpoint: task data: " in static["failure"]
    assert "no initial screenshot" in static["failure"] and "checkpoints/step_0.png" in static["failure"]
    assert rows["reference", "no-checkpoint"]["ifs"] == 1.0
    ref = rows["reference", "no-reference"]
    assert ref["status"] == "error" and "reference page missing" in ref["failure"]
    # A missing asset is the validator's to report; the run shows it and goes on.
    no_asset = rows["reference", "no-asset"]
    assert no_asset["ifs"] == 1.0 and any("/assets/asset_001.png" in e for e in no_asset["page_errors"])
    # The good task is untouched by its broken neighbours, and errors stay out of the means.
    assert rows["reference", TASK]["ifs"] == 1.0 and rows["static", TASK]["status"] == "failed"
    assert data["suite"]["reference"]["errors"] == 5 and data["suite"]["reference"]["tasks"] == 3
    assert data["suite"]["static"]["errors"] == 5
    outcomes = result.parseoutcomes()
    assert outcomes.get("errors") == 8  # 4 unloadable tasks x 2 models, at setup


# --- the sandbox's server, spoken to directly (no browser normalizing the paths) --------


def test_the_sandbox_serves_only_the_page_and_its_own_assets(tmp_path: Path):
    tasks = tmp_path / "tasks"
    mine, other = tasks / "mine", tasks / "other"
    (mine / "assets").mkdir(parents=True)
    (other / "assets").mkdir(parents=True)
    (mine / "assets" / "asset_001.png").write_bytes(b"MINE")
    (mine / "task.yaml").write_text("secret: task file")
    (other / "assets" / "asset_001.png").write_bytes(b"OTHER")
    (tmp_path / "host-secret.txt").write_text("HOST")
    (mine / "assets" / "link.png").symlink_to(other / "assets" / "asset_001.png")
    (mine / "assets" / "dirlink").symlink_to(tmp_path)

    sandbox = Sandbox(b"<p>page</p>", mine / "assets")

    def get(target: str) -> tuple[int, bytes]:
        answer = sandbox.answer(target if "://" in target else sandbox.origin + target)
        return (answer[0], answer[1]) if answer is not None else (0, b"blocked")

    assert get("/") == (200, b"<p>page</p>")
    assert get("/assets/asset_001.png") == (200, b"MINE")
    refused = [
        "/assets/../task.yaml",
        "/assets/%2e%2e/task.yaml",
        "/assets/..%2ftask.yaml",
        "/assets/..%5ctask.yaml",
        "/assets/../../other/assets/asset_001.png",
        "/assets/%2e%2e%2f%2e%2e%2fother%2fassets%2fasset_001.png",
        "/assets/../../../host-secret.txt",
        "/assets//etc/passwd",
        "/assets/%2fetc%2fpasswd",
        "/assets/link.png",  # a symlink out of the assets folder
        "/assets/dirlink/host-secret.txt",
        "/assets/",
        "/assets/%00",
        "/task.yaml",
        "/etc/passwd",
        "//etc/passwd",
        "/index.html/../../task.yaml",
    ]
    answers = {target: get(target) for target in refused}
    assert {t: status for t, (status, _) in answers.items()} == dict.fromkeys(refused, 404)
    # Another origin is never answered, whatever its path: the fence aborts it.
    for elsewhere in (
        "http://127.0.0.1/",
        "http://iwr.localhost.evil/",
        "https://iwr.localhost/",
        "file:///etc/passwd",
    ):
        assert get(elsewhere) == (0, b"blocked")
    assert not any(
        secret in body for _, body in answers.values() for secret in (b"OTHER", b"HOST", b"secret", b"root:")
    )


def test_unbounded_page_events_are_capped_with_a_count():
    from pytest_iwr.results import note

    entries: list[str] = []
    for i in range(MAX_NOTES + 120):
        note(entries, f"event {i}")
    assert len(entries) == MAX_NOTES + 1
    assert entries[:2] == ["event 0", "event 1"] and entries[-1] == "... and 120 more"
