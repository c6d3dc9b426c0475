"""Loading the benchmark pages and decoding their HTML as a browser would."""

from __future__ import annotations

import codecs
import gzip
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

ARTICLE_EXTRACTION = "article-extraction"
TRAFILATURA_EVAL = "trafilatura-eval"
SETS = (ARTICLE_EXTRACTION, TRAFILATURA_EVAL)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w:.]+)""", re.IGNORECASE)
_HEAD_END = re.compile(rb"</head\s*>|<body\b", re.IGNORECASE)
# WHATWG Encoding Standard labels whose Python codec differs.
_WHATWG = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "big5": "big5hkscs",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}


def declared_charset(html: bytes) -> str | None:
    """Python codec of the first ``<meta>`` charset in the head, if valid."""
    head_end = _HEAD_END.search(html)
    head = html[: head_end.start() if head_end else 65536]
    for match in _META_CHARSET.finditer(head):
        label = match.group(1).decode("ascii", "replace").strip().lower()
        label = _WHATWG.get(label, label)
        try:
            return codecs.lookup(label).name
        except LookupError:
            continue
    return None


def decode_html(html: bytes) -> str:
    """Decode page bytes: BOM, then meta charset, then UTF-8, then detection."""
    for bom, bom_encoding in _BOMS:
        if html.startswith(bom):
            return html[len(bom) :].decode(bom_encoding, "replace")
    encoding = declared_charset(html)
    if encoding is None:
        try:
            return html.decode("utf-8")
        except UnicodeDecodeError:
            best = charset_normalizer.from_bytes(html).best()
            encoding = best.encoding if best else "cp1252"
    return html.decode(encoding, "replace")


@dataclass(frozen=True)
class Page:
    """One benchmark page with its inputs and ground truth."""

    doc_id: str
    url: str
    html_bytes: bytes
    html: str
    text: str
    body: str = ""  # article-extraction truth
    with_: tuple[str, ...] = ()  # trafilatura-eval truth
    without: tuple[str, ...] = ()
    metadata: Mapping[str, object] = field(default_factory=dict)


def _read_inputs(folder: Path, doc_id: str) -> tuple[bytes, str, str]:
    html_bytes = gzip.decompress((folder / "html" / f"{doc_id}.html.gz").read_bytes())
    text = (folder / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
    return html_bytes, decode_html(html_bytes), text


def load_set(data_dir: Path, set_name: str, limit: int | None = None) -> list[Page]:
    """Pages of one set, sorted by id, decoded once."""
    folder = data_dir / set_name
    pages: list[Page] = []
    if set_name == ARTICLE_EXTRACTION:
        truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        for doc_id in sorted(truth)[:limit]:
            item = truth[doc_id]
            raw, html, text = _read_inputs(folder, doc_id)
            pages.append(Page(doc_id, item["url"], raw, html, text, body=item["articleBody"]))
    elif set_name == TRAFILATURA_EVAL:
        evaldata = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
        items = sorted(evaldata.items(), key=lambda kv: str(kv[1]["id"]))
        for url, item in items[:limit]:
            raw, html, text = _read_inputs(folder, item["id"])
            meta = {k: item[k] for k in ("title", "author", "date") if k in item}
            pages.append(
                Page(
                    item["id"],
                    url,
                    raw,
                    html,
                    text,
                    with_=tuple(item["with"]),
                    without=tuple(item["without"]),
                    metadata=meta,
                )
            )
    else:
        raise ValueError(f"unknown set {set_name!r}; known: {', '.join(SETS)}")
    return pages
