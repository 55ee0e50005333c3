"""Write a task's generation prompt to a folder: its text and every image as a file.

What a model is shown, laid out for a person: to inspect a prompt, or to have a page
written blind from the prompt alone (the suite's independent implementations).
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from pytest_iwr.generate.profiles import DEFAULT, ModelProfile
from pytest_iwr.generate.prompt import build_prompt
from pytest_iwr.tasks import Task

_SUFFIX = {"image/png": ".png", "image/jpeg": ".jpg"}


def export_prompt(task: Task, out_dir: Path, profile: ModelProfile = DEFAULT) -> Path:
    """``out_dir/prompt.md`` with the text in order and ``![...](image_NN.ext)`` where each image goes."""
    prompt = build_prompt(task, profile)
    out_dir.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    images = 0
    for message in prompt.messages:
        lines.append(f"## {message['role']}\n")
        content = message["content"]
        parts = [{"type": "text", "text": content}] if isinstance(content, str) else content
        for part in parts:
            if part["type"] == "text":
                lines.append(part["text"] + "\n")
                continue
            header, encoded = part["image_url"]["url"].split(",", 1)
            mime = header.removeprefix("data:").split(";")[0]
            images += 1
            name = f"image_{images:02d}{_SUFFIX.get(mime, '.bin')}"
            (out_dir / name).write_bytes(base64.b64decode(encoded))
            lines.append(f"![image {images}]({name})\n")
    path = out_dir / "prompt.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    (out_dir / "prompt.json").write_text(
        json.dumps({"sheets": prompt.sheets, "frames": prompt.frames, "frame_times": prompt.frame_times}),
        encoding="utf-8",
    )
    return path
