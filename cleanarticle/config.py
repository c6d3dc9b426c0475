"""Configuration: one frozen object, changed with ``dataclasses.replace``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .catalog import Rule, available_languages, load_rule_file
from .errors import ConfigError, UnknownLanguageError
from .types import Category

__all__ = ["Config", "InputFormat"]

InputFormat = Literal["auto", "html", "text"]


@dataclass(frozen=True, slots=True)
class Config:
    """How clean() reads its input and which rules it applies.

    Fields:
        input_format: "auto" detects HTML or text; "html" or "text" forces one.
        languages: catalogs to apply; empty means detect from the text (and
            always include English, the lingua franca of appeals).
        extra_rules: rules of the caller's own, as :class:`Rule` objects.
        rule_files: TOML files in the schema of the shipped catalog.
        disabled_rules: rule ids (or id prefixes such as "en.related") to switch off.
        disabled_categories: categories never removed by rules (e.g. keep RELATED).
        threshold: the score at which a block counts as boilerplate on its own.
        find_story: in text input, keep only the main run of prose (navigation,
            other stories and footers fall away); HTML leaves this to trafilatura.
        max_input_bytes: larger inputs raise InputTooLargeError.
        fast_html: HTML only: trafilatura without its fallback extractors
            (readability, jusText); about a quarter faster, a little less
            complete (see docs/benchmarks.md).
    """

    input_format: InputFormat = "auto"
    languages: tuple[str, ...] = ()
    extra_rules: tuple[Rule, ...] = ()
    rule_files: tuple[Path, ...] = ()
    disabled_rules: frozenset[str] = frozenset()
    disabled_categories: frozenset[Category] = frozenset()
    threshold: float = 1.0
    find_story: bool = True
    max_input_bytes: int = 20_000_000
    fast_html: bool = False

    def __post_init__(self) -> None:
        if self.input_format not in ("auto", "html", "text"):
            raise ConfigError(f"input_format must be 'auto', 'html' or 'text', not {self.input_format!r}")
        if not 0 < self.threshold <= 10:
            raise ConfigError(f"threshold must be in (0, 10], not {self.threshold!r}")
        if self.max_input_bytes <= 0:
            raise ConfigError("max_input_bytes must be positive")
        for name in ("languages", "extra_rules", "rule_files"):
            if isinstance(getattr(self, name), str | Path | Rule):
                raise ConfigError(f"{name} must be a tuple, not a single value")
        object.__setattr__(self, "languages", tuple(self.languages))
        object.__setattr__(self, "extra_rules", tuple(self.extra_rules))
        object.__setattr__(self, "rule_files", tuple(Path(p) for p in self.rule_files))
        if not all(isinstance(r, Rule) for r in self.extra_rules):
            raise ConfigError("extra_rules must hold Rule objects (or use rule_files for TOML)")
        shipped = available_languages()
        for language in self.languages:
            if language not in shipped:
                raise UnknownLanguageError(
                    f"no rule catalog for language {language!r}; known: {', '.join(shipped)}"
                )
        for path in self.rule_files:
            load_rule_file(path)  # a bad file fails here, naming the file, the rule and why
        object.__setattr__(self, "disabled_rules", frozenset(self.disabled_rules))
        try:
            cats = frozenset(Category(c) for c in self.disabled_categories)
        except ValueError as exc:
            known = ", ".join(c.value for c in Category)
            raise ConfigError(f"{exc}; known categories: {known}") from None
        object.__setattr__(self, "disabled_categories", cats)
