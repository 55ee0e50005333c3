"""Offline grounding: the element a description-only step means, without any model API.

The page's visible interactive elements (agent/locate.py's pool) are read with what a
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
from pytest_iwr.agent.locate import INTERACTIVE_JS, LocateError
from pytest_iwr.tasks import Step
from pytest_iwr.watchdog import suspended

log = logging.getLogger("pytest_iwr.agent")
POLL_SECONDS = 0.1
TOP = 3

# Per element of INTERACTIVE_JS's pool: what else a user reads on it, whether it takes
# text, and per context phrase how many levels up an ancestor shows that phrase.
DETAILS_JS = """
(bundle, terms) => {
  const norm = s => (s || '').replace(/\\s+/g, ' ').trim();
  const shownCache = new Map();
  const shown = node => {
    if (!shownCache.has(node)) shownCache.set(node, norm(node.innerText).toLowerCase());
    return shownCache.get(node);
  };
  const escape = s => s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');
  const tests = terms.map(t => t.word
    ? (text => new RegExp('(^|[^a-z0-9])' + escape(t.text) + '($|[^a-z0-9])').test(text))
    : (text => text.includes(t.text)));
  const skip = ['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'];
  return bundle.els.map(el => {
    const tag = el.tagName;
    const own = tag === 'SELECT' ? (el.selectedOptions[0] ? el.selectedOptions[0].text : '') : norm(el.innerText).slice(0, 160);
    const labels = el.labels ? [...el.labels].map(l => norm(l.innerText)) : [];
    const texts = [own, ...labels, el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('placeholder'),
      tag === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type) ? el.value : '']
      .map(norm).filter(Boolean);
    const pictures = tag === 'IMG' ? [el] : [...el.querySelectorAll('img[alt]')].slice(0, 3);
    const alts = pictures.map(i => norm(i.alt)).filter(Boolean);
    const editable = el.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && !skip.includes(el.type));
    const depths = tests.map(test => {
      let depth = 0;
      for (let node = el; node && depth <= 8; node = node.parentElement, depth++) {
        if (test(shown(node))) return depth;
      }
      return null;
    });
    return {texts, alts, editable, depths};
  });
}
"""


@dataclass
class Grounded:
    element: ElementHandle
    confidence: float
    record: dict[str, Any]


def read_candidates(
    page: Page, terms: list[dict[str, object]]
) -> tuple[list[ElementHandle], list[rank.Candidate], list[dict]]:
    """The visible interactive elements, as handles, ranking inputs and their (role, name, x, y)."""
    bundle = page.evaluate_handle(INTERACTIVE_JS)
    try:
        infos = bundle.get_property("infos").json_value()
        details = bundle.evaluate(DETAILS_JS, terms)
        props = bundle.get_property("els").get_properties()
        elements = [props[str(i)].as_element() for i in range(len(infos))]
    finally:
        bundle.dispose()
    candidates = [
        rank.Candidate(info["role"], info["name"], d["texts"], d["alts"], d["depths"], d["editable"])
        for info, d in zip(infos, details, strict=True)
    ]
    keep = [i for i, e in enumerate(elements) if e is not None]
    return [elements[i] for i in keep], [candidates[i] for i in keep], [infos[i] for i in keep]  # type: ignore[misc]


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
    terms = rank.parse(step.description, step.text).terms
    elements, candidates, _ = read_candidates(page, terms)
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
    return Grounded(elements[ranked[0].index], best, record)


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
