"""Hypothesis strategies over the seed: its parts, and ways to disturb them."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from cleanarticle import available_languages
from cleanarticle.catalog import load_language

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_43b47fde1605b465.txt"
APPEAL_CATEGORIES = {"donation", "membership", "newsletter", "social", "comments", "advertisement"}


@dataclass(frozen=True)
class SeedParts:
    top: list[str]  # the appeal run above the headline
    title: str
    paragraphs: list[str]
    bottom: list[str]  # the appeal run after the story


def seed_parts() -> SeedParts:
    lines = [ln.strip() for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]
    title_at = lines.index("Amnesty International Raps Azerbaijan on Freedoms")
    last = next(i for i, ln in enumerate(lines) if ln.endswith("alternative supplier."))
    return SeedParts(lines[:title_at], lines[title_at], lines[title_at + 1 : last + 1], lines[last + 1 :])


PARTS = seed_parts()
APPEALS = PARTS.top + PARTS.bottom

# Examples of the strong English appeal rules: lines that are appeals on their own.
CATALOG_APPEALS = sorted(
    {
        example
        for lang in available_languages()
        if lang == "en"
        for rule in load_language(lang)[0]
        if rule.category.value in APPEAL_CATEGORIES and rule.weight >= 1.0
        for example in rule.examples
    }
)


def join(blocks: list[str], gaps: list[int], newline: str = "\n") -> str:
    """Blocks separated by one line break plus ``gaps[i]`` blank lines."""
    out = []
    for i, block in enumerate(blocks):
        out.append(block)
        if i < len(blocks) - 1:
            out.append(newline * (1 + gaps[i % len(gaps)] if gaps else 2))
    return "".join(out)


Transform = Callable[[str], str]

text_forms: st.SearchStrategy[Transform] = st.sampled_from(
    [
        lambda s: s,
        lambda s: unicodedata.normalize("NFC", s),
        lambda s: unicodedata.normalize("NFD", s),
        lambda s: s.replace(" ", "\u00a0"),
    ]
)
case_forms: st.SearchStrategy[Transform] = st.sampled_from([str.upper, str.lower, str.title, lambda s: s])
newlines = st.sampled_from(["\n", "\r\n", "\r"])
gaps = st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=8)
trailing_spaces = st.sampled_from(["", " ", "  ", "\t", " \u00a0"])


@st.composite
def typo(draw: st.DrawFn, line: str) -> str:
    """One character of ``line`` deleted, replaced, or doubled."""
    i = draw(st.integers(min_value=0, max_value=len(line) - 1))
    kind = draw(st.sampled_from(["delete", "replace", "double"]))
    if kind == "delete":
        return line[:i] + line[i + 1 :]
    if kind == "double":
        return line[:i] + line[i] + line[i:]
    char = draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
    return line[:i] + char + line[i + 1 :]


appeal_runs = st.lists(st.sampled_from(CATALOG_APPEALS), min_size=1, max_size=4)
