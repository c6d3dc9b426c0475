"""clean(): input -> blocks -> rule evidence -> labels -> structure -> Article."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .catalog import available_languages
from .classify import Verdict, date_lines, label_blocks, outside_story, own_address, related_links
from .config import Config
from .lang import build_catalog, detect_language, lexicons
from .match import collect_evidence
from .segment import RawBlock, segment_text
from .shape import shape_of
from .source import read_source
from .story import base_weights, extend_story, find_headlines, find_story, list_items, story_weights
from .structure import find_dateline, find_furniture, mark_html_edges, split_authors
from .types import Article, Block, Label

__all__ = ["DEFAULT_CONFIG", "PageMeta", "classify_blocks", "clean", "empty_article", "preload"]

DEFAULT_CONFIG = Config()
NO_TEXT = "no text: the input is empty or white space"
NO_BODY = "no article: no body block remained"


def clean(source: str | bytes, *, url: str | None = None, config: Config | None = None) -> Article:
    """Return the article in ``source`` (HTML or text) with the publisher's appeals removed.

    A pure function: the same input and config give the same Article, and no
    state is shared between calls. Raises InputTypeError for anything but str
    or bytes, and InputTooLargeError past ``Config.max_input_bytes``.
    """
    config = config or DEFAULT_CONFIG
    src = read_source(source, config)
    if src.format == "html":
        from .html import clean_html  # trafilatura loads only when HTML comes

        return clean_html(src.text, url=url, config=config)
    return classify_blocks(segment_text(src.text), src.text, url=url, config=config)


def preload(config: Config | None = None) -> None:
    """Read every lexicon and compile the rule catalog of every language for ``config`` now.

    ``clean`` compiles a language's catalog the first time it meets the
    language (a few tenths of a second each). A server, or a benchmark that
    times pages, calls this once at start so that no page pays for it.
    """
    config = config or DEFAULT_CONFIG
    lexicons()
    for language in (None, *available_languages()):
        build_catalog(config, language)


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page says about itself (HTML metadata); None where it says nothing."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: date | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None


def classify_blocks(
    raw: Sequence[RawBlock],
    text: str,
    *,
    url: str | None,
    config: Config,
    input_format: str = "text",
    meta: PageMeta | None = None,
) -> Article:
    """Label raw blocks and assemble the Article; shared by the text and HTML paths."""
    meta = meta or PageMeta()
    if not raw:
        return empty_article(meta, NO_TEXT, text=text, url=url, input_format=input_format)
    language = detect_language(text)
    catalog = build_catalog(config, language)
    texts = [b.text for b in raw]
    # Pages repeat lines (menus, buttons, a fifth of a page's text): each distinct one is read once.
    distinct = dict.fromkeys(texts)
    evidence_of = {t: collect_evidence(t, catalog) for t in distinct}
    shape_of_text = {t: shape_of(t) for t in distinct}
    evidence = [evidence_of[t] for t in texts]
    shapes = [shape_of_text[t] for t in texts]
    verdicts = own_address(label_blocks(evidence, config.threshold), texts, url)
    span = None
    # trafilatura has found the story in HTML already; text needs it found.
    if config.find_story and input_format == "text":
        base = base_weights(verdicts, shapes, config.threshold)
        items = list_items(texts, verdicts, shapes, base)
        weights = story_weights(texts, verdicts, shapes, base, items)
        heads = find_headlines(texts, shapes, verdicts)
        span = find_story(weights, heads)
        if span is not None:
            span = extend_story(span, weights, shapes, verdicts, heads, items)
            verdicts = related_links(outside_story(verdicts, evidence, shapes, span), shapes)
            verdicts = date_lines(verdicts, shapes, span)
    title: str | None = None
    authors: tuple[str, ...] = ()
    if input_format == "html":
        kinds, links = [b.kind for b in raw], [b.link_density for b in raw]
        edges = mark_html_edges(texts, kinds, links, shapes, verdicts, meta.title)
        for i, verdict in edges.items():
            verdicts[i] = verdict
            byline = shapes[i].byline
            if verdict.label is Label.BYLINE and byline is not None and not authors:
                authors = split_authors(byline)
    if span is not None:
        furniture = find_furniture(texts, shapes, verdicts, span[0])
        for i, verdict in furniture.relabel.items():
            verdicts[i] = verdict
        title, authors = furniture.title, furniture.authors
    blocks = tuple(_block(b, v) for b, v in zip(raw, verdicts, strict=True))
    first = next((b for b in blocks if b.label is Label.BODY), None)
    return Article(
        blocks,
        text=text,
        title=meta.title or title,
        dateline=find_dateline(first.text) if first else None,
        authors=meta.authors or authors,
        published=meta.published,
        url=url,
        site_name=meta.site_name,
        language=meta.language or language,
        description=meta.description,
        input_format=input_format,
        reason=None if first else NO_BODY,
    )


def empty_article(meta: PageMeta, reason: str, *, text: str, url: str | None, input_format: str) -> Article:
    """An Article with no blocks: the page's metadata and why there is no body."""
    return Article(
        (),
        text=text,
        title=meta.title,
        authors=meta.authors,
        published=meta.published,
        url=url,
        site_name=meta.site_name,
        language=meta.language,
        description=meta.description,
        input_format=input_format,
        reason=reason,
    )


def _block(raw: RawBlock, verdict: Verdict) -> Block:
    return Block(
        text=raw.text,
        start=raw.start,
        end=raw.end,
        label=verdict.label,
        category=verdict.category,
        reasons=verdict.reasons,
        score=verdict.score,
        kind=raw.kind,
    )
