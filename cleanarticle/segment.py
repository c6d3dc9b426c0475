"""Plain text to raw blocks with exact offsets: one block per line, or per wrapped paragraph."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .types import BlockKind

__all__ = ["RawBlock", "segment_text"]

# Every line break str.splitlines() knows, so that no character is orphaned.
_BREAK = regex.compile(r"\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Hard-wrapped text (html2text, e-mail, fixed-width dumps) fills its lines to a
# width: a "full" line is one of this many characters, and a text is wrapped
# when most lines that run on into the next one are full.
_FULL = (35, 100)
_WRAPPED_SHARE = 0.7
_SENTENCE_END = regex.compile(r"""[.!?…:;]["'”’»)\]]*$""")


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A block before classification: verbatim text and where it came from."""

    text: str
    start: int
    end: int
    kind: BlockKind = BlockKind.PARAGRAPH
    link_density: float = 0.0  # share of the text inside links (HTML only)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # of the stripped text
    end: int
    runs_on: bool  # the next line is not blank
    ends_sentence: bool = False
    opens_lower: bool = False  # starts with a lowercase letter

    @property
    def full(self) -> bool:
        return _FULL[0] <= self.end - self.start <= _FULL[1]


def _lines(text: str) -> list[_Line]:
    """The non-blank lines of ``text``, stripped, and whether each runs on into the next."""
    spans, position = [], 0
    for match in _BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    lines: list[_Line] = []
    previous_blank = True
    for start, end in spans:
        raw = text[start:end]
        stripped = raw.strip()
        if not stripped:
            previous_blank = True
            continue
        if lines and not previous_blank:
            last = lines[-1]
            lines[-1] = _Line(last.start, last.end, True, last.ends_sentence, last.opens_lower)
        begin = start + len(raw) - len(raw.lstrip())
        ends = _SENTENCE_END.search(stripped) is not None
        lines.append(_Line(begin, begin + len(stripped), False, ends, stripped[0].islower()))
        previous_blank = False
    return lines


def _wrapped(lines: list[_Line]) -> bool:
    """Most lines that run on are full, and none is longer than a wrap width."""
    running = [line for line in lines if line.runs_on]
    if not running or any(line.end - line.start > _FULL[1] for line in running):
        return False
    return sum(line.full for line in running) >= _WRAPPED_SHARE * len(running)


def segment_text(text: str, *, unwrap: bool = True) -> list[RawBlock]:
    """Split ``text`` into blocks: its lines, stripped at their ends, with exact offsets.

    In hard-wrapped text (and with ``unwrap``), a full line that runs on into
    the next, in the middle of a sentence, joins it: a block is then a
    paragraph, its line breaks kept. Cleaning the body again finds the same
    blocks: inside them every line that runs on is such a line, so the text
    still reads as wrapped.
    """
    lines = _lines(text)
    join = unwrap and _wrapped(lines)
    blocks: list[RawBlock] = []
    start = None
    for i, line in enumerate(lines):
        if start is None:
            start = line.start
        # A wrap breaks a sentence: the line goes on, or the next one does not open a new one.
        if join and line.runs_on and line.full and (not line.ends_sentence or lines[i + 1].opens_lower):
            continue
        blocks.append(RawBlock(text[start : line.end], start, line.end))
        start = None
    return blocks
