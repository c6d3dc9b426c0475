"""Plain-text tables of benchmark results."""

from __future__ import annotations

from collections.abc import Sequence

from .data import ARTICLE_EXTRACTION
from .harness import RunResult

_QUALITY = {
    ARTICLE_EXTRACTION: ("f1", "precision", "recall"),
    "trafilatura-eval": ("f", "precision", "recall", "accuracy"),
}
_FIELDS = ("title", "author", "date")


def _num(value: object, digits: int = 3) -> str:
    return f"{value:.{digits}f}" if isinstance(value, float) else "-"


def format_table(set_name: str, results: Sequence[RunResult]) -> str:
    """A table of one set: quality, speed, metadata scores and errors."""
    keys = _QUALITY.get(set_name, ("f1", "precision", "recall"))
    header = ["system", *keys, "s/page", "meta s/page", *_FIELDS, "author*", "errors"]
    rows = [header]
    for res in results:
        meta = res.metadata or {}
        rows.append(
            [
                res.system,
                *(_num(res.quality.get(k)) for k in keys),
                _num(res.seconds_per_page, 4),
                _num(res.metadata_seconds_per_page, 4),
                *(_num(meta.get(f, {}).get("score")) for f in _FIELDS),
                _num(meta.get("author", {}).get("lenient")),
                str(len(res.errors)),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    pages = results[0].pages if results else 0
    title = f"{set_name} ({pages} pages, dev split)"
    notes = []
    if any(res.metadata for res in results):
        notes.append("author*: lenient, every expected name occurs in the found string")
        notes.append("meta s/page: a separate metadata call (trafilatura's bare_extraction)")
    return "\n".join([title, "-" * len(title), *lines, *notes])
