"""Properties of clean() on the seed under disturbance, and on any string at all."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from strategies import (
    APPEALS,
    PARTS,
    Transform,
    appeal_runs,
    case_forms,
    gaps,
    join,
    newlines,
    text_forms,
    trailing_spaces,
    typo,
)

from cleanarticle import Config, clean

TEXT = Config(input_format="text")


def _body_of(blocks: list[str], form: Transform = lambda s: s) -> str:
    return "\n\n".join(form(p).strip() for p in blocks)


@given(form=text_forms, newline=newlines, gap=gaps, tail=trailing_spaces)
def test_body_survives_layout_and_unicode_forms(
    form: Transform, newline: str, gap: list[int], tail: str
) -> None:
    blocks = [*PARTS.top, PARTS.title, *PARTS.paragraphs, *PARTS.bottom]
    doc = join([form(b) + tail for b in blocks], gap, newline)
    article = clean(doc)
    assert article.body == _body_of(PARTS.paragraphs, form)
    assert len(article.paragraphs) == 11


@given(case=case_forms, gap=gaps)
def test_body_survives_appeal_case(case: Transform, gap: list[int]) -> None:
    blocks = [*map(case, PARTS.top), PARTS.title, *PARTS.paragraphs, *map(case, PARTS.bottom)]
    assert clean(join(blocks, gap)).body == _body_of(PARTS.paragraphs)


@given(
    top=st.lists(st.sampled_from(APPEALS), max_size=8),
    bottom=st.lists(st.sampled_from(APPEALS), max_size=8),
    with_title=st.booleans(),
)
def test_appeals_moved_swapped_repeated_or_dropped(
    top: list[str], bottom: list[str], with_title: bool
) -> None:
    title = [PARTS.title] if with_title else []
    doc = join([*top, *title, *PARTS.paragraphs, *bottom], [1])
    assert clean(doc).body == _body_of(PARTS.paragraphs)


@given(at=st.integers(min_value=1, max_value=10), appeal=st.sampled_from(APPEALS))
def test_appeal_inserted_between_paragraphs(at: int, appeal: str) -> None:
    paragraphs = PARTS.paragraphs
    doc = join([*PARTS.top, PARTS.title, *paragraphs[:at], appeal, *paragraphs[at:], *PARTS.bottom], [1])
    assert clean(doc).body == _body_of(paragraphs)


@given(data=st.data(), which=st.integers(min_value=0, max_value=len(APPEALS) - 1))
def test_one_character_typo_in_an_appeal_line(data: st.DataObject, which: int) -> None:
    appeals = list(APPEALS)
    appeals[which] = data.draw(typo(appeals[which]))
    top, bottom = appeals[: len(PARTS.top)], appeals[len(PARTS.top) :]
    doc = join([*top, PARTS.title, *PARTS.paragraphs, *bottom], [1])
    assert clean(doc).body == _body_of(PARTS.paragraphs)


@given(top=appeal_runs, bottom=appeal_runs)
def test_body_framed_by_catalog_appeal_runs(top: list[str], bottom: list[str]) -> None:
    doc = join([*top, PARTS.title, *PARTS.paragraphs, *bottom], [1])
    article = clean(doc)
    assert article.body == _body_of(PARTS.paragraphs)
    assert {b.text for b in article.removed} >= set(top) | set(bottom)


@given(text=st.text())
def test_any_string_no_exception_and_every_character_in_one_block(text: str) -> None:
    article = clean(text, config=TEXT)
    covered = [0] * len(text)
    for block in article.blocks:
        assert text[block.start : block.end].strip() == block.text
        for i in range(block.start, block.end):
            covered[i] += 1
    for i, char in enumerate(text):
        assert covered[i] <= 1
        if not char.isspace():
            assert covered[i] == 1, (i, char)


@given(text=st.text())
def test_any_string_is_idempotent_and_deterministic(text: str) -> None:
    article = clean(text)
    assert clean(article.body).body == article.body
    assert clean(text) == article


@given(
    text=st.text(alphabet=st.characters(codec="utf-8"), min_size=1).map(
        lambda s: unicodedata.normalize("NFC", s)
    )
)
def test_any_bytes_of_a_string_decode_without_error(text: str) -> None:
    clean(text.encode("utf-8"))
    clean(text.encode("utf-16"))


@given(width=st.integers(min_value=55, max_value=95))
def test_hard_wrapped_story_is_read_as_paragraphs(width: int) -> None:
    import textwrap

    wrapped = [textwrap.fill(p.replace("\u00a0", " "), width=width) for p in PARTS.paragraphs]
    doc = join([*PARTS.top, PARTS.title, *wrapped, *PARTS.bottom], [1])
    article = clean(doc)
    assert " ".join(article.body.split()) == " ".join(" ".join(wrapped).split())
    assert len(article.paragraphs) < sum(w.count("\n") + 1 for w in wrapped)
    assert clean(article.body).body == article.body
    assert article.title == PARTS.title
