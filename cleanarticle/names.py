"""People's names from author strings: cleaned, and picked among the page's sources.

pagemeta.py collects the author strings a page holds (JSON-LD, <meta> tags,
author markup, text bylines); this module makes names of them
(``clean_authors``: no "By", no organisations, no dates, no degrees) and picks
the first source that names people (``pick_authors``), with the site's own
name only as a last resort and fuller forms of a short name from the sources
after it. ``dated_bylines`` reads the names beside the date under the headline.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import islice
from urllib.parse import urlsplit

from .markup import plain
from .pagedate import DATE_LINE_CHARS, date_span, headline_lines

__all__ = ["clean_authors", "dated_bylines", "fuller", "name_key", "pick_authors"]

_I = re.IGNORECASE
_NAME_PUNCTUATION = frozenset(" .'’_-")
_SITE_KEY_CHARS = 8  # the least letters of a site name that makes an author string opening with it the site's
_FULLER_SOURCES = 8  # how many sources after the first are read for the same names given more fully
# A site name written as its address: "https://www.fr.de" names "fr".
_SITE_URL = re.compile(r"^\s*(?:https?://)?(?:www\.)?|\.[a-z]{2,6}/?\s*$", _I)
_BYLINE_CHARS = 200  # a longer author string is an author's biography, not a byline

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


def pick_authors(
    sources: Iterable[Iterable[str]], *, url: str | None, site: str | None = None
) -> tuple[str, ...]:
    """The names of the first source that names people; the site's domain is not a name.

    The site's name (``site``, or the domain without its TLD: "IT Finanzmagazin"
    on it-finanzmagazin.de) is taken only when no source names anyone else,
    and an author string that starts with ``site`` and goes on ("Große Fragen
    und Inhalte aus …", a tagline) is the site's, not a byline. When the first
    source names someone by a single word, a source among the next few that
    names the same people more fully replaces it (``fuller``): the full name
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
    better: Callable[[tuple[str, ...]], bool]
    if all(_INITIALS.match(n) for n in chosen):  # "DT": a later source may name the person
        better = _full_names
    elif any(" " not in n for n in chosen):
        better = partial(fuller, chosen)
    else:
        return chosen
    named = (names for values in sources if (names := clean_authors(values)))
    return next((later for later in islice(named, _FULLER_SOURCES) if better(later)), chosen)


def _full_names(names: tuple[str, ...]) -> bool:
    """Every name has two words or more (initials have none: "DT", "J.F.")."""
    return all(" " in n for n in names)


def fuller(names: tuple[str, ...], later: tuple[str, ...]) -> bool:
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
