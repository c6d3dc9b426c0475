"""The input: type checks, size limits, decoding, and whether it is HTML or text."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .config import Config
from .decode import decode
from .errors import InputTooLargeError, InputTypeError

__all__ = ["Source", "looks_like_html", "read_source"]

_HTML_START = regex.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml)\b", regex.I | regex.S
)
_TAG = regex.compile(
    r"</?(?:html|head|body|div|p|span|a|article|section|main|header|footer|nav|meta|title|script"
    r"|style|link|h[1-6]|ul|ol|li|table|tr|td|br|img|strong|em|b|i|figure|blockquote)\b[^<>]{0,500}>",
    regex.I,
)
_SNIFF_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded input and the format it will be read as."""

    text: str
    format: str  # "html" or "text"
    encoding: str | None


def looks_like_html(text: str) -> bool:
    """True for a document that starts like HTML, or whose head is dense with tags."""
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    tags = _TAG.findall(head)
    return len(tags) >= 3 and sum(len(t) for t in tags) >= 0.05 * len(head.strip())


def read_source(source: object, config: Config) -> Source:
    """Check the type and size of ``source``, decode bytes, and decide HTML or text."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if len(data) > config.max_input_bytes:
            raise InputTooLargeError(
                f"input is {len(data):,} bytes; Config.max_input_bytes is {config.max_input_bytes:,}"
            )
        text, encoding = decode(data)
    elif isinstance(source, str):
        # Measured in UTF-8 bytes without encoding: 4 bytes a character at most.
        limit = config.max_input_bytes
        if len(source) * 4 > limit and len(source.encode("utf-8", "surrogatepass")) > limit:
            raise InputTooLargeError(
                f"input is over {config.max_input_bytes:,} bytes (Config.max_input_bytes)"
            )
        text, encoding = source, None
    else:
        raise InputTypeError(f"clean() takes str or bytes (HTML or text), not {type(source).__name__}")
    fmt = config.input_format
    if fmt == "auto":
        fmt = "html" if looks_like_html(text) else "text"
    return Source(text, fmt, encoding)
