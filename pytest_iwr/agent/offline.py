"""Offline grounding: the element a description-only step means, without any model API.

The page's visible controls (the perception layer's reading) are ranked against the
description read as a referring expression (agent/refer.py, agent/rank.py: label,
anchors and relations on the layout, ordinals, looks, control kind, plus the
sentence-embedding cosine), and the best one is returned with its confidence. Below the threshold, or on an exact tie, the step fails
("not grounded" / "ambiguous") and the message lists the top candidates.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from playwright.sync_api import ElementHandle, Page

from pytest_iwr.agent import embedding, rank
from pytest_iwr.agent.locate import LocateError, element_of
from pytest_iwr.perceive import LiveScreen, Screen
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


def describe(candidates: list[rank.Candidate], ranked: list[rank.Scored], limit: int = TOP) -> str:
    parts = [
        f"{(candidates[s.index].name or '(no name)')!r} ({candidates[s.index].role}, {s.confidence:.2f})"
        for s in ranked[:limit]
    ]
    return ", ".join(parts) or "no visible interactive element"


class Semantic:
    """The embedding cosine of one query with the candidates it is asked about; remembers
    why it could not be had (the model missing), so the record can say so."""

    def __init__(self, query: str) -> None:
        self.query = query
        self.missing = ""

    def __call__(self, candidates: list[rank.Candidate]) -> list[float] | None:
        with suspended():  # loading and embedding is our CPU time, not the page's (watchdog.py)
            try:
                model = embedding.model()
            except embedding.EmbeddingUnavailableError as exc:
                self.missing = str(exc)
                return None
            return [float(x) for x in model.similarity(self.query, [c.summary() for c in candidates])]


def rank_screen(screen: Screen, step: Step) -> tuple[list[rank.Scored], list[rank.Candidate], str]:
    """The screen's controls ranked against the step's description, the candidates, and
    why the ranking is lexical only ('' when the embedding model took part)."""
    candidates = rank.candidates(screen, step.action)
    semantic = Semantic(rank.query_text(step.description, step.text))
    ranked = rank.rank(step.description, step.action, step.text, screen, candidates, semantic)
    return ranked, candidates, semantic.missing


def ground_screen(
    screen: Screen, step: Step, threshold: float = rank.THRESHOLD
) -> tuple[tuple[str, int], float, dict[str, Any]]:
    """What the description means (a part of the reading: ``("control", i)``, or a text or
    picture for a hover), its confidence and the grounding record; raises
    :class:`GroundingError` ("not grounded", "ambiguous") with the record."""
    ranked, candidates, missing = rank_screen(screen, step)
    top = [
        {"name": candidates[s.index].name, "role": candidates[s.index].role, "score": round(s.confidence, 3)}
        for s in ranked[:TOP]
    ]
    record: dict[str, Any] = {"method": "offline", "candidates": top, "threshold": threshold}
    if missing:
        record["note"] = f"lexical only: {missing}"
    best = ranked[0].confidence if ranked else 0.0
    record["confidence"] = round(best, 3)
    tied = len(ranked) > 1 and ranked[1].score == ranked[0].score
    # Look-alikes that fit well and equally are "ambiguous" however low the shared confidence.
    if not ranked or (best < threshold and not (tied and ranked[0].score >= threshold)):
        raise GroundingError(
            "not grounded",
            f"no element fits {step.description!r} (best {best:.2f} < {threshold}); top candidates: "
            f"{describe(candidates, ranked)}",
            record,
        )
    if tied:
        raise GroundingError(
            "ambiguous", f"several elements fit {step.description!r} equally: {describe(candidates, ranked)}", record
        )
    return candidates[ranked[0].index].pick(), best, record


def ground_once(page: Page, step: Step, threshold: float = rank.THRESHOLD) -> Grounded:
    with LiveScreen(page) as live:
        (kind, index), confidence, record = ground_screen(live.screen, step, threshold)
        return Grounded(element_of(live, kind, index), confidence, record)


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
