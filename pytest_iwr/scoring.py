"""The IWR-Bench formulas as pure functions (see DESIGN.md, "Metrics").

Scores are fractions in [0, 1]; the paper prints them times 100.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from statistics import fmean

from rapidfuzz.distance import Levenshtein

IFS_WEIGHT = 0.7
VFS_WEIGHT = 0.3
HFS_RUBRIC = {"layout": 10, "elements": 15, "content_and_text": 40, "style": 15, "overall": 20}


def interaction_fidelity(steps_passed_before_first_failure: int, steps_total: int) -> float:
    """IFS: steps completed before the first failure over all steps of the task."""
    if steps_total <= 0:
        raise ValueError("a task has at least one step")
    if not 0 <= steps_passed_before_first_failure <= steps_total:
        raise ValueError(f"passed steps {steps_passed_before_first_failure} not in 0..{steps_total}")
    return steps_passed_before_first_failure / steps_total


def leading_passes(statuses: Sequence[bool]) -> int:
    """How many steps passed before the first failure."""
    count = 0
    for passed in statuses:
        if not passed:
            break
        count += 1
    return count


def ocr_similarity(text_gt: str, text_gen: str) -> float:
    """1 - Levenshtein / max length on lower-cased text; 1 when both empty, 0 when one is."""
    a, b = text_gt.lower(), text_gen.lower()
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return 1.0 - Levenshtein.distance(a, b) / max(len(a), len(b))


def clip_cosine(value: float) -> float:
    """DINO similarity is the CLS cosine clipped to [0, 1]."""
    return min(1.0, max(0.0, value))


def low_level_fidelity(ocr_scores: Iterable[float], dino_scores: Iterable[float]) -> float:
    """LFS = (mean OCR + mean DINO) / 2 over the scored checkpoints."""
    ocr, dino = list(ocr_scores), list(dino_scores)
    if not ocr or not dino:
        raise ValueError("LFS needs at least one OCR and one DINO score")
    return (fmean(ocr) + fmean(dino)) / 2


def rubric_total(scores: dict[str, float]) -> float:
    """Sum of the judge's rubric scores, each capped at its maximum; out of 100."""
    missing = set(HFS_RUBRIC) - set(scores)
    if missing:
        raise ValueError(f"judge scores lack {sorted(missing)}")
    return sum(min(max(float(scores[k]), 0.0), cap) for k, cap in HFS_RUBRIC.items())


def high_level_fidelity(judge_totals: Iterable[float]) -> float:
    """HFS = mean judge score (out of 100) / 100."""
    totals = list(judge_totals)
    if not totals:
        raise ValueError("HFS needs at least one judge score")
    return fmean(totals) / 100.0


def checkpoint_coverage(scored: int, flagged: int) -> float:
    """Flagged checkpoints scored, out of flagged checkpoints (the initial state counts as one)."""
    if flagged <= 0:
        raise ValueError("a task has at least its initial state to score")
    if not 0 <= scored <= flagged:
        raise ValueError(f"scored checkpoints {scored} not in 0..{flagged}")
    return scored / flagged


def visual_fidelity_all(vfs: float, scored: int, flagged: int) -> float:
    """VFS over every flagged checkpoint, an unreached one counting 0.

    VFS is a mean of per-checkpoint scores over the scored ones (each of OCR, DINO and the
    judge is averaged over the same checkpoints), so adding the unreached ones as zeros
    scales it by the coverage. The paper's VFS judges only what a replay reached: a page
    that fails at step 1 is judged on its first screen alone. This one does not reward that.
    """
    return vfs * checkpoint_coverage(scored, flagged)


def visual_fidelity(lfs: float, hfs: float | None) -> float:
    """VFS = 0.5 LFS + 0.5 HFS; without a judge VFS = LFS."""
    if hfs is None:
        return lfs
    return 0.5 * lfs + 0.5 * hfs


def final_score(ifs: float, vfs: float) -> float:
    return IFS_WEIGHT * ifs + VFS_WEIGHT * vfs


def macro_mean(values: Iterable[float]) -> float:
    """Suite scores are the unweighted mean over tasks."""
    items = list(values)
    if not items:
        raise ValueError("no tasks to average")
    return fmean(items)
