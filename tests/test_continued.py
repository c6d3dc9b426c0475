"""The story continued after an ad, in another container of the same class (continued.py)."""

from __future__ import annotations

from cleanarticle import BlockKind
from cleanarticle.continued import find_continuation
from cleanarticle.page import parse_page

FIRST = [
    "The council voted on Tuesday to build a new bridge over the river, ending a long dispute.",
    "The project will cost 48 million dollars and replace a crossing built in 1931, officials said.",
]
SECOND = [
    "Construction is expected to begin next year and to last about thirty months, the city said.",
    "Residents of both banks welcomed the vote, though some worried about the detours it will bring.",
]
BOX = "<div class='article__body body-container'>{}</div>"
AD = "<div class='ad'><span>Advertisement</span></div>"


def page(between: str = AD, second: list[str] = SECOND) -> str:
    first = BOX.format("".join(f"<p>{p}</p>" for p in FIRST))
    rest = BOX.format("<h2>What comes next</h2>" + "".join(f"<p>{p}</p>" for p in second))
    return f"<html><body><article><h1>Bridge approved</h1>{first}{between}{rest}</article></body></html>"


def test_the_next_container_of_the_same_class_continues_the_story() -> None:
    found = find_continuation(parse_page(page()), FIRST)
    assert found == (
        2,
        [
            ("What comes next", BlockKind.HEADING),
            (SECOND[0], BlockKind.PARAGRAPH),
            (SECOND[1], BlockKind.PARAGRAPH),
        ],
    )


def test_a_headline_between_starts_another_article() -> None:
    assert find_continuation(parse_page(page(between="<h2>Another story</h2>")), FIRST) is None


def test_a_container_already_extracted_or_without_prose_adds_nothing() -> None:
    assert find_continuation(parse_page(page()), [*FIRST, *SECOND]) is None
    assert find_continuation(parse_page(page(second=["Short line."])), FIRST) is None
