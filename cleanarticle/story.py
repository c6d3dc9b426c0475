"""Where the story is in a page's text: the run of blocks with the most prose.

Prose counts for a run, and short lines, links and removed blocks against it
(a maximum-sum segment, jusText's context pass in spirit). Whole-page text
usually names its headline twice, first in the page title with the site name
and again just above the story; when it does, the story must begin within a
few blocks after one of its repeats, past bylines, dates and share buttons.
A line the page shows twice (menus, teaser boxes) adds nothing to a run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

import regex

from .classify import WEAK_EVIDENCE, Verdict
from .shape import Shape, count_words, word_key
from .types import Category, Label

__all__ = ["base_weights", "extend_story", "find_headlines", "find_story", "list_items", "story_weights"]

REMOVED_WEIGHT = -1.0  # a block the rules removed: a pause in the story
# Categories whose removed blocks end a story when furniture surrounds them: tags, share rows,
# "Comments" headings, related boxes, footers, newsletter sign-ups.
_ENDING = {
    Category.RELATED,
    Category.COMMENTS,
    Category.NAVIGATION,
    Category.SOCIAL,
    Category.LEGAL,
    Category.NEWSLETTER,
}
WALL_WEIGHT = -3.0
WALL_REACH = 2  # blocks looked at on each side
WALL_COMPANY = 2  # of them that speak against the story
GAP_GROWTH = 0.25  # each further unknown block of a gap costs this much more
REPEAT_WEIGHT = 0.0  # a repeated line adds nothing to a run
COPY_WORDS = 20  # a repeated paragraph this long is the story shown twice: its first copy counts
SHORT_WEIGHT = -1.0  # a short line that is not a sentence: menu item, headline, button, user name
LINK_WEIGHT = -1.5
LIST_ITEM_WEIGHT = 0.0  # a short line in a list that a line ending in ':' announced
THREAD_DATE_WEIGHT = -3.0  # a date line of a thread: comments, posts, teasers, each with its date
THREAD_REACH = 8  # blocks between two date lines of a thread, at most
THREAD_ITEMS = 3  # date lines that make a thread, at least
SENTENCE_WEIGHT = 0.2  # a short sentence: the last line of a story often is one
PROSE_WORDS = 10.0  # a prose block weighs its words divided by this
PROSE_CAP = 8.0
HEADLINE_WINDOW = 15  # blocks between the headline and the first paragraph, at most
HEADLINE_WORDS = 4  # a part of the page title with fewer words is taken for the site name
FREE_RUN = 3.0  # a run anywhere beats the best headed run when it gains this many times more
BRIDGE_BLOCKS = 30  # short lines between the run and another piece of the story, at most: a table, a fact box
BRIDGE_WORDS = 12  # a line of a bridge has this many words at most
PIECE_GAIN = 4.0  # a piece across a bridge joins the run when it gains more than this
JOINED_GAIN = 10.0  # and when the piece and the run together gain more than this
PIECE_REACH = 30  # blocks a piece across a bridge may span
OPENING_GAIN = -SHORT_WEIGHT  # a text is one story run only when its opening outweighs a short line
COUNTED_ITEMS = 3  # consecutive short lines that open with a number make a list: quantities, results
COUNTED_WORDS = BRIDGE_WORDS  # a line of such a list is a short line, as a line of a bridge is
_COUNTED = regex.compile(r"^\s*(?:\d|[½¼¾⅓⅔⅛])")
# " | Site", " - Site" …; and a dash between CJK text and a site name needs no spaces.
_SEPARATORS = regex.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+|(?<=[\p{Han}\p{Hiragana}\p{Katakana}！？。])[-–—_]")


def story_weights(
    texts: Sequence[str],
    verdicts: Sequence[Verdict],
    shapes: Sequence[Shape],
    base: Sequence[float],
    items: Collection[int],
) -> list[float]:
    """How much each block speaks for the run it stands in, from its ``base_weights``.

    A gap of blocks that speak against the story costs more the longer it
    runs: one ad line inside a story is an interruption, ten lines are the end.
    A line the page repeats (menus, teaser boxes shown twice) is no story prose;
    but a long paragraph shown twice is the story shown twice (a print or app
    copy below it), and its first copy counts. The items of a list
    (``list_items``) weigh nothing.
    """
    keys = [word_key(t) for t in texts]
    counts = Counter(keys)
    weights = []
    gap = 0
    seen: set[str] = set()  # the word keys of the blocks so far, not removed
    for i, (key, verdict) in enumerate(zip(keys, verdicts, strict=True)):
        weight = LIST_ITEM_WEIGHT if i in items else base[i]
        if verdict.label is Label.BOILERPLATE:
            # Removed anyway: a pause, not a gap that grows; but a removed section
            # marker among other furniture (tags, share rows, "Comments") ends the story.
            weights.append(WALL_WEIGHT if _wall(i, verdicts, base) else weight)
            continue
        if weight > 0 and counts[key] > 1 and (shapes[i].words < COPY_WORDS or key in seen):
            weight = min(weight, REPEAT_WEIGHT)
        seen.add(key)
        gap = gap + 1 if weight <= 0 else 0
        weights.append(weight * (1 + GAP_GROWTH * (gap - 1)) if weight < 0 else weight)
    return weights


def base_weights(verdicts: Sequence[Verdict], shapes: Sequence[Shape], threshold: float) -> list[float]:
    """Each block's weight by its own verdict and shape, a thread's date lines lowered."""
    base = [_weight(v, s, threshold) for v, s in zip(verdicts, shapes, strict=True)]
    for i in _thread_dates(shapes, base):
        base[i] = min(base[i], THREAD_DATE_WEIGHT)
    return base


def list_items(
    texts: Sequence[str], verdicts: Sequence[Verdict], shapes: Sequence[Shape], base: Sequence[float]
) -> frozenset[int]:
    """The items of the lists in a page's text, which weigh nothing.

    A list that a line ending in ":" announced, when that line is prose or
    follows a block of positive weight: its short lines until a block of
    positive weight or one a rule removed. And a counted list: COUNTED_ITEMS
    or more short lines in a row that each open with a number ("250 g flour",
    "2 eggs", "1. Jane Doe (GBR) 35.58,7"), none removed, link-like or a date
    line, as ingredients, specifications and results are printed.
    """
    return _announced_items(texts, verdicts, shapes, base) | _counted_items(texts, verdicts, shapes, base)


def _announced_items(
    texts: Sequence[str], verdicts: Sequence[Verdict], shapes: Sequence[Shape], base: Sequence[float]
) -> frozenset[int]:
    """The short lines after a line ending in ":" (see ``list_items``)."""
    items = set()
    listing = False
    for i, (text, verdict) in enumerate(zip(texts, verdicts, strict=True)):
        if verdict.label is Label.BOILERPLATE or base[i] > 0:
            listing = False
        elif listing and not shapes[i].date_like:
            items.add(i)
        if verdict.label is not Label.BOILERPLATE and text.rstrip().endswith(":"):
            listing = base[i] > 0 or (i > 0 and base[i - 1] > 0)
    return frozenset(items)


def _counted_items(
    texts: Sequence[str], verdicts: Sequence[Verdict], shapes: Sequence[Shape], base: Sequence[float]
) -> frozenset[int]:
    """The lines of runs of COUNTED_ITEMS or more short lines that open with a number (see ``list_items``)."""
    items: set[int] = set()
    counted = [  # the cheapest tests first; few lines pass them
        i
        for i, (text, verdict, shape) in enumerate(zip(texts, verdicts, shapes, strict=True))
        if shape.words <= COUNTED_WORDS
        and verdict.label is not Label.BOILERPLATE
        and not shape.linky
        and not shape.date_like
        and not shape.prose
        and _COUNTED.match(text) is not None
    ]
    k = 0
    while k < len(counted):  # each run of consecutive lines in ``counted``
        first = counted[k]
        while k + 1 < len(counted) and counted[k + 1] == counted[k] + 1:
            k += 1
        end = counted[k] + 1
        if end - first >= COUNTED_ITEMS:
            items.update(j for j in range(first, end) if base[j] <= 0)
        k += 1
    return frozenset(items)


def _thread_dates(shapes: Sequence[Shape], base: Sequence[float]) -> list[int]:
    """Date lines that head the items of a thread: each is followed by prose and the next one.

    A story has its date line above it; comments, blog posts and teasers with
    summaries have one each, every few blocks.
    """
    chains: list[list[int]] = []
    for i in (i for i, shape in enumerate(shapes) if shape.date_like):
        last = chains[-1][-1] if chains else None
        if last is not None and i - last <= THREAD_REACH and any(w > 0 for w in base[last + 1 : i]):
            chains[-1].append(i)
        else:
            chains.append([i])
    return [i for chain in chains if len(chain) >= THREAD_ITEMS for i in chain]


def _wall(i: int, verdicts: Sequence[Verdict], base: Sequence[float]) -> bool:
    """A removed block of a section-ending kind with other furniture beside it."""
    if verdicts[i].category not in _ENDING:
        return False
    near = [j for j in range(i - WALL_REACH, i + WALL_REACH + 1) if j != i and 0 <= j < len(base)]
    return sum(base[j] <= 0 for j in near) >= WALL_COMPANY


def _weight(verdict: Verdict, shape: Shape, threshold: float) -> float:
    if verdict.label is Label.BOILERPLATE:
        return REMOVED_WEIGHT
    if shape.linky:
        return LINK_WEIGHT
    if verdict.score >= WEAK_EVIDENCE and not shape.prose:
        return SHORT_WEIGHT  # a suspect line never extends the story
    if shape.prose:
        doubt = max(0.0, 1.0 - verdict.score / threshold)
        return min(shape.words / PROSE_WORDS, PROSE_CAP) * doubt
    if shape.sentence and shape.words >= 3 and not shape.date_like and not shape.question:
        return SENTENCE_WEIGHT
    return SHORT_WEIGHT


def find_headlines(texts: Sequence[str], shapes: Sequence[Shape], verdicts: Sequence[Verdict]) -> list[int]:
    """The blocks that repeat the page title (the first line) without the site name."""
    if len(texts) < 3 or not shapes[0].headline or verdicts[0].label is Label.BOILERPLATE:
        return []
    wanted = _title_keys(texts[0])
    return [
        i
        for i in range(1, len(texts))
        if shapes[i].headline and verdicts[i].label is not Label.BOILERPLATE and word_key(texts[i]) in wanted
    ]


def _title_keys(title: str) -> set[str]:
    """The ways a page title may name its headline again, as word keys.

    The whole title; any run of its parts (split at the separators) of
    HEADLINE_WORDS words or more, since the site name may stand at either end
    and a headline may hold a separator itself; and the part with the most
    words, when it has more than any other, however short ("Harbour Reopens Today | Harbour Times").
    """
    parts = _SEPARATORS.split(title)
    runs = (" ".join(parts[a:b]) for a in range(len(parts)) for b in range(a + 1, len(parts) + 1))
    keys = {word_key(run) for run in runs if count_words(run) >= HEADLINE_WORDS} | {word_key(title)}
    sizes = sorted((count_words(p), p) for p in parts)
    if len(sizes) > 1 and sizes[-1][0] > max(1, sizes[-2][0]):
        keys.add(word_key(sizes[-1][1]))
    keys.discard("")
    return keys


def find_story(weights: Sequence[float], headlines: Sequence[int] = ()) -> tuple[int, int] | None:
    """The maximum-sum run ``[start, end)``, or None if no run gains.

    With headlines, the run starts within HEADLINE_WINDOW blocks after one of
    them (the one that heads the best run), unless a run elsewhere gains more
    than FREE_RUN times as much (the story sits further below its headline).
    Ties go to the shorter run, so every proper prefix and suffix of a free
    run adds to it. A headed run may hold a stretch that costs more than the
    prose above it gained (a photo gallery after the lede), and its body alone
    has no headline to anchor it: so that cleaning the body again keeps it
    whole (idempotence), a text that is one story run already is anchored at
    its start (see _one_run).
    """
    headed = [_after(weights, h + 1, h + 1 + HEADLINE_WINDOW) for h in headlines]
    whole = _one_run(weights)
    if whole is not None:
        headed.append(whole)
    headed_gain, headed_span = max(headed, default=(0.0, None), key=lambda gs: gs[0])
    best, best_span = 0.0, None
    running, start = 0.0, 0
    for i, weight in enumerate(weights):
        if running <= 0:
            running, start = 0.0, i
        running += weight
        if running > best:
            best, best_span = running, (start, i + 1)
    if headed_span is not None and best <= FREE_RUN * headed_gain:
        return headed_span
    return best_span


def _one_run(weights: Sequence[float]) -> tuple[float, tuple[int, int]] | None:
    """The whole text and its gain when it is one story run already, else None.

    It is one when the best run from its first block is the whole text and its
    opening (what the first blocks gain before the running sum first falls to
    zero or below) outweighs a short line. A text whose opening one short line
    cancels is cut as before: a line above the headline, and the story below
    it ("Free to read, not free to make." over the title), are not one story.
    """
    gain, span = _after(weights, 0, 1)
    if span != (0, len(weights)):
        return None
    opening = running = 0.0
    for weight in weights:
        running += weight
        if running <= 0:
            break
        opening = max(opening, running)
    return (gain, span) if opening > OPENING_GAIN else None


def _after(weights: Sequence[float], first: int, last: int) -> tuple[float, tuple[int, int] | None]:
    """The best run that starts in ``[first, last)``, and its gain."""
    prefix = [0.0]
    for weight in weights:
        prefix.append(prefix[-1] + weight)
    best, best_span = 0.0, None
    for start in range(first, min(last, len(weights))):
        if weights[start] <= 0:
            continue  # a run starts with a block that adds to it
        for end in range(start + 1, len(weights) + 1):
            gain = prefix[end] - prefix[start]
            if gain > best:
                best, best_span = gain, (start, end)
    return best, best_span


def extend_story(
    span: tuple[int, int],
    weights: Sequence[float],
    shapes: Sequence[Shape],
    verdicts: Sequence[Verdict],
    headlines: Sequence[int] = (),
    items: Collection[int] = (),
) -> tuple[int, int]:
    """The story joined to more of itself across short bridges of labels.

    A story broken by subheadings, step names or table labels is prose in
    pieces; the maximum-sum run takes the one whose gain outweighs the labels
    around it. When the run is separated from a piece of prose on either side
    only by a few short lines (no link-like line, no block a rule removed, no
    repeat of the headline), that piece gains more than PIECE_GAIN on its
    own, and the piece and the run together more than JOINED_GAIN, the run
    takes the bridge and the piece, and looks on from there. The test is the
    same whichever of the two pieces the run is, so that cleaning the body
    again joins them again (idempotence).
    """
    start, end = span
    heads = set(headlines)

    def bridge(i: int) -> bool:
        shape = shapes[i]
        return (
            weights[i] <= 0
            and i not in heads
            and not shape.linky
            and verdicts[i].label is not Label.BOILERPLATE
            and shape.words <= BRIDGE_WORDS
        )

    def far_end(edge: int, step: int) -> int | None:
        """Where the best piece from ``edge`` outwards ends, when it gains enough."""
        running, best, best_at = 0.0, 0.0, None
        i = edge
        while 0 <= i < len(weights) and abs(i - edge) < PIECE_REACH:
            if verdicts[i].label is Label.BOILERPLATE and verdicts[i].category in _ENDING:
                break
            running += weights[i]
            if running > best:
                best, best_at = running, i
            i += step
        joined = best + sum(weights[start:end])
        return best_at if best > PIECE_GAIN and joined > JOINED_GAIN else None

    def across(edge: int, step: int) -> int:
        """The first block from ``edge`` outwards that is no line of a bridge (BRIDGE_BLOCKS at most)."""
        j = edge
        while 0 <= j < len(weights) and abs(j - edge) < BRIDGE_BLOCKS and bridge(j):
            j += step
        return j

    changed = True
    while changed:
        changed = False
        j = across(start - 1, -1)
        if 0 <= j < start - 1 and weights[j] > 0 and (top := far_end(j, -1)) is not None:
            start, changed = top, True
        j = across(end, 1)
        if end < j < len(weights) and weights[j] > 0 and (bottom := far_end(j, 1)) is not None:
            end, changed = bottom + 1, True
    while end < len(weights) and end in items:  # a list that ends the story (see list_items)
        end += 1
    return start, end
