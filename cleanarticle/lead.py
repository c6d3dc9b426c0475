"""The lead paragraph that trafilatura leaves in the page's header.

Pages print the story's first paragraph (the lead, lede, intro, teaser,
chapô, Vorspann) between the headline and the body, in an element of its own
that the body container does not hold. It is named in its class for what it
is. A dek (a subheadline of one sentence, display text) is not a lead: a lead
is a paragraph of two sentences or more.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex

from .shape import shape_of, word_key

__all__ = ["find_lead"]

# A class or id word that names the story's first paragraph, in the page
# vocabularies of several languages (lede, chapô, entradilla, Vorspann, perex …).
_LEAD_CLASS = regex.compile(
    r"(?:^|[-_\s])(?:lead|lede|intro|teaser|chapo|chapeau|excerpt|abstract|standfirst|preface|perex"
    r"|sapo|entradilla|bajada|vorspann|anriss|description)(?:$|[-_\s\d])",
    regex.IGNORECASE,
)
_SKIP = ("script", "style", "noscript", "template", "button", "form", "nav", "aside", "footer")
_NOT_LEADS = {"a", "li", "ul", "ol", "figure", "figcaption"}  # links, lists and captions named "teaser"
_LEAD_WORDS = 12  # the least words of a lead; fewer is a kicker or a label
# Where one sentence ends and the next begins: a stop, then a capital, a quote or a digit.
_SENTENCE_BREAK = regex.compile(r"[.!?…][\"'”’»)]*\s+(?=[\p{Lu}\"'“„«(\d])")
_KEY_WORDS = 8  # words of the first paragraph matched to find it in the page
_TEXT_TAGS = ("p", "div", "section", "td", "span")
# Elements a browser sets apart from the text around them.
_BLOCKS = {"p", "div", "section", "article", "header", "li", "br", "td", "blockquote"} | {
    f"h{n}" for n in range(1, 7)
}
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")  # articleTeaser: two words


def _text(element: Any) -> str:
    """The element's text as a browser lays it out: block elements apart, white space folded.

    The tree has no comments left (find_lead strips them, keeping the text after them).
    """
    from lxml import etree

    pieces: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if node.tag in _BLOCKS:
            pieces.append(" ")
        if event == "start":
            pieces.append(node.text or "")
        elif node is not element:
            pieces.append(node.tail or "")
    return " ".join("".join(pieces).split())


def _named_lead(element: Any) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return element.tag not in _NOT_LEADS and _LEAD_CLASS.search(_CAMEL.sub(" ", names)) is not None


def _opening(tree: Any, words: str) -> Any:
    """The innermost element whose text opens with ``words``, or None."""
    found = next((e for e in tree.iter(*_TEXT_TAGS) if word_key(_text(e)).startswith(words)), None)
    while found is not None:
        inner = next((e for e in found if word_key(_text(e)).startswith(words)), None)
        if inner is None:
            return found
        found = inner
    return None


def find_lead(html: str, texts: Sequence[str]) -> tuple[int, str] | None:
    """Where the page's lead goes among the extracted ``texts``, and its text; None if none.

    The lead stands after the last <h1> above the element of the first extracted
    paragraph and before that element, is named a lead, has 12 words or more
    in two sentences or more, and is not in the extracted text already. It goes
    just before that first paragraph. Shorter elements named a lead (a kicker,
    a label) and one-sentence deks are passed over; a lead already extracted
    ends the search.
    """
    first = next((i for i, t in enumerate(texts) if len(t.split()) >= _LEAD_WORDS), None)
    if first is None:
        return None
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    from lxml import etree

    for element in list(tree.iter(*_SKIP)):
        element.text = ""
        element[:] = []
    etree.strip_tags(tree, etree.Comment, etree.ProcessingInstruction)
    start = _opening(tree, " ".join(word_key(texts[first]).split()[:_KEY_WORDS]))
    if start is None:
        return None
    order = {element: n for n, element in enumerate(tree.iter())}
    h1 = max((h for h in tree.iter("h1") if order[h] < order[start]), key=order.__getitem__, default=None)
    if h1 is None:
        return None
    said = f" {' '.join(word_key(t) for t in texts)} "
    ancestors = set(start.iterancestors())
    for element in tree.iter():
        if not order[h1] < order[element] < order[start] or element in ancestors or not _named_lead(element):
            continue
        text = _text(element)
        shape = shape_of(text)
        if shape.words < _LEAD_WORDS:
            continue
        if f" {word_key(text)} " in said:
            return None
        if shape.sentence and _SENTENCE_BREAK.search(text) is not None:
            return first, text
    return None
