"""Offline grounding: the element a description-only step means, without any model API.

The page's visible controls (the perception layer's reading) are taken with what a
user sees on and around them, ranked against the description (agent/rank.py: quoted
labels, role words, other words, plus the sentence-embedding cosine), and the best one
is returned with its confidence. Below the threshold, or on an exact tie, the step fails
("not grounded" / "ambiguous") and the message lists the top candidates.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from playwright.sync_api import ElementHandle, Page

from pytest_iwr.agent import embedding, rank
from pytest_iwr.agent.locate import LocateError, candidate_infos
from pytest_iwr.perceive import LiveScreen
from pytest_iwr.perceive.labels import visible_labels
from pytest_iwr.tasks import Step
from pytest_iwr.watchdog import suspended

log = logging.getLogger("pytest_iwr.agent")
POLL_SECONDS = 0.1
TOP = 3


@dataclass
class Grounded:
    element: ElementHandle
    confidence: float
    record: dict[str, Any]


def read_candidates(live: LiveScreen, terms: list[dict[str, object]]) -> tuple[list[rank.Candidate], list[dict]]:
    """The visible controls of one reading as ranking inputs, and their (role, name, x, y)."""
    screen = live.screen
    infos = candidate_infos(screen)
    depths = live.term_depths([c.index for c in screen.controls], terms, max_depth=8)
    candidates = []
    for c, info, row in zip(screen.controls, infos, depths, strict=True):
        own = screen.own_text(c.index)
        texts = [own, *visible_labels(screen, c), c.name, c.placeholder]
        # A picture's words reach the page only as its alt text (the accessible name of an image control).
        alts = [c.name] if c.name and not own and c.role in ("img", "button", "link", "generic") else []
        candidates.append(rank.Candidate(c.role, info["name"], [t for t in texts if t], alts, row, c.editable))
    return candidates, infos


def describe(candidates: list[rank.Candidate], ranked: list[rank.Scored], limit: int = TOP) -> str:
    parts = [
        f"{(candidates[s.index].name or '(no name)')!r} ({candidates[s.index].role}, {s.confidence:.2f})"
        for s in ranked[:limit]
    ]
    return ", ".join(parts) or "no visible interactive element"


def semantic_scores(query: str, candidates: list[rank.Candidate]) -> tuple[list[float] | None, str]:
    """Each candidate's embedding cosine with the query, or None (and why) without the model."""
    with suspended():  # loading and embedding is our CPU time, not the page's (watchdog.py)
        try:
            model = embedding.model()
        except embedding.EmbeddingUnavailableError as exc:
            return None, str(exc)
        return [float(x) for x in model.similarity(query, [c.summary() for c in candidates])], ""


def ground_once(page: Page, step: Step, threshold: float = rank.THRESHOLD) -> Grounded:
    with LiveScreen(page) as live:
        return _ground(live, step, threshold)


def _ground(live: LiveScreen, step: Step, threshold: float) -> Grounded:
    terms = rank.parse(step.description, step.text).terms
    candidates, _ = read_candidates(live, terms)
    sims, missing = semantic_scores(rank.query_text(step.description, step.text), candidates)
    ranked = rank.rank(step.description, step.action, step.text, candidates, sims)
    top = [
        {"name": candidates[s.index].name, "role": candidates[s.index].role, "score": round(s.confidence, 3)}
        for s in ranked[:TOP]
    ]
    record: dict[str, Any] = {"method": "offline", "candidates": top, "threshold": threshold}
    if missing:
        record["note"] = f"lexical only: {missing}"
    best = ranked[0].confidence if ranked else 0.0
    record["confidence"] = round(best, 3)
    if not ranked or best < threshold:
        raise GroundingError(
            "not grounded",
            f"no element fits {step.description!r} (best {best:.2f} < {threshold}); top candidates: "
            f"{describe(candidates, ranked)}",
            record,
        )
    if len(ranked) > 1 and ranked[1].score == ranked[0].score:
        raise GroundingError(
            "ambiguous", f"several elements fit {step.description!r} equally: {describe(candidates, ranked)}", record
        )
    return Grounded(live.control_element(ranked[0].index), best, record)


class GroundingError(LocateError):
    """A LocateError that keeps what grounding saw, for the step's record."""

    def __init__(self, kind: str, message: str, record: dict[str, Any]) -> None:
        super().__init__(kind, message)
        self.record = record


class OfflineGrounder:
    """The replay's grounder for description-only steps (see judge/base.Grounder).

    Waits up to the step timeout for a confident match, as a user would wait for the
    page to show the control. ``take_record`` hands the last step's grounding details
    to the replay (StepResult.grounding).
    """

    name = "offline"

    def __init__(self, threshold: float = rank.THRESHOLD) -> None:
        self.threshold = threshold
        self._record: dict[str, Any] | None = None

    def take_record(self) -> dict[str, Any] | None:
        record, self._record = self._record, None
        return record

    def __call__(self, page: Page, step: Step, timeout: float) -> ElementHandle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                found = ground_once(page, step, self.threshold)
            except GroundingError as exc:
                self._record = exc.record
                if exc.kind == "ambiguous" or time.monotonic() >= deadline:
                    raise
            else:
                self._record = found.record
                return found.element
            time.sleep(POLL_SECONDS)
