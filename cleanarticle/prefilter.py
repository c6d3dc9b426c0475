"""Which rules can match a block at all: one Aho-Corasick pass over literal triggers.

Most blocks match no rule, and trying every pattern on every line of a page
costs a regex search per rule per line. Each rule's pattern is read once for
the literals that every match must contain ("support", "newsletter"); one
automaton pass over a block finds all of them, and only the rules whose
literal occurs are searched. A rule with no such literal (fuzzy groups,
syntax that only ``regex`` knows, character classes only) is always searched.
pyahocorasick does the pass in C, about a microsecond a line, where an
alternation of the same literals in ``regex`` costs a hundred times more.
"""

from __future__ import annotations

import unicodedata
import warnings
from collections.abc import Iterable, Sequence
from typing import Any

import ahocorasick
import regex

__all__ = ["Prefilter", "required_literals"]

_FUZZY = regex.compile(r"\{[^{}]*[eisd]\s*(?:<=?|=)")
# Syntax only the regex module knows, rewritten to what the re parser reads without
# changing which literals a match must contain: property classes become \w, scoped
# case flags plain groups.
_REGEX_ONLY = ((regex.compile(r"\\[pP]\{[^}]*\}"), r"\\w"), (regex.compile(r"\(\?-?i:"), "(?:"))


def _parser() -> tuple[Any, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            from re import _constants, _parser  # type: ignore[attr-defined]
        except ImportError:  # pragma: no cover - older layouts
            import sre_constants as _constants
            import sre_parse as _parser
    return _parser, _constants


_PARSE, _C = _parser()


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _sequence(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """Literals one of which every match of this sequence contains, or None."""
    found: list[set[str]] = []
    literal = ""
    for op, av in items:
        if op is _C.LITERAL:
            literal += chr(av)
            continue
        if literal:
            found.append({literal})
            literal = ""
        inner: set[str] | None = None
        if op is _C.SUBPATTERN:
            inner = _sequence(av[-1])
        elif op is _C.BRANCH:
            branches = [_sequence(b) for b in av[1]]
            if all(b is not None for b in branches):
                inner = set().union(*(b for b in branches if b is not None))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            inner = _sequence(av[2])
        if inner:
            found.append(inner)
    if literal:
        found.append({literal})
    if not found:
        return None
    # Any element of the sequence will do; the one whose shortest literal is longest filters best.
    return max(found, key=lambda s: min(len(x) for x in s))


def required_literals(pattern: str) -> frozenset[str] | None:
    """Folded literals one of which every match of ``pattern`` contains; None if unknown."""
    if _FUZZY.search(pattern):
        return None
    for syntax, plain in _REGEX_ONLY:
        pattern = syntax.sub(plain, pattern)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = _PARSE.parse(pattern, 0)
        literals = _sequence(parsed)
    except Exception:  # syntax only the regex module knows: search always
        return None
    if not literals:
        return None
    folded = frozenset(_fold(x) for x in literals)
    if any(not x.strip() for x in folded):
        return None  # a literal of white space alone filters nothing
    return folded


class Prefilter:
    """Maps a folded block text to the indices of the rules worth searching."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self._always: list[int] = []
        by_literal: dict[str, list[int]] = {}
        for i, pattern in enumerate(patterns):
            literals = required_literals(pattern)
            if literals is None:
                self._always.append(i)
                continue
            for literal in literals:
                by_literal.setdefault(literal, []).append(i)
        self._automaton = ahocorasick.Automaton()
        for literal, rules in by_literal.items():
            self._automaton.add_word(literal, tuple(rules))
        self._empty = not by_literal
        if not self._empty:
            self._automaton.make_automaton()

    def candidates(self, folded: str) -> list[int]:
        """Rule indices, in catalog order, that may match ``folded`` (NFKC, casefolded)."""
        if self._empty:
            return self._always
        hits = set(self._always)
        for _, rules in self._automaton.iter(folded):
            hits.update(rules)
        return sorted(hits)

    @staticmethod
    def fold(text: str) -> str:
        """The form ``candidates`` expects: NFKC and casefolded."""
        return _fold(text)
