"""A light language guess from the stopword lists the catalogs ship, and the catalog it selects."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from .catalog import Catalog, Lexicon, Rule, available_languages, load_language, load_lexicon, load_rule_file
from .config import Config

__all__ = ["build_catalog", "detect_language", "lexicons"]

_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)?")
_SAMPLE_CHARS = 50_000
_MIN_HITS = 5  # fewer stopword hits than this is no evidence of a language
_MIN_SHARE = 0.05  # a stopword share below this is not that language's prose
ALWAYS = ("en", "xx")  # English appeals stand on pages in every language; xx is language-free


def lexicons() -> dict[str, Lexicon]:
    """The lexicon of every shipped language (stopwords, voice words), read once per process."""
    return {lang: load_lexicon(lang) for lang in available_languages()}


def language_scores(text: str) -> dict[str, float]:
    """Share of the tokens of ``text`` that are stopwords of each shipped language."""
    tokens = _WORD.findall(text[:_SAMPLE_CHARS])
    if not tokens:
        return {}
    counts = Counter(map(str.casefold, tokens))
    # A set, not the Counter: set & set runs in C over the smaller side (the stopwords).
    vocabulary = set(counts)
    scores = {}
    for lang, lexicon in lexicons().items():
        if not lexicon.stopwords:
            continue
        hits = sum(counts[word] for word in lexicon.stopwords & vocabulary)
        if hits >= _MIN_HITS:
            scores[lang] = hits / len(tokens)
    return scores


# Letters that only one shipped language uses: the guess for texts too short for stopwords.
_LETTERS = (
    ("uk", regex.compile(r"[іїєґІЇЄҐ]")),
    ("ru", regex.compile(r"[ыэъёЫЭЪЁ]")),
    ("pl", regex.compile(r"[ąęłśżźćńĄĘŁŚŻŹĆŃ]")),
    ("pt", regex.compile(r"[ãõÃÕ]")),
    ("es", regex.compile(r"[ñ¿¡Ñ]")),
)
_LETTERS_MAX_WORDS = 30  # longer texts that stopwords could not place are in a language we lack


def detect_language(text: str) -> str | None:
    """The shipped language whose stopwords cover most of ``text``, or None.

    A text too short for stopwords is judged by letters only one language uses.
    """
    scores = language_scores(text)
    if scores:
        lang, share = max(scores.items(), key=lambda kv: (kv[1], kv[0]))
        if share >= _MIN_SHARE:
            return lang
    sample = text[:_SAMPLE_CHARS]
    if len(_WORD.findall(sample)) > _LETTERS_MAX_WORDS:
        return None
    for lang, letters in _LETTERS:
        if letters.search(sample) and lang in available_languages():
            return lang
    return None


def build_catalog(config: Config, language: str | None) -> Catalog:
    """The rules in force: the asked-for or detected languages, English, the user's rules."""
    langs = config.languages or tuple(x for x in (language,) if x)
    return _build(
        tuple(dict.fromkeys((*langs, *ALWAYS))),
        config.extra_rules,
        config.rule_files,
        config.disabled_rules,
        config.disabled_categories,
    )


@lru_cache(maxsize=64)
def _build(
    langs: tuple[str, ...],
    extra: tuple[Rule, ...],
    files: tuple[object, ...],
    disabled: frozenset[str],
    categories: frozenset[object],
) -> Catalog:
    rules: list[Rule] = []
    lexicons: list[Lexicon] = []
    for lang in langs:
        if lang == "xx" and "xx" not in available_languages():
            continue
        lang_rules, lexicon = load_language(lang)
        rules.extend(lang_rules)
        lexicons.append(lexicon)
    for path in files:
        file_rules, lexicon = load_rule_file(str(path))
        rules.extend(file_rules)
        lexicons.append(lexicon)
    rules.extend(extra)
    return Catalog(tuple(rules), tuple(lexicons)).without(disabled, categories)  # type: ignore[arg-type]
