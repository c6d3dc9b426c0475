"""Plain text to raw blocks: one block per non-blank line, with its offsets."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .types import BlockKind

__all__ = ["RawBlock", "segment_text"]

# Every line break str.splitlines() knows, so that no character is orphaned.
_LINE = regex.compile(r"[^\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A block before classification: verbatim text and where it came from."""

    text: str
    start: int
    end: int
    kind: BlockKind = BlockKind.PARAGRAPH
    link_density: float = 0.0  # share of the text inside links (HTML only)


def segment_text(text: str) -> list[RawBlock]:
    """Split ``text`` into lines; strip each at its ends and keep exact offsets."""
    blocks: list[RawBlock] = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        blocks.append(RawBlock(stripped, start, start + len(stripped)))
    return blocks
