"""The command line: ``cleanarticle [FILE...]`` cleans pages, ``cleanarticle batch`` cleans corpora."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .batch import BatchOptions, run_batch
from .catalog import load_language, load_rule_file
from .config import Config
from .errors import CleanArticleError
from .pipeline import clean
from .readers import Fields, InputReadError, MissingDependencyError, looks_binary, read_document
from .render import render_explain, render_markdown
from .types import Article

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
_EXIT_CODES = """exit codes:
  0    every input was cleaned (a page with no article is a result, not a failure)
  1    some inputs failed (unreadable or binary file, CleanArticleError)
  2    usage error (unknown option, bad value, unknown language or category)
  130  interrupted (Ctrl-C)"""
EPILOG = f"""{_EXIT_CODES}

examples:
  cleanarticle page.html                     the article's text
  curl -s URL | cleanarticle --url URL -f markdown
  cleanarticle --explain story.txt           every block, kept (+) or removed (-), and why

Corpora (JSONL, folders, WARC) with worker processes and resume:
  cleanarticle batch --help"""
BATCH_EPILOG = f"""{_EXIT_CODES}

Inputs: JSONL files (.jsonl, .gz too; - is stdin), folders of .html/.htm/.txt
files (.gz too; recursive, id = relative path), single documents, and WARC
files (.warc, .warc.gz; HTML responses; id = WARC-Record-ID).
Each record yields one line in OUT: {{"id", "url", "article"}} or {{"id", "error"}}.

examples:
  cleanarticle batch crawl.jsonl -o clean.jsonl --workers 4
  cleanarticle batch pages/ crawl.warc.gz -o clean.jsonl --body-only
  cleanarticle batch crawl.jsonl -o clean.jsonl --resume   continue a stopped run"""


def _whole(value: str, least: int) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < least:
        raise argparse.ArgumentTypeError(f"must be {least} or more, not {number}")
    return number


def _positive(value: str) -> int:
    return _whole(value, 1)


def _non_negative(value: str) -> int:
    return _whole(value, 0)


def _add_config_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("rules")
    group.add_argument(
        "--lang",
        action="append",
        default=[],
        metavar="LANG",
        help="rule catalog to apply (repeatable); default: detect, plus English",
    )
    group.add_argument(
        "--rules",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="a TOML rule file of your own (repeatable)",
    )
    group.add_argument(
        "--disable-rule",
        action="append",
        default=[],
        metavar="ID",
        help="switch off a rule id or id prefix, e.g. en.related (repeatable)",
    )
    group.add_argument(
        "--keep-category",
        action="append",
        default=[],
        metavar="CATEGORY",
        help="never remove blocks for this category, e.g. related (repeatable)",
    )
    group.add_argument(
        "--threshold",
        type=float,
        default=Config().threshold,
        help="score at which a block is boilerplate on its own (default %(default)s)",
    )
    group.add_argument(
        "--no-find-story",
        action="store_true",
        help="in whole-page text, keep prose outside the main story too",
    )
    group.add_argument(
        "--fast-html",
        action="store_true",
        help="HTML: trafilatura without its fallback extractors (faster, a little less complete)",
    )


def _config(args: argparse.Namespace, parser: argparse.ArgumentParser, input_format: str) -> Config:
    """The Config the options describe; a bad value is a usage error (exit 2)."""
    try:
        config = Config(
            input_format=input_format,  # type: ignore[arg-type]  # argparse choices checked it
            languages=tuple(args.lang),
            rule_files=tuple(args.rules),
            disabled_rules=frozenset(args.disable_rule),
            disabled_categories=frozenset(args.keep_category),
            threshold=args.threshold,
            find_story=not args.no_find_story,
            fast_html=args.fast_html,
        )
        # Unknown languages and bad rule files show now, not at the first input.
        for language in config.languages:
            load_language(language)
        for path in config.rule_files:
            load_rule_file(path)
    except CleanArticleError as exc:
        parser.error(str(exc))
    return config


def _use_color(choice: str, stream: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _utf8(stream: TextIO) -> None:
    """Write UTF-8 whatever the locale; lone surrogates become backslash escapes."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", errors="backslashreplace")


# --- cleanarticle [FILE...] ----------------------------------------------------------------------


def _clean_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanarticle",
        description="Print the article in news pages (HTML or text), without the publisher's appeals, "
        "paywall nags, newsletter prompts and page furniture.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="HTML or text files (.gz too); - or none: stdin"
    )
    parser.add_argument(
        "--input",
        choices=("auto", "html", "text"),
        default="auto",
        help="read the input as HTML or text (default: detect)",
    )
    parser.add_argument("--url", help="the page's URL (helps HTML extraction; stored in the article)")
    parser.add_argument(
        "-f",
        "--format",
        choices=("text", "markdown", "json"),
        help="text: the body (default); markdown: # title and paragraphs; "
        "json: Article.to_dict(), one object per line",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="show every block, kept (+ T D B) or removed (-), with category and rule ids",
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the --explain view (default: when stdout is a terminal)",
    )
    parser.add_argument(
        "--width",
        type=_positive,
        default=100,
        help="--explain cuts block texts to this many characters (default 100)",
    )
    parser.add_argument("--full", action="store_true", help="--explain shows block texts uncut")
    parser.add_argument("--version", action="version", version=f"cleanarticle {__version__}")
    _add_config_options(parser)
    return parser


def _read(name: str) -> bytes:
    data = sys.stdin.buffer.read() if name == "-" else read_document(Path(name))
    if looks_binary(data):
        raise InputReadError("binary data (NUL bytes), not text or HTML")
    return data


def _render(article: Article, args: argparse.Namespace, color: bool) -> str:
    if args.explain:
        return render_explain(article, color=color, width=args.width, full=args.full)
    if args.format == "json":
        return json.dumps(article.to_dict(), ensure_ascii=False)
    if args.format == "markdown":
        return render_markdown(article)
    return article.body


def _clean_files(argv: Sequence[str]) -> int:
    parser = _clean_parser()
    args = parser.parse_args(argv)
    files: list[str] = args.files or ["-"]
    if args.explain and args.format not in (None, "text"):
        parser.error("--explain prints its own view; leave out --format")
    if args.url and len(files) > 1:
        parser.error("--url names one page; give one FILE with it")
    config = _config(args, parser, args.input)
    color = _use_color(args.color, sys.stdout)
    headers = len(files) > 1 and args.format != "json"
    status = EXIT_OK
    for i, name in enumerate(files):
        shown = "<stdin>" if name == "-" else name
        try:
            article = clean(_read(name), url=args.url, config=config)
        except OSError as exc:
            print(f"cleanarticle: {shown}: {exc.strerror or exc}", file=sys.stderr)
            status = EXIT_FAILED
            continue
        except CleanArticleError as exc:
            print(f"cleanarticle: {shown}: {exc}", file=sys.stderr)
            status = EXIT_FAILED
            continue
        if article.reason and not args.explain:
            print(f"cleanarticle: {shown}: {article.reason}", file=sys.stderr)
        if headers:
            sys.stdout.write(f"{'' if i == 0 else chr(10)}==> {shown} <==\n")
        text = _render(article, args, color)
        if text:
            sys.stdout.write(text + "\n")
        sys.stdout.flush()
    return status


# --- cleanarticle batch --------------------------------------------------------------------------


def _batch_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanarticle batch",
        description="Clean a corpus into JSON Lines: one output line per input record, "
        "with its id, in input order.",
        epilog=BATCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="IN", help="JSONL files, folders, documents, WARC files")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT.jsonl", help="output file; - for stdout"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--resume", action="store_true", help="skip the ids already in OUT and append the rest")
    mode.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    parser.add_argument(
        "-j", "--workers", type=_non_negative, default=1, help="worker processes (default 1; 0: one per CPU)"
    )
    parser.add_argument(
        "--chunk-size", type=_positive, default=8, help="records sent to a worker at a time (default 8)"
    )
    parser.add_argument(
        "--body-only",
        action="store_true",
        help='write {"id", "url", "title", "body"} instead of the whole article',
    )
    parser.add_argument("--text-field", default="text", help="JSONL field with plain text (default text)")
    parser.add_argument("--html-field", default="html", help="JSONL field with HTML (default html; wins)")
    parser.add_argument("--id-field", default="id", help="JSONL field with the record id (default id)")
    parser.add_argument("--url-field", default="url", help="JSONL field with the URL (default url)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    _add_config_options(parser)
    return parser


def _check_output(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if args.output == "-":
        if args.resume:
            parser.error("--resume needs an output file, not stdout")
        return
    out = Path(args.output)
    if out.is_dir():
        parser.error(f"{out} is a folder; -o names the output file")
    for name in args.inputs:
        if name != "-" and Path(name).exists() and out.exists() and Path(name).samefile(out):
            parser.error(f"{name} is both an input and the output")
    if out.exists() and out.stat().st_size and not (args.resume or args.overwrite):
        parser.error(f"{out} exists; add --resume to continue it or --overwrite to replace it")


def _batch(argv: Sequence[str]) -> int:
    parser = _batch_parser()
    args = parser.parse_args(argv)
    _check_output(args, parser)
    options = BatchOptions(
        inputs=tuple(args.inputs),
        output=args.output,
        config=_config(args, parser, "auto"),
        fields=Fields(args.text_field, args.html_field, args.id_field, args.url_field),
        workers=args.workers or os.cpu_count() or 1,
        chunk_size=args.chunk_size,
        body_only=args.body_only,
        resume=args.resume,
    )
    progress = sys.stderr if sys.stderr.isatty() and not args.quiet else None
    try:
        summary = run_batch(options, progress=progress)
    except (MissingDependencyError, OSError) as exc:
        print(f"cleanarticle batch: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:  # a second Ctrl-C: stop at once
        print("cleanarticle batch: interrupted; run again with --resume to go on", file=sys.stderr)
        return EXIT_INTERRUPTED
    if not args.quiet:
        print(f"cleanarticle batch: {summary}", file=sys.stderr)
    if summary.interrupted:
        print("cleanarticle batch: interrupted; run again with --resume to go on", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_FAILED if summary.failed else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 some inputs failed, 2 usage)."""
    args = sys.argv[1:] if argv is None else list(argv)
    _utf8(sys.stdout)
    _utf8(sys.stderr)
    try:
        if args[:1] == ["batch"]:
            return _batch(args[1:])
        return _clean_files(args)
    except SystemExit as exc:  # argparse: --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE if exc.code else EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): silence the flush at exit, as the Python docs advise.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
