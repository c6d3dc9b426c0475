"""Dates a page declares and prints: ISO and day.month.year values, the date line under the headline.

Read from the source, as pagemeta.py reads the rest: the declared date
(``parse_date`` of a <meta> or JSON-LD value), the date printed under the
headline (``printed_date``), a date labelled as the publication's
(``labelled_date``), and the choice among them and htmldate's
(``pick_date``). See docs/api.md for the order.
"""

from __future__ import annotations

import datetime as dt
import re

from .markup import SCRIPTS, TAG, plain, text_lines

__all__ = [
    "DATE_LINE_CHARS",
    "date_span",
    "headline_lines",
    "labelled_date",
    "needs_page_date",
    "parse_date",
    "pick_date",
    "printed_date",
    "time_element_date",
]

_I = re.IGNORECASE

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
# A <time> element with its date for machines: <time datetime="2022-01-25">25.01.2022</time>.
_TIME_ELEMENT = re.compile(r"<time\b[^>]*?\bdatetime\s*=\s*[\"']?([^\"'>]+)", _I)
_MACHINE_TIME = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}T")  # an ISO timestamp in the text is markup for machines
_H1_OPEN = re.compile(r"<h1\b", _I)
_H1_CLOSE = re.compile(r"</h1\s*>", _I)
_UNCLOSED_SCRIPT = re.compile(r"<(?:script|style)\b", _I)
_UNDER_HEADLINE_CHARS = 6000  # how far past the headline's </h1> its byline and date line are looked for
_ABOVE_HEADLINE_CHARS = 400  # how far before the first <h1> a date line with a byline is looked for
_ABOVE_HEADLINE_LINES = 2
_UNDER_HEADLINE_LINES = 10  # the text nodes read there: the byline, the date line, a kicker …
DATE_LINE_CHARS = 80  # a longer text node is prose, whose dates are the story's, not the page's


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
    published on the hour too (15:00Z, 16:30Z).
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


def headline_lines(html: str, *, above: bool = False) -> list[str]:
    """The first text lines after the page's first </h1>; with ``above``, the last ones before it first."""
    return (_above_headline_lines(html) if above else []) + _headline_lines(html)


def date_span(line: str) -> tuple[int, int] | None:
    """Where the first date written in ``line`` as pages print dates stands, if it is a real day."""
    match = _PRINTED_DATE.search(line)
    return match.span() if match and _date_of(match) else None


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
        if len(line) <= DATE_LINE_CHARS and not _MACHINE_TIME.match(line) and (found := _printed(line)):
            return found
    return None


def _above_headline_lines(html: str) -> list[str]:
    """The last text lines just before the page's first <h1>: a date line printed above the headline."""
    opening = _H1_OPEN.search(html)
    if opening is None:
        return []
    window = html[max(0, opening.start() - _ABOVE_HEADLINE_CHARS) : opening.start()]
    window = window[window.find(">") + 1 :]  # not from inside a tag
    return text_lines(window)[-_ABOVE_HEADLINE_LINES:]


def _headline_lines(html: str) -> list[str]:
    """The first text lines after the page's first </h1>, scripts and styles left out."""
    opening = _H1_OPEN.search(html)
    closing = _H1_CLOSE.search(html, opening.end()) if opening else None
    if closing is None:
        return []
    window = SCRIPTS.sub(" ", html[closing.end() : closing.end() + _UNDER_HEADLINE_CHARS])
    if unclosed := _UNCLOSED_SCRIPT.search(window):
        window = window[: unclosed.start()]
    return text_lines(window)[:_UNDER_HEADLINE_LINES]


def labelled_date(html: str) -> dt.date | None:
    """The date a text labels as the publication's: "Veröffentlicht am 16.08.2019", "Written: 2023-11-07".

    The label opens a text node and the date follows it at once (tags may
    stand between them). For pages that print no date under the headline and
    declare none.
    """
    for label in _PUBLISHED_LABEL.finditer(html):
        after = html[label.end() : label.end() + _LABELLED_CHARS]
        text = plain(TAG.sub(" ", after)).lstrip(" :")
        if (match := _PRINTED_DATE.match(text)) and (found := _date_of(match)):
            return found
    return None


def time_element_date(html: str) -> dt.date | None:
    """The date of the page's first ``<time datetime=…>`` element.

    The element a page prints its date in, with the date for machines beside
    it; for pages that print no date under the headline and declare none.
    (Looking for it only after the first </h1> found fewer right dates on the
    dev pages: the story's date often stands above the headline or there is no <h1>.)
    """
    match = _TIME_ELEMENT.search(html)
    return parse_date(match.group(1)) if match else None


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
