"""Text renderings of an Article for people: the explain view and markdown."""

from __future__ import annotations

import regex

from .types import Article, Block, Label

__all__ = ["render_explain", "render_markdown"]

_MARKS = {
    Label.BODY: "+",
    Label.TITLE: "T",
    Label.DATELINE: "D",
    Label.BYLINE: "B",
    Label.BOILERPLATE: "-",
}
_RESET = "\x1b[0m"
_REMOVED = "\x1b[2;31m"  # red and dim
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
# Control characters and bidi overrides would move the cursor, recolour the terminal or
# reorder the line; the input is untrusted, so they are shown as U+FFFD.
_CONTROL = regex.compile(r"[\p{Cc}\u202a-\u202e\u2066-\u2069]")
_SPACE = regex.compile(r"\s+")
_ELLIPSIS = "…"


def _display(text: str, width: int, full: bool) -> str:
    """One line: white space collapsed, control characters made visible, cut to ``width``."""
    line = _CONTROL.sub("\ufffd", _SPACE.sub(" ", text).strip())
    if full or len(line) <= width:
        return line
    return line[: max(width - 1, 0)].rstrip() + _ELLIPSIS


def _line(block: Block, width: int, full: bool, color: bool) -> str:
    text = _display(block.text, width, full)
    if block.label is Label.BOILERPLATE:
        text = f"[{block.category.value if block.category else 'boilerplate'}] {text}"
    head = f"{_MARKS[block.label]} {text}"
    why = f"   ({', '.join(block.rule_ids)})" if block.reasons else ""
    if not color:
        return head + why
    if block.label is Label.BOILERPLATE:
        return f"{_REMOVED}{head}{why}{_RESET}"
    if block.label is Label.TITLE:
        head = f"{_BOLD}{head}{_RESET}"
    return head + (f"{_DIM}{why}{_RESET}" if why else "")


def render_explain(article: Article, *, color: bool = False, width: int = 100, full: bool = False) -> str:
    """Every block on one line, in input order, marked kept or removed, with the ids that decided it.

    Marks: ``+`` body, ``T`` title, ``D`` dateline, ``B`` byline, ``-`` removed
    (with its category in brackets). Block texts longer than ``width``
    characters are cut with an ellipsis unless ``full``. ``color`` adds ANSI
    styles: removed blocks red and dim, the title bold.
    """
    if width < 1:
        raise ValueError(f"width must be positive, not {width}")
    lines = [_line(b, width, full, color) for b in article.blocks]
    if article.reason:
        note = f"! {article.reason}"
        lines.append(f"{_DIM}{note}{_RESET}" if color else note)
    return "\n".join(lines)


def render_markdown(article: Article) -> str:
    """``# title`` (when there is one) and the body paragraphs, separated by blank lines."""
    parts = [f"# {_SPACE.sub(' ', article.title).strip()}"] if article.title else []
    parts.extend(b.text for b in article.paragraphs)
    return "\n\n".join(parts)
