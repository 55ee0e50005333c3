"""Split one run across machines (``--iwr-shard=K/N``) and merge the shards' results.

A shard takes every N-th task of the whole set, sorted by id, so N machines that see
the same tasks split them the same way without talking to each other. Each shard's
``--iwr-json`` says which set it was cut from (a digest of every task's id and file),
the prompt and plugin versions, and its K/N. :func:`merge` refuses shards that
disagree on any of these, then rebuilds the document from the task rows alone, so its
scores, intervals and breakdowns are those of one unsharded run of the same items.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pytest_iwr.report import json_report
from pytest_iwr.results import TaskResult
from pytest_iwr.tasks import LoadedTask, Task

SHARD_PATTERN = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


@dataclass(frozen=True)
class Shard:
    index: int  # 1-based
    count: int

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def takes(self, position: int) -> bool:
        """Whether the task at ``position`` (0-based, in id order) is this shard's."""
        return position % self.count == self.index - 1


def parse_shard(text: str) -> Shard:
    match = SHARD_PATTERN.match(text or "")
    if not match:
        raise ValueError(f"--iwr-shard must look like K/N (say 2/4), got {text!r}")
    index, count = int(match.group(1)), int(match.group(2))
    if count < 1 or not 1 <= index <= count:
        raise ValueError(f"--iwr-shard {text!r}: K must be between 1 and N")
    return Shard(index, count)


def shard_tasks(tasks: Sequence[LoadedTask], shard: Shard | None) -> list[LoadedTask]:
    if shard is None:
        return list(tasks)
    ordered = sorted(tasks, key=lambda t: t.id)
    return [t for i, t in enumerate(ordered) if shard.takes(i)]


def task_set_digest(tasks: Sequence[LoadedTask]) -> str:
    """One digest of the whole set: every task's id and its spec file's bytes."""
    lines = []
    for task in sorted(tasks, key=lambda t: t.id):
        content = b"(unloadable)"
        if isinstance(task, Task):
            try:
                content = task.source.read_bytes()
            except OSError:
                content = b"(unreadable)"
        lines.append(f"{task.id}\t{hashlib.sha256(content).hexdigest()}")
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


# What must be equal across shards for their union to be one run.
MUST_AGREE = ("plugin_version", "prompt_version", "task_set", "task_count", "models", "repeat", "visual")


class MergeError(ValueError):
    """Shards that cannot form one run; the message says which file and which field."""


def load_shard(path: Path) -> dict[str, Any]:
    try:
        document = json_report.read(path)
    except json_report.ResultFileError as exc:
        raise MergeError(str(exc)) from None
    if not isinstance(document.get("run"), dict):
        raise MergeError(f"{path}: no 'run' section: not written by --iwr-json of this plugin version")
    return document


def check_agree(documents: Sequence[tuple[Path, dict[str, Any]]]) -> list[str]:
    """The shard specs, after checking that the documents are shards of one run."""
    if not documents:
        raise MergeError("nothing to merge")
    first_path, first = documents[0]
    base = first["run"]
    for path, document in documents[1:]:
        run = document["run"]
        for key in MUST_AGREE:
            if run.get(key) != base.get(key):
                raise MergeError(
                    f"{path} and {first_path} are not shards of one run: {key} differs "
                    f"({run.get(key)!r} vs {base.get(key)!r})"
                )
    shards = [d["run"].get("shard") for _, d in documents]
    if any(s is None for s in shards):
        if len(documents) > 1:
            raise MergeError("a file that is not a shard (no --iwr-shard) cannot be merged with others")
        return []
    counts = {Shard(s["index"], s["count"]).count for s in shards}
    if len(counts) > 1:
        raise MergeError(f"shards of different splits: N is {sorted(counts)}")
    seen: dict[int, Path] = {}
    for (path, _), spec in zip(documents, shards, strict=True):
        if spec["index"] in seen:
            raise MergeError(f"{path} and {seen[spec['index']]} are both shard {spec['index']}/{spec['count']}")
        seen[spec["index"]] = path
    count = counts.pop()
    missing = [f"{k}/{count}" for k in range(1, count + 1) if k not in seen]
    if missing:
        raise MergeError(
            f"shard{'s' * (len(missing) > 1)} {', '.join(missing)} missing: the merge would not be one run"
        )
    return [f"{s['index']}/{s['count']}" for s in sorted(shards, key=lambda s: s["index"])]


def merge(paths: Sequence[Path]) -> dict[str, Any]:
    """One results document from the shards' files, as one unsharded run would write it."""

    documents = [(path, load_shard(path)) for path in paths]
    merged_from = check_agree(documents)
    results = [TaskResult.from_dict(row) for _, document in documents for row in document.get("tasks", [])]
    keys = [(r.model, r.task_id, r.repeat) for r in results]
    if len(set(keys)) != len(keys):
        raise MergeError("the same (model, task, repeat) is in two shards: they overlap")
    run = {**documents[0][1]["run"], "shard": None, "merged_from": merged_from}
    visual_reason = documents[0][1].get("visual", {}).get("reason", "")
    return json_report.build(results, visual_reason, {"run": run})
