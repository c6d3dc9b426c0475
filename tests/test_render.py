"""render_explain and render_markdown: one line per block, marks, truncation, colour."""

from __future__ import annotations

import pytest

from cleanarticle import Article, Block, Category, Label, Reason, clean
from cleanarticle.render import render_explain, render_markdown


def _article() -> Article:
    support = (Reason("en.donation.support_button"), Reason("en.donation.support_us"))
    blocks = (
        Block("Support us", 0, 10, Label.BOILERPLATE, Category.DONATION, support),
        Block("A headline", 11, 21, Label.TITLE, reasons=(Reason("structure.headline"),)),
        Block("By Jane Doe", 22, 33, Label.BYLINE),
        Block("TBILISI — " + "word " * 40, 34, 250, Label.BODY),
        Block("Tags: x", 251, 258, Label.BOILERPLATE),
    )
    return Article(blocks, title="A headline")


def test_one_line_per_block_with_marks_category_and_rule_ids() -> None:
    lines = render_explain(_article()).splitlines()
    assert lines[0] == "- [donation] Support us   (en.donation.support_button, en.donation.support_us)"
    assert lines[1] == "T A headline   (structure.headline)"
    assert lines[2] == "B By Jane Doe"
    assert lines[3].startswith("+ TBILISI — word")
    assert lines[4] == "- [boilerplate] Tags: x"
    assert len(lines) == 5


def test_long_text_is_cut_to_width_with_an_ellipsis_unless_full() -> None:
    cut = render_explain(_article(), width=30).splitlines()[3]
    assert cut.endswith("…")
    assert len(cut) <= len("+ ") + 30
    full = render_explain(_article(), width=30, full=True).splitlines()[3]
    assert full == "+ TBILISI — " + " ".join(["word"] * 40)


def test_plain_has_no_escapes_and_colour_marks_removed_and_title() -> None:
    assert "\x1b" not in render_explain(_article())
    coloured = render_explain(_article(), color=True).splitlines()
    assert coloured[0].startswith("\x1b[2;31m- [donation]") and coloured[0].endswith("\x1b[0m")
    assert coloured[1].startswith("\x1b[1mT A headline")
    assert coloured[3].startswith("+ TBILISI")


def test_control_characters_in_the_input_cannot_reach_the_terminal() -> None:
    article = Article((Block("evil \x1b[2J text\u202e", 0, 10, Label.BODY),))
    line = render_explain(article)
    assert "\x1b" not in line and "\u202e" not in line
    assert line == "+ evil \ufffd[2J text\ufffd"


def test_empty_article_shows_its_reason() -> None:
    assert render_explain(clean("   ")) == "! no text: the input is empty or white space"
    with pytest.raises(ValueError):
        render_explain(clean("x"), width=0)


def test_seed_explain_names_every_removed_block(seed_text: str) -> None:
    article = clean(seed_text)
    lines = render_explain(article).splitlines()
    assert len(lines) == len(article.blocks)
    assert sum(line.startswith("- ") for line in lines) == len(article.removed)
    assert sum(line.startswith("+ ") for line in lines) == 11


def test_markdown_is_the_title_and_the_paragraphs(seed_text: str) -> None:
    article = clean(seed_text)
    text = render_markdown(article)
    assert text.startswith("# Amnesty International Raps Azerbaijan on Freedoms\n\nTBILISI — ")
    assert text.endswith(article.paragraphs[-1].text)
    assert render_markdown(clean("")) == ""
