"""The story continued after an ad: more containers of the same class, which trafilatura leaves out.

Pages cut the story's body into several containers of one class, with ad
slots or sidebars between them; trafilatura takes the first. A container of
the same tag and class after the one holding the last extracted paragraph,
with no headline between them (which would start another article), holding
two prose paragraphs or more that were not extracted, is more of the story.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import Any

from .page import already_said, opening_element, text_of
from .shape import shape_of
from .types import BlockKind

__all__ = ["find_continuation"]

_PROSE_WORDS = 12  # the least words of the paragraph taken for the story's last
_UP = 3  # levels above the last paragraph searched for its container (the first with a class)
_LEAST_PROSE = 2  # prose paragraphs a container needs to be more of the story
_KINDS = {"p": BlockKind.PARAGRAPH, "h2": BlockKind.HEADING, "h3": BlockKind.HEADING, "h4": BlockKind.HEADING}


def find_continuation(tree: Any, texts: Sequence[str]) -> tuple[int, list[tuple[str, BlockKind]]] | None:
    """Where the rest of the story goes among the extracted ``texts`` (after its last paragraph),
    and its paragraphs and headings; None if the story is whole."""
    last = next((i for i in range(len(texts) - 1, -1, -1) if len(texts[i].split()) >= _PROSE_WORDS), None)
    if last is None:
        return None
    end = opening_element(tree, texts[last])
    box = (
        next((a for a in islice(end.iterancestors(), _UP) if a.get("class")), None)
        if end is not None
        else None
    )
    if box is None:
        return None
    said = already_said(texts)
    found: list[tuple[str, BlockKind]] = []
    box_end, after, headline = _last_descendant(box), False, False
    # One pass in document order: after the box, a container like it, unless a headline came first.
    for other in tree.iter():
        if not after:
            after = other is box_end
            continue
        if other.tag != box.tag or other.get("class") != box.get("class"):
            headline = headline or (other.tag in ("h1", "h2") and bool(text_of(other)))
            continue
        if headline:
            break  # a headline between: another article
        parts = [(text_of(e), _KINDS[e.tag]) for e in other.iter(*_KINDS)]
        parts = [(t, k) for t, k in parts if t]
        prose = [t for t, k in parts if k is BlockKind.PARAGRAPH and shape_of(t).prose]
        if len(prose) < _LEAST_PROSE or said(prose[0]):
            break
        found.extend((t, k) for t, k in parts if not said(t))
        box_end = _last_descendant(other)
        after = other is box_end  # a container with no children: already past its end
    return (last + 1, found) if found else None


def _last_descendant(element: Any) -> Any:
    """The element's last descendant in document order (itself if it has none)."""
    while len(element):
        element = element[-1]
    return element
