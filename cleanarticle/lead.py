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

from .page import already_said, opening_element, text_of
from .shape import shape_of

__all__ = ["find_lead"]

# A class or id word that names the story's first paragraph, in the page
# vocabularies of several languages (lede, chapô, entradilla, Vorspann, perex …).
_LEAD_CLASS = regex.compile(
    r"(?:^|[-_\s])(?:lead|lede|intro|teaser|chapo|chapeau|excerpt|abstract|standfirst|preface|perex"
    r"|sapo|entradilla|bajada|vorspann|anriss|description)(?:$|[-_\s\d])",
    regex.IGNORECASE,
)
_NOT_LEADS = {"a", "li", "ul", "ol", "figure", "figcaption"}  # links, lists and captions named "teaser"
_LEAD_WORDS = 12  # the least words of a lead; fewer is a kicker or a label
# Where one sentence ends and the next begins: a stop, then a capital, a quote or a digit.
_SENTENCE_BREAK = regex.compile(r"[.!?…][\"'”’»)]*\s+(?=[\p{Lu}\"'“„«(\d])")
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")  # articleTeaser: two words


def _named_lead(element: Any) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return element.tag not in _NOT_LEADS and _LEAD_CLASS.search(_CAMEL.sub(" ", names)) is not None


def find_lead(tree: Any, texts: Sequence[str]) -> tuple[int, str] | None:
    """Where the page's lead goes among the extracted ``texts``, and its text; None if none.

    The lead stands after the last <h1> above the element of the first extracted
    paragraph and before that element, is named a lead, has 12 words or more
    in two sentences or more, and is not in the extracted text already. It goes
    just before that first paragraph. Shorter elements named a lead (a kicker,
    a label) and one-sentence deks are passed over; a lead already extracted
    ends the search.
    """
    first = next((i for i, t in enumerate(texts) if len(t.split()) >= _LEAD_WORDS), None)
    if first is None or next(tree.iter("h1"), None) is None:
        return None
    start = opening_element(tree, texts[first])
    if start is None:
        return None
    h1: Any = None  # the last <h1> above the paragraph, and the elements after it
    between: list[Any] = []
    for element in tree.iter():
        if element is start:
            break
        if element.tag == "h1":
            h1, between = element, []
        elif h1 is not None:
            between.append(element)
    if h1 is None:
        return None
    said = already_said(texts)
    ancestors = set(start.iterancestors())
    for element in between:
        if element in ancestors or not _named_lead(element):
            continue
        text = text_of(element)
        shape = shape_of(text)
        if shape.words < _LEAD_WORDS:
            continue
        if said(text):
            return None
        if shape.sentence and _SENTENCE_BREAK.search(text) is not None:
            return first, text
    return None
