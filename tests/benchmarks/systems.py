"""The extraction systems the harness scores, behind one small interface."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import trafilatura

from .data import Page
from .metrics import Metadata, iso_date

# C4's rule: a kept line ends in . ! ? or a closing quote (straight or curly).
LINE_ENDINGS = (".", "!", "?", '"', "”", "'", "’")
LINE_MIN_WORDS = 5


class SystemUnavailableError(Exception):
    """The system cannot run here (e.g. cleanarticle does not import)."""


@dataclass(frozen=True)
class Output:
    """What a system returns for one page."""

    body: str
    metadata: Metadata | None = None


@dataclass(frozen=True)
class System:
    """A named system.

    Metadata comes from ``run``'s output if ``inline_metadata``, else from
    ``metadata``, an extra call timed separately, if given.
    """

    name: str
    run: Callable[[Page], Output]
    metadata: Callable[[Page], Metadata] | None = None
    inline_metadata: bool = False
    setup: Callable[[], None] | None = None  # one-off set-up, untimed, before the warm-up


def _trafilatura_body(page: Page) -> Output:
    text = trafilatura.extract(page.html, url=page.url, include_comments=False)
    return Output(text or "")


def _trafilatura_metadata(page: Page) -> Metadata:
    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True, include_comments=False)
    if doc is None:
        return Metadata()
    if isinstance(doc, dict):  # only with as_dict=True
        raise TypeError("bare_extraction returned a dict")
    author = doc.author or ""
    return Metadata(doc.title or None, (author,) if author else (), doc.date or "")


def line_rule(text: str) -> str:
    """Keep the lines of 5+ words that end like a sentence (C4-style)."""
    lines = (line.strip() for line in text.splitlines())
    return "\n".join(
        line for line in lines if line.endswith(LINE_ENDINGS) and len(line.split()) >= LINE_MIN_WORDS
    )


def _cleanarticle() -> Any:
    try:
        module = importlib.import_module("cleanarticle")
    except Exception as exc:  # any import-time failure makes it unavailable
        raise SystemUnavailableError(f"import cleanarticle failed: {exc!r}") from exc
    missing = [name for name in ("clean", "Config") if not hasattr(module, name)]
    if missing:
        raise SystemUnavailableError(f"cleanarticle has no {', '.join(missing)}")
    return module


def _article_output(article: Any, *, with_metadata: bool) -> Output:
    body = article.body
    if not isinstance(body, str):
        raise TypeError(f"Article.body is {type(body).__name__}, not str")
    if not with_metadata:
        return Output(body)
    published = article.published
    meta = Metadata(article.title, tuple(article.authors), iso_date(published))
    return Output(body, meta)


def _cleanarticle_system(mode: str, english_only: bool = False, fast: bool = False) -> System:
    lib = _cleanarticle()
    extra = {"fast_html": True} if fast else {}
    config = lib.Config(input_format=mode, languages=("en",) if english_only else (), **extra)

    def run(page: Page) -> Output:
        if mode == "html":
            article = lib.clean(page.html_bytes, url=page.url, config=config)
        else:
            article = lib.clean(page.text, config=config)
        return _article_output(article, with_metadata=mode == "html")

    name = f"cleanarticle-{mode}" + ("-en" if english_only else "") + ("-fast" if fast else "")
    setup = (lambda: lib.preload(config)) if hasattr(lib, "preload") else None
    return System(name, run, inline_metadata=mode == "html", setup=setup)


_BASELINES = {
    "trafilatura": System("trafilatura", _trafilatura_body, _trafilatura_metadata),
    "whole-text": System("whole-text", lambda page: Output(page.text)),
    "line-rule": System("line-rule", lambda page: Output(line_rule(page.text))),
}
# The -en systems apply the English catalog alone (and the language-free
# rules): the figures before the other languages' catalogs. -fast is
# Config(fast_html=True): trafilatura without its fallback extractors.
SYSTEMS = (*_BASELINES, "cleanarticle-html", "cleanarticle-text")
EXTRA_SYSTEMS = ("cleanarticle-html-en", "cleanarticle-text-en", "cleanarticle-html-fast")


def get_system(name: str) -> System:
    """The system of that name; raises SystemUnavailableError if it cannot run."""
    if name in _BASELINES:
        return _BASELINES[name]
    if name in ("cleanarticle-html", "cleanarticle-text"):
        return _cleanarticle_system(name.removeprefix("cleanarticle-"))
    if name == "cleanarticle-html-fast":
        return _cleanarticle_system("html", fast=True)
    if name in EXTRA_SYSTEMS:
        return _cleanarticle_system(name.removeprefix("cleanarticle-").removesuffix("-en"), english_only=True)
    raise ValueError(f"unknown system {name!r}; known: {', '.join((*SYSTEMS, *EXTRA_SYSTEMS))}")
