"""Run state for one pytest session: options, the task list, gathered results.

Built in ``pytest_configure`` and kept in ``config.stash``. Items append results to
it on the controller (through their reports, so xdist workers included); output
happens at session end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from pytest_iwr.cost import Price, parse_price_line
from pytest_iwr.judge.setup import Evaluation
from pytest_iwr.judge.setup import build as build_evaluation
from pytest_iwr.replay import ReplayOptions
from pytest_iwr.report import gates, results_log
from pytest_iwr.report.compare import Comparison
from pytest_iwr.results import TaskResult
from pytest_iwr.runner import Case, item_output_dir
from pytest_iwr.shard import Shard, parse_shard, shard_tasks, task_set_digest
from pytest_iwr.tasks import LoadedTask, bundled_tasks_dir, discover_tasks
from pytest_iwr.visual.fidelity import VisualConfig, VisualScorer, visual_available

RESULT_KEY = pytest.StashKey[TaskResult]()
REPORTING_CHECKPOINTS_KEY = pytest.StashKey[bool]()  # while an item's checkpoint subtests report


@dataclass
class IWRSession:
    models: list[str]
    tasks_root: Path
    output_root: Path
    json_path: Path | None
    step_timeout: float
    check_timeout: float
    markdown_path: Path | None = None
    resume: bool = False
    repeat: int = 1
    compare_path: Path | None = None
    fail_under: dict[str, float] = field(default_factory=dict)
    max_drop: dict[str, float] = field(default_factory=dict)
    shard: Shard | None = None
    prices: tuple[Price, ...] = ()  # the ini's iwr_prices rows, before the built-in ones
    # Filled at session end on the controller, printed by the terminal summary.
    comparison: Comparison | None = None
    gate_failures: list[str] = field(default_factory=list)
    visual: VisualScorer | None = None
    visual_off_reason: str = ""
    evaluation: Evaluation | None = None  # judge, grounder, HFS (judge/setup.py)
    results: list[TaskResult] = field(default_factory=list)
    _tasks: list[LoadedTask] | None = None
    _resumed: dict[tuple[str, str], TaskResult] | None = None

    @classmethod
    def from_config(cls, config: pytest.Config) -> IWRSession:
        base = Path(config.invocation_params.dir)
        tasks_opt = config.getoption("iwr_tasks")
        json_opt = config.getoption("iwr_json")
        markdown_opt = config.getoption("iwr_markdown")
        compare_opt = config.getoption("iwr_compare")
        if config.getoption("iwr_repeat") < 1:
            raise pytest.UsageError("--iwr-repeat must be at least 1")
        agent = config.getoption("iwr_agent")
        if config.getoption("iwr_browser_ws") and agent != "offline":
            raise pytest.UsageError(
                f"--iwr-agent={agent} attaches to a local browser over CDP; it cannot with --iwr-browser-ws"
            )
        evaluation = build_evaluation(config, base)
        visual, off_reason = _visual_from_config(config, base, evaluation)
        return cls(
            models=list(dict.fromkeys(config.getoption("iwr_model") or [])),
            tasks_root=(base / tasks_opt) if tasks_opt else bundled_tasks_dir(),
            output_root=base / config.getoption("iwr_output"),
            json_path=(base / json_opt) if json_opt else None,
            step_timeout=config.getoption("iwr_step_timeout"),
            check_timeout=config.getoption("iwr_check_timeout"),
            markdown_path=(base / markdown_opt) if markdown_opt else None,
            resume=config.getoption("iwr_resume"),
            repeat=config.getoption("iwr_repeat"),
            compare_path=(base / compare_opt) if compare_opt else None,
            fail_under=_gate(gates.parse, "--iwr-fail-under", config.getoption("iwr_fail_under")),
            max_drop=_gate(gates.parse, "--iwr-max-drop", config.getoption("iwr_max_drop")),
            shard=_shard(config.getoption("iwr_shard")),
            prices=_prices(config.getini("iwr_prices")),
            visual=visual,
            visual_off_reason=off_reason,
            evaluation=evaluation,
        )

    @property
    def active(self) -> bool:
        return bool(self.models)

    @property
    def results_log(self) -> Path:
        return self.output_root / "results.jsonl"

    def resumed(self) -> dict[tuple[str, str], TaskResult]:
        """Results an earlier, interrupted run logged; read once per process."""
        if self._resumed is None:
            self._resumed = results_log.load(self.results_log)
        return self._resumed

    def tasks(self) -> list[LoadedTask]:
        if self._tasks is None:
            self._tasks = discover_tasks(self.tasks_root)
        return self._tasks

    def cases(self) -> list[Case]:
        return [
            Case(model, task, r, self.repeat)
            for model in self.models
            for task in shard_tasks(self.tasks(), self.shard)
            for r in range(self.repeat)
        ]

    def run_info(self) -> dict[str, Any]:
        """What a result file was computed from: what merging shards must find equal."""
        from pytest_iwr import __version__
        from pytest_iwr.generate.prompt import PROMPT_VERSION

        tasks = self.tasks()
        return {
            "plugin_version": __version__,
            "prompt_version": PROMPT_VERSION,
            "task_set": task_set_digest(tasks),
            "task_count": len(tasks),
            "models": sorted(self.models),
            "repeat": self.repeat,
            "visual": self.visual_off_reason or "computed",
            "shard": None if self.shard is None else {"index": self.shard.index, "count": self.shard.count},
        }

    def replay_options(self, case: Case) -> ReplayOptions:
        ev = self.evaluation
        return ReplayOptions(
            step_timeout=self.step_timeout,
            check_timeout=self.check_timeout,
            output_dir=item_output_dir(self.output_root, case),
            judge=ev.judge if ev else None,
            judge_all=bool(ev and ev.judge_all),
            grounder=ev.grounder if ev else None,
        )


def _gate(parse: Callable[[str, str | None], dict[str, float]], option: str, text: str | None) -> dict[str, float]:
    try:
        return parse(option, text)
    except ValueError as exc:
        raise pytest.UsageError(str(exc)) from exc


def _prices(lines: list[str]) -> tuple[Price, ...]:
    try:
        return tuple(parse_price_line(line) for line in lines if line.strip())
    except ValueError as exc:
        raise pytest.UsageError(str(exc)) from None


def _shard(text: str | None) -> Shard | None:
    if text is None:
        return None
    try:
        return parse_shard(text)
    except ValueError as exc:
        raise pytest.UsageError(str(exc)) from exc


def _visual_from_config(
    config: pytest.Config, base: Path, evaluation: Evaluation | None = None
) -> tuple[VisualScorer | None, str]:
    mode = config.getoption("iwr_visual")
    if mode == "off":
        return None, "visual scoring off (--iwr-visual=off)"
    missing = visual_available()
    if missing:
        if mode == "on":
            raise pytest.UsageError(f"--iwr-visual=on: {missing}")
        return None, f"visual scoring off: {missing}"
    dino = config.getoption("iwr_dino")
    dino_path = base / dino
    visual = VisualConfig(
        ocr_mode=config.getoption("iwr_ocr"),
        dino_source=str(dino_path) if dino_path.exists() else dino,
        dino_download=config.getoption("iwr_dino_download"),
        cache_dir=base / config.getoption("iwr_cache"),
        hfs_judge=evaluation.hfs if evaluation is not None else None,
        hfs_judge_name=evaluation.hfs_name if evaluation is not None else "",
    )
    return VisualScorer(visual), ""


SESSION_KEY = pytest.StashKey[IWRSession]()
