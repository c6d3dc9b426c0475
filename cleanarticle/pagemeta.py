"""What a page says about itself: <meta> tags, JSON-LD and author markup, read from the source.

The page is not parsed again: a few regular expressions find the ``<meta>``
tags, the ``application/ld+json`` scripts and the elements marked as the
author's (``rel="author"``, ``itemprop="author"``, a class naming the author
or the byline), which is all the metadata needs. The article's own JSON-LD
object (an ``Article``, ``NewsArticle``, ``BlogPosting`` …) comes first, then
the ``<meta>`` tags, then the markup; the caller falls back to trafilatura's
findings for what none of them gives. Dates, declared and printed, are
read by pagedate.py; names.py makes names of the author strings and picks
among them.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .markup import SCRIPTS, TAG, plain
from .names import clean_authors, fuller
from .pagedate import parse_date

__all__ = ["PageFacts", "read_page"]

_I = re.IGNORECASE
_META = re.compile(r"<meta\b([^>]*)>", _I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_LD_JSON = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[^>]*>(.*?)</script\s*>", _I | re.DOTALL
)
_TITLE_TAG = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", _I | re.DOTALL)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)", _I)
# An element whose rel, itemprop or class names the author or the byline; not a commenter's.
# The words are found with str.find in the lower-cased page, then their attribute and tag are read.
_AUTHOR_WORDS = ("author", "byline", "autor", "auteur")
_AUTHOR_TOKEN = re.compile(r"(?<![a-z0-9])(?:author|byline|autor|auteur)(?:[-_]?name)?(?![\w-])")
_ATTR_BEFORE = re.compile(r"\b(?:rel|itemprop|class)\s*=\s*$")
_TAG_NAME = re.compile(r"<(\w+)")
_INNER_CHARS = 400  # how far past an author element's opening tag its text is looked for

# JSON-LD types of the article itself, best first; a page object is the fallback.
_ARTICLE_TYPES = (
    "newsarticle",
    "article",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "liveblogposting",
    "report",
    "scholarlyarticle",
    "techarticle",
    "socialmediaposting",
    "discussionforumposting",
    "recipe",
    "review",
)
_PAGE_TYPES = ("webpage", "itempage", "aboutpage", "collectionpage", "videoobject")
_ORGANISATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "ngo", "brand"})

_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "published_time",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "date",
)
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "parsely-author",
    "sailthru.author",
    "citation_author",
)
_OTHER_AUTHOR_KEY = re.compile(r"^(?!.*banner).*(?:^|[:._-])author(?:s|_name)?$")
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline")
_SITE_KEYS = ("og:site_name", "application-name", "publisher")
_DESCRIPTION_KEYS = ("description", "og:description", "twitter:description", "dc.description")


_BYLINE_TAIL = re.compile(r"\s(?:by|von|par|por|door)\s+(\S.{2,60})$", re.IGNORECASE)
# A text node that opens with "By", "Von", "Autor:", "Eine Kolumne von" …, then the name: in the
# same text node or in the next one, past a few tags ("<span>By</span> <a href=…>Jane Doe</a>",
# "Autor</h4><p>Max Muster").
# The lookahead for the words' first letters lets the scan of the whole page skip other text fast.
_BYLINE_TEXT = re.compile(
    r">(?=\s*[BbVvPpDdTtAaWwEe])\s*(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]oor|[Tt]ext|[Aa]utor(?:in|en)?|[Aa]uthors?"
    r"|[Ww]ritten [Bb]y|[Ee]ine? (?:Artikel|Beitrag|Gastbeitrag|Kommentar|Kolumne|Interview|Analyse|Essay"
    r"|Bericht|Reportage|Rezension|Text) von)"
    r"\s*:?(?:(?:\s|&nbsp;)+|(?:(?:\s|&nbsp;)*<[^<>]*>){1,8})(?:\s|&nbsp;)*([^<>]{3,60}?)\s*<"
)


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What the page source declares; empty where it declares nothing."""

    meta: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    objects: tuple[Mapping[str, Any], ...] = ()  # JSON-LD objects, the article's first
    linked: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # JSON-LD objects by @id
    html: str = field(default="", repr=False)  # the source, searched for author markup only when needed
    language: str | None = None
    page_title: str | None = None  # the <title> element

    def first(self, keys: tuple[str, ...]) -> str | None:
        """The first non-empty <meta> content among ``keys``, in the order of the keys."""
        return next((value.strip() for value in self._meta_values(keys) if value.strip()), None)

    def ld(self, key: str) -> Any:
        """``key`` of the first JSON-LD object (article first) that has it."""
        for obj in self.objects:
            if obj.get(key):
                return obj[key]
        return None

    @property
    def published(self) -> dt.date | None:
        """The article's publication date as declared: <meta> tags, then JSON-LD."""
        for value in (*self._meta_values(_DATE_KEYS), self.ld("datePublished"), self.ld("dateCreated")):
            if isinstance(value, str) and (found := parse_date(value)):
                return found
        return None

    def author_values(self) -> Iterator[tuple[str, ...]]:
        """Author strings by source, best first: JSON-LD, <meta> tags, author markup.

        A <meta> author tag that names the JSON-LD's one author and co-authors
        (or names that author more fully) comes before the JSON-LD.
        """
        ld = tuple(_ld_names(self.ld("author"), self.linked))
        declared = [self.meta.get(key, ()) for key in _AUTHOR_KEYS]
        if len(ld_names := clean_authors(ld)) == 1:
            yield from (values for values in declared if fuller(ld_names, clean_authors(values)))
        yield ld
        yield from declared
        # Then any other <meta> key that names the author: "cxenseparse:author", "og:author",
        # "shareaholic:article_author_name" (not an app banner's "smartbanner:author").
        yield from (v for k, v in self.meta.items() if k not in _AUTHOR_KEYS and _OTHER_AUTHOR_KEY.search(k))
        for text in _author_texts(self.html):
            yield (text,)
            if tail := _BYLINE_TAIL.search(text):  # "Posted on May 3, 2020 by Jane Doe"
                yield (tail.group(1),)

    def text_bylines(self) -> Iterator[tuple[str, ...]]:
        """Bylines written as text: a text node of "By Jane Doe", "Von Max Muster" … of two to four
        words, an agency after a slash aside ("Peter Maahn/SP-X")."""
        for match in _BYLINE_TEXT.finditer(self.html):
            # "Peter Maahn/SP-X": a name, then its agency or desk after a slash.
            person, *desks = match.group(1).split("/")
            names = clean_authors((person,))
            if names and all(len(name.split()) >= 2 for name in names) and all(len(d) <= 20 for d in desks):
                yield names

    @property
    def title(self) -> str | None:
        """The title the page declares: <meta> tags, then the JSON-LD headline."""
        headline = self.ld("headline")
        ld_title = headline.strip() if isinstance(headline, str) and headline.strip() else None
        declared = self.first(_TITLE_KEYS) or ld_title
        page = self.page_title
        if declared and page and page.startswith(declared) and page[len(declared) :].lstrip()[:1] == '"':
            # Cut at a quote mark left unescaped in the attribute (content="Biden de "incapacitado"").
            return page
        return declared

    @property
    def site_name(self) -> str | None:
        publisher = self.ld("publisher")
        name = publisher.get("name") if isinstance(publisher, dict) else None
        return self.first(_SITE_KEYS) or (name.strip() if isinstance(name, str) and name.strip() else None)

    @property
    def description(self) -> str | None:
        return self.first(_DESCRIPTION_KEYS)

    def _meta_values(self, keys: tuple[str, ...]) -> Iterator[str]:
        for key in keys:
            yield from self.meta.get(key, ())


def read_page(html: str) -> PageFacts:
    """The page's <meta> tags, JSON-LD objects, author markup and declared language."""
    lang = _HTML_LANG.search(html, 0, 4096)
    title = _TITLE_TAG.search(html)
    objects = list(_json_ld(html))
    return PageFacts(
        meta=_meta_tags(html),
        objects=tuple(_ranked(objects)),
        linked={o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and "name" in o},
        html=html,
        language=lang.group(1).replace("_", "-") if lang else None,
        page_title=plain(TAG.sub("", title.group(1))) or None
        if title
        else None,
    )


def _meta_tags(html: str) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for match in _META.finditer(html):
        attrs = {
            m.group(1).casefold(): m.group(2) or m.group(3) or m.group(4) or ""
            for m in _ATTR.finditer(match.group(1))
        }
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        if key and "content" in attrs:
            found.setdefault(key.casefold(), []).append(html_lib.unescape(attrs["content"]))
    return {k: tuple(v) for k, v in found.items()}


def _json_ld(html: str) -> Iterator[Mapping[str, Any]]:
    for match in _LD_JSON.finditer(html):
        try:
            data = json.loads(match.group(1).strip().removeprefix("<!--").removesuffix("-->"), strict=False)
        except ValueError:
            continue
        yield from _objects(data)


def _objects(data: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        if isinstance(graph := data.get("@graph"), list):
            yield from _objects(graph)


def _types(obj: Mapping[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.casefold() for k in kinds if isinstance(k, str)}


def _ranked(objects: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Article objects by type rank, then page objects; others are not the page's."""
    ranked = []
    for index, obj in enumerate(objects):
        kinds = _types(obj)
        rank = min((_ARTICLE_TYPES.index(k) for k in kinds if k in _ARTICLE_TYPES), default=None)
        if rank is None and kinds & set(_PAGE_TYPES):
            rank = len(_ARTICLE_TYPES)
        if rank is not None:
            ranked.append((rank, index, obj))
    return [obj for _, _, obj in sorted(ranked, key=lambda item: item[:2])]


def _ld_names(value: Any, linked: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Names of the people in a JSON-LD ``author``; organisations are left out.

    A reference (``{"@id": …}``, as Yoast and other SEO plugins write it) is
    looked up among the page's objects.
    """
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [name for item in value for name in _ld_names(item, linked)]
    if isinstance(value, dict):
        if "name" not in value and isinstance(ref := value.get("@id"), str) and ref in linked:
            value = linked[ref]
        name = value.get("name")
        if not (_types(value) & _ORGANISATION_TYPES) and isinstance(name, str | list):
            return _ld_names(name, {})
    return []


def _author_texts(html: str) -> Iterator[str]:
    low = html.lower()
    for pos in sorted(_found(low, _AUTHOR_WORDS)):
        quote = max(low.rfind('"', 0, pos), low.rfind("'", 0, pos))
        if quote < 0 or not _ATTR_BEFORE.search(low, max(0, quote - 16), quote):
            continue
        close_quote = low.find(low[quote], pos)
        value = low[quote + 1 : close_quote]
        if (
            close_quote < 0
            or "<" in value
            or ">" in value
            or "comment" in value
            or not _AUTHOR_TOKEN.search(value)
        ):
            continue
        start, end = low.rfind("<", 0, quote), low.find(">", close_quote)
        tag = _TAG_NAME.match(html, start) if start >= 0 and end >= 0 else None
        if tag is None or ">" in low[start:quote]:
            continue
        inner = html[end + 1 : end + 1 + _INNER_CHARS]
        close = re.search(rf"</{re.escape(tag.group(1))}\s*>", inner, _I)
        inner = inner[: close.start()] if close else inner
        text = plain(TAG.sub(" ", SCRIPTS.sub(" ", inner)))
        if text:
            yield text


def _found(text: str, words: tuple[str, ...]) -> Iterator[int]:
    """Every place where one of ``words`` occurs in ``text``."""
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            yield pos
            pos = text.find(word, pos + len(word))

