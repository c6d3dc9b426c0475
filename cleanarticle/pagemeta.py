"""What a page says about itself: <meta> tags, JSON-LD and author markup, read from the source.

The page is not parsed again: a few regular expressions find the ``<meta>``
tags, the ``application/ld+json`` scripts and the elements marked as the
author's (``rel="author"``, ``itemprop="author"``, a class naming the author
or the byline), which is all the metadata needs. The article's own JSON-LD
object (an ``Article``, ``NewsArticle``, ``BlogPosting`` …) comes first, then
the ``<meta>`` tags, then the markup; the caller falls back to trafilatura's
findings for what none of them gives. The date printed under the headline
(``printed_date``) comes before the declared one.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "PageFacts",
    "clean_authors",
    "dated_bylines",
    "labelled_date",
    "name_key",
    "needs_page_date",
    "parse_date",
    "pick_authors",
    "pick_date",
    "printed_date",
    "read_page",
]

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
_TAG = re.compile(r"<[^>]*(?:>|$)")
_NAME_PUNCTUATION = frozenset(" .'’_-")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", _I | re.DOTALL)
_SPACES = re.compile(r"\s+")
_INNER_CHARS = 400  # how far past an author element's opening tag its text is looked for
_SITE_KEY_CHARS = 8  # the least letters of a site name that makes an author string opening with it the site's
_FULLER_SOURCES = 8  # how many sources after the first are read for the same names given more fully
# A site name written as its address: "https://www.fr.de" names "fr".
_SITE_URL = re.compile(r"^\s*(?:https?://)?(?:www\.)?|\.[a-z]{2,6}/?\s*$", _I)
_BYLINE_CHARS = 200  # a longer author string is an author's biography, not a byline

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
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline")
_SITE_KEYS = ("og:site_name", "application-name", "publisher")
_DESCRIPTION_KEYS = ("description", "og:description", "twitter:description", "dc.description")

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_DMY = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
_EARLIEST_YEAR = 1990
_EAST_MIDNIGHT_UTC_HOUR = 20  # midnight in UTC+4; midnight in UTC+1 is 23:00 UTC

# Dates as pages print them: 5.2.2022, 2022-02-05, 5. Februar 2022, 5 de febrero de 2022,
# February 5, 2022, 2022年2月5日. Month names and their short forms in the catalog languages.
_MONTH_NAMES = {
    1: "january jan januar jänner janvier janv enero gennaio janeiro januari stycznia",
    2: "february feb februar février fevrier févr febrero febbraio fevereiro februari lutego",
    3: "march mar märz maerz mars marzo março maart marca",
    4: "april apr avril avr abril aprile kwietnia",
    5: "may mai mayo maggio maio mei maja",
    6: "june jun juni juin junio giugno junho czerwca",
    7: "july jul juli juillet juil julio luglio julho lipca",
    8: "august aug août aout agosto augustus sierpnia",
    9: "september sep sept septembre septiembre settembre setembro września",
    10: "october oct okt oktober octobre octubre ottobre outubro października",
    11: "november nov novembre noviembre novembro listopada",
    12: "december dec dez dezember décembre decembre déc diciembre dicembre dezembro grudnia",
}
_MONTHS = {name: month for month, names in _MONTH_NAMES.items() for name in names.split()}
_MONTH_WORD = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_PRINTED_DATE = re.compile(
    r"(?<![\d.])(?P<d1>\d{1,2})\.\s?(?P<m1>\d{1,2})\.\s?(?P<y1>\d{4})(?!\d)"
    r"|(?<!\d)(?P<y2>\d{4})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})(?!\d)"
    rf"|(?<!\d)(?P<d3>\d{{1,2}})(?:\.|er|º)?\s+(?:de\s+)?(?P<m3>{_MONTH_WORD})\.?,?\s+(?:de\s+)?(?P<y3>\d{{4}})(?!\d)"
    rf"|\b(?P<m4>{_MONTH_WORD})\.?\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{{4}})(?!\d)"
    r"|(?P<y5>\d{4})年(?P<m5>\d{1,2})月(?P<d5>\d{1,2})日",
    _I,
)
# A text that says the date after it is the publication's: "Veröffentlicht am", "Published on" …
_PUBLISHED_LABEL = re.compile(
    r">\s*(?:e(?:rschienen|rstellt)|veröffentlicht|pub(?:liziert|lished|lié|licado|blicato)|posted|written"
    r"|geschrieben)(?:\s+(?:am|on|le|el|il))?\s*:?",  # prefixes factored out: the whole page is searched
    _I,
)
_LABELLED_CHARS = 200  # how far past the label its date is looked for, tags included
_MACHINE_TIME = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}T")  # an ISO timestamp in the text is markup for machines
_H1_OPEN = re.compile(r"<h1\b", _I)
_H1_CLOSE = re.compile(r"</h1\s*>", _I)
_UNCLOSED_SCRIPT = re.compile(r"<(?:script|style)\b", _I)
_UNDER_HEADLINE_CHARS = 6000  # how far past the headline's </h1> its byline and date line are looked for
_ABOVE_HEADLINE_CHARS = 400  # how far before the first <h1> a date line with a byline is looked for
_ABOVE_HEADLINE_LINES = 2
_UNDER_HEADLINE_LINES = 10  # the text nodes read there: the byline, the date line, a kicker …
_DATE_LINE_CHARS = 80  # a longer text node is prose, whose dates are the story's, not the page's
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?\b", _I)
_DATE_LINE_PARTS = re.compile(r"\s+[-–—|·•]\s+|\s*[|·•]\s*")

# Words that open a byline, in the languages of the catalog: "By", "Posted by",
# "View all posts by", "Autor:", "Text:" …
_BYLINE_LEAD = re.compile(
    r"^\s*(?:(?:view|see)\s+all\s+(?:posts|articles|stories)\s+by|all\s+(?:posts|articles)\s+by"
    r"|(?:zeige\s+)?alle\s+(?:beiträge|artikel)\s+von|(?:posted|written|published|written\s+and\s+\w+)\s+by"
    r"|(?:geschrieben|veröffentlicht|verfasst|erstellt|eingestellt|gepostet)\s+von|post\s+author|publié\s+par|publicado\s+por|pubblicato\s+da"
    r"|autor(?:in)?|auteur|author|text|texte|interview|escrito\s+por|by|von|par|por|di|door|od|от|автор)"
    r"(?:\s*:\s*|\s+|$)",
    _I,
)
_BYLINE_TAIL = re.compile(r"\s(?:by|von|par|por|door)\s+(\S.{2,60})$", re.IGNORECASE)
# A text node that opens with "By", "Von", "Autor:" …, then the name: in the same text node or in the
# next one, past a few tags ("<span>By</span> <a href=…>Jane Doe</a>", "Autor</h4><p>Max Muster").
# The lookahead for the words' first letters lets the scan of the whole page skip other text fast.
_BYLINE_TEXT = re.compile(
    r">(?=\s*[BbVvPpDdTtAaWw])\s*(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]oor|[Tt]ext|[Aa]utor(?:in|en)?|[Aa]uthors?"
    r"|[Ww]ritten [Bb]y)"
    r"\s*:?(?:(?:\s|&nbsp;)+|(?:(?:\s|&nbsp;)*<[^<>]*>){1,8})(?:\s|&nbsp;)*([^<>]{3,60}?)\s*<"
)
_NAME_SEPARATORS = re.compile(r"\s*(?:;|,|&|\||·|•|\s[-–—]\s|\band\b|\bund\b|\bet\b|\by\b|\bu\.|\bи\b)\s*")
_DEGREE = re.compile(r"^(?:ph\.?\s?d|m\.?d|m\.?sc?|b\.?sc?|m\.?a|r\.?d|r\.?n|mph|mba|jr|sr)\.?$", _I)
_ORGANISATION = re.compile(
    r"\b(?:news|staff|team|desk|editors?|editorial|redaktion|redacción|rédaction|agency|agencies|press|reuters"
    r"|afp|ap|dpa|apa|epa|kna|wire|media|online|magazine|newsroom|bureau|contributors?|admin|gmbh|inc|ltd"
    r"|group|tass|support|verlag|gruppe|e\.\s?v|content|sponsored|gesponserte?|anzeige|advertorial|werbung)\b|\.(?:com|de|org|net|at|ch|fr|es|it|pl|ru|uk)\b|https?:|www\.|@",
    _I,
)
_NAME_WORDS = (1, 5)
# Lower-case words a name may hold: nobiliary and family particles.
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "les"}
    | {"el", "al", "bin", "ibn", "ben", "ter", "zu", "y", "e", "of", "st"}
)
# Form labels and placeholders that author markup holds instead of a name.
_NOT_NAMES = frozenset(
    {"name", "datum", "date", "author", "autor", "no author", "unknown", "anonymous", "guest", "gast"}
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
            yield from (values for values in declared if _fuller(ld_names, clean_authors(values)))
        yield ld
        yield from declared
        for text in _author_texts(self.html):
            yield (text,)
            if tail := _BYLINE_TAIL.search(text):  # "Posted on May 3, 2020 by Jane Doe"
                yield (tail.group(1),)

    def text_bylines(self) -> Iterator[tuple[str, ...]]:
        """Bylines written as text: a text node of "By Jane Doe", "Von Max Muster" … of two to four words."""
        for match in _BYLINE_TEXT.finditer(self.html):
            names = clean_authors((match.group(1),))
            if names and all(len(name.split()) >= 2 for name in names):
                yield names

    @property
    def title(self) -> str | None:
        """The title the page declares: <meta> tags, then the JSON-LD headline."""
        headline = self.ld("headline")
        ld_title = headline.strip() if isinstance(headline, str) and headline.strip() else None
        return self.first(_TITLE_KEYS) or ld_title

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
        page_title=_SPACES.sub(" ", html_lib.unescape(_TAG.sub("", title.group(1)))).strip() or None
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
        text = _SPACES.sub(" ", html_lib.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", inner)))).strip()
        if text:
            yield text


def _found(text: str, words: tuple[str, ...]) -> Iterator[int]:
    """Every place where one of ``words`` occurs in ``text``."""
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            yield pos
            pos = text.find(word, pos + len(word))


def pick_authors(
    sources: Iterable[Iterable[str]], *, url: str | None, site: str | None = None
) -> tuple[str, ...]:
    """The names of the first source that names people; the site's domain is not a name.

    The site's name (``site``) is taken only when no source names anyone else,
    and an author string that starts with it and goes on ("Große Fragen und
    Inhalte aus …", a tagline) is the site's, not a byline. When the first
    source names someone by a single word, a source among the next few that
    names the same people more fully replaces it (``_fuller``): the full name
    for a first name or a username. (Reading on costs a scan of the page, so
    a first source of full names is not checked for co-authors here; see
    ``PageFacts.author_values`` for the <meta> tags.)
    """
    not_authors = {name_key(urlsplit(url or "").hostname or "").removeprefix("www")} - {""}
    site_key = name_key(_SITE_URL.sub("", site or ""))
    site_only: tuple[str, ...] = ()
    chosen: tuple[str, ...] = ()
    sources = iter(sources)
    for values in sources:
        if site_key:
            values = [v for v in values if not _site_tagline(name_key(v), site_key)]
            if whole := [v for v in values if name_key(v) == site_key]:  # "Jobs & Hire" is one name
                site_only = site_only or clean_authors(whole)
                values = [v for v in values if name_key(v) != site_key]
        if names := tuple(n for n in clean_authors(values) if name_key(n) not in not_authors):
            if site_key and all(name_key(n) == site_key for n in names):
                site_only = site_only or names
                continue
            chosen = tuple(n for n in names if name_key(n) != site_key)
            break
    if not chosen:
        return site_only
    if any(" " not in n for n in chosen):
        named = (names for values in sources if (names := clean_authors(values)))
        for later in islice(named, _FULLER_SOURCES):
            if _fuller(chosen, later):
                return later
    return chosen


def _fuller(names: tuple[str, ...], later: tuple[str, ...]) -> bool:
    """``later`` names the people of ``names`` and more, or more fully.

    More: all of ``names`` and co-authors. More fully: name by name, a full
    name for a first name ("Todd" -> "Todd Bates") or for a username that
    spells it ("edilson.la.rosa", "gabor_munier" -> "Gàbor Muniér").
    """
    if len(later) > len(names):
        keys = {_plain_key(n) for n in names}
        return keys < {_plain_key(n) for n in later} and all(
            " " in n for n in later if _plain_key(n) not in keys
        )
    return (
        len(later) == len(names)
        and later != names
        and all(_same_name(short, full) for short, full in zip(names, later, strict=True))
    )


def _same_name(short: str, full: str) -> bool:
    if short == full:
        return True
    if " " in short or " " not in full:
        return False
    return _plain_key(short) == _plain_key(full) or short.casefold() == full.split()[0].casefold()


def _plain_key(text: str) -> str:
    """``name_key`` without accents: "Gàbor Muniér" and "gabor_munier" are one key."""
    decomposed = unicodedata.normalize("NFKD", text)
    return name_key("".join(c for c in decomposed if not unicodedata.combining(c)))


def _site_tagline(key: str, site_key: str) -> bool:
    """An author string that starts with the site's name and goes on: the site's name and its tagline."""
    return len(site_key) >= _SITE_KEY_CHARS and len(key) > len(site_key) and key.startswith(site_key)


def name_key(text: str) -> str:
    """Letters and digits only, case folded: "Homify GmbH" and "homify-gmbh" are one key."""
    return "".join(c for c in text.casefold() if c.isalnum())


def clean_authors(values: Iterable[str]) -> tuple[str, ...]:
    """Person names from author strings: no "By", no organisations, no degrees, no duplicates."""
    names: list[str] = []
    for value in values:
        value = _SPACES.sub(" ", html_lib.unescape(value)).strip()  # no-break spaces too
        if value.startswith(("http://", "https://")) or len(value) > _BYLINE_CHARS:
            continue
        found: list[str] = []
        phrase = False  # a part of several words, lower-case ones among them: prose or an institution
        for part in _NAME_SEPARATORS.split(_BYLINE_LEAD.sub("", value)):
            name = _BYLINE_LEAD.sub("", part).strip(" .|:-–—")
            words = name.split()
            if (
                name
                and _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]
                and not _DEGREE.match(name)
                and not _ORGANISATION.search(name)
                and _is_name_text(name)
                and any(c.isalpha() for c in name)
                and (len(words) == 1 or _looks_like_name(words))
                and name.casefold() not in _NOT_NAMES
            ):
                found.append(name)
            elif len(words) >= 2 and not any(c.isdigit() for c in name) and not _looks_like_name(words):
                phrase = True
        # Its single words are pieces of it ("Landesanstalt für Wald und Forstwirtschaft - LWF").
        names.extend(n for n in found if not phrase or " " in n)
    return tuple(dict.fromkeys(names))


def _is_name_text(name: str) -> bool:
    """Letters, marks, digits and the punctuation of names (O'Neil, Lange-Fricke, R.C., Herr_Rein)."""
    return name[0].isalnum() and all(
        c.isalnum() or c in _NAME_PUNCTUATION or unicodedata.category(c).startswith("M") for c in name
    )


def _looks_like_name(words: list[str]) -> bool:
    """Several words: capitalised but for particles, and no digits."""
    return not any(c.isdigit() for w in words for c in w) and all(
        w[0].isupper() or w.casefold() in _PARTICLES for w in words
    )


def needs_page_date(declared: dt.date | None) -> bool:
    """Whether a date read from the page can change ``pick_date``'s answer: none declared, or a UTC time.

    A UTC time that is a midnight east of UTC needs none: its day is the next one.
    """
    return declared is None or (_is_utc(declared) and _east_midnight(declared) is None)


def _is_utc(value: dt.date) -> bool:
    return isinstance(value, dt.datetime) and value.utcoffset() == dt.timedelta(0)


def _east_midnight(value: dt.date | None) -> dt.date | None:
    """The next day, when a UTC time is the midnight of a time zone east of UTC; else None.

    A CMS that stores a date as the local midnight and writes it in UTC gives
    "2022-11-06T23:00:00Z" for 7 November in Berlin. Zones from UTC+1 to
    UTC+4 (Europe, Africa, the Middle East) put that midnight at 20:00–23:00
    UTC, on the hour or the half hour (Tehran, Kabul); a story published at
    such a time to the second is rarer than a date saved that way. Further
    east the midnight falls in the afternoon in UTC, when stories are
    published on the hour too (two dev pages at 15:00Z and 16:30Z are).
    """
    if (
        isinstance(value, dt.datetime)
        and _is_utc(value)
        and value.hour >= _EAST_MIDNIGHT_UTC_HOUR
        and value.minute in (0, 30)
        and value.second == 0
    ):
        return value.date() + dt.timedelta(days=1)
    return None


def pick_date(
    declared: dt.date | None, found: str | None, *, printed: dt.date | None = None
) -> dt.date | None:
    """The date printed under the headline, else the declared date, else ``found`` (htmldate's).

    The printed date keeps the declared time when they fall on the same day.
    A declared UTC time that is a midnight east of UTC is the next day's date.
    Another declared UTC time gives way to ``found`` when that is a day off: a UTC
    timestamp does not say on which day it was where the page was published.
    """
    if printed is not None:
        return declared if declared is not None and _day(declared) == printed else printed
    if (midnight := _east_midnight(declared)) is not None:
        return midnight
    fallback = parse_date(found) if found else None
    if declared is None:
        return fallback
    if (
        needs_page_date(declared)
        and fallback is not None
        and abs(_day(declared) - _day(fallback)) <= dt.timedelta(days=1)
    ):
        return fallback
    return declared


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def printed_date(html: str) -> dt.date | None:
    """The date printed under the headline: in a short line among the first ones after the first </h1>.

    Pages print their date in the byline or a date line under the headline
    (“1. Februar 2022, Jane Doe”, “Updated May 6, 2019”, “Stand: 28.04.2020
    18:00 Uhr”). That is the date readers see, and the one the page means,
    where the metadata may hold a draft's or a server's time. A line longer
    than a date line is prose, whose dates are the story's; an ISO timestamp
    as text is hidden markup for machines.
    """
    for line in _headline_lines(html):
        if len(line) <= _DATE_LINE_CHARS and not _MACHINE_TIME.match(line) and (found := _printed(line)):
            return found
    return None


def dated_bylines(html: str) -> Iterator[tuple[str, ...]]:
    """Names in the date line under the headline: "25.10.2022 - Jane Doe", "May 3, 2020 | Jane Doe".

    The line is one of the last two text lines before the first <h1> or of
    the first ones after its </h1> (as for ``printed_date``), and short; what
    stands beside its date, apart from the time, is a byline when it is
    nothing but names of people of two words or more.
    """
    for line in _above_headline_lines(html) + _headline_lines(html):
        if len(line) <= _DATE_LINE_CHARS and (date := _PRINTED_DATE.search(line)) and _date_of(date):
            rest = _CLOCK.sub(" ", line[: date.start()] + " | " + line[date.end() :])
            parts = [part for part in _DATE_LINE_PARTS.split(rest) if part.strip(" ,.:")]
            names = clean_authors(parts)
            # Nothing but names beside the date: "Am Sonntag, kurz nach 21 Uhr" is the story's.
            pieces = [p for part in parts for p in _NAME_SEPARATORS.split(part) if p.strip(" ,.:")]
            if names and len(names) == len(pieces) and all(len(name.split()) >= 2 for name in names):
                yield names


def _above_headline_lines(html: str) -> list[str]:
    """The last text lines just before the page's first <h1>: a date line printed above the headline."""
    opening = _H1_OPEN.search(html)
    if opening is None:
        return []
    window = html[max(0, opening.start() - _ABOVE_HEADLINE_CHARS) : opening.start()]
    window = window[window.find(">") + 1 :]  # not from inside a tag
    lines = (_SPACES.sub(" ", html_lib.unescape(text)).strip() for text in _TAG.split(window))
    return [line for line in lines if line][-_ABOVE_HEADLINE_LINES:]


def _headline_lines(html: str) -> list[str]:
    """The first text lines after the page's first </h1>, scripts and styles left out."""
    opening = _H1_OPEN.search(html)
    closing = _H1_CLOSE.search(html, opening.end()) if opening else None
    if closing is None:
        return []
    window = _SCRIPT.sub(" ", html[closing.end() : closing.end() + _UNDER_HEADLINE_CHARS])
    if unclosed := _UNCLOSED_SCRIPT.search(window):
        window = window[: unclosed.start()]
    lines = (_SPACES.sub(" ", html_lib.unescape(text)).strip() for text in _TAG.split(window))
    return [line for line in lines if line][:_UNDER_HEADLINE_LINES]


def labelled_date(html: str) -> dt.date | None:
    """The date a text labels as the publication's: "Veröffentlicht am 16.08.2019", "Written: 2023-11-07".

    The label opens a text node and the date follows it at once (tags may
    stand between them). For pages that print no date under the headline and
    declare none.
    """
    for label in _PUBLISHED_LABEL.finditer(html):
        after = html[label.end() : label.end() + _LABELLED_CHARS]
        text = _SPACES.sub(" ", html_lib.unescape(_TAG.sub(" ", after))).lstrip(" :")
        if (match := _PRINTED_DATE.match(text)) and (found := _date_of(match)):
            return found
    return None


def _printed(text: str) -> dt.date | None:
    """The first date written in ``text`` as pages print dates; None if none."""
    return next((found for match in _PRINTED_DATE.finditer(text) if (found := _date_of(match))), None)


def _date_of(match: re.Match[str]) -> dt.date | None:
    """The date of a ``_PRINTED_DATE`` match, if it is a real day from 1990 to tomorrow."""
    part = {name[0]: value for name, value in match.groupdict().items() if value is not None}
    month = int(part["m"]) if part["m"].isdigit() else _MONTHS[part["m"].lower()]
    try:
        found = dt.date(int(part["y"]), month, int(part["d"]))
    except ValueError:
        return None
    return found if found.year >= _EARLIEST_YEAR and found <= dt.date.today() + dt.timedelta(days=1) else None


def parse_date(value: str) -> dt.date | None:
    """A date or datetime from an ISO 8601 value or a day.month.year one; None if neither.

    The date is the one written, in the publisher's own time zone; a datetime
    keeps its offset when it has one.
    """
    today = dt.date.today()
    if match := _ISO.match(value):
        year, month, day = (int(match.group(i)) for i in (1, 2, 3))
        try:
            found = dt.date(year, month, day)
            if match.group(4):
                tz = _offset(match.group(7))
                second = int(match.group(6) or 0)
                found = dt.datetime(
                    year, month, day, int(match.group(4)), int(match.group(5)), second, tzinfo=tz
                )
        except ValueError:
            return None
    elif match := _DMY.search(value):
        try:
            found = dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        except ValueError:
            return None
    else:
        return None
    return (
        found if _day(found).year >= _EARLIEST_YEAR and _day(found) <= today + dt.timedelta(days=1) else None
    )


def _offset(text: str | None) -> dt.timezone | None:
    if not text:
        return None
    if text == "Z":
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
