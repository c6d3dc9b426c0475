"""Text read straight from an HTML page's source, without parsing it: for pagemeta, pagedate and html.

The metadata scans look at a few windows of the source (a <title>, an
author element, the lines under the headline); these are the pieces they
share: what a tag is, the scripts and styles whose text is not the page's,
and a fragment's text as the reader sees it.
"""

from __future__ import annotations

import html as html_lib
import re

__all__ = ["SCRIPTS", "TAG", "plain", "text_lines"]

TAG = re.compile(r"<[^>]*(?:>|$)")  # a tag, or one cut off at the end of a window
SCRIPTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(r"\s+")


def plain(fragment: str) -> str:
    """``fragment`` with its entities read and its white space (no-break spaces too) folded, ends stripped."""
    return _SPACES.sub(" ", html_lib.unescape(fragment)).strip()


def text_lines(window: str) -> list[str]:
    """The texts between the tags of ``window``, each ``plain``, the empty ones left out."""
    return [line for line in (plain(text) for text in TAG.split(window)) if line]
