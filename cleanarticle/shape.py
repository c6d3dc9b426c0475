"""Shape features of a block: is it prose, a headline, a date, a link, a button?"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex

__all__ = ["Shape", "count_words", "shape_of", "word_key"]

_WORD = regex.compile(r"\w+(?:['’.-]\w+)*")
_KEY_WORD = regex.compile(r"\w+")
# The same words in ASCII text, where the standard library's ASCII \w is regex's \w and it
# finds them in about half the time; most lines of a page are ASCII.
_ASCII_WORD = re.compile(r"\w+(?:['.-]\w+)*", re.ASCII)
_ASCII_KEY_WORD = re.compile(r"\w+", re.ASCII)
# Scripts written without spaces between words: a word per two characters, as for HTML titles.
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_CJK_CHARS = 2
_CJK_FIRST = "\u1100"  # the lowest code point _CJK matches (Hangul Jamo): a text below it has none
_SENTENCE_END = regex.compile(
    r"""[.!?…:;。！？；：]["'”’»)\]」』）]*$|[.!?…。！？]["'”’»)\]」』）]+\s*\S{0,3}$"""
)
_DATE_ONLY = regex.compile(
    r"^(?:(?:published|updated|posted|last (?:updated|modified)|modified|am|on|date|stand)\W*)?"
    r"[\w ,./:|+()-]{0,60}$"
)
# An emoji or emoticon closing a line ends it as a full stop would ('das gefällt mir 😉', 'See you <3').
_EMOJI_END = regex.compile(
    r"(?:\s*(?:(?![©®™])\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D|[:;=]-?[)(DPp]|<3))+\s*$"
)
_EMOJI_TAIL = 40  # the characters searched for it: a line's end, not its whole length
# The ASCII characters an emoji run can end in (the emoticons' last); a line ending in
# any other ASCII character but white space ends in no emoji, and is not searched.
_EMOTICON_ENDS = frozenset(")(DPp3")
_DIGIT = regex.compile(r"\d")
# A date line holds a month name, a numeric date or a time of day. Two patterns, not one
# alternation: regex searches each in less than half the time it takes for both together.
_NUMERIC_DATE = regex.compile(
    # a numeric date, its separator twice, its middle part a day or a month: not a version '0.0.0'
    r"\b(?:0?[1-9]|[1-9]\d{1,3})([./-])(?:0?[1-9]|[12]\d|3[01])\1\d{1,4}\b"
    r"|\b\d{1,2}:\d\d\b",  # a time of day: '2 days ago at 07:52 am'
    regex.IGNORECASE,
)
_MONTH_NAME = regex.compile(
    # English month names and their abbreviations, whole words: not 'Martin', 'Julia', 'Markt', 'Decision'
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
    r"|\b(?:januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
    r"|octubre|noviembre|diciembre"
    # Portuguese, Italian, Dutch, Polish, Russian and Ukrainian (stems, for their cases)
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart"
    r"|mei|augustus|stycz\w*|luty|lutego|lutym|marzec|marc[au]|kwie[ct]\w*|maj[au]?|czerw[ic]\w*|lipi?ec"
    r"|lipc[au]|sierp\w*|wrze[sś]\w*|paźdz\w*|listopad\w*|grud[zn]\w*"
    r"|январ\w*|феврал\w*|март\w*|апрел\w*|ма[яй]|июн\w*|июл\w*|август\w*"
    r"|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|січ\w*|лют\w*|берез\w*|квіт\w*|трав\w*|черв\w*"
    r"|лип\w*|серп\w*|верес\w*|жовт\w*|листопад\w*|груд\w*)\b",
    regex.IGNORECASE,
)
_LINKY = regex.compile(r"https?://|www\.|\.(?:com|org|net|de|uk|ru)\b|@\w|#\w", regex.IGNORECASE)
_BYLINE = regex.compile(
    r"^(?i:by|von|par|por|di|door|от|автор|автори|autor|autorzy|tekst:?|de)\s+"
    r"(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|da|der|del|la|le|bin|al|and|und|et|y|e|&|,)){0,9})"
    r"\s*(?:[,|/–—-].{0,60})?$",
)


class Shape(NamedTuple):
    """What a block looks like, independent of what it says.

    Immutable, as a frozen dataclass would be, but made in a third of the time:
    text mode makes one for every distinct line of a page.
    """

    words: int
    chars: int
    sentence: bool  # ends like a sentence, or in an emoji or emoticon
    date_like: bool  # a date or a 'Published …' line and little else
    linky: bool  # urls, handles, hashtags
    byline: str | None  # the names after 'By', when the block is a byline
    question: bool

    @property
    def prose(self) -> bool:
        """Long enough and sentence-like: the stuff stories are made of."""
        return not self.linky and (self.words >= 20 or (self.words >= 7 and self.sentence))

    @property
    def headline(self) -> bool:
        """Could be a headline: a few words, not a sentence that ends in a full stop."""
        return (
            2 <= self.words <= 30
            and not self.date_like
            and not self.linky
            and self.byline is None
            and not _ends_with_period(self)
        )


def _ends_with_period(shape: Shape) -> bool:
    return shape.sentence and not shape.question


@lru_cache(maxsize=4096)  # the text mode keys each line several times
def word_key(text: str) -> str:
    """The words of ``text``, casefolded, one space apart: equal for the same line in any case."""
    if text.isascii():  # casefold() is lower() there
        return " ".join(_ASCII_KEY_WORD.findall(text.lower()))
    return " ".join(_KEY_WORD.findall(text.casefold()))


def count_words(text: str) -> int:
    """The words of ``text``; in scripts written without spaces, a word per two characters."""
    if text.isascii():
        return len(_ASCII_WORD.findall(text))
    cjk = 0 if max(text) < _CJK_FIRST else len(_CJK.findall(text))
    words = _WORD.findall(_CJK.sub(" ", text) if cjk else text)
    return len(words) + (cjk + _CJK_CHARS - 1) // _CJK_CHARS


def shape_of(text: str) -> Shape:
    """Measure one block's text."""
    n = count_words(text)
    stripped = text.rstrip("\"'”’»)]」』） ")
    date_like = (  # the month search, the dearest test, last
        n <= 12
        and _DIGIT.search(text) is not None
        and _DATE_ONLY.match(text) is not None
        and (_NUMERIC_DATE.search(text) is not None or _MONTH_NAME.search(text) is not None)
    )
    byline = _BYLINE.match(text) if n <= 14 else None
    return Shape(
        words=n,
        chars=len(text),
        sentence=_SENTENCE_END.search(text) is not None or _emoji_end(text),
        date_like=date_like,
        linky=n <= 6 and _LINKY.search(text) is not None,
        byline=byline.group(1).strip(" ,&") if byline else None,
        question=stripped.endswith(("?", "？")),
    )


def _emoji_end(text: str) -> bool:
    last = text[-1:]
    if last.isascii() and last and last not in _EMOTICON_ENDS and not last.isspace():
        return False
    return _EMOJI_END.search(text[-_EMOJI_TAIL:]) is not None
