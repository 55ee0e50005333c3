"""The task model and the native ``task.yaml`` loader.

A task is plain data: what the model is shown (video, assets), the recorded
trajectory (steps) and how each step is checked. Loading never raises for one
bad task: it yields a :class:`TaskLoadError` naming the file, step and field,
so that task alone fails while the rest of the suite runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

ACTIONS = ("click", "type", "press", "scroll", "hover", "select")
DOMAINS = (
    "e-commerce",
    "travel",
    "productivity",
    "social",
    "finance",
    "education",
    "media",
    "games",
)
VISUAL_COMPLEXITY = ("simple", "moderate", "complex")
INTERACTION_LOGIC = ("browsing", "stateless", "stateful", "logic")
DIRECTIONS = ("up", "down", "left", "right")

_VIEWPORT = re.compile(r"^\s*(\d{2,5})\s*[xX]\s*(\d{2,5})\s*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Target(_Strict):
    """What a user would point at, never a DOM shape.

    ``role``+``name`` is the accessible role and name; ``text``, ``label``,
    ``placeholder``, ``alt`` and ``title`` match what is shown. ``near`` picks
    the candidate closest on screen to that visible text, ``within`` the one
    inside the smallest region that shows that text, ``nth`` (0-based) one of
    several equal matches in reading order.
    """

    role: str | None = None
    name: str | None = None
    text: str | None = None
    label: str | None = None
    placeholder: str | None = None
    alt: str | None = None
    title: str | None = None
    near: str | None = None
    within: str | None = None
    nth: int | None = Field(default=None, ge=0)
    exact: bool = False

    @model_validator(mode="after")
    def _has_a_hint(self) -> Target:
        if not any((self.role, self.text, self.label, self.placeholder, self.alt, self.title)):
            raise ValueError("a target needs one of role, text, label, placeholder, alt, title")
        if self.name is not None and self.role is None:
            raise ValueError("'name' needs a 'role'")
        return self

    def describe(self) -> str:
        parts = [f"{key}={value!r}" for key, value in self.model_dump(exclude_defaults=True).items()]
        return "{" + ", ".join(parts) + "}"


class TextCount(_Strict):
    text: str
    count: int = Field(ge=0)


class InputValue(_Strict):
    target: Target | None = None
    value: str


class Expectation(_Strict):
    """One structured check; exactly one field is set."""

    visible_text: str | None = None
    absent_text: str | None = None
    text_count: TextCount | None = None
    matches: str | None = None
    # Some piece of text a user reads on its own (a display, a counter), not on a button,
    # reads exactly this: how a calculator's display is checked on any DOM.
    exact_text: str | None = None
    input_value: InputValue | None = None
    scrolled: Literal["up", "down", "left", "right"] | None = None
    changed: bool | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Expectation:
        set_fields = [name for name in type(self).model_fields if getattr(self, name) is not None]
        if len(set_fields) != 1:
            kinds = ", ".join(type(self).model_fields)
            raise ValueError(f"an expectation has exactly one of {kinds}; got {set_fields or 'none'}")
        if self.matches is not None:
            try:
                re.compile(self.matches)
            except re.error as exc:
                raise ValueError(f"'matches' is not a valid regex: {exc}") from exc
        return self

    @property
    def kind(self) -> str:
        return next(name for name in type(self).model_fields if getattr(self, name) is not None)

    @property
    def value(self) -> Any:
        return getattr(self, self.kind)

    def describe(self) -> str:
        value = self.value
        if isinstance(value, BaseModel):
            value = value.model_dump(exclude_defaults=True)
        return f"{self.kind}={value!r}"


class Checkpoint(_Strict):
    expect: list[Expectation] = Field(default_factory=list)
    assertion: str = ""
    # A check that is already true before its step (say, text that stays on
    # screen) must say why, or the validator rejects it as not measuring the step.
    persistent: str | None = None


class Step(_Strict):
    action: Literal["click", "type", "press", "scroll", "hover", "select"]
    target: Target | None = None
    text: str | None = None
    key: str | None = None
    direction: Literal["up", "down", "left", "right"] | None = None
    amount: int | None = Field(default=None, gt=0)
    description: str = ""
    checkpoint: Checkpoint = Field(default_factory=Checkpoint)
    visual: bool = False

    @model_validator(mode="after")
    def _fields_fit_action(self) -> Step:
        needs_target = {"click", "type", "hover", "select"}
        if self.action in needs_target and self.target is None and not self.description:
            raise ValueError(f"a '{self.action}' step needs a 'target' or a 'description'")
        if self.action in ("type", "select") and self.text is None:
            raise ValueError(f"a '{self.action}' step needs 'text'")
        if self.action == "press" and not self.key:
            raise ValueError("a 'press' step needs 'key'")
        if self.action == "scroll" and self.direction is None:
            raise ValueError("a 'scroll' step needs 'direction' (up, down, left, right)")
        return self

    def describe_target(self) -> str:
        if self.target is not None:
            return self.target.describe()
        return repr(self.description) if self.description else "(page)"


class Taxonomy(_Strict):
    domain: Literal[DOMAINS]  # type: ignore[valid-type]
    visual_complexity: Literal[VISUAL_COMPLEXITY]  # type: ignore[valid-type]
    interaction_logic: Literal[INTERACTION_LOGIC]  # type: ignore[valid-type]
    sub_domain: str | None = None


class TaskSpec(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    viewport: str = "1280x720"
    taxonomy: Taxonomy
    description: str = ""
    steps: Annotated[list[Step], Field(min_length=1)]

    @field_validator("viewport")
    @classmethod
    def _viewport_is_wxh(cls, value: str) -> str:
        if not _VIEWPORT.match(value):
            raise ValueError(f"viewport must look like '1280x720', got {value!r}")
        return value


@dataclass(frozen=True)
class Task:
    """A loaded task: its spec plus where its files are."""

    spec: TaskSpec
    root: Path
    source: Path
    # File layout: the bundled suite's names by default; the IWR-Bench release loader
    # (release.py) says where its own checkpoints and asset sheets are.
    checkpoint_name: str = "step_{}.png"
    stitched_name: str = "stitched"

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def steps(self) -> list[Step]:
        return self.spec.steps

    @property
    def viewport(self) -> tuple[int, int]:
        return parse_viewport(self.spec.viewport)

    @property
    def tags(self) -> dict[str, str]:
        tax = self.spec.taxonomy
        return {
            "domain": tax.domain,
            "visual_complexity": tax.visual_complexity,
            "interaction_logic": tax.interaction_logic,
        }

    @property
    def assets_dir(self) -> Path:
        return self.root / "assets"

    @property
    def reference_html(self) -> Path:
        return self.root / "reference" / "index.html"

    @property
    def stitched_dir(self) -> Path:
        return self.root / self.stitched_name

    def checkpoint_image(self, index: int) -> Path:
        return self.root / "checkpoints" / self.checkpoint_name.format(index)

    def video(self) -> Path | None:
        for name in ("video.webm", "video.mp4"):
            if (self.root / name).exists():
                return self.root / name
        return None


@dataclass(frozen=True)
class TaskLoadError:
    """A task that could not be loaded; it becomes one erroring item."""

    id: str
    source: Path
    message: str


LoadedTask = Task | TaskLoadError


def parse_viewport(value: str) -> tuple[int, int]:
    match = _VIEWPORT.match(value)
    if not match:
        raise ValueError(f"viewport must look like '1280x720', got {value!r}")
    return int(match.group(1)), int(match.group(2))


def _format_location(loc: tuple[Any, ...]) -> str:
    """``('steps', 3, 'target', 'role')`` -> ``step 4: field 'target.role'``."""
    parts = list(loc)
    prefix = ""
    if len(parts) >= 2 and parts[0] == "steps" and isinstance(parts[1], int):
        prefix = f"step {parts[1] + 1}: "
        parts = parts[2:]
    # pydantic adds the union/literal branch names; they are noise to a task author.
    parts = [str(p) for p in parts if not str(p).startswith(("function-", "literal["))]
    field = ".".join(parts) or "(step)"
    return f"{prefix}field '{field}'"


def format_validation_error(source: Path, error: ValidationError) -> str:
    lines = []
    for detail in error.errors():
        message = detail["msg"].removeprefix("Value error, ")
        lines.append(f"{source}: {_format_location(detail['loc'])}: {message}")
    return "\n".join(lines)


# libyaml's safe loader when PyYAML was built with it: 10x faster, and every process
# (controller and each xdist worker) loads the whole suite.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def values_cut_by_comments(text: str) -> list[tuple[int, str, str]]:
    """(line, value kept, text dropped) for each unquoted value that a " #" on its line cuts
    short: YAML reads `description: Click "Invoice #2291"` as `Click "Invoice` and a comment.
    A comment on its own line cuts nothing."""
    if " #" not in text and "\t#" not in text:
        return []  # the common case, without the slow pure-Python scan
    lines = text.splitlines()
    cut = []
    try:
        for token in yaml.scan(text):
            if isinstance(token, yaml.ScalarToken) and token.plain:
                line = lines[token.end_mark.line] if token.end_mark.line < len(lines) else ""
                rest = line[token.end_mark.column :]
                if rest[:1] in (" ", "\t") and rest.lstrip().startswith("#"):
                    cut.append((token.end_mark.line + 1, token.value, rest.strip()))
    except yaml.YAMLError:
        pass  # libyaml read it; what this stricter scanner read before it stopped is reported
    return cut


def load_task(task_dir: Path) -> LoadedTask:
    """Load ``task_dir/task.yaml``; any problem becomes a :class:`TaskLoadError`."""
    source = task_dir / "task.yaml"
    fallback_id = task_dir.name
    try:
        text = source.read_text(encoding="utf-8")
        raw = yaml.load(text, Loader=YAML_LOADER)
    except FileNotFoundError:
        return TaskLoadError(fallback_id, source, f"{source}: file not found")
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        return TaskLoadError(fallback_id, source, f"{source}: not valid YAML: {exc}")
    cut = values_cut_by_comments(text)
    if cut:
        return TaskLoadError(
            fallback_id,
            source,
            "\n".join(
                f"{source}:{line}: {kept[-40:]!r} is cut short by {dropped[:40]!r}, which YAML reads as a"
                " comment; quote the value if the # belongs to it"
                for line, kept, dropped in cut
            ),
        )
    if not isinstance(raw, dict):
        return TaskLoadError(fallback_id, source, f"{source}: the top level must be a mapping")
    try:
        spec = TaskSpec.model_validate(raw)
    except ValidationError as exc:
        return TaskLoadError(fallback_id, source, format_validation_error(source, exc))
    if spec.id != fallback_id:
        return TaskLoadError(
            fallback_id, source, f"{source}: field 'id': {spec.id!r} differs from its folder name {fallback_id!r}"
        )
    return Task(spec=spec, root=task_dir.resolve(), source=source)


def discover_tasks(tasks_root: Path) -> list[LoadedTask]:
    """Every task under ``tasks_root``, sorted by id so every xdist worker collects alike.

    A ``.jsonl`` file is the IWR-Bench release format (``data.jsonl`` beside ``<id>/``).
    """
    if tasks_root.suffix == ".jsonl":
        from pytest_iwr.release import load_release  # it builds on this module's model

        return load_release(tasks_root)
    if not tasks_root.is_dir():
        raise FileNotFoundError(f"tasks folder not found: {tasks_root}")
    dirs = sorted(p for p in tasks_root.iterdir() if p.is_dir() and (p / "task.yaml").exists())
    return [load_task(d) for d in dirs]


def bundled_tasks_dir() -> Path:
    """The suite shipped with the repository (``tasks/`` beside the package)."""
    return Path(__file__).resolve().parent.parent / "tasks"
