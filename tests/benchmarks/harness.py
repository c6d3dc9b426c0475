"""Running systems over benchmark pages and scoring them."""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .data import ARTICLE_EXTRACTION, Page, load_set
from .metrics import (
    DocScore,
    Metadata,
    SnippetResult,
    metadata_matches,
    metadata_scores,
    shingle_doc_score,
    shingle_scores,
    snippet_counts,
    snippet_scores,
)
from .systems import Output, System, get_system

JsonDict = dict[str, object]


@dataclass
class RunResult:
    """Scores of one system on one set, with per-document details."""

    set_name: str
    system: str
    pages: int
    quality: dict[str, float]
    seconds_per_page: float
    metadata: dict[str, dict[str, float]] | None = None
    metadata_seconds_per_page: float | None = None
    errors: dict[str, str] = field(default_factory=dict)
    documents: dict[str, JsonDict] = field(default_factory=dict)

    def to_json(self) -> JsonDict:
        """Plain-JSON form, as written to the results file."""
        return {
            "set": self.set_name,
            "system": self.system,
            "pages": self.pages,
            "quality": self.quality,
            "seconds_per_page": self.seconds_per_page,
            "metadata": self.metadata,
            "metadata_seconds_per_page": self.metadata_seconds_per_page,
            "errors": self.errors,
            "documents": self.documents,
        }


@functools.lru_cache(maxsize=4)
def cached_pages(data_dir: Path, set_name: str, limit: int | None) -> list[Page]:
    """Pages of a set, loaded and decoded once per process."""
    return load_set(data_dir, set_name, limit)


WARM_UP_EVERY = 10  # untimed calls on every tenth page before timing


def _warm_up(call: Callable[[Page], object], pages: Sequence[Page]) -> None:
    """Untimed calls on a sample of the pages, so one-off set-up does not count as page time.

    A sample, not one page, for lazy imports and caches. cleanarticle's
    catalogs, compiled per language at first use, are built before this by the
    system's ``setup`` (``cleanarticle.preload``).
    """
    for page in pages[::WARM_UP_EVERY]:
        with contextlib.suppress(Exception):
            call(page)


def _timed_outputs(system: System, pages: Sequence[Page]) -> tuple[list[Output], list[float], dict[str, str]]:
    outputs, seconds, errors = [], [], {}
    if system.setup is not None:
        system.setup()
    _warm_up(system.run, pages)
    for page in pages:
        start = time.perf_counter()
        try:
            output = system.run(page)
        except Exception as exc:  # a failing page scores as empty output
            output = Output("")
            errors[page.doc_id] = f"{type(exc).__name__}: {exc}"
        seconds.append(time.perf_counter() - start)
        outputs.append(output)
    return outputs, seconds, errors


def _timed_metadata(system: System, pages: Sequence[Page]) -> tuple[list[Metadata], float]:
    assert system.metadata is not None
    _warm_up(system.metadata, pages)
    found, start = [], time.perf_counter()
    for page in pages:
        found.append(system.metadata(page))
    return found, (time.perf_counter() - start) / max(1, len(pages))


def _score_metadata(
    pages: Sequence[Page], found: Sequence[Metadata], documents: dict[str, JsonDict]
) -> dict[str, dict[str, float]]:
    outcomes = []
    for page, meta in zip(pages, found, strict=True):
        matches = metadata_matches(page.metadata, meta)
        outcomes.append(matches)
        documents[page.doc_id]["metadata"] = {
            "found": {
                "title": meta.title,
                "author": list(meta.authors),
                "date": meta.date,
            },
            "misses": sorted(k for k, m in matches.items() if not m.match),
        }
    return metadata_scores(outcomes)


def _score_bodies(
    set_name: str, pages: Sequence[Page], outputs: Sequence[Output]
) -> tuple[dict[str, float], dict[str, JsonDict]]:
    documents: dict[str, JsonDict] = {}
    if set_name == ARTICLE_EXTRACTION:
        docs: list[DocScore] = []
        for page, out in zip(pages, outputs, strict=True):
            doc = shingle_doc_score(page.body, out.body)
            docs.append(doc)
            documents[page.doc_id] = {"url": page.url, "precision": doc.precision, "recall": doc.recall}
        return shingle_scores(docs), documents
    results: list[SnippetResult] = []
    for page, out in zip(pages, outputs, strict=True):
        res = snippet_counts(out.body, page.with_, page.without)
        results.append(res)
        documents[page.doc_id] = {
            "url": page.url,
            "missed_with": list(res.missed_with),
            "found_without": list(res.found_without),
        }
    return snippet_scores(results), documents


def run_system(system: System, set_name: str, pages: Sequence[Page]) -> RunResult:
    """Run a system over the pages of a set and score it."""
    outputs, seconds, errors = _timed_outputs(system, pages)
    quality, documents = _score_bodies(set_name, pages, outputs)
    for page, sec in zip(pages, seconds, strict=True):
        documents[page.doc_id]["seconds"] = round(sec, 5)
    result = RunResult(
        set_name,
        system.name,
        len(pages),
        quality,
        sum(seconds) / max(1, len(pages)),
        errors=errors,
        documents=documents,
    )
    has_truth = any(page.metadata for page in pages)
    if system.metadata is not None:
        found, result.metadata_seconds_per_page = _timed_metadata(system, pages)
    elif system.inline_metadata:
        found = [out.metadata or Metadata() for out in outputs]
    else:
        return result
    if has_truth:
        result.metadata = _score_metadata(pages, found, documents)
    return result


def evaluate(data_dir: Path, set_name: str, system_name: str, limit: int | None = None) -> RunResult:
    """Score a system by name on a set (raises SystemUnavailableError)."""
    system = get_system(system_name)
    return run_system(system, set_name, cached_pages(data_dir, set_name, limit))
