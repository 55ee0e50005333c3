"""Soak: the bundled suite plus the hostile corpus, hundreds of items with ``-n 2``.

One child ``pytest`` run scores, ``--iwr-repeat`` times over:

- ``reference`` and ``static`` on every bundled task and on the fixture task;
- every hostile page of ``tests/fixtures/hostile`` (and a 50 MB page written to a temp
  folder) on the fixture task they were written for;
- two faults of the run itself: the worker's whole browser killed before a page is
  served, and while one is replayed (``kill-browser``, ``kill-browser-later``).

While it runs, every second, the resident memory of each xdist worker together with
everything under it (Playwright's driver, Chromium, its renderers) is sampled. It prints:

- completed items (lines in the results log) and the wall time;
- lost results: items selected minus lines in ``results.jsonl`` (goal 0);
- peak memory per worker, and of the largest single renderer;
- leftover processes: anything started under the run still alive 10 s after it ended,
  and zombies among them; plus Chromium's crash handlers (they detach from the browser at
  start, so they are found by name) started during the run and still alive without the
  browser they were started with (goal 0 for all).

Usage: python benchmarks/soak.py [--repeat 5] [--workers 2] [--keep DIR] [-- extra pytest args]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "tasks"
FIXTURE_TASK = ROOT / "tests" / "fixtures" / "tasks" / "notes-counter"
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
CRASH_HANDLER = "chrome_crashpad_handler"

KILL_BROWSER_CONFTEST = """
import threading

import psutil

from pytest_iwr.generate.builtin import reference_page


def kill_browser():
    for proc in psutil.Process().children(recursive=True):
        try:
            cmd = proc.cmdline()
        except psutil.Error:
            continue
        if cmd and "chrom" in cmd[0] and not any(a.startswith("--type=") for a in cmd):
            proc.kill()


def pytest_iwr_generate(task, model, config):
    if model == "kill-browser":
        kill_browser()
    elif model == "kill-browser-later":
        threading.Timer(1.0, kill_browser).start()
    else:
        return None
    return reference_page(task)
"""


def build_workspace(workdir: Path) -> tuple[Path, list[str]]:
    """A tasks folder (bundled tasks plus the fixture task, as symlinks) and the models."""
    tasks = workdir / "tasks"
    tasks.mkdir()
    for task in sorted(BUNDLED.iterdir()):
        if (task / "task.yaml").exists():
            (tasks / task.name).symlink_to(task)
    (tasks / FIXTURE_TASK.name).symlink_to(FIXTURE_TASK)
    big = workdir / "pages" / "page-50mb" / FIXTURE_TASK.name
    big.mkdir(parents=True)
    html = (FIXTURE_TASK / "reference" / "index.html").read_text()
    big.joinpath("index.html").write_text(html.replace("</body>", "<!-- " + "padding " * 6_400_000 + "-->\n</body>"))
    (workdir / "conftest.py").write_text(KILL_BROWSER_CONFTEST)
    hostile = sorted(p for p in HOSTILE.iterdir() if (p / FIXTURE_TASK.name / "index.html").exists())
    models = ["reference", "static", *(f"dir:{p}" for p in hostile), f"dir:{big.parent}"]
    models += ["kill-browser", "kill-browser-later"]
    return tasks, models


def selection(models: list[str]) -> str:
    """-k: reference and static on every task; the rest only on the fixture task they target."""
    return f"reference or static or {FIXTURE_TASK.name}"


@dataclass
class Sampler:
    """Every second: RSS per xdist worker (with its whole subtree), every pid seen."""

    controller: psutil.Process
    peaks: dict[int, int] = field(default_factory=dict)  # worker pid -> peak bytes
    renderer_peak: int = 0
    zombies_seen: int = 0
    seen: dict[int, float] = field(default_factory=dict)  # pid -> create_time
    crash_handlers: dict[int, float] = field(default_factory=dict)  # detached, started during the run
    started: float = field(default_factory=time.time)
    _stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> Sampler:
        threading.Thread(target=self._run, daemon=True).start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(1.0):
            with contextlib.suppress(psutil.Error):
                self.sample()

    def sample(self) -> None:
        zombies = 0
        for worker in self.controller.children():
            tree = [worker]
            with contextlib.suppress(psutil.Error):
                tree += worker.children(recursive=True)
            total = 0
            for proc in tree:
                try:
                    self.seen.setdefault(proc.pid, proc.create_time())
                    if proc.status() == psutil.STATUS_ZOMBIE:
                        zombies += 1
                        continue
                    rss = proc.memory_info().rss
                    total += rss
                    if "--type=renderer" in proc.cmdline():
                        self.renderer_peak = max(self.renderer_peak, rss)
                except psutil.Error:
                    continue
            self.peaks[worker.pid] = max(self.peaks.get(worker.pid, 0), total)
        self.zombies_seen = max(self.zombies_seen, zombies)
        for proc in psutil.process_iter(["name", "create_time"]):
            if proc.info["name"] == CRASH_HANDLER and (proc.info["create_time"] or 0) >= self.started:
                self.crash_handlers.setdefault(proc.pid, proc.info["create_time"])

    def stop(self) -> None:
        self._stop.set()


def orphaned_crash_handlers(handlers: dict[int, float]) -> list[int]:
    """Crash handlers still alive with no live browser started within 2 s of them."""
    browsers = []
    for proc in psutil.process_iter(["cmdline", "create_time"]):
        cmd = proc.info["cmdline"] or []
        if cmd and cmd[0].endswith("/chromium") and not any(a.startswith("--type=") for a in cmd):
            browsers.append(proc.info["create_time"])
    return [
        pid
        for pid, created in handlers.items()
        if _alive(pid, created) and all(abs(started - created) > 2 for started in browsers)
    ]


def _alive(pid: int, created: float) -> bool:
    try:
        proc = psutil.Process(pid)
        return proc.create_time() == created and proc.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def leftovers(seen: dict[int, float]) -> tuple[list[str], int]:
    """Processes seen under the run that still exist (same pid and start time), and how
    many of them are zombies."""
    alive, zombies = [], 0
    for pid, created in seen.items():
        try:
            proc = psutil.Process(pid)
            if proc.create_time() != created:
                continue  # the pid was reused by something else
            status = proc.status()
            alive.append(f"{pid} {status} {' '.join(proc.cmdline())[:100]}")
            zombies += status == psutil.STATUS_ZOMBIE
        except psutil.Error:
            continue
    return alive, zombies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="--iwr-repeat of the run (default 5)")
    parser.add_argument("--workers", default="2", help="-n (default 2)")
    parser.add_argument("--keep", type=Path, default=None, help="run in this folder and keep it")
    parser.add_argument("pytest_args", nargs="*", help="extra arguments for the child pytest")
    args = parser.parse_args()

    workdir = args.keep or Path(tempfile.mkdtemp(prefix="iwr-soak-"))
    workdir.mkdir(parents=True, exist_ok=True)
    tasks, models = build_workspace(workdir)
    base = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", f"--iwr-tasks={tasks}", "--iwr-visual=off"]
    base += [f"--iwr-model={m}" for m in models] + ["-k", selection(models), f"--iwr-repeat={args.repeat}"]
    base += args.pytest_args

    listed = subprocess.run([*base, "--collect-only", "-q"], cwd=workdir, capture_output=True, text=True)
    selected = sum(1 for line in listed.stdout.splitlines() if "test_iwr[" in line)
    print(f"items selected: {selected} ({len(models)} models, repeat {args.repeat}, -n {args.workers})", flush=True)

    cmd = [*base, "-n", args.workers, "--iwr-output=out", "--iwr-json=results.json", "-q", "-p", "no:randomly"]
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sampler = Sampler(psutil.Process(proc.pid)).start()
    output, _ = proc.communicate()
    wall = time.monotonic() - started
    sampler.stop()
    (workdir / "pytest-output.txt").write_text(output)

    time.sleep(10)  # let exiting processes go: what is left after that is a leak
    alive, zombies = leftovers(sampler.seen)
    orphans = orphaned_crash_handlers(sampler.crash_handlers)
    log = workdir / "out" / "results.jsonl"
    lines = log.read_text().splitlines() if log.exists() else []
    results = [json.loads(line) for line in lines]
    statuses: dict[str, int] = {}
    for row in results:
        statuses[row["status"]] = statuses.get(row["status"], 0) + 1
    summary = output.strip().splitlines()[-1] if output.strip() else ""

    print(f"pytest exit code: {proc.returncode}; {summary}")
    print(f"completed items: {len(lines)} in {wall:.0f} s ({len(lines) / wall * 60:.0f}/min); by status: {statuses}")
    print(f"lost results: {selected - len(lines)} (selected {selected}, logged {len(lines)})")
    peaks = ", ".join(f"{p >> 20} MB" for p in sorted(sampler.peaks.values(), reverse=True))
    print(f"peak memory per worker (worker + driver + Chromium): {peaks}")
    print(
        f"largest renderer: {sampler.renderer_peak >> 20} MB; most zombies at once during the run: {sampler.zombies_seen}"
    )
    print(f"processes seen under the run: {len(sampler.seen)}; leftover after it: {len(alive)}, zombies: {zombies}")
    print(f"crash handlers started during the run: {len(sampler.crash_handlers)}; orphaned after it: {len(orphans)}")
    for line in alive[:20]:
        print("  leftover:", line)
    if args.keep is None:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        print(f"kept: {workdir}")
    return 0 if selected == len(lines) and not alive and not orphans else 1


if __name__ == "__main__":
    sys.exit(main())
