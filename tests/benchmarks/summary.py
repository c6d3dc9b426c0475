"""Markdown tables and a small JSON summary from a harness results file.

``python -m tests.benchmarks.summary RESULTS.json [--json OUT.json]`` prints
the Markdown tables that docs/benchmarks.md shows, and with ``--json`` writes
the figures without the per-document details (docs/benchmarks.json).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

_QUALITY = {
    "article-extraction": ("f1", "precision", "recall"),
    "trafilatura-eval": ("f", "precision", "recall"),
}
_FIELDS = ("title", "author", "date")


def summarise(results: dict[str, Any]) -> dict[str, Any]:
    """The results less each run's per-document details."""
    runs = [{k: v for k, v in run.items() if k != "documents"} for run in results["runs"]]
    return {**{k: v for k, v in results.items() if k != "runs"}, "runs": runs}


def _cell(value: object, digits: int = 3) -> str:
    return f"{value:.{digits}f}" if isinstance(value, int | float) else "–"


def markdown(results: dict[str, Any]) -> str:
    """One quality-and-speed table per set; metadata where a system gives it."""
    out: list[str] = []
    for set_name, keys in _QUALITY.items():
        runs = [r for r in results["runs"] if r["set"] == set_name]
        if not runs:
            continue
        out.append(f"### {set_name} ({runs[0]['pages']} pages, dev split)\n")
        head = ["system", *keys, "ms/page"]
        out.append("| " + " | ".join(head) + " |")
        out.append("|" + "---|" * len(head))
        for run in runs:
            cells = [_cell(run["quality"].get(k)) for k in keys]
            out.append(
                f"| {run['system']} | "
                + " | ".join([*cells, _cell(run["seconds_per_page"] * 1000, 1)])
                + " |"
            )
        meta = [r for r in runs if r.get("metadata")]
        if meta:
            out.append("")
            out.append("| system | " + " | ".join(_FIELDS) + " | metadata ms/page |")
            out.append("|" + "---|" * (len(_FIELDS) + 2))
            for run in meta:
                scores = [_cell(run["metadata"][f]["score"]) for f in _FIELDS]
                seconds = run.get("metadata_seconds_per_page") or run["seconds_per_page"]
                out.append(f"| {run['system']} | " + " | ".join([*scores, _cell(seconds * 1000, 1)]) + " |")
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path)
    parser.add_argument("--json", type=Path, help="write the summary without per-document details")
    args = parser.parse_args(argv)
    results = json.loads(args.results.read_text(encoding="utf-8"))
    print(markdown(results))
    if args.json:
        args.json.write_text(json.dumps(summarise(results), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
