"""The case files: appeals are removed wherever they stand; negatives stay in the body."""

from __future__ import annotations

import pytest
from casefiles import Case, appeal_params, params, story

from cleanarticle import Label, clean


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


@pytest.mark.parametrize(("case", "position"), appeal_params())
def test_appeal_is_removed(case: Case, position: str) -> None:
    title, paragraphs = story(case.language)
    body = "\n\n".join(paragraphs)
    if position == "after":
        doc = f"{title}\n\n{body}\n\n{case.text}\n"
    else:
        doc = f"{case.text}\n\n{title}\n\n{body}\n"
    article = clean(doc, config=None)
    assert article.body == body
    assert article.title == title
    appeal_lines = set(_lines(case.text))
    # A block is a line, or lines joined as one wrapped paragraph.
    removed = [b for b in article.blocks if set(_lines(b.text)) <= appeal_lines]
    assert {ln for b in removed for ln in _lines(b.text)} == appeal_lines
    assert all(b.label is Label.BOILERPLATE for b in removed)
    assert case.category in {b.category.value for b in removed if b.category}


@pytest.mark.parametrize("case", params("negative"))
def test_negative_stays_inside_story(case: Case) -> None:
    title, paragraphs = story(case.language)
    body = [*paragraphs[:2], *_lines(case.text), *paragraphs[2:]]
    article = clean(f"{title}\n\n" + "\n\n".join(body))
    assert article.body == "\n\n".join(body)


@pytest.mark.parametrize("case", params("negative"))
def test_negative_stays_alone(case: Case) -> None:
    text = "\n\n".join(_lines(case.text))
    assert clean(text).body == text
