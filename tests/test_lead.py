"""The lead paragraph printed above the body container (lead.py)."""

from __future__ import annotations

from cleanarticle import clean
from cleanarticle.lead import find_lead as find_lead_in
from cleanarticle.page import parse_page

STORY = [
    "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über die Mill beschlossen und damit einen "
    "Streit beendet, der die Anwohner beider Ufer seit mehr als zwei Jahren entzweit hatte.",
    "Das Projekt soll 48 Millionen Euro kosten und eine Brücke aus dem Jahr 1931 ersetzen, die bei einer "
    "Prüfung im vergangenen Frühjahr als baufällig eingestuft worden war.",
]
LEAD = "Die Stadt bekommt eine neue Brücke. Der Rat stimmte nach zwei Jahren Streit mit Mehrheit dafür."
DEK = "Die Stadt bekommt nach zwei Jahren Streit endlich eine neue Brücke über den Fluss Mill"


def find_lead(html: str, texts: list[str]) -> tuple[int, str] | None:
    return find_lead_in(parse_page(html), texts)


def page(header: str, body_extra: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><meta charset='utf-8'><title>Neue Brücke beschlossen</title></head><body>"
        f"<header><h1>Neue Brücke beschlossen</h1>{header}</header>"
        f"<article><div class='article-body'>{paragraphs}{body_extra}</div></article></body></html>"
    )


def test_lead_above_the_body_goes_before_the_first_paragraph() -> None:
    article = clean(page(f"<div class='teaser-text'><p>{LEAD}</p></div>"))
    texts = [p.text for p in article.paragraphs]
    assert texts.index(LEAD) == texts.index(STORY[0]) - 1


def test_a_one_sentence_dek_is_not_a_lead() -> None:
    assert find_lead(page(f"<p class='article-lead'>{DEK}.</p>"), STORY) is None


def test_an_element_not_named_a_lead_is_not_taken() -> None:
    assert find_lead(page(f"<p class='meta'>{LEAD}</p>"), STORY) is None


def test_a_lead_already_extracted_is_not_added_again() -> None:
    assert find_lead(page(f"<p class='intro'>{LEAD}</p>"), [LEAD, *STORY]) is None


def test_a_teaser_after_the_story_opens_is_not_a_lead() -> None:
    html = page("", f"<div class='teaser'><p>{LEAD}</p></div>")
    assert find_lead(html, STORY) is None


def test_a_page_without_a_headline_or_a_paragraph_has_no_lead() -> None:
    assert find_lead("<html><body><p class='lead'>" + LEAD + "</p></body></html>", STORY) is None
    assert find_lead(page(f"<p class='lead'>{LEAD}</p>"), ["Kurz."]) is None


def test_a_lead_is_found_under_a_camel_case_name_after_a_kicker() -> None:
    header = f"<div class='articleTeaser'><span class='teaser-kicker'>Verkehr</span><p>{LEAD}</p></div>"
    assert find_lead(page(header), STORY) == (0, f"Verkehr {LEAD}")


def test_the_headline_nearest_above_the_story_counts() -> None:
    html = page(f"<p class='intro'>{LEAD}</p>").replace("<body>", "<body><h1>Menü</h1><p class='lead'>x</p>")
    assert find_lead(html, STORY) == (0, LEAD)
