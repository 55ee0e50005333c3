"""Plain, JSON-able results: what travels from an xdist worker to the controller."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PASSED = "passed"
FAILED = "failed"
NOT_REACHED = "not_reached"


@dataclass
class CheckResult:
    check: str
    passed: bool
    detail: str = ""


@dataclass
class StepResult:
    index: int  # 1-based, as in step_k.png
    action: str
    target: str
    description: str
    status: str = NOT_REACHED
    reason: str = ""
    checks: list[CheckResult] = field(default_factory=list)
    screenshot: str | None = None
    action_seconds: float = 0.0
    check_seconds: float = 0.0
    screenshot_seconds: float = 0.0
    visual: bool = False
    # The judge's verdict on a step that has structured checks (for agreement rates).
    judge: dict[str, Any] | None = None
    # How a description-only step found its element: method, confidence, candidates.
    grounding: dict[str, Any] | None = None

    @property
    def seconds(self) -> float:
        return self.action_seconds + self.check_seconds + self.screenshot_seconds


@dataclass
class TaskResult:
    model: str
    task_id: str
    title: str = ""
    taxonomy: dict[str, str] = field(default_factory=dict)
    status: str = PASSED  # passed | failed | error (harness or task problem, not the model's)
    steps: list[StepResult] = field(default_factory=list)
    ifs: float = 0.0
    steps_passed: int = 0
    steps_total: int = 0
    failure: str = ""
    generation_error: str = ""
    # What the generator reported: tokens, latency, cache hit... (GeneratedPage.meta).
    generation: dict[str, Any] = field(default_factory=dict)
    blocked_requests: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    # What the page tried that the sandbox stopped: dialogs, popups, navigations, crashes.
    page_events: list[str] = field(default_factory=list)
    initial_screenshot: str | None = None
    seconds: float = 0.0
    # Visual fidelity (visual/fidelity.py): per-checkpoint OCR/DINO, LFS, HFS, VFS, notes.
    visual: dict[str, Any] = field(default_factory=dict)
    vfs: float | None = None
    final: float | None = None
    # Flagged checkpoints (the initial state and every visual step) the replay reached:
    # {"scored", "flagged", "ratio"} (visual/fidelity.py coverage), and VFS with the
    # unreached ones counted as 0; an extra column, never in place of VFS or Final.
    coverage: dict[str, Any] = field(default_factory=dict)
    vfs_all: float | None = None
    # Tokens and USD of the item's model calls (cost.py item_cost); USD None = unpriced.
    cost: dict[str, Any] = field(default_factory=dict)
    trace: str | None = None  # the item's Playwright trace (--iwr-trace), where it was kept
    repeat: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TaskResult:
        data = dict(data)
        steps = []
        for raw in data.pop("steps", []):
            raw = dict(raw)
            raw["checks"] = [CheckResult(**c) for c in raw.get("checks", [])]
            steps.append(StepResult(**raw))
        return cls(steps=steps, **data)


# A page in a loop (errors every millisecond, a fetch storm, endless alerts) must not
# bloat its result: the event lists keep their first entries and count the rest.
MAX_NOTES = 50
_MORE = "... and {} more"


def note(entries: list[str], text: str, limit: int = MAX_NOTES) -> None:
    """Append ``text`` to ``entries`` unless ``limit`` is reached; then count it in a last line."""
    if len(entries) < limit:
        entries.append(text)
        return
    more = int(entries[limit].split()[2]) + 1 if len(entries) > limit else 1
    entries[limit:] = [_MORE.format(more)]
