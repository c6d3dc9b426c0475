"""Batch throughput: ``python -m tests.benchmarks.throughput DATA_DIR [--workers 1,2]``.

Cleans the plain-text pages of the benchmark sets (``DATA_DIR/*/text/*.txt``)
with ``cleanarticle batch``'s machinery, once per worker count, and prints
docs/s for each and the speed-up over the first. Pool start-up is included:
it is what a user waits for.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path

from cleanarticle.batch import BatchOptions, Summary, run_batch


def _workers(value: str) -> list[int]:
    counts = [int(v) for v in value.split(",") if v.strip()]
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError("a comma-separated list of worker counts, each 1 or more")
    return counts


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.throughput")
    parser.add_argument("data_dir", type=Path, help="folder with the benchmark sets")
    parser.add_argument("--workers", type=_workers, default=[1, 2], help="worker counts (default 1,2)")
    parser.add_argument("--chunk-size", type=int, default=8, help="records per chunk (default 8)")
    return parser.parse_args(argv)


def measure(folders: list[str], workers: int, chunk_size: int) -> Summary:
    """One batch run over ``folders`` into a temporary file; the run's summary."""
    with tempfile.TemporaryDirectory() as tmp:
        options = BatchOptions(
            inputs=tuple(folders),
            output=str(Path(tmp, "out.jsonl")),
            workers=workers,
            chunk_size=chunk_size,
        )
        return run_batch(options)


def main(argv: list[str] | None = None) -> int:
    """Measure each worker count and print docs/s and the ratio to the first."""
    args = parse_args(argv)
    folders = sorted(str(p) for p in args.data_dir.glob("*/text") if p.is_dir())
    if not folders:
        print(f"no */text folders under {args.data_dir}", file=sys.stderr)
        return 1
    print(f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs")
    print(f"inputs: {', '.join(folders)}")
    base: float | None = None
    for workers in args.workers:
        summary = measure(folders, workers, args.chunk_size)
        rate = summary.docs_per_second
        base = base or rate
        print(
            f"workers={workers}: {summary.cleaned + summary.failed} docs in {summary.seconds:.1f} s, "
            f"{rate:.1f} docs/s, x{rate / base:.2f} (failed {summary.failed})",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
