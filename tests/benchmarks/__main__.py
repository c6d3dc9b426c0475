"""Command line: ``python -m tests.benchmarks DATA_DIR [options]``."""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import trafilatura

from .data import SETS
from .harness import RunResult, cached_pages, run_system
from .report import format_table
from .systems import EXTRA_SYSTEMS, SYSTEMS, SystemUnavailableError, get_system

DEFAULT_JSON = Path("/tmp/cleanarticle-benchmarks.json")


def _names(value: str, known: tuple[str, ...]) -> list[str]:
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown {', '.join(unknown)}; choose from {', '.join(known)}")
    return names


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("data_dir", type=Path, help="folder with the benchmark sets")
    parser.add_argument("--sets", type=lambda v: _names(v, SETS), default=list(SETS))
    parser.add_argument(
        "--systems",
        type=lambda v: _names(v, (*SYSTEMS, *EXTRA_SYSTEMS)),
        default=list(SYSTEMS),
        help=f"default: all of {', '.join(SYSTEMS)}; also {', '.join(EXTRA_SYSTEMS)} (English catalog only)",
    )
    parser.add_argument("--limit", type=int, default=None, help="first N pages per set")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="results file")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen systems on the chosen sets; print and save the results."""
    args = parse_args(argv)
    started = time.perf_counter()
    systems, skipped = [], {}
    for name in args.systems:
        try:
            systems.append(get_system(name))
        except SystemUnavailableError as exc:
            skipped[name] = str(exc)
            print(f"skipping {name}: {exc}", file=sys.stderr)
    runs: list[RunResult] = []
    for set_name in args.sets:
        pages = cached_pages(args.data_dir, set_name, args.limit)
        for system in systems:
            run = run_system(system, set_name, pages)
            runs.append(run)
            took = time.perf_counter() - started
            print(f"[{took:6.1f}s] {set_name} / {system.name} done", file=sys.stderr)
            if run.errors:
                doc_id, error = next(iter(run.errors.items()))
                print(f"  {len(run.errors)} pages raised; {doc_id}: {error}", file=sys.stderr)
    for set_name in args.sets:
        print(format_table(set_name, [r for r in runs if r.set_name == set_name]), "\n")
    total = time.perf_counter() - started
    print(f"total {total:.1f}s; results in {args.json}")
    info = {
        "data_dir": str(args.data_dir),
        "split": "dev",
        "limit": args.limit,
        "python": platform.python_version(),
        "trafilatura": trafilatura.__version__,
        "total_seconds": round(total, 1),
    }
    results = {"info": info, "skipped": skipped, "runs": [r.to_json() for r in runs]}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
