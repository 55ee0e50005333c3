"""The VLM judge of natural-language assertions, as the paper's protocol has it.

The model sees the page before and after the step and the assertion, and answers in
strict JSON ``{"think": ..., "result": "Yes"|"No"}``. Verdicts are cached on disk by
the two images' hashes, the assertion, the model and its endpoint.
"""

from __future__ import annotations

from pytest_iwr.generate.openai_compat import ChatClient
from pytest_iwr.judge.ask import JUDGE_PROFILE, ask, image_part
from pytest_iwr.judge.base import JudgeRequest
from pytest_iwr.judge.cache import VerdictCache, digest
from pytest_iwr.judge.replies import yes_no
from pytest_iwr.results import CheckResult

PROMPT_VERSION = 1
PROMPT = """You judge one step of a test of a web page.
Image 1 is a screenshot of the page before the step, image 2 the same page after it.
The step: {action}.
Decide whether this assertion is true of the page after the step (image 2), using image 1 to see what changed:

Assertion: {assertion}

Reply with one JSON object and nothing else:
{{"think": "your reasoning in at most 100 words", "result": "Yes" or "No"}}"""


def describe_action(request: JudgeRequest) -> str:
    step = request.step
    return step.description or f"{step.action} {step.describe_target()}"


class VlmJudge:
    """An :data:`~pytest_iwr.judge.base.AssertionJudge` backed by a chat model."""

    kind = "vlm"

    def __init__(self, client: ChatClient, model: str, cache: VerdictCache | None = None) -> None:
        self.client = client
        self.model = model
        self.cache = cache
        self.name = f"assertion (vlm {model})"

    def _key(self, request: JudgeRequest, assertion: str) -> tuple[object, ...]:
        return (
            "assertion",
            PROMPT_VERSION,
            self.model,
            self.client.where(),
            digest(request.before),
            digest(request.after),
            assertion,
        )

    def __call__(self, request: JudgeRequest) -> CheckResult:
        assertion = request.step.checkpoint.assertion.strip()
        if not assertion:
            return CheckResult(self.name, True, "no assertion to judge: the step passes on its action")
        key = self._key(request, assertion)
        cached = self.cache.get(key) if self.cache is not None else None
        if cached is None:
            content = [
                {"type": "text", "text": PROMPT.format(action=describe_action(request), assertion=assertion)},
                image_part(request.before, JUDGE_PROFILE.max_side),
                image_part(request.after, JUDGE_PROFILE.max_side),
            ]
            asked = ask(self.client, self.model, content, yes_no)
            passed, think = asked.value
            cached = {"passed": passed, "think": self.client.redactor.text(think)[:300], "attempts": asked.attempts}
            if self.cache is not None:
                self.cache.put(key, cached)
            source = f"{self.model}, attempt {asked.attempts}"
        else:
            source = f"{self.model}, cached"
        verdict = "Yes" if cached["passed"] else "No"
        return CheckResult(self.name, bool(cached["passed"]), f"{verdict} ({source}): {cached['think']}")
