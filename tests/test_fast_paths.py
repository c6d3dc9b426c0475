"""The shortcuts taken for speed give what the plain code they replace gives, on any string."""

from __future__ import annotations

import unicodedata
from typing import Any

import regex
from hypothesis import given
from hypothesis import strategies as st

from cleanarticle import catalog, classify, match, segment, shape, story
from cleanarticle.types import Category, Label, Reason

# Lines as pages have them, and the characters that the shortcuts test for.
_TRICKY = (
    "İıIi ß\u00a0\u2003\t\x1c\u0307😉🏻\ufe0f\u200d:-)<3DPp3?。한漢カ\u1100\u10ff©"
    "\u00ad\u200b\u2060\ufeff"  # soft hyphen and zero-width characters, dropped before matching
)
lines = (
    st.text()
    | st.text(alphabet=st.sampled_from(_TRICKY + "ab .,"), max_size=60)
    | st.text(alphabet=st.characters(max_codepoint=127))  # ASCII, which shape.py reads with re
    | st.text(alphabet=st.sampled_from("aB1_'’.- \t:é"), max_size=40)
)


@given(text=lines)
def test_normalise_is_nfkc_with_white_space_folded_and_invisibles_dropped(text: str) -> None:
    plain = match._SPACE.sub(" ", match._INVISIBLE.sub("", unicodedata.normalize("NFKC", text))).strip()
    assert match.normalise(text) == plain


@given(text=lines)
def test_emoji_end_is_the_emoji_search(text: str) -> None:
    assert shape._emoji_end(text) == (shape._EMOJI_END.search(text[-shape._EMOJI_TAIL :]) is not None)


@given(text=lines)
def test_word_count_counts_cjk_characters(text: str) -> None:
    cjk = len(shape._CJK.findall(text))
    words = shape._WORD.findall(shape._CJK.sub(" ", text) if cjk else text)
    assert shape.count_words(text) == len(words) + (cjk + shape._CJK_CHARS - 1) // shape._CJK_CHARS


@given(text=lines)
def test_word_key_is_the_casefolded_words(text: str) -> None:
    assert shape.word_key(text) == " ".join(shape._KEY_WORD.findall(text.casefold()))


# The one pattern shape.py searched for a month, a numeric date or a time, before it was split in two.
_MONTH = regex.compile(f"{shape._MONTH_NAME.pattern}|{shape._NUMERIC_DATE.pattern}", regex.IGNORECASE)
dates = lines | st.text(alphabet=st.sampled_from("0123456789./-: MarchmaiМАЙ"), max_size=20)


@given(text=dates)
def test_date_line_tests_for_a_month_as_the_one_pattern_did(text: str) -> None:
    found = shape._NUMERIC_DATE.search(text) is not None or shape._MONTH_NAME.search(text) is not None
    assert found == (_MONTH.search(text) is not None)


# The break pattern segment.py used before str.splitlines(), and the loop around it.
_BREAK = regex.compile(r"\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
page_text = st.text() | st.text(alphabet=st.sampled_from("ab. :A \t\u00a0" + _BREAKS))


@given(text=page_text)
def test_lines_are_the_stripped_spans_between_breaks(text: str) -> None:
    spans, position = [], 0
    for found in _BREAK.finditer(text):
        spans.append((position, found.start()))
        position = found.end()
    spans.append((position, len(text)))
    starts: list[int] = []
    ends: list[int] = []
    runs_on: list[bool] = []
    previous_blank = True
    for start, end in spans:
        raw = text[start:end]
        if not raw.strip():
            previous_blank = True
            continue
        if runs_on and not previous_blank:
            runs_on[-1] = True
        begin = start + len(raw) - len(raw.lstrip())
        starts.append(begin)
        ends.append(begin + len(raw.strip()))
        runs_on.append(False)
        previous_blank = False
    assert segment._lines(text) == (starts, ends, runs_on)


# Pages as the story search sees them: lines with their verdicts (a rule's, or none) and weights.
_LINES = (
    "2 eggs",
    "250 g flour",
    "½ cup milk",
    "You need:",
    "Share",
    "3 March 2024",
    "www.example.com",
    "The harbour reopened on Friday after a week of repairs to the sea wall.",
    "Read more",
    "1 Related:",
)
_VERDICTS = (
    classify.Verdict(Label.BODY, None, (), 0.0),
    classify.Verdict(Label.BODY, None, (Reason("en.x"),), 0.4),
    classify.Verdict(Label.BOILERPLATE, Category.RELATED, (Reason("en.y"),), 1.2),
    classify.Verdict(Label.BOILERPLATE, Category.NAVIGATION, (Reason("story.outside"),), 0.0),
)
pages = st.lists(
    st.tuples(
        st.sampled_from(_LINES), st.sampled_from(_VERDICTS), st.sampled_from((-1.5, -1.0, 0.0, 0.2, 2.0))
    ),
    max_size=40,
)


def _counted_items_before(texts, verdicts, shapes, base):  # type: ignore[no-untyped-def]
    items = set()
    counted = [
        verdict.label is not Label.BOILERPLATE
        and not shape.prose
        and not shape.linky
        and not shape.date_like
        and shape.words <= story.COUNTED_WORDS
        and story._COUNTED.match(text) is not None
        for text, verdict, shape in zip(texts, verdicts, shapes, strict=True)
    ]
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and counted[j]:
            j += 1
        if j - i >= story.COUNTED_ITEMS:
            items.update(k for k in range(i, j) if base[k] <= 0)
        i = max(j, i + 1)
    return frozenset(items)


@given(page=pages)
def test_list_items_finds_the_runs_of_counted_lines_as_the_scan_did(
    page: list[tuple[str, Any, float]],
) -> None:
    texts = [text for text, _, _ in page]
    verdicts = [verdict for _, verdict, _ in page]
    base = [weight for _, _, weight in page]
    shapes = [shape.shape_of(t) for t in texts]
    assert story._counted_items(texts, verdicts, shapes, base) == _counted_items_before(
        texts, verdicts, shapes, base
    )


@given(page=pages, data=st.data())
def test_outside_story_and_related_links_give_the_verdicts_they_gave(
    page: list[tuple[str, Any, float]], data: st.DataObject
) -> None:
    # Before: every block visited, a new verdict for each, the conditions in another order.
    verdicts = [verdict for _, verdict, _ in page]
    shapes = [shape.shape_of(t) for t, _, _ in page]
    evidence = [
        match.NO_HITS if v.score == 0 else match.Evidence(v.score, Category.RELATED, v.reasons, 3)
        for v in verdicts
    ]
    start = data.draw(st.integers(0, len(page)))
    span = (start, data.draw(st.integers(start, len(page))))
    before = list(verdicts)
    for i, (verdict, sh) in enumerate(zip(verdicts, shapes, strict=True)):
        if span[0] <= i < span[1] or verdict.label is Label.BOILERPLATE:
            continue
        category = (
            evidence[i].category or classify._neighbour_category(verdicts, i) or classify._shape_category(sh)
        )
        before[i] = classify.Verdict(
            Label.BOILERPLATE, category, (*verdict.reasons, Reason("story.outside")), verdict.score
        )
    outside = classify.outside_story(verdicts, evidence, shapes, span)
    assert outside == before
    linked = list(before)
    for i in range(1, len(before)):
        cue, sh = before[i - 1], shapes[i]
        if (
            cue.label is Label.BOILERPLATE
            and cue.category in classify.CUE_CATEGORIES
            and Reason("story.outside") not in cue.reasons
            and shapes[i - 1].words <= classify.CUE_WORDS
            and before[i].label is Label.BODY
            and sh.headline
            and not sh.prose
        ):
            reasons = (*before[i].reasons, Reason("context.related_link"))
            linked[i] = classify.Verdict(Label.BOILERPLATE, cue.category, reasons, before[i].score)
    assert classify.related_links(outside, shapes) == linked


def test_a_block_no_rule_hits_gets_the_verdict_it_got() -> None:
    assert classify._initial(match.NO_HITS, 1.0) == classify._NO_HITS_VERDICT
    assert classify.label_blocks([match.NO_HITS], 1.0) == [classify._initial(match.NO_HITS, 1.0)]


# Every shipped rule in one catalog, and block texts made of pieces of their examples.
_RULES = tuple(rule for lang in catalog.available_languages() for rule in catalog.load_language(lang)[0])
_ALL = catalog.Catalog(_RULES)
_PIECES = sorted({text for rule in _RULES for text in (*rule.examples, *rule.counter_examples)})
blocks = st.lists(st.sampled_from(_PIECES) | lines, min_size=1, max_size=3).map(" ".join) | st.builds(
    lambda text, start, stop: text[start:stop],
    st.sampled_from(_PIECES),
    st.integers(0, 30),
    st.integers(-30, 200),
)


@given(text=blocks)
def test_the_prefilter_keeps_every_rule_that_matches(text: str) -> None:
    # Before the prefilter, and before it read the alternatives of a branch the parser
    # had moved a common prefix out of ('\ba|\bb'): every rule searched.
    norm = match.normalise(text)
    everything = [rule.id for rule in _ALL.rules if rule.search(norm) is not None]
    assert [rule.id for rule in _ALL.candidates(norm) if rule.search(norm) is not None] == everything
