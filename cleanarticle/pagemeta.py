"""What a page says about itself: <meta> tags, JSON-LD and author markup, read from the source.

The page is not parsed again: a few regular expressions find the ``<meta>``
tags, the ``application/ld+json`` scripts and the elements marked as the
author's (``rel="author"``, ``itemprop="author"``, a class naming the author
or the byline), which is all the metadata needs. The article's own JSON-LD
object (an ``Article``, ``NewsArticle``, ``BlogPosting`` …) comes first, then
the ``<meta>`` tags, then the markup; the caller falls back to trafilatura's
findings for what none of them gives. Dates, declared and printed, are
read by pagedate.py.
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

from .markup import SCRIPTS, TAG, plain
from .pagedate import DATE_LINE_CHARS, date_span, headline_lines, parse_date

__all__ = [
    "PageFacts",
    "clean_authors",
    "dated_bylines",
    "name_key",
    "pick_authors",
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
_NAME_PUNCTUATION = frozenset(" .'’_-")
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
_OTHER_AUTHOR_KEY = re.compile(r"^(?!.*banner).*(?:^|[:._-])author(?:s|_name)?$")
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline")
_SITE_KEYS = ("og:site_name", "application-name", "publisher")
_DESCRIPTION_KEYS = ("description", "og:description", "twitter:description", "dc.description")

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
_NAME_SEPARATORS = re.compile(r"\s*(?:;|,|&|\||·|•|\s[-–—]\s|\band\b|\bund\b|\bet\b|\by\b|\bu\.|\bи\b)\s*")
_DEGREE = re.compile(r"^(?:ph\.?\s?d|m\.?d|m\.?sc?|b\.?sc?|m\.?a|r\.?d|r\.?n|mph|mba|jr|sr)\.?$", _I)
_ORGANISATION = re.compile(
    r"\b(?:news|staff|team|desk|editors?|editorial|redaktion|redacción|rédaction|agency|agencies|press|reuters"
    r"|afp|ap|dpa|apa|epa|kna|wire|media|online|magazine|newsroom|bureau|contributors?|admin|gmbh|inc|ltd"
    r"|group|tass|support|verlag|gruppe|e\.\s?v|content|sponsored|gesponserte?|anzeige|advertorial|werbung)\b|\.(?:com|de|org|net|at|ch|fr|es|it|pl|ru|uk)\b|https?:|www\.|@",
    _I,
)
_NAME_WORDS = (1, 5)
# "Redaktion: Eberhard Fuhr (Pressesprecher)": the editor's label, with its colon, and a role in brackets.
_EDITED_BY = re.compile(r"^\s*(?:redaktion|redacción|rédaction|redazione|editor|edited by)\s*:\s*", _I)
_ROLE = re.compile(r"\s*\([^()]*\)\s*$")
# Initials that sign a piece ("DT", "J.F."): a name, but a later source may give it in full.
_INITIALS = re.compile(r"^(?:[A-ZÄÖÜ]\.?){2,3}$")
# Lower-case words a name may hold: nobiliary and family particles.
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "les"}
    | {"el", "al", "bin", "ibn", "ben", "ter", "zu", "y", "e", "of", "st"}
)
# Form labels and placeholders that author markup holds instead of a name, and the words of date
# lines that it holds beside a date ("Stand: 12.05.2020", "Donnerstag, 4. November 2021").
_NOT_NAMES = frozenset(
    {"name", "datum", "date", "author", "autor", "no author", "unknown", "anonymous", "guest", "gast"}
    | {"stand", "posted", "updated", "aktualisiert", "veröffentlicht", "published", "publié", "publicado"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"}
    | {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
    | {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"}
    | {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"}
)
# The last word of a comment's header ("Jane said:", "Max schreibt"): a commenter, not the author.
_SAID = frozenset(
    {"said", "says", "wrote", "writes", "sagt", "sagte", "schreibt", "schrieb", "dit", "dice", "dijo"}
)
# What ties a date in an author string to the name before it: "Jane am 29.12.2010", "Jane Doe Do 9 Apr".
_ON = re.compile(
    r"(?:(?:^|\s+)(?:am|on|le|el|il|em|op|at|um|vom|du|del))?"
    r"(?:(?:^|\s+)(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lu|ma|me|je|ve)\w*\.?,?)?\s*$",
    _I,
)
# "Pressemitteilung von Katja Kipping": "von" and then a whole name, not a particle in one.
_VON_NAME = re.compile(r"^\S+(?:\s+\S+)?\s+von\s+(\S+(?:\s+\S+)+)$")


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


def pick_authors(
    sources: Iterable[Iterable[str]], *, url: str | None, site: str | None = None
) -> tuple[str, ...]:
    """The names of the first source that names people; the site's domain is not a name.

    The site's name (``site``, or the domain without its TLD: "IT Finanzmagazin"
    on it-finanzmagazin.de) is taken only when no source names anyone else,
    and an author string that starts with ``site`` and goes on ("Große Fragen
    und Inhalte aus …", a tagline) is the site's, not a byline. When the first
    source names someone by a single word, a source among the next few that
    names the same people more fully replaces it (``_fuller``): the full name
    for a first name or a username. Initials alone ("DT") give way to the
    first of those sources that names people in full. (Reading on costs a
    scan of the page, so a first source of full names is not checked for
    co-authors here; see ``PageFacts.author_values`` for the <meta> tags.)
    """
    host = (urlsplit(url or "").hostname or "").removeprefix("www.")
    not_authors = {name_key(host)} - {""}
    site_key = name_key(_SITE_URL.sub("", site or ""))
    # The site's name, and its domain without the TLD ("IT Finanzmagazin" on it-finanzmagazin.de).
    site_keys = {site_key, name_key(host.rpartition(".")[0])} - {""}
    site_only: tuple[str, ...] = ()
    chosen: tuple[str, ...] = ()
    sources = iter(sources)
    for values in sources:
        if site_key:
            values = [v for v in values if not _site_tagline(name_key(v), site_key)]
        if whole := [v for v in values if name_key(v) in site_keys]:  # "Jobs & Hire" is one name
            site_only = site_only or clean_authors(whole)
            values = [v for v in values if name_key(v) not in site_keys]
        if names := tuple(n for n in clean_authors(values) if name_key(n) not in not_authors):
            if all(name_key(n) in site_keys for n in names):
                site_only = site_only or names
                continue
            chosen = tuple(n for n in names if name_key(n) not in site_keys)
            break
    if not chosen:
        return site_only
    if all(_INITIALS.match(n) for n in chosen):  # "DT": a later source may name the person
        named = (names for values in sources if (names := clean_authors(values)))
        return next((later for later in islice(named, _FULLER_SOURCES) if _full_names(later)), chosen)
    if any(" " not in n for n in chosen):
        named = (names for values in sources if (names := clean_authors(values)))
        for later in islice(named, _FULLER_SOURCES):
            if _fuller(chosen, later):
                return later
    return chosen


def _full_names(names: tuple[str, ...]) -> bool:
    return all(" " in n and not _INITIALS.match(n) for n in names)


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
        value = plain(value)  # no-break spaces too
        if value.startswith(("http://", "https://")) or len(value) > _BYLINE_CHARS:
            continue
        found: list[str] = []
        phrase = False  # a part of several words, lower-case ones among them: prose or an institution
        value = _ROLE.sub("", _EDITED_BY.sub("", value))
        for part in _NAME_SEPARATORS.split(_BYLINE_LEAD.sub("", _without_dates(value))):
            name = _whole_name(_BYLINE_LEAD.sub("", part).strip(" .|:-–—"))
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
                and words[-1].casefold().rstrip(":") not in _SAID
            ):
                found.append(name)
            elif len(words) >= 2 and not any(c.isdigit() for c in name) and not _looks_like_name(words):
                phrase = True
        # Its single words are pieces of it ("Landesanstalt für Wald und Forstwirtschaft - LWF").
        names.extend(n for n in found if not phrase or " " in n)
    return tuple(dict.fromkeys(names))


def _without_dates(value: str) -> str:
    """``value`` with each date it holds, and the word that ties the date to a name, made a separator."""
    while span := date_span(value):
        value = _ON.sub("", value[: span[0]]) + " | " + value[span[1] :]
    return value


def _whole_name(name: str) -> str:
    """The name after "von" when a whole name follows it: "Pressemitteilung von Katja Kipping"."""
    match = _VON_NAME.match(name)
    if match and all(word[0].isupper() and word.casefold() not in _PARTICLES for word in match[1].split()):
        return match[1]
    return name


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


def dated_bylines(html: str) -> Iterator[tuple[str, ...]]:
    """Names in the date line under the headline: "25.10.2022 - Jane Doe", "May 3, 2020 | Jane Doe".

    The line is one of the last two text lines before the first <h1> or of
    the first ones after its </h1> (as for ``printed_date``), and short; what
    stands beside its date, apart from the time, is a byline when it is
    nothing but names of people of two words or more.
    """
    for line in headline_lines(html, above=True):
        if len(line) <= DATE_LINE_CHARS and (span := date_span(line)):
            rest = _CLOCK.sub(" ", line[: span[0]] + " | " + line[span[1] :])
            parts = [part for part in _DATE_LINE_PARTS.split(rest) if part.strip(" ,.:")]
            names = clean_authors(parts)
            # Nothing but names beside the date: "Am Sonntag, kurz nach 21 Uhr" is the story's.
            pieces = [p for part in parts for p in _NAME_SEPARATORS.split(part) if p.strip(" ,.:")]
            if names and len(names) == len(pieces) and all(len(name.split()) >= 2 for name in names):
                yield names
