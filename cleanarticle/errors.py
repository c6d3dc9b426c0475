"""Exceptions: one root, raised for misuse only (a page with no article is a result)."""

__all__ = [
    "CleanArticleError",
    "ConfigError",
    "InputReadError",
    "InputTooLargeError",
    "InputTypeError",
    "MissingDependencyError",
    "RuleError",
    "UnknownLanguageError",
]


class CleanArticleError(Exception):
    """Root of every error cleanarticle raises on purpose."""


class InputTypeError(CleanArticleError, TypeError):
    """The source was neither ``str`` nor ``bytes``."""


class ConfigError(CleanArticleError, ValueError):
    """A Config field holds a value that cannot be used."""


class RuleError(ConfigError):
    """A rule or rule file is malformed; the message names the file and the rule id."""


class UnknownLanguageError(ConfigError):
    """A language was asked for that has no catalog; the message lists the known ones."""


class InputTooLargeError(CleanArticleError, ValueError):
    """The source is larger than ``Config.max_input_bytes``."""


class InputReadError(CleanArticleError):
    """An input record could not be read as a document (binary data, missing field, ...)."""


class MissingDependencyError(CleanArticleError):
    """An optional dependency is needed; the message says which extra to install."""
