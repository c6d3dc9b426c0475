"""The rule catalog: named, frozen rules loaded from TOML package data, one file per language."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from .errors import RuleError, UnknownLanguageError
from .prefilter import Prefilter
from .types import Category

__all__ = [
    "Catalog",
    "Lexicon",
    "Rule",
    "available_languages",
    "load_language",
    "load_lexicon",
    "load_rule_file",
    "parse_rules",
]

# Simple case folding: full folding (regex.FULLCASE) lets one character match
# several, which makes a bounded class such as [\w ]{1,40} backtrack for
# milliseconds on a long paragraph. The one full fold the catalogs need, ß
# written SS in capitals (SCHLIESSEN), is spelled out by _sharp_s.
_FLAGS = regex.IGNORECASE | regex.UNICODE
_ID = regex.compile(r"^(?:[a-z]{2,3}|xx)(?:\.[a-z0-9_]+){2,}$")
_RULE_KEYS = {
    "id",
    "category",
    "pattern",
    "weight",
    "whole",
    "rationale",
    "examples",
    "counter_examples",
    "provenance",
}


def _sharp_s(pattern: str) -> str:
    """``pattern`` with each ß outside a character class matching "ß" or "ss"."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]" or out[-1] == "[" or out[-2:] == ["[", "^"]
        elif char == "[":
            in_class = True
        elif char == "ß":
            char = "(?:ß|ss)"
        out.append(char)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Rule:
    """One named pattern that is evidence for a boilerplate category.

    ``weight`` is how much one hit counts; 1.0 or more removes a short block on
    its own. ``whole`` rules count only when they cover the whole block (button
    and link lines such as "Read more"). Patterns are ``regex`` syntax, matched
    case-insensitively against the block text with white space folded; fuzzy
    groups such as ``(?:payment){e<=1}`` catch misspellings.
    """

    id: str
    category: Category
    pattern: str
    language: str
    weight: float = 1.0
    whole: bool = False
    rationale: str = ""
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    provenance: str = ""
    compiled: regex.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not _ID.match(self.id):
            raise RuleError(f"rule {self.id!r}: id must look like 'en.category.name' (lowercase, dotted)")
        if not 0 < self.weight <= 5:
            raise RuleError(f"rule {self.id!r}: 'weight' must be a number in (0, 5]")
        pattern = _sharp_s(self.pattern)
        source = rf"^\W*(?:{pattern})\W*$" if self.whole else pattern
        try:
            compiled = regex.compile(source, _FLAGS)
        except regex.error as exc:
            raise RuleError(f"rule {self.id!r}: bad pattern: {exc}") from exc
        object.__setattr__(self, "compiled", compiled)

    def search(self, text: str) -> regex.Match[str] | None:
        """The first match in an already normalised block text, or None."""
        return self.compiled.search(text)

    def to_dict(self) -> dict[str, Any]:
        """The rule as a TOML-ready table, in the schema of the shipped files."""
        return {
            "id": self.id,
            "category": self.category.value,
            "pattern": self.pattern,
            "weight": self.weight,
            "whole": self.whole,
            "rationale": self.rationale,
            "examples": list(self.examples),
            "counter_examples": list(self.counter_examples),
            "provenance": self.provenance,
        }


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word lists one language contributes to the language-independent features."""

    language: str
    we: frozenset[str] = frozenset()  # the publisher speaking: we, us, our
    you: frozenset[str] = frozenset()  # the reader addressed: you, your
    reporting: frozenset[str] = frozenset()  # reported speech: said, told
    stopwords: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Catalog:
    """The rules and lexicons in force for one call of clean()."""

    rules: tuple[Rule, ...]
    lexicons: tuple[Lexicon, ...] = ()
    prefilter: Prefilter = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "prefilter", Prefilter([r.pattern for r in self.rules]))

    def candidates(self, text: str) -> list[Rule]:
        """The rules that may match ``text``, already NFKC-normalised (match.normalise): the rest cannot."""
        # NFKC is idempotent, so casefolding alone gives Prefilter.fold(text).
        return [self.rules[i] for i in self.prefilter.candidates(text.casefold())]

    def without(self, ids: Iterable[str], categories: Iterable[Category]) -> Catalog:
        """The same catalog less the rules named or in the categories given."""
        drop_ids, drop_cats = frozenset(ids), frozenset(categories)
        kept = tuple(
            r
            for r in self.rules
            if r.id not in drop_ids
            and r.category not in drop_cats
            and not any(r.id.startswith(i + ".") for i in drop_ids)
        )
        return Catalog(kept, self.lexicons)


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{where}: {key!r} must be a list of strings")
    return tuple(value)


def _rule(data: Mapping[str, Any], language: str, source: str) -> Rule:
    rule_id = data.get("id")
    where = f"{source}: rule {rule_id!r}"
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise RuleError(f"{where}: id must look like 'en.category.name' (lowercase, dotted)")
    unknown = set(data) - _RULE_KEYS
    if unknown:
        raise RuleError(f"{where}: unknown keys {sorted(unknown)}; known: {sorted(_RULE_KEYS)}")
    try:
        category = Category(str(data.get("category")))
    except ValueError:
        known = ", ".join(c.value for c in Category)
        raise RuleError(f"{where}: unknown category {data.get('category')!r}; known: {known}") from None
    pattern = data.get("pattern")
    if not isinstance(pattern, str) or not pattern.strip():
        raise RuleError(f"{where}: 'pattern' must be a non-empty string")
    weight = data.get("weight", 1.0)
    if not isinstance(weight, int | float) or isinstance(weight, bool) or not 0 < weight <= 5:
        raise RuleError(f"{where}: 'weight' must be a number in (0, 5]")
    whole = data.get("whole", False)
    if not isinstance(whole, bool):
        raise RuleError(f"{where}: 'whole' must be true or false")
    try:
        return Rule(
            id=rule_id,
            category=category,
            pattern=pattern,
            language=language,
            weight=float(weight),
            whole=whole,
            rationale=str(data.get("rationale", "")),
            examples=_strings(data.get("examples"), where, "examples"),
            counter_examples=_strings(data.get("counter_examples"), where, "counter_examples"),
            provenance=str(data.get("provenance", "")),
        )
    except RuleError as exc:
        raise RuleError(f"{source}: {exc}") from None


def _lexicon(data: Any, language: str, source: str) -> Lexicon:
    if data is None:
        return Lexicon(language)
    if not isinstance(data, dict):
        raise RuleError(f"{source}: [lexicon] must be a table")

    def words(key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in _strings(data.get(key), f"{source}: lexicon", key))

    return Lexicon(language, words("we"), words("you"), words("reporting"), words("stopwords"))


def parse_rules(data: Mapping[str, Any], source: str) -> tuple[tuple[Rule, ...], Lexicon]:
    """Rules and lexicon from one parsed rule file; ``source`` names it in errors."""
    language = data.get("language", "xx")
    if not isinstance(language, str):
        raise RuleError(f"{source}: 'language' must be a string")
    raw_rules = data.get("rules", [])
    if not isinstance(raw_rules, list):
        raise RuleError(f"{source}: 'rules' must be an array of tables ([[rules]])")
    rules = tuple(_rule(r, language, source) for r in raw_rules)
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"{source}: rule {rule.id!r}: duplicate id")
        seen.add(rule.id)
    return rules, _lexicon(data.get("lexicon"), language, source)


def load_rule_file(path: str | Path) -> tuple[tuple[Rule, ...], Lexicon]:
    """Load a user's TOML rule file in the schema of the shipped catalog."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleError(f"{path}: cannot read rule file: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path}: not valid TOML: {exc}") from exc
    return parse_rules(data, str(path))


def _rule_files() -> list[Any]:
    root = resources.files("cleanarticle").joinpath("rules")
    return sorted((f for f in root.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """The language codes that have a shipped catalog (``xx``: rules for any language)."""
    return tuple(sorted({f.name.split(".")[0] for f in _rule_files()}))


@cache
def load_lexicon(language: str) -> Lexicon:
    """The lexicon of one shipped language, read without compiling its rules (for detection)."""
    if language not in available_languages():
        known = ", ".join(available_languages())
        raise UnknownLanguageError(f"no rule catalog for language {language!r}; known: {known}")
    for resource in _rule_files():
        if resource.name.split(".")[0] == language:
            data = tomllib.loads(resource.read_text(encoding="utf-8"))
            if "lexicon" in data:
                return _lexicon(data["lexicon"], language, f"cleanarticle/rules/{resource.name}")
    return Lexicon(language)


@cache
def load_language(language: str) -> tuple[tuple[Rule, ...], Lexicon]:
    """The shipped rules and lexicon of one language: ``rules/<lang>.toml`` and ``<lang>.*.toml``."""
    if language not in available_languages():
        known = ", ".join(available_languages())
        raise UnknownLanguageError(f"no rule catalog for language {language!r}; known: {known}")
    rules: list[Rule] = []
    lexicon = Lexicon(language)
    for resource in _rule_files():
        if resource.name.split(".")[0] != language:
            continue
        data = tomllib.loads(resource.read_text(encoding="utf-8"))
        file_rules, file_lexicon = parse_rules(data, f"cleanarticle/rules/{resource.name}")
        rules.extend(file_rules)
        if "lexicon" in data:
            lexicon = file_lexicon
    ids = [r.id for r in rules]
    if len(ids) != len(set(ids)):
        raise RuleError(f"cleanarticle/rules/{language}*.toml: duplicate rule ids")
    return tuple(rules), lexicon
