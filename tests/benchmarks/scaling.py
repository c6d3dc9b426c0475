"""Cost of text mode against input size: seconds per MB for a 100 KB and a 10 MB text.

``python -m tests.benchmarks.scaling DATA_DIR`` builds both texts from the
dev split's whole-page texts (concatenated in id order, then cut at a line
break), cleans each a few times, and prints the best seconds per MB and their
ratio. Linear cost means a ratio near 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from cleanarticle import Config, clean

SIZES = {"100 KB": 100_000, "10 MB": 10_000_000}
CONFIG = Config(input_format="text", max_input_bytes=50_000_000)


def corpus_text(data_dir: Path, size: int) -> str:
    """Dev texts joined until ``size`` characters, cut at a line break."""
    parts: list[str] = []
    total = 0
    files = sorted(data_dir.glob("*/text/*.txt"))
    while total < size:
        for path in files:
            text = path.read_text(encoding="utf-8")
            parts.append(text)
            total += len(text) + 2
            if total >= size:
                break
    joined = "\n\n".join(parts)[:size]
    return joined[: joined.rfind("\n")]


def seconds_per_mb(text: str, repeats: int) -> float:
    """Best of ``repeats`` runs, in seconds per million characters."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        clean(text, config=CONFIG)
        best = min(best, time.perf_counter() - start)
    return best / (len(text) / 1_000_000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args(argv)
    clean(corpus_text(args.data_dir, 50_000), config=CONFIG)  # warm the catalogs
    results = {}
    for name, size in SIZES.items():
        text = corpus_text(args.data_dir, size)
        results[name] = seconds_per_mb(text, repeats=5 if size < 1_000_000 else 2)
        print(f"{name:>7}: {results[name]:.3f} s/MB ({len(text):,} characters)")
    ratio = results["10 MB"] / results["100 KB"]
    print(f"ratio 10 MB / 100 KB per MB: {ratio:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
