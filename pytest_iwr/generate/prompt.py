"""The generation prompt as in the paper: asset sheets, then video frames, then the rules.

Everything here is deterministic for a given task and profile (same frames, same image
bytes, same text), so the cache key built from the task's inputs, the profile and
:data:`PROMPT_VERSION` really identifies one request.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
from PIL import Image

from pytest_iwr.generate import PLACEHOLDER
from pytest_iwr.generate.profiles import ModelProfile
from pytest_iwr.tasks import Task

# Bump when the text or the way images are chosen/encoded changes: old cache entries
# then stop matching instead of passing off an answer to a different prompt.
PROMPT_VERSION = "iwr-prompt-1"

SYSTEM = (
    "You are an expert front-end engineer. You rebuild interactive web pages from screen "
    "recordings of people using them, as one self-contained HTML file."
)

INTRO = (
    "Below are the static image assets of a web page, shown on labelled contact sheets, "
    "followed by frames sampled from a screen recording of a user interacting with that page. "
    "Rebuild the page so that it looks the same and behaves the same for every interaction in the recording."
)

RULES = """Requirements:
1. The recording is {width}x{height} pixels: build the page for a {width}x{height} viewport.
2. Write exactly one complete, self-contained file, index.html, in a single ```html code block. Put all CSS in <style> and all JavaScript in <script> inside it.
3. Use no external libraries, frameworks, CDNs, web fonts or network requests: only plain HTML, CSS and JavaScript, and system font stacks.
4. Implement every behaviour the recording shows (what each click, key press, text entry, hover, selection and scroll changes), not just the first screen. Keep the visible texts, labels and button names exactly as shown.
5. Use the provided assets by their file names as labelled on the sheets, and only those images. Every image path starts with `{placeholder}/`, for example `<img src="{placeholder}/asset_001.png" width="64" height="64" alt="">`.
6. Every <img> has explicit width and height attributes.
7. No iframes.
Answer with the code block only."""


@dataclass
class Prompt:
    messages: list[dict[str, Any]]
    sheets: int
    frames: int
    frame_times: list[float] = field(default_factory=list)

    @property
    def images(self) -> int:
        return self.sheets + self.frames


class PromptError(Exception):
    """The task's inputs cannot be turned into a prompt (no video, unreadable video)."""


def inputs_hash(task: Task) -> str:
    """A digest of everything the model is shown: video, asset sheets and viewport."""
    digest = hashlib.sha256()
    width, height = task.viewport
    digest.update(f"viewport {width}x{height}\n".encode())
    video = task.video()
    if video is not None:
        digest.update(f"video {video.name}\n".encode())
        with video.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    for sheet in asset_sheets(task):
        digest.update(f"sheet {sheet.name}\n".encode())
        digest.update(sheet.read_bytes())
    return digest.hexdigest()


def asset_sheets(task: Task) -> list[Path]:
    folder = task.stitched_dir  # stitched/sheet_N.png, or the release's stitched_assets/
    sheets = [p for p in folder.iterdir() if p.suffix.lower() in (".png", ".jpg", ".jpeg")] if folder.is_dir() else []

    def number(path: Path) -> int:  # sheet_10 after sheet_9
        tail = re.search(r"(\d+)$", path.stem)
        return int(tail.group(1)) if tail else 0

    return sorted(sheets, key=lambda p: (number(p), p.name))


def fit(image: Image.Image, max_side: int) -> Image.Image:
    """Shrink (never enlarge) so the longer side is at most ``max_side``."""
    longest = max(image.size)
    if longest <= max_side:
        return image
    scale = max_side / longest
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


def data_url(image: Image.Image, fmt: str) -> str:
    buffer = io.BytesIO()
    if fmt == "JPEG":
        image.convert("RGB").save(buffer, "JPEG", quality=85)
        mime = "image/jpeg"
    else:
        image.save(buffer, "PNG", optimize=False)
        mime = "image/png"
    return f"data:{mime};base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def sample_times(duration: float, fps: float, cap: int) -> list[float]:
    """``fps`` samples over ``duration`` seconds; evenly thinned to ``cap`` when longer."""
    if cap <= 0 or fps <= 0:
        return []
    step = 1.0 / fps
    count = int(max(0.0, duration) * fps + 1e-9) + 1  # t = 0 included
    times = [i * step for i in range(count)]
    if len(times) <= cap:
        return times
    # Keep first and last, spread the rest evenly: the end state of a long video matters too.
    if cap == 1:
        return [times[0]]
    return [times[round(i * (len(times) - 1) / (cap - 1))] for i in range(cap)]


def read_frames(video: Path, fps: float, cap: int, max_side: int) -> list[tuple[float, Image.Image]]:
    """Decode the frames nearest to the sampling times, shrunk to ``max_side`` right away."""
    capture = cv2.VideoCapture(str(video))
    if not capture.isOpened():
        raise PromptError(f"cannot open video {video}")
    try:
        # webm containers often lack a frame count, so first walk the stream for timestamps.
        stamps: list[float] = []
        while capture.grab():
            stamps.append(capture.get(cv2.CAP_PROP_POS_MSEC) / 1000.0)
        if not stamps:
            raise PromptError(f"video {video} has no frames")
        wanted = sample_times(stamps[-1], fps, cap)
        # Each sampling time takes the first frame at or after it.
        picks: dict[int, float] = {}
        position = 0
        for t in wanted:
            while position < len(stamps) - 1 and stamps[position] < t - 1e-6:
                position += 1
            picks.setdefault(position, t)
        capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
        frames: list[tuple[float, Image.Image]] = []
        index = 0
        while index <= max(picks) and capture.grab():
            if index in picks:
                ok, bgr = capture.retrieve()
                if ok:
                    rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
                    frames.append((picks[index], fit(Image.fromarray(rgb), max_side)))
            index += 1
        return frames
    finally:
        capture.release()


def build_prompt(task: Task, profile: ModelProfile) -> Prompt:
    """The chat messages for ``task``: sheets first, then frames, within the image budget."""
    video = task.video()
    if video is None:
        raise PromptError(f"task {task.id} has no video (video.webm or video.mp4): nothing to show the model")
    sheets = asset_sheets(task)[: max(0, profile.image_budget - 1)]  # leave room for a frame at least
    frame_cap = min(profile.max_frames, profile.image_budget - len(sheets))
    frames = read_frames(video, profile.fps, frame_cap, profile.max_side)
    width, height = task.viewport

    content: list[dict[str, Any]] = [{"type": "text", "text": INTRO}]
    if sheets:
        content.append(
            {"type": "text", "text": f"Asset sheets ({len(sheets)}): each asset is labelled with its file name."}
        )
        for sheet in sheets:
            with Image.open(sheet) as image:
                url = data_url(fit(image.convert("RGBA"), profile.max_side), "PNG")
            content.append({"type": "image_url", "image_url": {"url": url}})
    else:
        content.append({"type": "text", "text": "This page has no image assets."})
    content.append(
        {
            "type": "text",
            "text": f"Recording: {len(frames)} frames at {profile.fps:g} per second, {width}x{height} pixels, in order.",
        }
    )
    for seconds, frame in frames:
        content.append({"type": "text", "text": f"t={seconds:.1f}s"})
        content.append({"type": "image_url", "image_url": {"url": data_url(frame, "JPEG")}})
    content.append({"type": "text", "text": RULES.format(width=width, height=height, placeholder=PLACEHOLDER)})
    messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": content}]
    return Prompt(messages, sheets=len(sheets), frames=len(frames), frame_times=[t for t, _ in frames])
