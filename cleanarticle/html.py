"""HTML pages: trafilatura finds the main content; its structure becomes blocks.

Block offsets of an HTML article point into ``Article.text``: the blocks
trafilatura kept, one line each, joined by blank lines. What trafilatura
dropped from the page is not in the Article; see docs/api.md.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import chain
from typing import Any

import regex

from .config import Config
from .continued import find_continuation
from .lead import find_lead
from .markup import SCRIPTS
from .names import dated_bylines, name_key, pick_authors
from .page import prepare_page
from .pagedate import labelled_date, needs_page_date, pick_date, printed_date, time_element_date
from .pagemeta import read_page
from .pipeline import PageMeta, classify_blocks, empty_article
from .segment import RawBlock, segment_text
from .shape import word_key
from .types import Article, BlockKind

__all__ = ["clean_html"]

NO_CONTENT = "no article: trafilatura found no main content in the page"
# trafilatura reports pages without content as errors; that is our result, not the
# user's problem. A NullHandler keeps Python's last-resort handler off stderr.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())
_KINDS = {
    "head": BlockKind.HEADING,
    "item": BlockKind.LIST_ITEM,
    "quote": BlockKind.QUOTE,
    "row": BlockKind.TABLE,
    "code": BlockKind.CODE,
}
_CONTAINERS = {"list", "table", "div", "body", "section", "main", "article"}
_SAME_HEADLINE = 0.5  # share of words an <h1> must share with the page title to be its headline
_LINKED_LINE = 0.8  # a line this much inside a link is a link
_HEADLINE_PART_WORDS = 3  # the least words of the part of an <h1> taken for the headline
_INLINE_PART_WORDS = 2  # the most words of a part after the headline that belongs to it
_SITE_KEY_CHARS = 4  # the least letters of a site name found at the start of a longer one
_LEADING_DATE = regex.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*[-–—|:]\s+")
# " | Site", " - Site" …; a bar needs no spaces, nor a dash between CJK text and a site name.
_TITLE_SEPARATORS = regex.compile(
    r"\s+(?:\||-|–|—|::|·|•|»|/|│)\s+|\s*[|│]\s*|(?<=[\p{Han}\p{Hiragana}\p{Katakana}！？。])[-–—_]"
)
_DOMAIN = regex.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,6}/?", regex.IGNORECASE)
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


# Source white space inside an element is layout, as a browser renders it. Soft
# hyphens and zero-width spaces, hints for line breaking, are the text's own
# characters and stay in the body; the title, metadata, goes without them.
_SPACES = regex.compile(r"\s+")
_INVISIBLE = regex.compile("[\u00ad\u200b\ufeff]")
# Elements that start a line of their own when nested (inline <code> does not).
_BLOCK_TAGS = {"head", "p", "item", "list", "quote", "row", "cell", "table", "div"}
# Elements that trafilatura leaves between paragraphs when the page's text ran
# through them: a link, a bold run. A paragraph cut there is glued back.
_INLINE = {"ref", "hi", "del"}
_SENTENCE_END = regex.compile(r"""[.!?…:;]["'”’»)\]]*$""")
_OPENS_MID_SENTENCE = regex.compile(r"[\p{Ll},.;:!?)\]…’”]")
_GLUE_TIGHT = regex.compile(r"[,.;:!?)\]…’”]")


_Line = tuple[str, float]  # a line of text and the share of it inside links


def _visible(text: str) -> str:
    return _SPACES.sub(" ", text)


def _lines_of(element: Any) -> list[_Line]:
    """The lines of an element (<lb/> and nested blocks break lines), each with its link share."""
    pieces: list[tuple[str, bool]] = []  # text and whether it is link text; "\n" breaks

    def walk(node: Any, in_link: bool) -> None:
        in_link = in_link or node.tag == "ref"
        if node.tag == "lb" or node.tag in _BLOCK_TAGS:
            pieces.append(("\n", False))
        if node.text and node.tag != "lb":
            pieces.append((_visible(node.text), in_link))
        for child in node:
            walk(child, in_link)
            if child.tag in _BLOCK_TAGS:
                pieces.append(("\n", False))
            if child.tail:
                pieces.append((_visible(child.tail), in_link))

    walk(element, False)
    lines: list[_Line] = []
    text, linked = "", 0
    for piece, is_link in [*pieces, ("\n", False)]:
        if piece == "\n":
            # segment_text splits at every break str.splitlines() knows, as text input does.
            share = min(1.0, linked / max(1, len(text.strip())))
            lines.extend((raw.text, share) for raw in segment_text(text, unwrap=False))
            text, linked = "", 0
        else:
            text += piece
            linked += len(piece.strip()) if is_link else 0
    return lines


def _share(lines: list[_Line]) -> float:
    """The link share of several lines together."""
    chars = sum(len(t) for t, _ in lines)
    return sum(len(t) * d for t, d in lines) / chars if chars else 0.0


@dataclass(frozen=True, slots=True)
class _Piece:
    """The lines of one element, before pieces cut mid-sentence are glued back."""

    lines: list[_Line]
    kind: BlockKind
    share: float
    inline: bool  # a link, a highlight or loose text that stood between paragraphs
    para: bool  # holds a <p>


def _pieces(body: Any) -> Iterator[_Piece]:
    for child in body:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("list", "table") or (tag in _CONTAINERS and len(child)):
            if tag == "table":
                yield from _rows(child)
            else:
                yield from _pieces(child)
        elif tag:
            # A line's link share is its element's: a teaser's linked title and its dek are one link box.
            kind, lines = _KINDS.get(tag, BlockKind.PARAGRAPH), _lines_of(child)
            share = _share(lines)
            # A list item that opens with a link line and goes on with a dek is a teaser.
            if kind is BlockKind.LIST_ITEM and len(lines) >= 2 and lines[0][1] >= _LINKED_LINE:
                share = max(share, lines[0][1])
            if lines:
                yield _Piece(lines, kind, share, tag in _INLINE, tag == "p")
        if child.tail and child.tail.strip():
            yield _Piece([(" ".join(child.tail.split()), 0.0)], BlockKind.PARAGRAPH, 0.0, True, False)


def _rows(table: Any) -> Iterator[_Piece]:
    """A row is a block, its cells joined by " | ", unless a cell holds several lines:
    then the table lays out the page, and its lines are paragraphs."""
    for row in table.iter("row"):
        cells = [_lines_of(cell) for cell in row]
        lines = [line for cell in cells for line in cell]
        if any(len(cell) > 1 for cell in cells):
            yield from (_Piece([line], BlockKind.PARAGRAPH, line[1], False, False) for line in lines)
        elif lines:
            row_line = (" | ".join(t for t, _ in lines), 0.0)
            yield _Piece([row_line], BlockKind.TABLE, _share(lines), False, False)


def _glued(pieces: list[_Piece]) -> Iterator[_Piece]:
    """Glue back a paragraph that trafilatura cut at a link or loose text between its <p>s.

    The cut shows on both sides: the <p> before the inline pieces stops
    mid-sentence and the <p> after them opens mid-sentence.
    """
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        end = i + 1
        while end < len(pieces) and pieces[end].inline:
            end += 1
        if end > i + 1 and end < len(pieces) and _cut(piece, pieces[end]):
            piece = _joined(pieces[i : end + 1])
            pieces[end] = piece  # the glued paragraph may be cut again further on
            i = end
            continue
        yield piece
        i += 1


def _cut(before: _Piece, after: _Piece) -> bool:
    return (
        before.para
        and after.para
        and _SENTENCE_END.search(before.lines[-1][0]) is None
        and _OPENS_MID_SENTENCE.match(after.lines[0][0]) is not None
    )


def _joined(pieces: list[_Piece]) -> _Piece:
    lines = list(pieces[0].lines)
    for piece in pieces[1:]:
        (text, _), first = lines[-1], piece.lines[0][0]
        lines[-1] = (text + ("" if _GLUE_TIGHT.match(first) else " ") + first, 0.0)
        lines.extend(piece.lines[1:])
    share = _share([line for piece in pieces for line in piece.lines])
    return _Piece(lines, BlockKind.PARAGRAPH, share, False, True)


def _elements(body: Any) -> Iterator[tuple[str, BlockKind, float]]:
    for piece in _glued(list(_pieces(body))):
        for text, _ in piece.lines:
            yield text, piece.kind, piece.share


def _blocks(body: Any, tree: Any = None) -> tuple[list[RawBlock], str]:
    """One raw block per non-blank line of each element; the text they point into.

    The lead that the page printed above the body container goes before the
    first paragraph (lead.py), the story continued in containers after an ad
    after its last one (continued.py). Both look in ``tree``, the parsed page,
    which this changes (page.prepare_page).
    """
    elements = list(_elements(body))
    if tree is not None and elements:
        tree = prepare_page(tree)
        texts = [text for text, _, _ in elements]
        lead, more = find_lead(tree, texts), find_continuation(tree, texts)
        if more is not None:
            elements[more[0] : more[0]] = [(text, kind, 0.0) for text, kind in more[1]]
        if lead is not None:
            elements.insert(lead[0], (lead[1], BlockKind.PARAGRAPH, 0.0))
    pieces, blocks, offset = [], [], 0
    for text, kind, density in elements:
        blocks.append(RawBlock(text, offset, offset + len(text), kind, density))
        pieces.append(text)
        offset += len(text) + 2
    return blocks, "\n\n".join(pieces)


def _words(text: str) -> float:
    """Words of a title part; scripts written without spaces count a word per two characters."""
    cjk = len(_CJK.findall(text))
    return len(text.split()) + cjk / 2 if cjk else len(text.split())


def _title(title: str | None, site: str | None) -> str | None:
    """The headline without a ' | Site' or ' - Site' part.

    With the site's name known, a title none of whose parts is that name has
    no site part and stays whole. Otherwise the site is taken to be the short
    parts around the longest one.
    """
    if not title:
        return None
    parts = _TITLE_SEPARATORS.split(title.strip())
    if len(parts) == 1:
        return title.strip()
    site_key = name_key(site or "")
    kept = [p for p in parts if not (_is_site(name_key(p), site_key) or _DOMAIN.fullmatch(p))] or parts
    if site_key and len(kept) == len(parts):
        return title.strip()
    if len(kept) > 1:
        # The site name is the short end part: keep the longest run of words.
        longest = max(kept, key=_words)
        if _words(longest) >= 3:
            others = [p for p in kept if p is not longest]
            if all(_words(p) <= 4 for p in others):
                return longest
        return " - ".join(kept) if site_key and len(kept) < len(parts) else title.strip()
    return kept[0]


def _is_site(part_key: str, site_key: str) -> bool:
    """A title part names the site: "homify" of "Homify GmbH", "Acme.com" of "Acme"."""
    if not part_key or not site_key:
        return False
    short, long = sorted((part_key, site_key), key=len)
    return short == long or (len(short) >= _SITE_KEY_CHARS and long.startswith(short))


# Plain `re` for the scans of the whole page: faster than `regex` on long sources.
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TAG_OR_TEXT = re.compile(r"<[^>]*>|[^<]+")


def _headings(html: str) -> list[str]:
    """The texts of the page's <h1> elements, read from the source without parsing it again.

    An <h1> made of several parts (a kicker span, then the headline span)
    gives its longest part and what follows it, when that part has three
    words or more: a kicker comes first, while a short part after the
    headline (an <abbr>, a <code>) belongs to it.
    """
    out = []
    for match in _H1.finditer(html):
        inner = SCRIPTS.sub(" ", match.group(1))
        parts = [
            " ".join(html_lib.unescape(piece).split())
            for piece in _TAG_OR_TEXT.findall(inner)
            if not piece.startswith("<")
        ]
        parts = [p for p in parts if p]
        text = " ".join(parts)
        if len(parts) >= 2:
            # The last of the longest parts: a kicker as long as the headline comes before it.
            start = max(reversed(range(len(parts))), key=lambda i: len(parts[i].split()))
            if len(parts[start].split()) >= _HEADLINE_PART_WORDS:
                end = start + 1
                while (
                    end < len(parts)
                    and len(parts[end].split()) <= _INLINE_PART_WORDS
                    and parts[end][0].isalpha()
                ):
                    end += 1
                text = " ".join(parts[start:end])
        if 1 <= len(text.split()) <= 40:
            out.append(text)
    return out


def _overlap(a: str, b: str) -> float:
    x, y = set(word_key(a).split()), set(word_key(b).split())
    return len(x & y) / max(1, min(len(x), len(y)))


def _headline(title: str | None, headings: list[str]) -> str | None:
    """The visible headline: the <h1> that says what the page title says, else the title.

    Soft hyphens and zero-width spaces go, and so does a date that opens it.
    """
    if not title:
        return None
    chosen = next((h for h in headings if _overlap(h, title) >= _SAME_HEADLINE), title)
    return _LEADING_DATE.sub("", _INVISIBLE.sub("", chosen)).strip() or None


def _extract(html: str, *, fast: bool = False) -> tuple[Any, Any]:
    """trafilatura's main content of the page, and the parsed page for the metadata fallbacks.

    The page is parsed once: trafilatura extracts from its own copy of the tree.
    Its metadata pass is not run; ``_page_meta`` reads the source itself.
    ``fast`` skips trafilatura's fallback extractors (Config.fast_html).
    """
    import trafilatura
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
        if tree is None:
            return None, None
        # No url: trafilatura would only make the links absolute, and we read their text.
        doc = trafilatura.bare_extraction(
            tree,
            with_metadata=False,
            include_comments=False,
            include_tables=True,
            include_links=True,
            fast=fast,
        )
        return doc, tree
    except (RecursionError, ValueError, MemoryError):
        return None, None


def _page_meta(html: str, tree: Any, url: str | None) -> PageMeta:
    """Title, authors, date and the rest from the source (pagemeta); htmldate as the date's fallback.

    The date printed under the headline comes first, then the declared one,
    then a date labelled as the publication's ("Veröffentlicht am …"), then
    the page's first <time datetime=…> element; htmldate reads the date from
    the page when none of them is found or the declared one is a UTC time.
    (trafilatura's author search, the authors' fallback, runs in clean_html,
    on the tree _blocks has emptied.)
    """
    facts = read_page(html)
    declared = facts.published
    printed = printed_date(html) or (
        (labelled_date(html) or time_element_date(html)) if declared is None else None
    )
    found = _find_date(tree, url) if printed is None and needs_page_date(declared) else None
    site = facts.site_name
    headings = _headings(html)
    # No declared title: the page's only <h1>, else its <title>.
    title = facts.title or (headings[0] if len(headings) == 1 else facts.page_title)
    return PageMeta(
        title=_headline(_title(title, site), headings),
        authors=pick_authors(
            chain(facts.author_values(), facts.text_bylines(), dated_bylines(html)), url=url, site=site
        ),
        published=pick_date(declared, found, printed=printed),
        site_name=site,
        language=facts.language,
        description=facts.description,
    )


def _find_date(tree: Any, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        found = find_date(
            tree, extensive_search=True, original_date=True, url=url, max_date=dt.date.today().isoformat()
        )
    except (ValueError, RecursionError):
        return None
    return found if isinstance(found, str) else None


def _fallback_author(tree: Any) -> Iterator[str]:
    """trafilatura's author search (bylines by markup), run when asked for."""
    from trafilatura.metadata import extract_author

    try:
        if author := extract_author(tree):
            yield author
    except (ValueError, RecursionError):
        return


def clean_html(html: str, *, url: str | None, config: Config) -> Article:
    """Extract the main content with trafilatura and classify it like text."""
    doc, tree = _extract(html, fast=config.fast_html)
    if doc is None or doc.body is None:
        return empty_article(PageMeta(), NO_CONTENT, text="", url=url, input_format="html")
    meta = _page_meta(html, tree, url)  # before _blocks, which changes the tree
    raw, text = _blocks(doc.body, tree)
    if not meta.authors:  # trafilatura's author search, on the tree _blocks emptied of scripts and menus
        meta = replace(meta, authors=pick_authors([_fallback_author(tree)], url=url, site=meta.site_name))
    if not raw:
        return empty_article(meta, NO_CONTENT, text="", url=url, input_format="html")
    return classify_blocks(raw, text, url=url, config=config, input_format="html", meta=meta)
