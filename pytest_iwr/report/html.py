"""pytest-html extras for one item: expected and actual screenshots side by side, every
step with its verdict, scores where they were computed.

Built on the worker (where the files are) as one HTML extra that travels on the report.
Images are small embedded JPEG thumbnails so the report stays one portable file.
"""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path
from typing import Any

from PIL import Image

from pytest_iwr.judge.summary import notes as judge_notes
from pytest_iwr.results import TaskResult
from pytest_iwr.tasks import Task

THUMB_WIDTH = 300
THUMB_QUALITY = 65

STYLE = """
<style>
.iwr{font:13px/1.4 sans-serif;margin:6px 0}
.iwr table{border-collapse:collapse;margin-top:6px}
.iwr td,.iwr th{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
.iwr .passed{color:#1a7f37;font-weight:600}.iwr .failed{color:#cf222e;font-weight:600}
.iwr .not_reached{color:#888}.iwr img{display:block;border:1px solid #ccc}
.iwr .scores{font-family:monospace}.iwr .note{color:#9a6700}
</style>
"""


def thumbnail(path: str | Path | None) -> str:
    if not path or not Path(path).exists():
        return "<em>none</em>"
    with Image.open(path) as img:
        img = img.convert("RGB")
        img.thumbnail((THUMB_WIDTH, THUMB_WIDTH * 4))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=THUMB_QUALITY)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return f'<img src="data:image/jpeg;base64,{data}" width="{img.width}" height="{img.height}" alt="">'


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def item_html(task: Task, result: TaskResult) -> str:
    visual = result.visual or {}
    scored = {row["step"]: row for row in visual.get("checkpoints", [])}
    summary = (
        f"<b>{html.escape(result.model)}</b> on <b>{html.escape(result.task_id)}</b>: "
        f"IFS {_score(result.ifs)} ({result.steps_passed}/{result.steps_total} steps), "
        f"VFS {_score(result.vfs)}, Final {_score(result.final)}"
    )
    parts = [STYLE, '<div class="iwr">', f"<div>{summary}</div>"]
    if result.failure:
        parts.append(f'<div class="failed">{html.escape(result.failure)}</div>')
    for note in [*visual.get("notes", []), *judge_notes([result])]:
        parts.append(f'<div class="note">{html.escape(note)}</div>')
    if result.blocked_requests:
        blocked = ", ".join(html.escape(u) for u in result.blocked_requests[:10])
        parts.append(f'<div class="note">blocked requests: {blocked}</div>')
    parts.append("<table><tr><th>step</th><th>verdict</th><th>expected</th><th>actual</th><th>scores</th></tr>")
    rows: list[tuple[int, str, str, str, str | None]] = [(0, "initial state", "passed", "", result.initial_screenshot)]
    rows += [(s.index, f"{s.action} {s.target}", s.status, s.reason, s.screenshot) for s in result.steps]
    for index, what, status, reason, actual in rows:
        row: dict[str, Any] = scored.get(index, {})
        scores = f"OCR {_score(row.get('ocr'))}<br>DINO {_score(row.get('dino'))}" if row else "not scored"
        if row.get("hfs") is not None:
            scores += f"<br>HFS {row['hfs']:.0f}/100"
        expected = thumbnail(task.checkpoint_image(index)) if status != "not_reached" else ""
        reason_html = f"<br>{html.escape(reason)}" if reason else ""
        parts.append(
            f"<tr><td>{index}</td><td><span class='{status}'>{status}</span> {html.escape(what)}{reason_html}</td>"
            f"<td>{expected}</td><td>{thumbnail(actual) if status != 'not_reached' else ''}</td>"
            f"<td class='scores'>{scores}</td></tr>"
        )
    parts.append("</table></div>")
    return "".join(parts)
