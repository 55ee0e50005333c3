"""Shared pieces of the generator's tests: a local chat server fixture and video tasks."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from pytest_iwr.tasks import Task, load_task
from tests.conftest import FIXTURES
from tests.openai_server import ChatServer

VIDEO_TASKS = FIXTURES / "video-tasks"  # recorded with `python -m pytest_iwr record`
SECRET = "sk-iwr-test-Zq8vN3pLx0Rk5mWc2Ty7"


@pytest.fixture
def chat_server() -> Iterator[ChatServer]:
    server = ChatServer().start()
    try:
        yield server
    finally:
        server.stop()


def write_video(path: Path, seconds: float, fps: int = 10, size: tuple[int, int] = (800, 600)) -> None:
    """A clip whose frame ``i`` is a flat grey of level ``2*i``: frames can be told apart."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), fps, size)
    assert writer.isOpened()
    for i in range(round(seconds * fps)):
        writer.write(np.full((size[1], size[0], 3), min(255, 2 * i), dtype=np.uint8))
    writer.release()


def video_task(tmp_path: Path, name: str = "light-switch", seconds: float | None = None) -> Task:
    """A copy of a recorded fixture task; ``seconds`` swaps its video for a synthetic one."""
    folder = tmp_path / "tasks" / name
    shutil.copytree(VIDEO_TASKS / name, folder)
    if seconds is not None:
        (folder / "video.webm").unlink()
        write_video(folder / "video.mp4", seconds)
    task = load_task(folder)
    assert isinstance(task, Task)
    return task
