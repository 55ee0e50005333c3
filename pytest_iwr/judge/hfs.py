"""HFS: an MLLM scores a generated screenshot against the ground truth with the paper's rubric.

Rubric (DESIGN.md): layout 10, elements 15, content and text 40, style 15, overall 20.
The model replies in strict JSON with one number per item; scoring.rubric_total adds
them up (out of 100). An unparsable reply is asked again, then raises JudgeError:
visual/fidelity.py then leaves VFS and Final uncomputed for the task, with a note.
Scores are cached by both images' hashes, the model and its endpoint.
"""

from __future__ import annotations

from pytest_iwr import scoring
from pytest_iwr.generate.openai_compat import ChatClient
from pytest_iwr.judge.ask import JUDGE_PROFILE, ask, image_part
from pytest_iwr.judge.cache import VerdictCache, digest
from pytest_iwr.judge.replies import rubric

PROMPT_VERSION = 1
PROMPT = """You are an expert web page evaluator. Image 1 is a reference web page, image 2 a page generated to \
reproduce it. Score how closely image 2 reproduces image 1, item by item (0 when absent or entirely different):

- layout (0-10): placement, sizes and alignment of the regions
- elements (0-15): the same components are present (buttons, inputs, images, lists...)
- content_and_text (0-40): the same text and content, correctly spelled and in place
- style (0-15): colours, fonts, spacing, borders, shadows
- overall (0-20): overall visual similarity

Reply with one JSON object and nothing else:
{"comments": "one or two sentences", "layout": n, "elements": n, "content_and_text": n, "style": n, "overall": n}"""


def parse_rubric(text: str) -> tuple[dict[str, float], str]:
    return rubric(text, scoring.HFS_RUBRIC)


class HfsJudge:
    """``(ground truth PNG, generated PNG) -> rubric total out of 100`` (VisualConfig.hfs_judge)."""

    def __init__(self, client: ChatClient, model: str, cache: VerdictCache | None = None) -> None:
        self.client = client
        self.model = model
        self.cache = cache
        self.name = f"mllm {model}"

    def __call__(self, ground_truth: bytes, generated: bytes) -> float:
        key = ("hfs", PROMPT_VERSION, self.model, self.client.where(), digest(ground_truth), digest(generated))
        cached = self.cache.get(key) if self.cache is not None else None
        if cached is None:
            content = [
                {"type": "text", "text": PROMPT},
                image_part(ground_truth, JUDGE_PROFILE.max_side),
                image_part(generated, JUDGE_PROFILE.max_side),
            ]
            scores, _ = ask(self.client, self.model, content, parse_rubric).value
            cached = {"total": scoring.rubric_total(scores), "scores": scores}
            if self.cache is not None:
                self.cache.put(key, cached)
        return float(cached["total"])
