"""page.py: finding an extracted paragraph's element in the page's own tree."""

from __future__ import annotations

from lxml import html as lxml_html

from cleanarticle.page import opening_element, text_of

_PAGE = """<html><body><div class="story"><div class="inner">
<p>Hel<b>lo</b> world, the council met on Monday to approve a budget for roads and bridges.</p>
<p>The second paragraph says more.</p></div></div>
<div class="other"><p>Hello world again, but another page part.</p></div></body></html>"""


def test_opening_element_is_the_innermost_match() -> None:
    tree = lxml_html.fromstring(_PAGE)
    found = opening_element(tree, "Hello world, the council met on Monday to approve a budget.")
    assert found is not None and found.tag == "p"
    assert text_of(found).startswith("Hello world, the council")


def test_opening_element_needs_the_first_eight_words() -> None:
    tree = lxml_html.fromstring(_PAGE)
    # Same first two words, different third: no element opens with this text.
    assert opening_element(tree, "Hello world, a council met on Monday to approve a budget.") is None


def test_text_of_keeps_block_elements_apart() -> None:
    tree = lxml_html.fromstring("<div><p>One</p><p>Two</p> tail</div>")
    assert text_of(tree) == "One Two tail"


def test_already_said_needs_whole_words_in_order() -> None:
    from cleanarticle.page import already_said

    said = already_said(["The council met on Monday.", "Roads and bridges."])
    assert said("council met on")
    assert said("MONDAY. Roads")  # across blocks, in any case
    assert not said("counc met")  # a word cut short is not said
    assert not said("bridges and roads")
