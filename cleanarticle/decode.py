"""Bytes to str: a BOM, then a declared charset, then detection; never UTF-8 blindly."""

from __future__ import annotations

import codecs

import charset_normalizer
import regex

__all__ = ["decode"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# <meta charset="x">, <meta http-equiv=... content="...; charset=x">, <?xml encoding="x"?>
_DECLARED = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{2,40})""",
    regex.IGNORECASE,
)
_HEAD_BYTES = 4096
# Encodings most web pages use, in order of preference when detection is unsure.
_COMMON = (
    "utf_8",
    "cp1252",
    "cp1251",
    "cp1250",
    "iso8859_15",
    "iso8859_2",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1256",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
    "cp1255",
    "cp874",
)


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _declared(data: bytes) -> str | None:
    match = _DECLARED.search(data[:_HEAD_BYTES])
    if match is None:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "replace")
    codec = _codec(name)
    # A page that declares a 16/32-bit encoding in ASCII bytes cannot be one.
    if codec is None or codec.startswith(("utf-16", "utf-32")):
        return None
    # Browsers read latin-1 and ascii declarations as windows-1252.
    return "cp1252" if codec in {"latin-1", "iso8859-1", "ascii"} else codec


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding used)``; never raises on bad bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    declared = _declared(data)
    if declared is not None:
        # As a browser does: the declaration wins, and stray bad bytes become U+FFFD.
        return data.decode(declared, errors="replace"), declared
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _detect(data)
    return data.decode(encoding, errors="replace"), encoding


def _detect(data: bytes) -> str:
    """charset_normalizer's guess; among near-equal guesses, the encodings the web uses."""
    results = list(charset_normalizer.from_bytes(data[: 1 << 20]))
    if not results:
        return "cp1252"
    least_chaos = min(r.percent_chaos for r in results)
    close = [r for r in results if r.percent_chaos <= least_chaos + 1.0]

    def rank(result: charset_normalizer.CharsetMatch) -> int:
        return _COMMON.index(result.encoding) if result.encoding in _COMMON else len(_COMMON)

    return str(min(close, key=rank).encoding)
