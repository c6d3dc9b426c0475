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
    r"|sapo|entradilla|bajada|vorspann|anriss)(?:$|[-_\s\d])",
    regex.IGNORECASE,
)
_SKIP = ("script", "style", "noscript", "template", "button", "form", "nav", "aside", "footer")
_NOT_LEADS = {"a", "li", "ul", "ol", "figure", "figcaption"}  # links, lists and captions named "teaser"
_LEAD_WORDS = 12  # the least words of a lead; fewer is a kicker or a label
# Where one sentence ends and the next begins: a stop, then a capital, a quote or a digit.
_SENTENCE_BREAK = regex.compile(r"[.!?…][\"'”’»)]*\s+(?=[\p{Lu}\"'“„«(\d])")
_KEY_WORDS = 8  # words of the first paragraph matched to find it in the page


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def find_lead(html: str, texts: Sequence[str]) -> tuple[int, str] | None:
    """Where the page's lead goes among the extracted ``texts``, and its text; None if none.

    The lead stands after the page's <h1> and before the element of the first
    extracted paragraph, has 12 words or more in two sentences or more, and is
    not in the extracted text already. It goes just before that first paragraph.
    """
    first = next((i for i, t in enumerate(texts) if len(t.split()) >= _LEAD_WORDS), None)
    if first is None:
        return None
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    for element in list(tree.iter(*_SKIP)):
        element.text = ""
        element[:] = []
    order = {element: n for n, element in enumerate(tree.iter())}
    h1 = next(tree.iter("h1"), None)
    opening = " ".join(word_key(texts[first]).split()[:_KEY_WORDS])
    start = next((p for p in tree.iter("p") if word_key(_text(p)).startswith(opening)), None)
    if h1 is None or start is None or order[h1] >= order[start]:
        return None
    said = f" {' '.join(word_key(t) for t in texts)} "
    ancestors = set(start.iterancestors())
    for element in tree.iter():
        if not order[h1] < order[element] < order[start] or not isinstance(element.tag, str):
            continue
        if element in ancestors:
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not _LEAD_CLASS.search(names) or element.tag in _NOT_LEADS:
            continue
        text = _text(element)
        shape = shape_of(text)
        paragraph = shape.sentence and _SENTENCE_BREAK.search(text) is not None
        if shape.words >= _LEAD_WORDS and paragraph and f" {word_key(text)} " not in said:
            return first, text
        return None  # the first element named a lead is the lead, or there is none
    return None
