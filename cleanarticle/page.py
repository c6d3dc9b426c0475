"""The page's own tree, for what trafilatura's main content leaves out (lead.py, continued.py).

html.py parses the page once and trafilatura extracts from a copy; after the
metadata is read, ``prepare_page`` empties the original tree of scripts,
styles, forms and comments, and the elements of the extracted paragraphs are
found in it by their opening words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .shape import word_key

__all__ = ["KEY_WORDS", "already_said", "opening_element", "parse_page", "prepare_page", "text_of"]

_SKIP = ("script", "style", "noscript", "template", "button", "form", "nav", "aside", "footer")
_TEXT_TAGS = ("p", "div", "section", "td", "span")
# Elements a browser sets apart from the text around them.
_BLOCKS = {"p", "div", "section", "article", "header", "li", "br", "td", "blockquote"} | {
    f"h{n}" for n in range(1, 7)
}
KEY_WORDS = 8  # the words of an extracted paragraph that find its element in the page
_XPATH_WORDS = 2
_STARTS_WITH = "//*[starts-with(normalize-space(.), $start)]"


def parse_page(html: str) -> Any:
    """The page's tree without invisible and interactive parts; None if it does not parse."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    return None if tree is None else prepare_page(tree)


def prepare_page(tree: Any) -> Any:
    """``tree``, changed in place: invisible and interactive parts emptied, comments gone."""
    from lxml import etree

    for element in list(tree.iter(*_SKIP)):
        element.text = ""
        element[:] = []
    etree.strip_tags(tree, etree.Comment, etree.ProcessingInstruction)
    return tree


def already_said(texts: Sequence[str]) -> Callable[[str], bool]:
    """Whether a text's words stand, whole and in order, in the extracted ``texts`` run together."""
    said = f" {' '.join(word_key(t) for t in texts)} "
    return lambda text: f" {word_key(text)} " in said


def text_of(element: Any) -> str:
    """The element's text as a browser lays it out: block elements apart, white space folded."""
    return " ".join("".join(_pieces(element)).split())


def _pieces(element: Any) -> Iterator[str]:
    from lxml import etree

    for event, node in etree.iterwalk(element, events=("start", "end")):
        if node.tag in _BLOCKS:
            yield " "
        if event == "start":
            yield node.text or ""
        elif node is not element:
            yield node.tail or ""


def _opens_with(element: Any, words: str) -> bool:
    """Whether the word key of the element's text starts with ``words``.

    Reads the text only as far as needed: until it holds a word more than
    ``words`` (so that its last word is whole), or to its end.
    """
    needed, text, checked = len(words.split()), "", 2 * len(words)
    for piece in _pieces(element):
        text += piece
        if len(text) >= checked:
            key = word_key(text)
            if len(key.split()) > needed:
                return key.startswith(words)
            checked = 2 * len(text)
    return word_key(text).startswith(words)


def opening_element(tree: Any, text: str) -> Any:
    """The innermost element whose text opens with the first words of ``text``, or None.

    libxml2 picks the elements whose text starts with the first two words as
    they stand (fast); their word keys decide.
    """
    words = " ".join(word_key(text).split()[:KEY_WORDS])
    start = " ".join(text.split()[:_XPATH_WORDS])
    if not words or not start:
        return None
    found = next(
        (e for e in tree.xpath(_STARTS_WITH, start=start) if e.tag in _TEXT_TAGS and _opens_with(e, words)),
        None,
    )
    while found is not None:
        inner = next((e for e in found if _opens_with(e, words)), None)
        if inner is None:
            return found
        found = inner
    return None
