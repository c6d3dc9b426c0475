"""Scoring functions of the two benchmark sets and of the metadata.

Body metrics:

- ``shingle_scores``: the article-extraction benchmark's own metric. Tokens are
  ``\\w+`` runs; each text becomes the multiset of its 4-token shingles (a text
  of 1-3 tokens is one shorter shingle). Per document TP/FP/FN are divided by
  TP+FP+FN. Precision is the mean over documents with predicted shingles,
  recall the mean over documents with true shingles (FP = FN = 0 counts 1.0),
  F1 is computed from the two means.
- ``snippet_counts`` / ``snippet_scores``: trafilatura's evaluation. A ``with``
  snippet contained (plain ``in``) in the output is a TP, else a FN; a
  ``without`` snippet contained is a FP, else a TN. Counts are summed over
  pages, then P = TP/(TP+FP), R = TP/(TP+FN), accuracy = (TP+TN)/all,
  F = 2TP/(2TP+FP+FN).

Metadata metric (``metadata_matches`` / ``metadata_scores``): per field, the
share of exact matches over the pages whose ground truth has a non-empty value
for it. Values are folded: casefold, Unicode punctuation (categories P*)
deleted, whitespace collapsed.

- title: folded strings are equal.
- author: expected (a string or a list) and predicted names are split on
  ``,`` ``;`` ``&`` ``|`` `` and `` `` und `` `` et `` `` y ``; the sets of
  non-empty folded names are equal.
- date: the expected date equals the prediction's ISO date (of a
  ``date``/``datetime`` or a string starting with ``YYYY-MM-DD``); both go
  through ``iso_date``, which zero-pads and swaps an impossible year-day-month
  (two ground-truth dates are written ``2022-25-10``).

Pages whose expected value is empty ("" or []) are left out of the score (as
in trafilatura's own metadata figures: counting them as "match iff nothing
found" drops its date score from 0.86 to 0.74); they are reported apart as
``empty_n`` and ``empty_ok``, the share where the system found nothing either.
``lenient`` is a second author score where every expected name need only occur
in the folded found string ("View all posts by X" passes); it is the one that
reproduces trafilatura's published author figure (0.61).
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_AUTHOR_SEP = re.compile(r"[,;&|]|\s+(?:and|und|et|y)\s+", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\s*(\d{4})\D(\d{1,2})\D(\d{1,2})")


@dataclass(frozen=True)
class DocScore:
    """Normalised TP/FP/FN of one document and its precision and recall."""

    tp: float
    fp: float
    fn: float
    precision: float | None
    recall: float | None


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of the n-token shingles of a text."""
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def shingle_doc_score(truth: str, prediction: str) -> DocScore:
    """Score one document as the article-extraction benchmark does."""
    true_sh, pred_sh = shingles(truth), shingles(prediction)
    tp = float(sum((true_sh & pred_sh).values()))
    fp = float(sum((pred_sh - true_sh).values()))
    fn = float(sum((true_sh - pred_sh).values()))
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    precision = recall = None
    if tp + fp > 0:
        precision = 1.0 if fp == fn == 0 else tp / (tp + fp)
    if tp + fn > 0:
        recall = 1.0 if fp == fn == 0 else tp / (tp + fn)
    return DocScore(tp, fp, fn, precision, recall)


def shingle_scores(docs: Iterable[DocScore]) -> dict[str, float]:
    """Mean precision and recall over documents, and F1 from the two means."""
    docs = list(docs)
    ps = [d.precision for d in docs if d.precision is not None]
    rs = [d.recall for d in docs if d.recall is not None]
    p = statistics.fmean(ps) if ps else 0.0
    r = statistics.fmean(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"f1": f1, "precision": p, "recall": r}


@dataclass(frozen=True)
class SnippetResult:
    """Snippet outcome of one page."""

    tp: int
    fn: int
    fp: int
    tn: int
    missed_with: tuple[str, ...]
    found_without: tuple[str, ...]


def snippet_counts(output: str, with_: Sequence[str], without: Sequence[str]) -> SnippetResult:
    """Count the snippets of one page found or missed in the output."""
    missed = tuple(s for s in with_ if s not in output)
    found = tuple(s for s in without if s in output)
    return SnippetResult(
        tp=len(with_) - len(missed),
        fn=len(missed),
        fp=len(found),
        tn=len(without) - len(found),
        missed_with=missed,
        found_without=found,
    )


def snippet_scores(pages: Iterable[SnippetResult]) -> dict[str, float]:
    """Precision, recall, accuracy and F from counts summed over pages."""
    tp = fn = fp = tn = 0
    for page in pages:
        tp, fn, fp, tn = tp + page.tp, fn + page.fn, fp + page.fp, tn + page.tn
    total = tp + fn + fp + tn
    return {
        "f": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "accuracy": (tp + tn) / total if total else 0.0,
        "tp": tp,
        "fn": fn,
        "fp": fp,
        "tn": tn,
    }


def fold(text: str) -> str:
    """Casefold, delete punctuation and collapse whitespace."""
    kept = "".join(c for c in text.casefold() if not unicodedata.category(c).startswith("P"))
    return _SPACE.sub(" ", kept).strip()


def author_set(authors: str | Sequence[str] | None) -> frozenset[str]:
    """Folded author names, whatever separators joined them."""
    if authors is None:
        return frozenset()
    parts = [authors] if isinstance(authors, str) else list(authors)
    names = (fold(n) for p in parts for n in _AUTHOR_SEP.split(p))
    return frozenset(n for n in names if n)


def iso_date(value: str | dt.date | None) -> str:
    """``YYYY-MM-DD`` of a date, datetime or date-like string; "" if none.

    A string written year-day-month (month > 12, day <= 12) is swapped back.
    """
    if isinstance(value, dt.date):  # datetime is a date too
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    match = _ISO_DATE.match(value or "")
    if not match:
        return ""
    year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
    if month > 12 >= day:
        month, day = day, month
    return f"{year}-{month:02d}-{day:02d}"


@dataclass(frozen=True)
class Metadata:
    """A system's metadata of one page; empty values mean "none found"."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str = ""


@dataclass(frozen=True)
class FieldMatch:
    """Outcome of one metadata field of one page."""

    expected_empty: bool
    found_empty: bool
    match: bool
    lenient: bool  # author: every expected name occurs in the found string


def _field(expected_key: str, found: str, *, lenient: bool | None = None) -> FieldMatch:
    match = expected_key == found
    return FieldMatch(not expected_key, not found, match, match if lenient is None else lenient)


def _joined(names: frozenset[str]) -> str:
    return "; ".join(sorted(names))


def metadata_matches(expected: Mapping[str, object], found: Metadata) -> dict[str, FieldMatch]:
    """Outcome per field present in the ground truth (title, author, date)."""
    result: dict[str, FieldMatch] = {}
    if isinstance(title := expected.get("title"), str):
        result["title"] = _field(fold(title), fold(found.title or ""))
    if isinstance(author := expected.get("author"), str | list):
        want, got = author_set(author), author_set(found.authors)
        joined = fold(" ".join(found.authors))
        contained = bool(want) and all(name in joined for name in want)
        result["author"] = _field(_joined(want), _joined(got), lenient=contained)
    if isinstance(date := expected.get("date"), str):
        result["date"] = _field(iso_date(date), iso_date(found.date))
    return result


def metadata_scores(
    pages: Iterable[Mapping[str, FieldMatch]],
) -> dict[str, dict[str, float]]:
    """Per field: share of matches over pages with a non-empty expected value.

    Also ``n``, ``lenient`` (the lenient share), ``empty_n`` (pages whose
    expected value is empty) and ``empty_ok`` (share of those where nothing
    was found either).
    """
    by_field: dict[str, list[FieldMatch]] = {"title": [], "author": [], "date": []}
    for page in pages:
        for name, outcome in page.items():
            by_field[name].append(outcome)

    def share(flags: list[bool]) -> float:
        return sum(flags) / len(flags) if flags else 0.0

    scores: dict[str, dict[str, float]] = {}
    for name, outcomes in by_field.items():
        full = [o for o in outcomes if not o.expected_empty]
        empty = [o for o in outcomes if o.expected_empty]
        scores[name] = {
            "score": share([o.match for o in full]),
            "n": len(full),
            "lenient": share([o.lenient for o in full]),
            "empty_n": len(empty),
            "empty_ok": share([o.found_empty for o in empty]),
        }
    return scores
