"""The seed comes out exactly: its title, dateline, 11 paragraphs and 12 removed appeal lines."""

from __future__ import annotations

from cleanarticle import Article, Category, Label, clean

TITLE = "Amnesty International Raps Azerbaijan on Freedoms"


def _paragraph_lines(seed: str) -> list[str]:
    lines = [ln.strip() for ln in seed.splitlines() if ln.strip()]
    first = next(i for i, ln in enumerate(lines) if ln.startswith("TBILISI"))
    last = next(i for i, ln in enumerate(lines) if ln.endswith("alternative supplier."))
    return lines[first : last + 1]


def test_title_and_dateline(seed_text: str) -> None:
    article = clean(seed_text)
    assert article.title == TITLE
    assert article.dateline == "TBILISI"
    assert article.paragraphs[0].text.startswith("TBILISI — Azerbaijan must act urgently")


def test_body_is_the_eleven_paragraphs_verbatim(seed_text: str) -> None:
    article = clean(seed_text)
    expected = _paragraph_lines(seed_text)
    assert len(expected) == 11
    assert [b.text for b in article.paragraphs] == expected
    assert article.body == "\n\n".join(expected)
    for block in article.paragraphs:
        assert seed_text[block.start : block.end] == block.text


def test_twelve_appeal_lines_removed_with_category_and_reasons(seed_text: str) -> None:
    article = clean(seed_text)
    removed = article.removed
    assert len(removed) == 12
    assert removed[0].text == "Enjoying ad-free content?"
    assert removed[4].text.startswith("Our journalism is banned in Russia.")
    assert removed[5].text.startswith("… we have a small favor to ask.")
    assert [b.text for b in removed[-4:]] == [
        "paiment methods",
        "Not ready to support today?",
        "Remind me later.",
        "Read more",
    ]
    for block in removed:
        assert block.category is not None
        assert block.reasons, block.text
        assert any(not r.id.startswith("feature.") for r in block.reasons)
    assert {b.category for b in removed} <= {Category.DONATION, Category.ADVERTISEMENT, Category.RELATED}
    assert sum(b.category is Category.DONATION for b in removed) >= 9


def test_misspelt_payment_line_is_caught_by_a_fuzzy_rule(seed_text: str) -> None:
    block = next(b for b in clean(seed_text).removed if b.text == "paiment methods")
    assert "en.donation.payment_methods" in block.rule_ids


def test_every_block_accounted_for(seed_text: str) -> None:
    article = clean(seed_text)
    labels = [b.label for b in article.blocks]
    assert labels.count(Label.BODY) == 11
    assert labels.count(Label.TITLE) == 1
    assert labels.count(Label.BOILERPLATE) == 12
    assert len(article.blocks) == len([ln for ln in seed_text.splitlines() if ln.strip()])


def test_seed_as_bytes_round_trips_through_dict(seed_text: str) -> None:
    article = clean(seed_text.encode("utf-8"))
    assert article.body == clean(seed_text).body
    assert Article.from_dict(article.to_dict()) == article
