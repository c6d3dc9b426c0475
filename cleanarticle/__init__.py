"""cleanarticle: the article and only the article.

``clean(source)`` takes a news page's HTML or text and returns a frozen
:class:`Article`: title, dateline, byline, date, the body paragraphs
verbatim, and every removed block with its category and the rules that
removed it.
"""

from .catalog import Catalog, Lexicon, Rule, available_languages, load_rule_file
from .config import Config, InputFormat
from .errors import (
    CleanArticleError,
    ConfigError,
    InputReadError,
    InputTooLargeError,
    InputTypeError,
    MissingDependencyError,
    RuleError,
    UnknownLanguageError,
)
from .pipeline import clean, preload
from .types import Article, Block, BlockKind, Category, Label, Reason

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Catalog",
    "Category",
    "CleanArticleError",
    "Config",
    "ConfigError",
    "InputFormat",
    "InputReadError",
    "InputTooLargeError",
    "InputTypeError",
    "Label",
    "Lexicon",
    "MissingDependencyError",
    "Reason",
    "Rule",
    "RuleError",
    "UnknownLanguageError",
    "available_languages",
    "clean",
    "load_rule_file",
    "preload",
]

__version__ = "0.1.0"
