"""HTML overhead: ``python -m tests.benchmarks.overhead DATA_DIR [--rounds 3]``.

The time of ``cleanarticle.clean(html_bytes, url=...)`` against trafilatura's
own ``bare_extraction(html, url=..., with_metadata=True, include_comments=False)``
on the same pages. The main harness times each system in its own pass, minutes
apart, so a change in the machine's load between the passes shows up in the
ratio. Here the two systems take turns, call by call, so both see the same
load; they are half the set apart (trafilatura on page i while cleanarticle is
on page i + n/2), because both use htmldate, whose caches would speed up the
second call on the same page. Each round gives the ratio of the summed times;
the median round is reported.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import trafilatura

import cleanarticle

from .data import SETS, Page, load_set
from .harness import WARM_UP_EVERY


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.overhead")
    parser.add_argument("data_dir", type=Path, help="folder with the benchmark sets")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the pages (default 3)")
    parser.add_argument("--limit", type=int, default=None, help="first N pages per set")
    parser.add_argument("--fast-html", action="store_true", help="cleanarticle with Config(fast_html=True)")
    return parser.parse_args(argv)


def _trafilatura(page: Page) -> object:
    return trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True, include_comments=False)


def ratios(pages: list[Page], rounds: int, config: cleanarticle.Config) -> tuple[list[float], float, float]:
    """Per round, cleanarticle's summed time over trafilatura's; and the ms/page of each (median round)."""

    def _cleanarticle(page: Page) -> object:
        return cleanarticle.clean(page.html_bytes, url=page.url, config=config)

    for page in pages[::WARM_UP_EVERY]:
        _trafilatura(page)
        _cleanarticle(page)
    per_round, ours_ms, theirs_ms = [], [], []
    for round_ in range(rounds):
        ours = theirs = 0.0
        half = len(pages) // 2
        for n, page in enumerate(pages):
            calls = [(_trafilatura, page, False), (_cleanarticle, pages[(n + half) % len(pages)], True)]
            if (n + round_) % 2:
                calls.reverse()
            for call, arg, is_ours in calls:
                start = time.perf_counter()
                call(arg)
                took = time.perf_counter() - start
                if is_ours:
                    ours += took
                else:
                    theirs += took
        per_round.append(ours / theirs)
        ours_ms.append(ours / len(pages) * 1000)
        theirs_ms.append(theirs / len(pages) * 1000)
    return per_round, statistics.median(ours_ms), statistics.median(theirs_ms)


def main(argv: list[str] | None = None) -> int:
    """Print, per set, the ratio of each round and the median."""
    args = parse_args(argv)
    config = cleanarticle.Config(fast_html=args.fast_html)
    cleanarticle.preload(config)
    for set_name in SETS:
        pages = load_set(args.data_dir, set_name, args.limit)
        rounds, ours, theirs = ratios(pages, args.rounds, config)
        shown = ", ".join(f"{r:.3f}" for r in rounds)
        print(
            f"{set_name}: cleanarticle {ours:.1f} ms/page, bare_extraction {theirs:.1f} ms/page; "
            f"ratio per round {shown}; median {statistics.median(rounds):.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
