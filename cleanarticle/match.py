"""Rule hits per block: which rules of the catalog fire, where, and how much they weigh."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass

import regex

from .catalog import Catalog, Lexicon, Rule
from .types import Category, Reason

__all__ = ["NO_HITS", "Evidence", "collect_evidence", "normalise"]

_SPACE = regex.compile(r"\s+")
_INVISIBLE = regex.compile("[\u00ad\u200b\u2060\ufeff]")
_WORD = regex.compile(r"\w+(?:['’]\w+)?")
# A quotation: text between straight or typographic quote marks.
_QUOTED = regex.compile(
    r"[\"“”„«»]([^\"“”„«»]{2,})[\"“”„«»]"
    # British single quotes: an opening mark after a space or dash, a closing one
    # before punctuation or the end, so that apostrophes (hospice’s) are not quotes.
    r"|(?:^|(?<=[\s(—–-]))[‘'](\S[^‘’']{1,}?[\w.,!?…])[’'](?=[\s.,;:!?)—–-]|$)"
)
_LONG_WORDS = 40  # beyond this many words a paragraph needs more evidence
QUOTE_DISCOUNT = 0.3  # a phrase inside quotation marks is a source speaking
REPORTED_DISCOUNT = 0.5  # a paragraph with 'said' reports, it does not appeal
_APPEALS = {
    Category.DONATION,
    Category.MEMBERSHIP,
    Category.NEWSLETTER,
    Category.SOCIAL,
    Category.COMMENTS,
    Category.COOKIE,
    Category.ADVERTISEMENT,
}
PUBLISHER_VOICE = 0.3  # 'we' and 'you' together, beside a hit: the publisher addressing its reader


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the rules say about one block: a score, a category and the reasons."""

    score: float
    category: Category | None
    reasons: tuple[Reason, ...]
    words: int  # as the rules count them; 0 for a block no rule hits (only a weak hit's words are weighed)


# A block no rule hits (most of a page): one frozen value shared by all of them.
NO_HITS = Evidence(0.0, None, (), 0)


def normalise(text: str) -> str:
    """NFKC with white space folded to single spaces and without invisible characters: what
    patterns are matched against. A soft hyphen or zero-width space, a hint for breaking the
    line, must not hide a word from the rules ("News\u00adletter")."""
    norm = unicodedata.normalize("NFKC", text)
    # Every white space character but " ", and every invisible one, is unprintable: a
    # printable text with no double space has nothing to fold, and most lines skip both.
    if not norm.isprintable():
        norm = _SPACE.sub(" ", _INVISIBLE.sub("", norm))
    elif "  " in norm:
        norm = _SPACE.sub(" ", norm)
    return norm.strip()


def _hits(rules: list[Rule], text: str) -> list[tuple[Rule, regex.Match[str]]]:
    hits = []
    for rule in rules:
        match = rule.search(text)
        if match is not None:
            hits.append((rule, match))
    return hits


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span(1) if m.group(1) is not None else m.span(2) for m in _QUOTED.finditer(text)]


def _unquoted(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with quotations blanked: what the publisher says in its own voice."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def collect_evidence(text: str, catalog: Catalog) -> Evidence:
    """Score one block: the rule hits, discounted by quotation, reporting and length."""
    norm = normalise(text)
    hits = _hits(catalog.candidates(norm), norm)
    if not hits:
        return NO_HITS  # words are not counted: nothing weighs them without a hit
    tokens = [t.casefold() for t in _WORD.findall(norm)]
    words = len(tokens)
    token_set = set(tokens)
    reporting = _any_word(token_set, catalog.lexicons, "reporting")
    quotes = _quoted_spans(norm)
    per_category: dict[Category, float] = defaultdict(float)
    reasons: list[Reason] = []
    for rule, match in hits:
        weight = rule.weight
        if not rule.whole and any(a <= match.start() and match.end() <= b for a, b in quotes):
            weight *= QUOTE_DISCOUNT
        if reporting and not rule.whole:
            weight *= REPORTED_DISCOUNT
        per_category[rule.category] += weight
        reasons.append(Reason(rule.id, match.start(), match.end(), round(weight, 3)))
    score = sum(per_category.values())
    own = {t.casefold() for t in _WORD.findall(_unquoted(norm, quotes))} if quotes else token_set
    if _any_word(own, catalog.lexicons, "we") and _any_word(own, catalog.lexicons, "you"):
        score += PUBLISHER_VOICE
        reasons.append(Reason("feature.publisher_voice", weight=PUBLISHER_VOICE))
    if words > _LONG_WORDS:
        factor = (_LONG_WORDS / words) ** 0.5
        score *= factor
        reasons.append(Reason("feature.long_paragraph", weight=round(factor, 3)))
    # On a tie, the appeal categories (what the library is for) name the block.
    category = max(per_category.items(), key=lambda kv: (kv[1], kv[0] in _APPEALS))[0]
    return Evidence(round(score, 4), category, tuple(reasons), words)


def _any_word(tokens: set[str], lexicons: tuple[Lexicon, ...], field: str) -> bool:
    return any(not tokens.isdisjoint(getattr(lex, field)) for lex in lexicons)
