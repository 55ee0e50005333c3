"""A small dataset in the IWR-Bench release format, written by the tests, and a scripted model.

``write_release`` lays out ``data.jsonl`` + ``<id>/`` (video.mp4, assets/, stitched_assets/,
checkpoints/, metadata.json) for two working tasks and one broken record, plus the pages
that implement them (``good/<id>/index.html``) and inert copies that look the same and
ignore the user (``inert/<id>/index.html``). The ground-truth checkpoints are recorded
from the good pages, as the release's were from the real sites.

``ScriptedModel`` answers chat requests the way a model would: a Yes/No verdict for an
assertion (unparsable for the assertions it is told to garble), an element index for
the browser-use agent (the element whose text holds the description's quoted label),
and rubric scores for HFS.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image
from playwright.sync_api import Browser

from pytest_iwr.replay import ReplayOptions, replay
from pytest_iwr.results import CheckResult
from pytest_iwr.sandbox import Sandbox
from pytest_iwr.tasks import Task, TaskSpec
from tests.gen_helpers import write_video
from tests.openai_server import prompt_text

VIEWPORT = (480, 360)
STYLE = "<style>body{font:16px 'DejaVu Sans',sans-serif;margin:16px}button{font-size:16px;margin:4px}</style>"

COUNTER = """<!doctype html><html><head><meta charset="utf-8"><title>Counter</title>{STYLE}</head><body>
<h1>Counter</h1><p id="count">Count: 0</p><button id="inc">Increment</button>
<p><label>Note <input id="note" placeholder="Write a note"></label> <button id="save">Save note</button></p>
<ul id="notes"></ul><div style="height:900px"></div><footer>Footer reached</footer>
<script>
let n = 0;
document.getElementById('inc').onclick = () => { n++; document.getElementById('count').textContent = 'Count: ' + n; };
document.getElementById('save').onclick = () => {
  const li = document.createElement('li'); li.textContent = document.getElementById('note').value;
  document.getElementById('notes').append(li);
};
</script></body></html>""".replace("{STYLE}", STYLE)

SETTINGS = """<!doctype html><html><head><meta charset="utf-8"><title>Settings</title>{STYLE}</head><body>
<h1>Settings</h1><button id="dark">Dark mode</button><button id="more">Show details</button>
<p id="details" hidden>Version 2.1, built on Tuesday</p>
<script>
document.getElementById('dark').onclick = () => { document.body.style.background = '#222'; document.body.style.color = '#eee'; };
document.getElementById('more').onclick = () => { document.getElementById('details').hidden = false; };
</script></body></html>""".replace("{STYLE}", STYLE)

# (release step, the structured hint used only to record the ground truth)
COUNTER_STEPS = [
    ({"type": "Click", "parameters": {"description": 'Click the "Increment" button', "element_index": 7},
      "logical_assertion": "The count reads 1", "visual_evaluation_flag": True}, {"role": "button", "name": "Increment"}),
    ({"type": "Type", "parameters": {"description": 'Type "hello" into the "Note" field', "text": "hello"},
      "logical_assertion": "The note field shows hello", "visual_evaluation_flag": False}, {"label": "Note"}),
    ({"type": "Click", "parameters": {"description": 'Click "Save note"'},
      "logical_assertion": 'The note "hello" is listed', "visual_evaluation_flag": False},
     {"role": "button", "name": "Save note"}),
    ({"type": "Scroll", "parameters": {"description": "Scroll down to the footer", "direction": "down"},
      "logical_assertion": "The footer is visible", "visual_evaluation_flag": False}, None),
]  # fmt: skip
SETTINGS_STEPS = [
    ({"type": "Click", "parameters": {"description": 'Click the "Dark mode" toggle'},
      "logical_assertion": "The page turns dark", "visual_evaluation_flag": True}, {"role": "button", "name": "Dark mode"}),
    ({"type": "Click", "parameters": {"description": 'Click "Show details"'},
      "logical_assertion": "The version details are shown", "visual_evaluation_flag": False},
     {"role": "button", "name": "Show details"}),
]  # fmt: skip
TASKS = {"rel_001": (COUNTER, COUNTER_STEPS, "Productivity"), "rel_002": (SETTINGS, SETTINGS_STEPS, "Education")}


def record(
    task_id: str, domain: str, steps: list[dict[str, Any]], viewport: tuple[int, int] = VIEWPORT
) -> dict[str, Any]:
    return {
        "id": task_id,
        "classification": {
            "interaction_complexity": "Stateful",
            "visual_complexity": "Low",
            "domain": domain,
            "sub_domain": "tools",
        },
        "recording_details": {"resolution": f"{viewport[0]}x{viewport[1]}"},
        "source_website": f"https://example.test/{task_id}",
        "action_sequence": steps,
    }


def _structured(
    task_id: str, root: Path, steps: list[tuple[dict[str, Any], dict | None]], viewport: tuple[int, int]
) -> Task:
    """The same trajectory with structured targets, to record the ground truth without a grounder."""
    spec_steps = []
    for raw, target in steps:
        params = raw["parameters"]
        step: dict[str, Any] = {"action": raw["type"].lower(), "description": params["description"], "target": target}
        for key in ("text", "direction"):
            if key in params:
                step[key] = params[key]
        spec_steps.append(step)
    spec = TaskSpec.model_validate(
        {
            "id": task_id.replace("_", "-"),
            "title": task_id,
            "viewport": f"{viewport[0]}x{viewport[1]}",
            "taxonomy": {"domain": "productivity", "visual_complexity": "simple", "interaction_logic": "stateful"},
            "steps": spec_steps,
        }
    )
    return Task(spec=spec, root=root, source=root / "data.jsonl")


def _pass(_: Any) -> CheckResult:
    return CheckResult("recording", True)


def inert(html: str) -> str:
    return re.sub(r"<script>.*?</script>", "", html, flags=re.DOTALL)


def write_release(
    root: Path, browser: Browser, tasks: dict | None = None, viewport: tuple[int, int] = VIEWPORT, broken: bool = True
) -> Path:
    """Write the dataset under ``root`` (``tasks``: id -> (page, steps, domain); default
    TASKS and a broken record) and return its data.jsonl."""
    lines = []
    for task_id, (html, steps, domain) in (tasks or TASKS).items():
        folder = root / task_id
        for sub in ("assets", "stitched_assets", "checkpoints"):
            (folder / sub).mkdir(parents=True)
        Image.new("RGB", (64, 64), (200, 80, 40)).save(folder / "assets" / "asset_001.png")
        Image.new("RGB", (128, 64), (200, 80, 40)).save(folder / "stitched_assets" / "sheet_1.png")
        write_video(folder / "video.mp4", 1.0, fps=4, size=viewport)
        (folder / "metadata.json").write_text(json.dumps({"id": task_id, "fps": 4}))
        for kind, page_html in (("good", html), ("inert", inert(html))):
            (root / kind / task_id).mkdir(parents=True)
            (root / kind / task_id / "index.html").write_text(page_html)
        lines.append(json.dumps(record(task_id, domain, [raw for raw, _ in steps], viewport)))
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        page = context.new_page()
        sandbox = Sandbox(html.encode(), folder / "assets").serve(context)
        options = ReplayOptions(output_dir=folder / "checkpoints", judge=_pass)
        result = replay(page, _structured(task_id, folder, steps, viewport), sandbox.url, "ground-truth", options)
        context.close()
        assert result.status == "passed", f"{task_id}: {result.failure}"
    if broken:
        wiggle = [{"type": "Wiggle", "parameters": {"description": "Wiggle the mouse"}}]
        lines.append(json.dumps(record("rel_003", "Games", wiggle)))
        (root / "rel_003").mkdir()
    data = root / "data.jsonl"
    data.write_text("\n".join(lines) + "\n")
    return data


def listing_entries(listing: str) -> list[tuple[int, str]]:
    """browser-use's element listing as (index, everything shown for it)."""
    entries: list[tuple[int, str]] = []
    for line in listing.splitlines():
        match = re.search(r"\[(\d+)\]<([^>]*)>", line)
        if match:
            entries.append((int(match.group(1)), match.group(2)))
        elif entries:
            entries[-1] = (entries[-1][0], entries[-1][1] + " " + line.strip())
    return entries


@dataclass
class ScriptedModel:
    """The server's responder: answers judge, agent and HFS prompts like a model would."""

    garble: set[str] = field(default_factory=set)  # assertions answered with prose, not JSON
    deny: set[str] = field(default_factory=set)  # assertions answered "No"
    asked: dict[str, int] = field(default_factory=lambda: {"judge": 0, "agent": 0, "hfs": 0})

    def __call__(self, body: dict[str, Any]) -> str | None:
        text = prompt_text(body)
        if "Interactive elements:" in text:
            self.asked["agent"] += 1
            description = re.search(r"Description: (.*)", text).group(1)  # type: ignore[union-attr]
            wanted = [q.lower() for q in re.findall(r'"([^"]+)"', description)]
            listing = text.split("Interactive elements:", 1)[1].split("\n\nThe screenshot", 1)[0]
            entries = listing_entries(listing)
            for index, shown in entries:
                if any(w in shown.lower() for w in wanted[-1:]):
                    return json.dumps({"index": index})
            return json.dumps({"index": None, "reason": "nothing fits"})
        if "Assertion:" in text:
            self.asked["judge"] += 1
            assertion = re.search(r"Assertion: (.*)", text).group(1).strip()  # type: ignore[union-attr]
            if assertion in self.garble:
                return "Looking at the two screenshots, I would say it probably is."
            verdict = "No" if assertion in self.deny else "Yes"
            return "```json\n" + json.dumps({"think": f"checked: {assertion}", "result": verdict}) + "\n```"
        if "layout (0-10)" in text:
            self.asked["hfs"] += 1
            scores = {"layout": 9, "elements": 14, "content_and_text": 38, "style": 13, "overall": 18}
            return json.dumps({"comments": "close", **scores})
        return None
