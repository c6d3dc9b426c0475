"""Labels from evidence and context: rule scores, appeal runs, and the story's extent.

Three passes, each a pure function of the previous one's output:

1. a block whose rule score reaches the threshold is boilerplate;
2. a block with weaker evidence that touches a run of boilerplate joins it
   (appeals come in runs: a pitch, its buttons, its "Remind me later.");
3. the story is the run of blocks with the most prose in it, where prose
   counts for it and boilerplate and short lines against it (a maximum-sum
   segment, as jusText's context pass in spirit); outside it nothing is body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .match import Evidence
from .shape import Shape
from .types import Category, Label, Reason

__all__ = ["Verdict", "find_story", "label_blocks"]

BOILER_WEIGHT = -1.0  # a removed block inside the story costs this much to bridge
SHORT_WEIGHT = -0.5  # a short line that is not a sentence: menu item, headline, button
LINK_WEIGHT = -1.0
SENTENCE_WEIGHT = 0.2  # a short sentence: the last line of a story often is one
WEAK_EVIDENCE = 0.3  # the least score that lets a block join an appeal run


@dataclass(frozen=True, slots=True)
class Verdict:
    """The label of one block and why."""

    label: Label
    category: Category | None
    reasons: tuple[Reason, ...]
    score: float


def _initial(evidence: Evidence, threshold: float) -> Verdict:
    if evidence.score >= threshold and evidence.category is not None:
        return Verdict(Label.BOILERPLATE, evidence.category, evidence.reasons, evidence.score)
    return Verdict(Label.BODY, None, evidence.reasons, evidence.score)


def _join_runs(verdicts: list[Verdict], evidence: Sequence[Evidence]) -> list[Verdict]:
    """Weak evidence next to boilerplate is boilerplate: appeals come in runs."""
    changed = True
    while changed:
        changed = False
        for i, verdict in enumerate(verdicts):
            ev = evidence[i]
            if verdict.label is not Label.BODY or ev.score < WEAK_EVIDENCE or ev.category is None:
                continue
            neighbours = [verdicts[j] for j in (i - 1, i + 1) if 0 <= j < len(verdicts)]
            if any(n.label is Label.BOILERPLATE for n in neighbours):
                reasons = (*ev.reasons, Reason("context.appeal_run"))
                verdicts[i] = Verdict(Label.BOILERPLATE, ev.category, reasons, ev.score)
                changed = True
    return verdicts


def _story_weight(verdict: Verdict, shape: Shape, threshold: float) -> float:
    if verdict.label is Label.BOILERPLATE:
        return BOILER_WEIGHT
    if shape.linky:
        return LINK_WEIGHT
    if verdict.score >= WEAK_EVIDENCE and not shape.prose:
        return SHORT_WEIGHT  # a suspect line never extends the story
    if shape.prose:
        doubt = max(0.0, 1.0 - verdict.score / threshold)
        return min(shape.words, 100) / 10 * doubt
    if shape.sentence and shape.words >= 3 and not shape.date_like and not shape.question:
        return SENTENCE_WEIGHT
    return SHORT_WEIGHT


def find_story(weights: Sequence[float]) -> tuple[int, int] | None:
    """The maximum-sum run ``[start, end)``, or None if no run gains.

    Ties go to the shorter run, so every proper prefix and suffix of the run
    adds to it: cleaning the body again finds the same run (idempotence).
    """
    best, best_span = 0.0, None
    running, start = 0.0, 0
    for i, weight in enumerate(weights):
        if running <= 0:
            running, start = 0.0, i
        running += weight
        if running > best:
            best, best_span = running, (start, i + 1)
    return best_span


def label_blocks(
    evidence: Sequence[Evidence], shapes: Sequence[Shape], threshold: float, find: bool
) -> tuple[list[Verdict], tuple[int, int] | None]:
    """Label every block, and return the story's span (None when no story stands out)."""
    verdicts = _join_runs([_initial(ev, threshold) for ev in evidence], evidence)
    if not find:
        return verdicts, None
    weights = [_story_weight(v, s, threshold) for v, s in zip(verdicts, shapes, strict=True)]
    span = find_story(weights)
    if span is None:
        return verdicts, None
    start, end = span
    decided = list(verdicts)  # the rule verdicts, before the story's extent
    for i, (verdict, shape) in enumerate(zip(verdicts, shapes, strict=True)):
        if start <= i < end or verdict.label is Label.BOILERPLATE:
            continue
        category = evidence[i].category or _neighbour_category(decided, i) or _shape_category(shape)
        reasons = (*verdict.reasons, Reason("story.outside"))
        verdicts[i] = Verdict(Label.BOILERPLATE, category, reasons, verdict.score)
    return verdicts, span


def _neighbour_category(verdicts: Sequence[Verdict], i: int) -> Category | None:
    """The category of a rule-decided neighbour: a line inside an appeal run is part of it."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(verdicts) and verdicts[j].label is Label.BOILERPLATE:
            return verdicts[j].category
    return None


def _shape_category(shape: Shape) -> Category:
    if shape.date_like or shape.byline is not None:
        return Category.METADATA
    if shape.linky or shape.words <= 3:
        return Category.NAVIGATION
    if shape.headline or shape.prose:
        return Category.RELATED
    return Category.OTHER
