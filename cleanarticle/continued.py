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

from .page import document_order, opening_element, text_of
from .shape import shape_of, word_key
from .types import BlockKind

__all__ = ["find_continuation"]

_PROSE_WORDS = 12  # the least words of the paragraph taken for the story's last
_UP = 3  # levels above the last paragraph searched for its container (the first with a class)
_LEAST_PROSE = 2  # prose paragraphs a container needs to be more of the story
_KINDS = {"p": BlockKind.PARAGRAPH, "h2": BlockKind.HEADING, "h3": BlockKind.HEADING, "h4": BlockKind.HEADING}


def find_continuation(
    tree: Any, texts: Sequence[str], order: dict[Any, int] | None = None
) -> tuple[int, list[tuple[str, BlockKind]]] | None:
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
    order = order if order is not None else document_order(tree)
    headlines = [order[h] for h in tree.iter("h1", "h2") if text_of(h)]
    said = f" {' '.join(word_key(t) for t in texts)} "
    box_end = max(order[e] for e in box.iter())
    found: list[tuple[str, BlockKind]] = []
    for other in tree.iter(box.tag):
        if order[other] <= box_end or other.get("class") != box.get("class"):
            continue
        if any(box_end < h < order[other] for h in headlines):
            break  # a headline between: another article
        parts = [(text_of(e), _KINDS[e.tag]) for e in other.iter(*_KINDS)]
        parts = [(t, k) for t, k in parts if t]
        prose = [t for t, k in parts if k is BlockKind.PARAGRAPH and shape_of(t).prose]
        if len(prose) < _LEAST_PROSE or f" {word_key(prose[0])} " in said:
            break
        found.extend((t, k) for t, k in parts if f" {word_key(t)} " not in said)
        box_end = max(order[e] for e in other.iter())
    return (last + 1, found) if found else None
