"""Task authoring: reference app + trajectory -> checkpoints, anonymized assets, sheets, video.

Two passes over the reference in Chromium. The checkpoint pass is the harness's own
replay (so ground truth is what the harness sees, with no pointer overlay); the video
pass plays the same steps like a person at a screen: a visible pointer travels to
each target, clicks ripple, keys show, and every state stays up for over a second.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from playwright.sync_api import Browser, Page

from pytest_iwr.agent.actions import perform
from pytest_iwr.agent.locate import locate
from pytest_iwr.browser import ensure_playwright_ffmpeg
from pytest_iwr.replay import ReplayOptions, replay
from pytest_iwr.results import PASSED, TaskResult
from pytest_iwr.sandbox import Sandbox
from pytest_iwr.tasks import Step, Task

ANONYMOUS_ASSET = re.compile(r"^asset_\d{3}\.png$")
# A literal asset file name (with its extension): a template like `asset_${n}.png` is code, not a name.
ASSET_REF = re.compile(r"""assets/([A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)*\.[A-Za-z0-9]+)(?![A-Za-z0-9_$\-{])""")
VIDEO_ATTEMPTS = 3
STATE_PAUSE_MS = 1200  # every state stays on screen at least a second
POINTER_TRAVEL_STEPS = 18
SHEET_CELL = 220
SHEET_COLUMNS = 4
SHEET_ROWS = 3

# A pointer drawn in a closed shadow root: screen-recording chrome the page cannot see.
POINTER_JS = """
(() => {
  const mount = () => {
    if (window.__iwrPointer) return;
    const host = document.createElement('iwr-overlay');
    host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483647';
    const root = host.attachShadow({mode: 'closed'});
    root.innerHTML = `<style>
      .p{position:fixed;left:0;top:0;width:22px;height:22px;transform:translate(-2px,-2px);transition:none}
      .r{position:fixed;width:36px;height:36px;margin:-18px 0 0 -18px;border-radius:50%;
         border:3px solid rgba(255,80,40,.9);opacity:0;transform:scale(.3)}
      .r.on{animation:rip .5s ease-out}
      @keyframes rip{0%{opacity:1;transform:scale(.3)}100%{opacity:0;transform:scale(1.4)}}
      .k{position:fixed;left:50%;bottom:28px;transform:translateX(-50%);padding:8px 16px;border-radius:8px;
         background:rgba(20,20,20,.85);color:#fff;font:600 18px sans-serif;opacity:0}
      .k.on{opacity:1}</style>
      <div class="r"></div><div class="k"></div>
      <svg class="p" viewBox="0 0 22 22"><path d="M2 2 L2 18 L7 13.5 L10.5 20.5 L13.5 19 L10 12 L17 12 Z"
        fill="#fff" stroke="#000" stroke-width="1.5" stroke-linejoin="round"/></svg>`;
    const p = root.querySelector('.p'), r = root.querySelector('.r'), k = root.querySelector('.k');
    addEventListener('mousemove', e => { p.style.left = e.clientX + 'px'; p.style.top = e.clientY + 'px'; }, true);
    addEventListener('mousedown', e => {
      r.style.left = e.clientX + 'px'; r.style.top = e.clientY + 'px';
      r.classList.remove('on'); void r.offsetWidth; r.classList.add('on');
    }, true);
    window.__iwrKey = name => { k.textContent = name; k.classList.add('on'); };
    window.__iwrKeyOff = () => k.classList.remove('on');
    document.documentElement.appendChild(host);
    window.__iwrPointer = true;
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount); else mount();
})();
"""


class RecordError(Exception):
    pass


@dataclass
class Recording:
    task_id: str
    checkpoints: list[Path] = field(default_factory=list)
    sheets: list[Path] = field(default_factory=list)
    video: Path | None = None
    renamed_assets: dict[str, str] = field(default_factory=dict)


def anonymize_assets(task: Task) -> dict[str, str]:
    """Rename semantic asset names to ``asset_NNN.png`` and rewrite the reference to match."""
    html_path = task.reference_html
    html = html_path.read_text(encoding="utf-8")
    names = sorted(p.name for p in task.assets_dir.glob("*") if p.is_file()) if task.assets_dir.is_dir() else []
    if all(ANONYMOUS_ASSET.match(n) for n in names):
        return {}
    taken = {n for n in names if ANONYMOUS_ASSET.match(n)}
    counter = 1
    mapping: dict[str, str] = {}
    for name in names:
        if name in taken:
            continue
        while f"asset_{counter:03d}.png" in taken:
            counter += 1
        new = f"asset_{counter:03d}.png"
        taken.add(new)
        source = task.assets_dir / name
        with Image.open(source) as img:
            img.save(task.assets_dir / new, format="PNG")
        source.unlink()
        mapping[name] = new
    html = ASSET_REF.sub(lambda m: "assets/" + mapping.get(m.group(1), m.group(1)), html)
    html_path.write_text(html, encoding="utf-8")
    return mapping


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


def stitch_sheets(assets: list[Path], out_dir: Path) -> list[Path]:
    """Thumbnails tiled with each file's name under it, as the paper shows assets to the model."""
    shutil.rmtree(out_dir, ignore_errors=True)
    if not assets:
        return []
    out_dir.mkdir(parents=True)
    per_sheet = SHEET_COLUMNS * SHEET_ROWS
    label_h = 28
    font = _font(16)
    sheets = []
    for sheet_index in range(0, len(assets), per_sheet):
        chunk = assets[sheet_index : sheet_index + per_sheet]
        rows = (len(chunk) + SHEET_COLUMNS - 1) // SHEET_COLUMNS
        sheet = Image.new("RGB", (SHEET_COLUMNS * SHEET_CELL, rows * (SHEET_CELL + label_h)), "white")
        draw = ImageDraw.Draw(sheet)
        for i, path in enumerate(chunk):
            col, row = i % SHEET_COLUMNS, i // SHEET_COLUMNS
            x0, y0 = col * SHEET_CELL, row * (SHEET_CELL + label_h)
            with Image.open(path) as img:
                thumb = img.convert("RGBA")
                thumb.thumbnail((SHEET_CELL - 16, SHEET_CELL - 16))
                backdrop = Image.new("RGB", thumb.size, (236, 236, 236))
                backdrop.paste(thumb, mask=thumb.split()[3])
                sheet.paste(backdrop, (x0 + (SHEET_CELL - thumb.width) // 2, y0 + (SHEET_CELL - thumb.height) // 2))
            draw.rectangle((x0 + 2, y0 + 2, x0 + SHEET_CELL - 3, y0 + SHEET_CELL - 3), outline=(200, 200, 200))
            draw.text((x0 + SHEET_CELL / 2, y0 + SHEET_CELL + 4), path.name, fill="black", font=font, anchor="ma")
        target = out_dir / f"sheet_{sheet_index // per_sheet + 1}.png"
        sheet.save(target)
        sheets.append(target)
    return sheets


def _new_context(browser: Browser, task: Task, **extra: object):
    width, height = task.viewport
    return browser.new_context(viewport={"width": width, "height": height}, service_workers="block", **extra)


def record_checkpoints(browser: Browser, task: Task, step_timeout: float = 5.0) -> TaskResult:
    """Replay the reference and keep step_k.png as ground truth."""
    out = task.root / "checkpoints"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    context = _new_context(browser, task)
    try:
        page = context.new_page()
        sandbox = Sandbox(task.reference_html.read_bytes(), task.assets_dir).serve(context)
        result = replay(page, task, sandbox.url, "reference", ReplayOptions(step_timeout=step_timeout, output_dir=out))
    finally:
        context.close()
    if result.status != PASSED:
        raise RecordError(f"the reference does not pass its own steps: {result.failure}")
    return result


def _pointer_to(page: Page, step: Step, timeout: float) -> None:
    if step.target is None and step.action in ("press", "scroll"):
        return
    element = locate(page, step.target, step.description, timeout)
    element.scroll_into_view_if_needed(timeout=timeout * 1000)
    box = element.bounding_box()
    if box is not None:
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=POINTER_TRAVEL_STEPS)
        page.wait_for_timeout(250)


def _play_step_like_a_person(page: Page, task: Task, step: Step, timeout: float) -> None:
    _pointer_to(page, step, timeout)
    if step.action == "type":
        element = locate(page, step.target, step.description, timeout)
        element.click(timeout=timeout * 1000)
        element.fill("", timeout=timeout * 1000)
        page.keyboard.type(step.text or "", delay=45)
    elif step.action == "press":
        page.evaluate("k => window.__iwrKey && window.__iwrKey(k)", step.key)
        page.wait_for_timeout(350)
        perform(page, step, task.viewport, timeout)
        page.wait_for_timeout(450)
        page.evaluate("() => window.__iwrKeyOff && window.__iwrKeyOff()")
    else:
        perform(page, step, task.viewport, timeout)


def record_video(browser: Browser, task: Task, step_timeout: float = 5.0) -> Path:
    ensure_playwright_ffmpeg()
    width, height = task.viewport
    with tempfile.TemporaryDirectory(prefix="iwr-video-") as tmp:
        context = _new_context(
            browser, task, record_video_dir=tmp, record_video_size={"width": width, "height": height}
        )
        page = context.new_page()
        try:
            context.add_init_script(POINTER_JS)
            sandbox = Sandbox(task.reference_html.read_bytes(), task.assets_dir).serve(context)
            page.goto(sandbox.url, wait_until="load")
            page.mouse.move(width * 0.6, height * 0.7)
            page.wait_for_timeout(STATE_PAUSE_MS + 300)
            for step in task.steps:
                _play_step_like_a_person(page, task, step, step_timeout)
                page.wait_for_timeout(STATE_PAUSE_MS)
        finally:
            video = page.video
            context.close()
        for stale in (task.root / "video.webm", task.root / "video.mp4"):
            stale.unlink(missing_ok=True)
        assert video is not None
        raw = Path(tmp) / "raw.webm"
        video.save_as(raw)
        target = task.root / "video.mp4"
        transcode_mp4(raw, target)
    return target


def transcode_mp4(source: Path, target: Path) -> None:
    """H.264 at constant quality: Playwright's VP8 spends ~1 Mbit/s on mostly still screens;
    this is about a tenth of the size with text as legible, and the paper's format."""
    import subprocess

    import imageio_ffmpeg

    cmd = [imageio_ffmpeg.get_ffmpeg_exe(), "-y", "-loglevel", "error", "-i", str(source)]
    cmd += ["-c:v", "libx264", "-preset", "veryfast", "-crf", "26", "-pix_fmt", "yuv420p", "-movflags", "+faststart"]
    subprocess.run([*cmd, str(target)], check=True)


def record_task(browser: Browser, task: Task, *, video: bool = True) -> Recording:
    recording = Recording(task.id)
    recording.renamed_assets = anonymize_assets(task)
    result = record_checkpoints(browser, task)
    recording.checkpoints = [Path(p) for p in [result.initial_screenshot, *(s.screenshot for s in result.steps)] if p]
    assets = sorted(task.assets_dir.glob("asset_*.png")) if task.assets_dir.is_dir() else []
    recording.sheets = stitch_sheets(assets, task.root / "stitched")
    if video:
        from pytest_iwr.validate import check_states_seen

        # Playwright's screencast now and then drops a state it showed: record again.
        for attempt in range(VIDEO_ATTEMPTS):
            recording.video = record_video(browser, task)
            seen = check_states_seen(task, recording.video)
            if seen.ok:
                break
            if attempt == VIDEO_ATTEMPTS - 1:
                raise RecordError(f"{task.id}: {seen.message} ({VIDEO_ATTEMPTS} recordings)")
    return recording
