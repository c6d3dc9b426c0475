"""Which rules can match a block at all: one Aho-Corasick pass over literal triggers.

Most blocks match no rule, and trying every pattern on every line of a page
costs a regex search per rule per line. Each rule's pattern is read once for
the literals its matches must contain ("support", "newsletter"); one
automaton pass over a block finds all of them, and only the rules whose
literals occur are searched. A rule with no such literal (syntax that only
``regex`` knows, character classes only) is always searched.
pyahocorasick does the pass in C, about a microsecond a line, where an
alternation of the same literals in ``regex`` costs a hundred times more.

A rule passes when one of its alternatives (the branches of a pattern
``a|b|c``) has a literal of each of its clauses in the block: every match of
``(?:get|receive) the latest news on your phone`` contains "get" or
"receive", and " the latest news on your phone", and both must be there. The
first test (one set of literals per rule, ``required_literals``, still used
where a dotless or dotted i could hide a literal) let twice as many searches
through on the dev pages, most of them long patterns that fail.
"""

from __future__ import annotations

import unicodedata
import warnings
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

import ahocorasick
import regex

__all__ = ["Prefilter", "literal_filter", "required_literals"]

_FUZZY = regex.compile(r"\{[^{}]*[eisd]\s*(?:<=?|=)")
# A fuzzy constraint, rewritten to '*' for literal_filter: the item it follows may match anything.
_FUZZY_CONSTRAINT = regex.compile(r"\{[^{}]*[eisd]\s*(?:<=?|=)[^{}]*\}")
# Syntax only the regex module knows, rewritten to what the re parser reads without
# changing which literals a match must contain: property classes become \w, scoped
# case flags plain groups.
_REGEX_ONLY = ((regex.compile(r"\\[pP]\{[^}]*\}"), r"\\w"), (regex.compile(r"\(\?-?i:"), "(?:"))
_CLASS_CHARS = 8  # a class of at most this many plain characters ('[$€£]') is a clause of them
# A clause besides an alternative's first needs literals this long: short ones cost more than they filter.
_CLAUSE_CHARS = 3
# regex's case folding takes 'i' for 'İ' and 'I' for 'ı', which str.casefold folds to 'i̇'
# and 'ı': in a block with them a literal may be missed, and such a block takes the first test.
_TURKISH_I = ("ı", "\u0307")
Clause = frozenset[str]
_Set = TypeVar("_Set", set[str], frozenset[str])


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


def _clauses(items: Iterable[tuple[Any, Any]], classes: bool) -> list[set[str]]:
    """Sets of literals such that every match of this sequence contains one literal of each set.

    With ``classes``, a small class of plain characters is such a set too.
    """
    found: list[set[str]] = []
    literal = ""
    for op, av in items:
        if op is _C.LITERAL:
            literal += chr(av)
            continue
        if literal:
            found.append({literal})
            literal = ""
        if op is _C.SUBPATTERN:
            found.extend(_clauses(av[-1], classes))
        elif op is _C.BRANCH:
            branches = [_best(_clauses(b, classes)) for b in av[1]]
            if all(b is not None for b in branches):
                found.append(set().union(*(b for b in branches if b is not None)))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            found.extend(_clauses(av[2], classes))
        elif op is _C.IN and classes and len(av) <= _CLASS_CHARS and all(o is _C.LITERAL for o, _ in av):
            found.append({chr(v) for _, v in av})
    if literal:
        found.append({literal})
    return found


def _best(clauses: Sequence[_Set]) -> _Set | None:
    """The clause whose shortest literal is longest: the one that filters best."""
    return max(clauses, key=lambda s: min(len(x) for x in s)) if clauses else None


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
        literals = _best(_clauses(parsed, classes=False))
    except Exception:  # syntax only the regex module knows: search always
        return None
    if not literals:
        return None
    folded = frozenset(_fold(x) for x in literals)
    if any(not x.strip() for x in folded):
        return None  # a literal of white space alone filters nothing
    return folded


def literal_filter(pattern: str) -> tuple[tuple[Clause, ...], ...] | None:
    """For each alternative of ``pattern``, its clauses of folded literals; None if unknown.

    Every match of the pattern matches one alternative, and contains a literal
    of each of that alternative's clauses; the first clause of each is the one
    that filters best. A fuzzy item (``(?:payment){e<=1}``) adds no clause,
    the exact parts around it do.
    """
    pattern = _FUZZY_CONSTRAINT.sub("*", pattern)
    for syntax, plain in _REGEX_ONLY:
        pattern = syntax.sub(plain, pattern)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            # A FutureWarning is a nested set or a set operation ('[[:alpha:]]', '[a--b]'), which
            # regex reads as one class and re as characters: the literals would be wrong.
            warnings.simplefilter("error", FutureWarning)
            parsed = _PARSE.parse(pattern, 0)
    except Exception:  # syntax only the regex module knows: search always
        return None
    items = list(parsed)
    # The parser moves a prefix common to all alternatives out of them ('\\ba|\\bb' is '\\b'
    # then 'a|b'): a branch with items around it is alternatives still, each with those items.
    at = [k for k, (op, _) in enumerate(items) if op is _C.BRANCH]
    if len(at) == 1:
        k = at[0]
        branches = [items[:k] + list(b) + items[k + 1 :] for b in items[k][1][1]]
    else:
        branches = [items]
    alternatives = []
    for branch in branches:
        clauses = [frozenset(_fold(x) for x in c) for c in _clauses(branch, classes=True)]
        # White space alone filters nothing; a dotless or dotted i may be missed (see _TURKISH_I).
        clauses = [c for c in clauses if all(x.strip() and not any(t in x for t in _TURKISH_I) for x in c)]
        first = _best(clauses)
        if first is None:
            return None
        rest = [c for c in clauses if c != first and min(len(x) for x in c) >= _CLAUSE_CHARS]
        alternatives.append((first, *dict.fromkeys(rest)))
    return tuple(alternatives)


class Prefilter:
    """Maps a folded block text to the indices of the rules worth searching."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self._ids: dict[str, int] = {}  # literal -> its id, what the automaton reports
        self._always: list[int] = []  # rules with no literal_filter
        self._first_always: list[int] = []  # rules with no required_literals
        # literal id -> (rule, the other clauses of an alternative whose first clause holds the literal)
        self._triggers: dict[int, list[tuple[int, tuple[frozenset[int], ...]]]] = {}
        self._firsts: dict[int, list[int]] = {}  # literal id -> rules with it in required_literals
        for i, pattern in enumerate(patterns):
            literals = required_literals(pattern)
            if literals is None:
                self._first_always.append(i)
            else:
                for literal in literals:
                    self._firsts.setdefault(self._id(literal), []).append(i)
            alternatives = literal_filter(pattern)
            if alternatives is None:
                self._always.append(i)
                continue
            for first, *rest in alternatives:
                others = tuple(frozenset(self._id(x) for x in c) for c in rest)
                for literal in first:
                    self._triggers.setdefault(self._id(literal), []).append((i, others))
        self._automaton = ahocorasick.Automaton()
        for literal, literal_id in self._ids.items():
            self._automaton.add_word(literal, literal_id)
        self._empty = not self._ids
        if not self._empty:
            self._automaton.make_automaton()

    def _id(self, literal: str) -> int:
        return self._ids.setdefault(literal, len(self._ids))

    def candidates(self, folded: str) -> list[int]:
        """Rule indices, in catalog order, that may match ``folded`` (NFKC, casefolded)."""
        if self._empty:
            return self._always
        found = {literal_id for _, literal_id in self._automaton.iter(folded)}
        if "ı" in folded or "\u0307" in folded:  # _TURKISH_I: the first test
            hits = set(self._first_always)
            for literal_id in found:
                hits.update(self._firsts.get(literal_id, ()))
            return sorted(hits)
        hits = set(self._always)
        for literal_id in found:
            for i, others in self._triggers.get(literal_id, ()):
                # The rule passes when the alternative's other clauses hold too
                # (plain loops, no generators: this runs for every line).
                if i not in hits:
                    for clause in others:
                        if clause.isdisjoint(found):
                            break
                    else:
                        hits.add(i)
        return sorted(hits)

    @staticmethod
    def fold(text: str) -> str:
        """The form ``candidates`` expects: NFKC and casefolded."""
        return _fold(text)
