"""The public result types: labels, categories, blocks and the article."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .errors import CleanArticleError

__all__ = ["Article", "Block", "BlockKind", "Category", "Label", "Reason"]


class Label(StrEnum):
    """What a block is, as far as the reader of the article is concerned."""

    BODY = "body"
    TITLE = "title"
    DATELINE = "dateline"
    BYLINE = "byline"
    BOILERPLATE = "boilerplate"


class Category(StrEnum):
    """Why a boilerplate block is not part of the article."""

    DONATION = "donation"  # donation and support appeals
    MEMBERSHIP = "membership"  # membership, subscription and paywall prompts
    NEWSLETTER = "newsletter"  # newsletter and e-mail sign-up prompts
    SOCIAL = "social"  # app, follow and share prompts
    COMMENTS = "comments"  # comment prompts and comment sections
    RELATED = "related"  # related stories, "read more" lines, teasers
    COOKIE = "cookie"  # cookie and consent notices
    ADVERTISEMENT = "advertisement"  # ads and ad-free notices
    NAVIGATION = "navigation"  # menus, breadcrumbs, tag lists
    LEGAL = "legal"  # copyright, reprint notices, footers
    CONTACT = "contact"  # contact-the-reporter lines, tip lines
    CREDIT = "credit"  # photo and image credits
    METADATA = "metadata"  # dates, bylines and titles repeated outside the story
    OTHER = "other"  # boilerplate no rule names


class BlockKind(StrEnum):
    """The structural role a block had in its source."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE = "table"
    CODE = "code"


@dataclass(frozen=True, slots=True)
class Reason:
    """One piece of evidence: a rule or feature id, and the span it matched."""

    id: str
    start: int = -1  # offset of the match within the block text, -1 for features
    end: int = -1
    weight: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "start": self.start, "end": self.end, "weight": self.weight}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reason:
        return cls(str(data["id"]), int(data["start"]), int(data["end"]), float(data["weight"]))


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-sized piece of the input with its verdict.

    ``text`` is verbatim from the input, stripped only at its ends, and
    ``source[start:end].strip() == text`` for the text the article was made from.
    """

    text: str
    start: int
    end: int
    label: Label
    category: Category | None = None
    reasons: tuple[Reason, ...] = ()
    score: float = 0.0
    kind: BlockKind = BlockKind.PARAGRAPH

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The ids of the rules and features that decided the label."""
        return tuple(dict.fromkeys(r.id for r in self.reasons))

    @property
    def is_kept(self) -> bool:
        return self.label is not Label.BOILERPLATE

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label.value,
            "category": self.category.value if self.category else None,
            "reasons": [r.to_dict() for r in self.reasons],
            "score": self.score,
            "kind": self.kind.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Block:
        category = data.get("category")
        return cls(
            text=str(data["text"]),
            start=int(data["start"]),
            end=int(data["end"]),
            label=Label(data["label"]),
            category=Category(category) if category else None,
            reasons=tuple(Reason.from_dict(r) for r in data.get("reasons", ())),
            score=float(data.get("score", 0.0)),
            kind=BlockKind(data.get("kind", BlockKind.PARAGRAPH.value)),
        )


def _date_to_str(value: _dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date_from_str(value: str | None) -> _dt.date | None:
    if not value:
        return None
    if "T" in value:
        return _dt.datetime.fromisoformat(value)
    return _dt.date.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class Article:
    """The article found in one input, and everything that was removed from it.

    ``text`` is the text the blocks' offsets point into: the decoded input
    for text, the text trafilatura extracted for HTML (see docs/api.md).
    """

    blocks: tuple[Block, ...]
    text: str = ""
    title: str | None = None
    dateline: str | None = None
    authors: tuple[str, ...] = ()
    published: _dt.date | None = None
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    input_format: str = "text"
    reason: str | None = None  # why the body is empty, when it is
    _body: str = field(default="", init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        body = "\n\n".join(b.text for b in self.blocks if b.label is Label.BODY)
        object.__setattr__(self, "_body", body)

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        """The body blocks, in input order."""
        return tuple(b for b in self.blocks if b.label is Label.BODY)

    @property
    def removed(self) -> tuple[Block, ...]:
        """The boilerplate blocks, in input order."""
        return tuple(b for b in self.blocks if b.label is Label.BOILERPLATE)

    @property
    def body(self) -> str:
        """The paragraph texts joined by a blank line."""
        return self._body

    def explain(self) -> list[dict[str, Any]]:
        """Every block as data: label, category, reasons with spans, score."""
        return [b.to_dict() for b in self.blocks]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict that :meth:`from_dict` turns back into an equal Article."""
        return {
            "title": self.title,
            "dateline": self.dateline,
            "authors": list(self.authors),
            "published": _date_to_str(self.published),
            "url": self.url,
            "site_name": self.site_name,
            "language": self.language,
            "description": self.description,
            "input_format": self.input_format,
            "reason": self.reason,
            "body": self.body,
            "text": self.text,
            "blocks": [b.to_dict() for b in self.blocks],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        try:
            return cls(
                blocks=tuple(Block.from_dict(b) for b in data["blocks"]),
                text=str(data.get("text", "")),
                title=data.get("title"),
                dateline=data.get("dateline"),
                authors=tuple(data.get("authors", ())),
                published=_date_from_str(data.get("published")),
                url=data.get("url"),
                site_name=data.get("site_name"),
                language=data.get("language"),
                description=data.get("description"),
                input_format=str(data.get("input_format", "text")),
                reason=data.get("reason"),
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise CleanArticleError(f"not an Article dict: {exc!r}") from exc
