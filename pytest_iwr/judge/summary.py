"""Who decided what: assertion verdicts per judge, judge errors, agreement with the
structured checks (``--iwr-judge-all``), and how description-only steps were grounded.

Pure functions over results, for the terminal summary, ``--iwr-json``, the markdown
leaderboard's notes and the HTML report. Verdicts of the visual proxy are always
named as such: they are not the paper's VLM judge.
"""

from __future__ import annotations

from collections import defaultdict
from statistics import fmean
from typing import Any

from pytest_iwr.judge.proxy import NAME as PROXY_NAME
from pytest_iwr.results import StepResult, TaskResult

PROXY_NOTE = (
    "assertions judged by the visual PROXY (no --iwr-judge-model): screenshot change and similarity, "
    "not the paper's VLM judge"
)
JUDGE_ERROR = "judge error"


def is_judge_error(detail: str) -> bool:
    return detail.startswith(JUDGE_ERROR)


def _judge_checks(step: StepResult) -> list[tuple[str, bool, str]]:
    """The judge verdicts that decided this step (steps without structured checks)."""
    return [(c.check, c.passed, c.detail) for c in step.checks if c.check.startswith("assertion")]


def by_model(results: list[TaskResult]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    models: dict[str, list[TaskResult]] = defaultdict(list)
    for r in results:
        models[r.model].append(r)
    for model, rows in sorted(models.items()):
        verdicts: dict[str, dict[str, int]] = defaultdict(lambda: {"passed": 0, "failed": 0})
        errors: list[str] = []
        pairs: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
        pair_errors: dict[str, int] = defaultdict(int)
        grounding: dict[str, list[float]] = defaultdict(list)
        not_grounded = 0
        for r in rows:
            for step in r.steps:
                for name, passed, detail in _judge_checks(step):
                    if is_judge_error(detail):
                        errors.append(f"{r.task_id} step {step.index}: {detail}")
                    else:
                        verdicts[name]["passed" if passed else "failed"] += 1
                if step.judge is not None and step.checks:
                    name = step.judge.get("check", "judge")
                    if is_judge_error(step.judge.get("detail", "")):
                        pair_errors[name] += 1
                        errors.append(f"{r.task_id} step {step.index}: {step.judge['detail']}")
                    else:
                        pairs[name].append((all(c.passed for c in step.checks), bool(step.judge["passed"])))
                if step.grounding:
                    grounding[step.grounding.get("method", "?")].append(step.grounding.get("confidence", float("nan")))
                if "not grounded" in step.reason:
                    not_grounded += 1
        out[model] = {
            "verdicts": dict(verdicts),
            "proxy": PROXY_NAME in verdicts or PROXY_NAME in pairs,
            "judge_errors": len(errors),
            "judge_error_examples": errors[:5],
            "agreement": {name: agreement(p, pair_errors[name]) for name, p in pairs.items()},
            "grounding": {
                method: {"steps": len(c), "mean_confidence": _mean([x for x in c if x == x])}
                for method, c in grounding.items()
            },
            "not_grounded": not_grounded,
        }
    return out


def _mean(values: list[float]) -> float | None:
    return round(fmean(values), 3) if values else None


def agreement(pairs: list[tuple[bool, bool]], errors: int = 0) -> dict[str, Any]:
    """Structured verdict vs judge verdict on the same steps."""
    both_pass = sum(s and j for s, j in pairs)
    both_fail = sum(not s and not j for s, j in pairs)
    return {
        "compared": len(pairs),
        "agree": both_pass + both_fail,
        "rate": (both_pass + both_fail) / len(pairs) if pairs else None,
        "both_pass": both_pass,
        "both_fail": both_fail,
        "structured_only": sum(s and not j for s, j in pairs),  # structured passed, the judge said no
        "judge_only": sum(j and not s for s, j in pairs),
        "judge_errors_excluded": errors,
    }


def render(summary: dict[str, dict[str, Any]]) -> list[str]:
    lines = []
    for model, s in summary.items():
        for name, counts in sorted(s["verdicts"].items()):
            label = " [PROXY, not a VLM judge]" if name == PROXY_NAME else ""
            lines.append(f"{model}: {name}{label}: {counts['passed']} passed, {counts['failed']} failed")
        for name, a in sorted(s["agreement"].items()):
            if not a["compared"]:
                continue
            label = " [PROXY]" if name == PROXY_NAME else ""
            lines.append(
                f"{model}: structured checks vs {name}{label}: agree on {a['agree']}/{a['compared']} steps "
                f"({100 * a['rate']:.1f}%); both pass {a['both_pass']}, both fail {a['both_fail']}, "
                f"structured only {a['structured_only']}, judge only {a['judge_only']}"
                + (f"; {a['judge_errors_excluded']} judge error(s) excluded" if a["judge_errors_excluded"] else "")
            )
        if s["judge_errors"]:
            lines.append(f"{model}: {s['judge_errors']} judge error(s) (never counted as a pass), e.g.")
            lines += [f"  {e}" for e in s["judge_error_examples"][:3]]
        for method, g in sorted(s["grounding"].items()):
            conf = "" if g["mean_confidence"] is None else f", mean confidence {g['mean_confidence']:.2f}"
            lines.append(f"{model}: {g['steps']} description-only step(s) grounded by {method}{conf}")
        if s["not_grounded"]:
            lines.append(f"{model}: {s['not_grounded']} step(s) not grounded")
    if any(s["proxy"] for s in summary.values()):
        lines.append(f"note: {PROXY_NOTE}")
    return lines


def notes(results: list[TaskResult]) -> list[str]:
    """One-line notes for the leaderboard and the HTML report."""
    summary = by_model(results)
    return [PROXY_NOTE] if any(s["proxy"] for s in summary.values()) else []
