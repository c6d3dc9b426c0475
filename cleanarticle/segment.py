"""Plain text to raw blocks with exact offsets: one block per line, or per wrapped paragraph."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .types import BlockKind

__all__ = ["RawBlock", "segment_text"]

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


def _lines(text: str) -> tuple[list[int], list[int], list[bool]]:
    """Where the non-blank lines of ``text`` start and end, stripped, and whether each runs on."""
    starts: list[int] = []
    ends: list[int] = []
    runs_on: list[bool] = []
    position = 0
    previous_blank = True
    # str.splitlines() breaks at every line break (\r\n, \r, \n, \x0b, \x0c, \x1c-\x1e, \x85,
    # \u2028, \u2029), so that no character is orphaned; the pieces keep their breaks so
    # that offsets add up, and strip() removes a break with the white space around it.
    for piece in text.splitlines(keepends=True):
        stripped = piece.strip()
        if stripped:
            if runs_on and not previous_blank:
                runs_on[-1] = True
            begin = position + len(piece) - len(piece.lstrip())
            starts.append(begin)
            ends.append(begin + len(stripped))
            runs_on.append(False)
        previous_blank = not stripped
        position += len(piece)
    return starts, ends, runs_on


def _full(length: int) -> bool:
    """A line of this length fills a wrap width."""
    return _FULL[0] <= length <= _FULL[1]


def _wrapped(starts: list[int], ends: list[int], runs_on: list[bool]) -> bool:
    """Most lines that run on are full, and none is longer than a wrap width."""
    running = [end - start for start, end, on in zip(starts, ends, runs_on, strict=True) if on]
    if not running or max(running) > _FULL[1]:
        return False
    return sum(map(_full, running)) >= _WRAPPED_SHARE * len(running)


def segment_text(text: str, *, unwrap: bool = True) -> list[RawBlock]:
    """Split ``text`` into blocks: its lines, stripped at their ends, with exact offsets.

    In hard-wrapped text (and with ``unwrap``), a full line that runs on into
    the next, in the middle of a sentence, joins it: a block is then a
    paragraph, its line breaks kept. Cleaning the body again finds the same
    blocks: inside them every line that runs on is such a line, so the text
    still reads as wrapped.
    """
    starts, ends, runs_on = _lines(text)
    if not (unwrap and _wrapped(starts, ends, runs_on)):
        return [RawBlock(text[start:end], start, end) for start, end in zip(starts, ends, strict=True)]
    blocks: list[RawBlock] = []
    first = None
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if first is None:
            first = start
        # A wrap breaks a sentence: the line goes on, or the next one does not open a new one.
        if (
            runs_on[i]
            and _full(end - start)
            and (_SENTENCE_END.search(text[start:end]) is None or text[starts[i + 1]].islower())
        ):
            continue
        blocks.append(RawBlock(text[first:end], first, end))
        first = None
    return blocks
