"""The story's furniture: headline, byline, date lines and the dateline of the lede."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .classify import Verdict
from .shape import Shape, word_key
from .types import BlockKind, Category, Label, Reason

__all__ = ["Furniture", "find_dateline", "find_furniture", "mark_html_edges", "split_authors"]

_LOOK_BACK = 4  # blocks above the story searched for its headline and byline
_LINKY = 0.5  # a block with this share of its text in links points elsewhere
_LINK_LINE = 0.8  # a short line that is all link is a pointer to another page
_LINK_LINE_WORDS = 25
_BYLINE_BLOCKS = 3  # a byline trafilatura keeps stands among the first blocks
# The verdicts of the story's furniture (frozen, so shared).
_BYLINE_LINE = Verdict(Label.BYLINE, None, (Reason("structure.byline"),), 0.0)
_DATE_LINE = Verdict(Label.BOILERPLATE, Category.METADATA, (Reason("structure.date_line"),), 0.0)
_TITLE_AGAIN = Verdict(Label.TITLE, None, (Reason("structure.title_repeated"),), 0.0)
_REPEAT = Verdict(Label.BOILERPLATE, Category.OTHER, (Reason("structure.repeated"),), 0.0)
_ELLIPSIS = regex.compile(r"\s*(?:\.{3}|…)\s*$")
_COPY_WORDS = 10  # the least words of a block taken for a copy of the story
# Removed headings whose section is furniture too, when it closes the story.
_SECTION_CATEGORIES = {
    Category.LEGAL,
    Category.RELATED,
    Category.COMMENTS,
    Category.NEWSLETTER,
    Category.SOCIAL,
    Category.CONTACT,
}
# 'TBILISI —', 'WASHINGTON (Reuters) -', 'LONDON, March 3 (AP) —' at the start of the lede.
_DATELINE = regex.compile(
    r"^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}?\p{Lu})"
    r"(?:,\s*[\p{L}. ]{2,30}?(?:,?\s*\d{1,2})?)?"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?"
    r"(?:—|–|--|-|:)\s"
)


@dataclass(frozen=True, slots=True)
class Furniture:
    """What sits above the story, and the labels it changes."""

    title: str | None
    authors: tuple[str, ...]
    relabel: dict[int, Verdict]


def split_authors(names: str) -> tuple[str, ...]:
    parts = regex.split(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*", names)
    return tuple(p.strip() for p in parts if p.strip())


def find_furniture(
    texts: Sequence[str],
    shapes: Sequence[Shape],
    verdicts: Sequence[Verdict],
    story_start: int,
) -> Furniture:
    """Find the headline nearest above the story, and a byline between them."""
    title: str | None = None
    authors: tuple[str, ...] = ()
    relabel: dict[int, Verdict] = {}
    for i in range(story_start - 1, max(-1, story_start - 1 - _LOOK_BACK), -1):
        shape, verdict = shapes[i], verdicts[i]
        if verdict.label is Label.BOILERPLATE and "story.outside" not in _ids(verdict):
            break  # a rule removed it: an appeal run lies between
        if shape.byline is not None and not authors:
            authors = split_authors(shape.byline)
            relabel[i] = _BYLINE_LINE
            continue
        if shape.date_like:
            relabel[i] = _DATE_LINE
            continue
        if shape.headline and verdict.score == 0:
            title = texts[i]
            relabel[i] = Verdict(Label.TITLE, None, (Reason("structure.headline"),), 0.0)
        break
    return Furniture(title, authors, relabel)


def mark_html_edges(
    texts: Sequence[str],
    kinds: Sequence[BlockKind],
    links: Sequence[float],
    shapes: Sequence[Shape],
    verdicts: Sequence[Verdict],
    title: str | None,
) -> dict[int, Verdict]:
    """Relabel what trafilatura keeps around an HTML story.

    A heading that repeats the page title is the title. A short line that is
    all link points to another page, unless it is a sentence with more of the
    story after it. A second copy of the story goes. After the last prose
    paragraph, a section whose heading heads nothing but links (or nothing at
    all), and link lists, are boxes of other stories.
    """
    relabel: dict[int, Verdict] = {}
    body = [i for i, v in enumerate(verdicts) if v.label is Label.BODY]
    folded_title = word_key(title) if title else None
    for i in body:
        # The title again, as a heading or a paragraph (alt text, a share card): not the story.
        if folded_title and word_key(texts[i]) == folded_title:
            relabel[i] = _TITLE_AGAIN
    relabel.update(_repeats(texts, {i for i in body if i not in relabel}))
    for i in body[:_BYLINE_BLOCKS]:
        if i in relabel:
            continue
        if shapes[i].byline is not None:
            relabel[i] = _BYLINE_LINE
        elif shapes[i].date_like:
            relabel[i] = _DATE_LINE
    prose = [i for i in body if kinds[i] is BlockKind.PARAGRAPH and shapes[i].prose]
    if not prose:
        return relabel
    relabel.update(_closing_sections(kinds, verdicts, prose))
    for i in body:
        if i in relabel or links[i] < _LINK_LINE or shapes[i].words > _LINK_LINE_WORDS:
            continue
        # A sentence that is all link, with the story going on after it, is the story citing.
        if not (shapes[i].prose and i < prose[-1]):
            reason = (Reason("structure.link_line"),)
            relabel[i] = Verdict(Label.BOILERPLATE, Category.RELATED, reason, 0.0)

    tail = [i for i in body if i > prose[-1] and i not in relabel]
    sections: list[list[int]] = []
    for i in tail:
        if kinds[i] is BlockKind.HEADING or not sections:
            sections.append([])
        sections[-1].append(i)
    for section in sections:
        head, rest = section[0], section[1:]
        headed = kinds[head] is BlockKind.HEADING
        if (headed and all(links[i] >= _LINKY for i in rest)) or (
            not headed and all(links[i] >= _LINKY and kinds[i] is BlockKind.LIST_ITEM for i in section)
        ):
            reason = (Reason("structure.link_box"),)
            for i in section:
                relabel[i] = Verdict(Label.BOILERPLATE, Category.RELATED, reason, 0.0)
    return relabel


def _repeats(texts: Sequence[str], body: set[int]) -> dict[int, Verdict]:
    """A paragraph that runs several earlier blocks together is a copy of the story.

    Pages carry the story a second time in one piece (a share card, a print or
    app copy); so does a teaser of the lede, cut short with an ellipsis. A
    block repeated alone is left: menus, recipes and tables repeat lines.
    """
    relabel: dict[int, Verdict] = {}
    seen: list[str] = []  # the word keys of the blocks so far, each between spaces
    run = " "  # all of them run together
    for i, text in enumerate(texts):
        cut = _ELLIPSIS.sub("", text)
        whole = word_key(text)
        key = whole if cut == text else word_key(cut)
        long = len(key.split()) >= _COPY_WORDS
        if cut != text:
            key = key.rpartition(" ")[0]  # a teaser may stop inside a word
        said = i in body and long and f" {key} " in run
        if said and (cut != text or not any(f" {key} " in earlier for earlier in seen)):
            relabel[i] = _REPEAT
        seen.append(f" {whole} ")
        run += seen[-1][1:]
    return relabel


def _closing_sections(
    kinds: Sequence[BlockKind], verdicts: Sequence[Verdict], prose: Sequence[int]
) -> dict[int, Verdict]:
    """A heading that a rule removed ("Related stories", "About Acme") takes its section with it,
    when the story stands before it: no prose follows the section, and the section
    holds less than half as much prose as came before the heading."""
    relabel: dict[int, Verdict] = {}
    for head, verdict in enumerate(verdicts):
        if kinds[head] is not BlockKind.HEADING or verdict.label is not Label.BOILERPLATE:
            continue
        if verdict.category not in _SECTION_CATEGORIES:
            continue
        end = head + 1
        while end < len(kinds) and kinds[end] is not BlockKind.HEADING:
            end += 1
        before = sum(i < head for i in prose)
        inside = sum(head < i < end for i in prose)
        if any(i >= end for i in prose) or inside * 2 > before:
            continue  # the story goes on after it, or is mostly under it
        reasons = (Reason("structure.closing_section"),)
        for i in range(head + 1, end):
            if verdicts[i].label is Label.BODY:
                relabel[i] = Verdict(Label.BOILERPLATE, verdict.category, reasons, 0.0)
    return relabel


def find_dateline(lede: str) -> str | None:
    """The place before the dash that opens the lede ('TBILISI —'), if there is one."""
    match = _DATELINE.match(lede)
    if match is None:
        return None
    place = match.group(1).strip()
    letters = [c for c in place if c.isalpha()]
    return place if len(letters) >= 2 and all(c.isupper() for c in letters) else None


def _ids(verdict: Verdict) -> set[str]:
    return {r.id for r in verdict.reasons}
