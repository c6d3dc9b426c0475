"""The shortcuts taken for speed give what the plain code they replace gives, on any string."""

from __future__ import annotations

import unicodedata

import regex
from hypothesis import given
from hypothesis import strategies as st

from cleanarticle import match, segment, shape

# Lines as pages have them, and the characters that the shortcuts test for.
_TRICKY = (
    "İıIi ß\u00a0\u2003\t\x1c\u0307😉🏻\ufe0f\u200d:-)<3DPp3?。한漢カ\u1100\u10ff©"
    "\u00ad\u200b\u2060\ufeff"  # soft hyphen and zero-width characters, dropped before matching
)
lines = st.text() | st.text(alphabet=st.sampled_from(_TRICKY + "ab .,"), max_size=60)


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
