"""The shortcuts taken for speed give what the plain code they replace gives, on any string."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from cleanarticle import match, shape

# Lines as pages have them, and the characters that the shortcuts test for.
_TRICKY = "İıIi ß\u00a0\u2003\t\x1c\u0307😉🏻\ufe0f\u200d:-)<3DPp3?。한漢カ\u1100\u10ff©"
lines = st.text() | st.text(alphabet=st.sampled_from(_TRICKY + "ab .,"), max_size=60)


@given(text=lines)
def test_normalise_is_nfkc_with_white_space_folded(text: str) -> None:
    plain = match._SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    assert match.normalise(text) == plain


@given(text=lines)
def test_emoji_end_is_the_emoji_search(text: str) -> None:
    assert shape._emoji_end(text) == (shape._EMOJI_END.search(text[-shape._EMOJI_TAIL :]) is not None)


@given(text=lines)
def test_word_count_counts_cjk_characters(text: str) -> None:
    cjk = len(shape._CJK.findall(text))
    words = shape._WORD.findall(shape._CJK.sub(" ", text) if cjk else text)
    assert shape._words(text) == (words, len(words) + (cjk + shape._CJK_CHARS - 1) // shape._CJK_CHARS)
