"""Run state for one pytest session: options, the task list, gathered results.

Built in ``pytest_configure`` and kept in ``config.stash``. Items append results to
it on the controller (through their reports, so xdist workers included); output
happens at session end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pytest_iwr.replay import ReplayOptions
from pytest_iwr.results import TaskResult
from pytest_iwr.runner import Case, item_output_dir
from pytest_iwr.tasks import LoadedTask, bundled_tasks_dir, discover_tasks

RESULT_KEY = pytest.StashKey[TaskResult]()


@dataclass
class IWRSession:
    models: list[str]
    tasks_root: Path
    output_root: Path
    json_path: Path | None
    step_timeout: float
    check_timeout: float
    results: list[TaskResult] = field(default_factory=list)
    _tasks: list[LoadedTask] | None = None

    @classmethod
    def from_config(cls, config: pytest.Config) -> IWRSession:
        base = Path(config.invocation_params.dir)
        tasks_opt = config.getoption("iwr_tasks")
        json_opt = config.getoption("iwr_json")
        return cls(
            models=list(dict.fromkeys(config.getoption("iwr_model") or [])),
            tasks_root=(base / tasks_opt) if tasks_opt else bundled_tasks_dir(),
            output_root=base / config.getoption("iwr_output"),
            json_path=(base / json_opt) if json_opt else None,
            step_timeout=config.getoption("iwr_step_timeout"),
            check_timeout=config.getoption("iwr_check_timeout"),
        )

    @property
    def active(self) -> bool:
        return bool(self.models)

    def tasks(self) -> list[LoadedTask]:
        if self._tasks is None:
            self._tasks = discover_tasks(self.tasks_root)
        return self._tasks

    def cases(self) -> list[Case]:
        return [Case(model, task) for model in self.models for task in self.tasks()]

    def replay_options(self, case: Case) -> ReplayOptions:
        return ReplayOptions(
            step_timeout=self.step_timeout,
            check_timeout=self.check_timeout,
            output_dir=item_output_dir(self.output_root, case),
        )


SESSION_KEY = pytest.StashKey[IWRSession]()
