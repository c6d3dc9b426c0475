"""Batch throughput: ``python -m tests.benchmarks.throughput DATA_DIR [--workers 1,2]``.

Cleans the plain-text pages of the benchmark sets (``DATA_DIR/*/text/*.txt``)
with ``cleanarticle batch``'s machinery, once per worker count, and prints
docs/s for each and the speed-up over the first, and the CPU seconds spent
(this process and its workers), which show the pool's overhead even on a busy
machine where the wall clock cannot. Pool start-up is included.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
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
    parser.add_argument("--repeat", type=int, default=1, help="runs per worker count; the fastest counts")
    return parser.parse_args(argv)


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the pool's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(folders: list[str], workers: int, chunk_size: int) -> tuple[Summary, float]:
    """One batch run over ``folders`` into a temporary file: its summary and the CPU seconds it took."""
    with tempfile.TemporaryDirectory() as tmp:
        options = BatchOptions(
            inputs=tuple(folders),
            output=str(Path(tmp, "out.jsonl")),
            workers=workers,
            chunk_size=chunk_size,
        )
        cpu = _cpu_seconds()
        summary = run_batch(options)
        return summary, _cpu_seconds() - cpu


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
    base_cpu: float | None = None
    for workers in args.workers:
        runs = []
        for _ in range(max(args.repeat, 1)):
            load = os.getloadavg()[0]  # other work on the machine skews the wall-clock figures
            runs.append(measure(folders, workers, args.chunk_size))
            summary, cpu = runs[-1]
            print(f"  workers={workers}: {summary.seconds:.1f} s, {cpu:.1f} CPU s (load before {load:.2f})")
        best, cpu = min(runs, key=lambda run: run[0].seconds)
        rate = best.docs_per_second
        base, base_cpu = base or rate, base_cpu or cpu
        print(
            f"workers={workers}: {best.cleaned + best.failed} docs in {best.seconds:.1f} s, "
            f"{rate:.1f} docs/s, x{rate / base:.2f}; CPU {cpu:.1f} s, x{cpu / base_cpu:.2f} "
            f"(failed {best.failed})",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
