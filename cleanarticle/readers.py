"""Batch input readers: JSONL files, folders of documents and WARC files, as :class:`Record` values.

A record that cannot be read (bad JSON, a missing field, a corrupt file)
still comes out, carrying its error, so that every input yields one line.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from .config import InputFormat
from .errors import InputReadError, MissingDependencyError

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Fields",
    "InputReadError",
    "MissingDependencyError",
    "Record",
    "RecordId",
    "count_records",
    "input_kind",
    "iter_records",
    "json_id",
    "looks_binary",
    "read_document",
    "require_warcio",
]

RecordId = str | int
DOCUMENT_SUFFIXES: dict[str, InputFormat] = {".html": "html", ".htm": "html", ".txt": "text"}
_WARC_SUFFIXES = (".warc", ".warc.gz")
_COUNT_LIMIT = 512 << 20  # count the lines of JSONL files up to this size for the ETA
MESSAGE_CHARS = 1000
_UNICODE_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


@dataclass(frozen=True, slots=True)
class Fields:
    """The JSONL field names of a record's text, HTML, id and URL."""

    text: str = "text"
    html: str = "html"
    id: str = "id"
    url: str = "url"


@dataclass(frozen=True, slots=True)
class Record:
    """One document to clean: its source (or a file to read it from), or why it cannot be read."""

    id: RecordId
    url: str | None = None
    source: str | bytes | None = None
    path: str | None = None  # read in the worker, so file I/O runs in parallel too
    input_format: InputFormat = "auto"
    error: tuple[str, str] | None = None  # (type, message) met while reading


def looks_binary(data: bytes) -> bool:
    """True for bytes that are no text: NUL bytes in the first 8 KiB and no UTF-16/32 BOM."""
    return not data.startswith(_UNICODE_BOMS) and b"\x00" in data[:8192]


def read_document(path: Path) -> bytes:
    """The bytes of a file, gunzipped when its name ends in ``.gz``; OSError when unreadable."""
    if path.suffix != ".gz":
        return path.read_bytes()
    with open(path, "rb") as raw, gzip.GzipFile(fileobj=raw) as f:
        try:
            return f.read()
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise InputReadError(f"not a valid gzip file: {exc}") from None


def _document_format(path: Path) -> InputFormat | None:
    name = path.name.lower().removesuffix(".gz")
    return DOCUMENT_SUFFIXES.get(os.path.splitext(name)[1])


def input_kind(name: str) -> Literal["stdin", "folder", "warc", "document", "jsonl"]:
    if name == "-":
        return "stdin"
    path = Path(name)
    if path.is_dir():
        return "folder"
    if name.lower().endswith(_WARC_SUFFIXES):
        return "warc"
    return "document" if _document_format(path) else "jsonl"


def _folder_files(root: Path) -> list[Path]:
    """The documents under ``root``, recursively, in a stable order (symlinked folders not followed)."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        found.extend(Path(folder, f) for f in sorted(files) if _document_format(Path(f)))
    return found


def _failed(rid: RecordId, exc: BaseException | str, kind: str = "InputReadError") -> Record:
    if isinstance(exc, BaseException):
        return Record(rid, error=(type(exc).__name__, str(exc)[:MESSAGE_CHARS]))
    return Record(rid, error=(kind, exc))


def json_id(value: Any) -> RecordId | None:
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    return None


def _jsonl_record(raw: bytes, rid: str, fields: Fields) -> Record:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return _failed(rid, exc)
    if not isinstance(data, dict):
        return _failed(rid, f"the line is a JSON {type(data).__name__}, not an object")
    rid_value = json_id(data.get(fields.id))
    record_id: RecordId = rid if rid_value is None else rid_value
    url = data.get(fields.url)
    url = url if isinstance(url, str) else None
    choices: tuple[tuple[str, InputFormat], ...] = ((fields.html, "html"), (fields.text, "text"))
    for name, fmt in choices:
        value = data.get(name)
        if isinstance(value, str):
            return Record(record_id, url, value, input_format=fmt)
        if value is not None:
            return _failed(record_id, f"field {name!r} is a {type(value).__name__}, not a string")
    return _failed(record_id, f"the record has no {fields.html!r} or {fields.text!r} field")


def _iter_jsonl(stream: Iterable[bytes], name: str, fields: Fields) -> Iterator[Record]:
    lineno = 0
    try:
        for lineno, raw in enumerate(stream, 1):
            if raw.strip():
                yield _jsonl_record(raw, f"{name}:{lineno}", fields)
    except (OSError, EOFError, ValueError) as exc:  # a truncated or corrupt .gz, a read error
        yield _failed(f"{name}:{lineno + 1}", exc)


def _open_jsonl(name: str, fields: Fields) -> Iterator[Record]:
    try:
        stream: gzip.GzipFile | io.BufferedReader = (
            gzip.GzipFile(name, "rb") if name.endswith(".gz") else open(name, "rb")  # noqa: SIM115
        )
    except OSError as exc:
        yield _failed(name, exc)
        return
    with stream:
        yield from _iter_jsonl(stream, name, fields)


def require_warcio() -> Any:
    try:
        import warcio.archiveiterator as archiveiterator
    except ImportError:
        raise MissingDependencyError(
            'reading WARC files needs warcio: pip install "cleanarticle[warc]"'
        ) from None
    return archiveiterator


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return "html" in ctype


def _iter_warc(name: str) -> Iterator[Record]:
    """The HTML response records of a WARC file; id WARC-Record-ID, url WARC-Target-URI."""
    archiveiterator = require_warcio()
    try:
        stream = open(name, "rb")  # noqa: SIM115 - closed below; warcio gunzips by itself
    except OSError as exc:
        yield _failed(name, exc)
        return
    with stream:
        n = 0  # the record number stands in for a missing id (get_record_offset reads ahead)
        try:
            for n, record in enumerate(archiveiterator.ArchiveIterator(stream), 1):
                if not _is_html_response(record):
                    continue
                rid = record.rec_headers.get_header("WARC-Record-ID") or f"{name}#{n}"
                url = record.rec_headers.get_header("WARC-Target-URI")
                try:
                    payload = record.content_stream().read()
                except Exception as exc:  # a bad chunked or gzip body spoils this record only
                    yield _failed(rid, exc)
                    continue
                yield Record(rid, url, payload, input_format="html")
        except Exception as exc:  # warcio raises its own types on a corrupt file
            yield _failed(f"{name}#{n + 1}", exc)


def _iter_folder(root: Path, files: Sequence[Path]) -> Iterator[Record]:
    for path in files:
        fmt = _document_format(path) or "auto"
        yield Record(path.relative_to(root).as_posix(), path=str(path), input_format=fmt)


def iter_records(inputs: Sequence[str], fields: Fields = Fields()) -> Iterator[Record]:
    """Every record of every input, in order; unreadable ones carry their error."""
    for name in inputs:
        kind = input_kind(name)
        if kind == "stdin":
            yield from _iter_jsonl(sys.stdin.buffer, "<stdin>", fields)
        elif kind == "folder":
            yield from _iter_folder(Path(name), _folder_files(Path(name)))
        elif kind == "warc":
            yield from _iter_warc(name)
        elif kind == "document":
            yield Record(name, path=name, input_format=_document_format(Path(name)) or "auto")
        elif not os.path.exists(name):
            yield _failed(name, FileNotFoundError(f"no such file or folder: {name}"))
        else:
            yield from _open_jsonl(name, fields)


def _count(name: str) -> int | None:
    kind = input_kind(name)
    if kind == "folder":
        return len(_folder_files(Path(name)))
    if kind == "document" or (kind == "jsonl" and not os.path.isfile(name)):
        return 1
    if kind == "jsonl" and not name.endswith(".gz") and os.path.getsize(name) <= _COUNT_LIMIT:
        try:
            with open(name, "rb") as f:
                return sum(1 for line in f if line.strip())
        except OSError:
            return 1
    return None


def count_records(inputs: Sequence[str]) -> int | None:
    """How many records the inputs hold, when that is cheap to know (else None: no ETA)."""
    counts = [_count(name) for name in inputs]
    return None if None in counts else sum(c or 0 for c in counts)
