"""Labels from evidence and context: rule scores, appeal runs, and the story's extent.

Four passes, each a pure function of the previous one's output:

1. a block whose rule score reaches the threshold is boilerplate;
2. a block with weaker evidence that touches a run of boilerplate joins it
   (appeals come in runs: a pitch, its buttons, its "Remind me later."),
   and a block that is nothing but the page's own address is a share link;
3. in text, outside the story's span (found by story.py) nothing is body;
4. in text, a headline right below a bare related, navigation or contact cue is the link's,
   and a date line inside the story is its stamp, not a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from .match import NO_HITS, Evidence
from .shape import Shape
from .types import Category, Label, Reason

__all__ = [
    "WEAK_EVIDENCE",
    "Verdict",
    "date_lines",
    "label_blocks",
    "outside_story",
    "own_address",
    "related_links",
]

WEAK_EVIDENCE = 0.3  # the least score that lets a block join an appeal run
JOIN_WORDS = 15  # a weak line this short joins any run; a longer one only a run of its kind
CUE_WORDS = 4  # a related-story line this short is a bare cue ("Related", "Lesen Sie auch:")
# What a bare cue announces a link to: other stories, tags and menus ("Tags:", "Close"), further reading
CUE_CATEGORIES = frozenset({Category.RELATED, Category.NAVIGATION, Category.CONTACT})


@dataclass(frozen=True, slots=True)
class Verdict:
    """The label of one block and why."""

    label: Label
    category: Category | None
    reasons: tuple[Reason, ...]
    score: float


_OUTSIDE = Reason("story.outside")
_RELATED_LINK = Reason("context.related_link")
_OWN_ADDRESS = Reason("context.own_address")
_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?([^\s?#]+)(?:[?#]\S*)?")
# The verdict of a block no rule hits, shared as NO_HITS is: _initial would give an equal one.
_NO_HITS_VERDICT = Verdict(Label.BODY, None, NO_HITS.reasons, NO_HITS.score)


def _initial(evidence: Evidence, threshold: float) -> Verdict:
    if evidence.score >= threshold and evidence.category is not None:
        return Verdict(Label.BOILERPLATE, evidence.category, evidence.reasons, evidence.score)
    return Verdict(Label.BODY, None, evidence.reasons, evidence.score)


def _join_runs(verdicts: list[Verdict], evidence: Sequence[Evidence]) -> list[Verdict]:
    """Weak evidence next to boilerplate is boilerplate: appeals come in runs.

    Each maximal run of weak blocks joins the boilerplate it touches at either
    end, in one pass (a chain of weak lines hanging off an appeal goes whole).
    """

    def weak(i: int) -> bool:
        ev = evidence[i]
        return verdicts[i].label is Label.BODY and ev.score >= WEAK_EVIDENCE and ev.category is not None

    def removed(i: int) -> bool:
        return 0 <= i < len(verdicts) and verdicts[i].label is Label.BOILERPLATE

    i = 0
    while i < len(verdicts):
        if not weak(i):
            i += 1
            continue
        end = i
        while end < len(verdicts) and weak(end):
            end += 1
        touching = [verdicts[k] for k in (i - 1, end) if removed(k)]
        if touching:
            for j in range(i, end):
                if not _joins(evidence[j], touching):
                    continue
                ev = evidence[j]
                reasons = (*ev.reasons, Reason("context.appeal_run"))
                verdicts[j] = Verdict(Label.BOILERPLATE, ev.category, reasons, ev.score)
        i = end
    return verdicts


def _joins(evidence: Evidence, touching: Sequence[Verdict]) -> bool:
    """A short weak line joins the run it touches; a paragraph only one of its own category."""
    return evidence.words <= JOIN_WORDS or any(v.category is evidence.category for v in touching)


def label_blocks(evidence: Sequence[Evidence], threshold: float) -> list[Verdict]:
    """Label every block from its rule evidence and its neighbours' (passes 1 and 2)."""
    initial = [_NO_HITS_VERDICT if ev is NO_HITS else _initial(ev, threshold) for ev in evidence]
    return _join_runs(initial, evidence)


def own_address(verdicts: Sequence[Verdict], texts: Sequence[str], url: str | None) -> list[Verdict]:
    """A block that is nothing but the page's own address is a share or canonical link, not the story.

    A bare address is weak evidence alone (stories list their sources as bare
    URLs, ``xx.navigation.url_only``); the page's own one is furniture.
    """
    out = list(verdicts)
    if not url or not (own := _address_key(url)):
        return out
    longest = 2 * len(url)
    for i, text in enumerate(texts):
        verdict = out[i]
        if verdict.label is Label.BODY and len(text) < longest and _address_key(text.strip()) == own:
            reasons = (*verdict.reasons, _OWN_ADDRESS)
            out[i] = Verdict(Label.BOILERPLATE, Category.NAVIGATION, reasons, verdict.score)
    return out


def _address_key(address: str) -> str:
    """An address without its scheme, "www.", query, fragment and final slash; "" for other text."""
    match = _ADDRESS.fullmatch(address)
    return match.group(1).rstrip("/").casefold() if match else ""


def related_links(verdicts: Sequence[Verdict], shapes: Sequence[Shape]) -> list[Verdict]:
    """A headline right below a bare cue is the link it announces, and goes with the cue.

    "Related", "Lesen Sie auch:", "Leggi anche:" (related), "Tags:", "Close"
    (navigation), "Weitere Informationen" (contact) a rule removes; the
    headline of the other story, the tag or the page below it has no evidence
    of its own, and inside the story it stays. It takes the cue's category. A
    cue that carries its link ("Read more: Harbour Reopens") has no headline
    below it, and a prose paragraph below a cue is kept.
    """
    out = list(verdicts)
    for i in range(1, len(verdicts)):
        cue, verdict = verdicts[i - 1], verdicts[i]
        if (  # the cheapest tests first: outside the story nearly every block is removed
            verdict.label is Label.BODY
            and cue.label is Label.BOILERPLATE
            and cue.category in CUE_CATEGORIES
            and shapes[i - 1].words <= CUE_WORDS
            and shapes[i].headline
            and not shapes[i].prose
            and _OUTSIDE not in cue.reasons
        ):
            reasons = (*verdict.reasons, _RELATED_LINK)
            out[i] = Verdict(Label.BOILERPLATE, cue.category, reasons, verdict.score)
    return out


def outside_story(
    verdicts: Sequence[Verdict],
    evidence: Sequence[Evidence],
    shapes: Sequence[Shape],
    span: tuple[int, int],
) -> list[Verdict]:
    """Pass 3: nothing outside the story's span is body; say what each such block is."""
    start, end = span
    out = list(verdicts)
    # Verdicts are frozen, and most blocks outside share one (no rule hits them): a verdict
    # and a category give one new verdict, made once.
    made: dict[tuple[int, Category], Verdict] = {}
    for i in chain(range(start), range(end, len(verdicts))):
        verdict = verdicts[i]
        if verdict.label is Label.BOILERPLATE:
            continue
        category = evidence[i].category or _neighbour_category(verdicts, i) or _shape_category(shapes[i])
        key = (id(verdict), category)
        if key not in made:
            made[key] = Verdict(Label.BOILERPLATE, category, (*verdict.reasons, _OUTSIDE), verdict.score)
        out[i] = made[key]
    return out


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


def date_lines(verdicts: Sequence[Verdict], shapes: Sequence[Shape], span: tuple[int, int]) -> list[Verdict]:
    """A date line inside the story is a stamp ("Updated 3 March 2024, 10:15"), not a paragraph.

    The story search lets a date line stand in a run or a bridge, as a short
    line; it is still no part of the body, and goes as ``metadata``, as one
    just above the story does. A date line that is prose (a caption that ends
    in its date, "… on Friday, 3 March 2024.") stays.
    """
    out = list(verdicts)
    for i in range(*span):
        if verdicts[i].label is Label.BODY and shapes[i].date_like and not shapes[i].prose:
            reasons = (*verdicts[i].reasons, Reason("structure.date_line"))
            out[i] = Verdict(Label.BOILERPLATE, Category.METADATA, reasons, verdicts[i].score)
    return out
