"""What a checkpoint judge gets and returns, for natural-language assertions.

Structured checks (judge/structured.py) need no judge. Steps that carry only an
assertion (the IWR-Bench release) are judged by a VLM or, without one, by the visual
proxy; with ``judge_all`` a judge also rules on steps that have structured checks, so
the two can be compared. A judge that cannot give a verdict raises
:class:`JudgeError`: the step then fails as a judge error, never passes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from playwright.sync_api import ElementHandle, Page

from pytest_iwr.results import CheckResult
from pytest_iwr.tasks import Step, Task


class JudgeError(Exception):
    """No verdict: the judge's replies could not be parsed, or it could not be reached."""


@dataclass(frozen=True)
class JudgeRequest:
    task: Task
    index: int  # 1-based step number
    step: Step
    before: bytes  # PNG of the page before the step
    after: bytes  # PNG of the page after the step


# A judge returns a CheckResult named after itself, e.g. "assertion (vlm gpt-4o)".
AssertionJudge = Callable[[JudgeRequest], CheckResult]
# A grounder picks the element for a step that has only a description; raises LocateError.
Grounder = Callable[[Page, Step, float], ElementHandle]
