"""Bar chart of benchmark results: ``python -m tests.benchmarks.plot IN.json OUT.png``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

HEADLINE = {"article-extraction": ("f1", "F1"), "trafilatura-eval": ("f", "F")}


def headline_scores(results: dict[str, object]) -> dict[str, dict[str, float]]:
    """Quality figure per set per system: F1 or F."""
    scores: dict[str, dict[str, float]] = {}
    runs = results.get("runs", [])
    assert isinstance(runs, list)
    for run in runs:
        key, _ = HEADLINE[run["set"]]
        scores.setdefault(run["set"], {})[run["system"]] = float(run["quality"][key])
    return scores


def plot(results: dict[str, object], out: Path) -> None:
    """Draw one group of bars per system, one bar per set."""
    scores = headline_scores(results)
    sets = [s for s in HEADLINE if s in scores]
    systems = list(dict.fromkeys(name for s in sets for name in scores[s]))
    width = 0.8 / max(1, len(sets))
    fig = Figure(figsize=(max(6.0, 1.6 * len(systems)), 4.5))
    FigureCanvasAgg(fig)  # draw with Agg, without pyplot's global state
    ax = fig.add_subplot()
    for i, set_name in enumerate(sets):
        xs = [j + (i - (len(sets) - 1) / 2) * width for j in range(len(systems))]
        ys = [scores[set_name].get(name, 0.0) for name in systems]
        label = f"{set_name} ({HEADLINE[set_name][1]})"
        bars = ax.bar(xs, ys, width, label=label)
        ax.bar_label(bars, fmt="%.3f", fontsize=8, padding=2)
    ax.set_xticks(range(len(systems)), systems, rotation=15)
    ax.set_ylim(0, 1.18)
    ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.set_ylabel("F1 / F (higher is better)")
    ax.set_title("Article-body extraction quality (dev split)")
    ax.legend(loc="upper center", ncols=len(sets), fontsize=9, frameon=False)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=120)


def main(argv: list[str]) -> int:
    """Entry point: RESULTS.json OUT.png."""
    if len(argv) != 2:
        print(
            "usage: python -m tests.benchmarks.plot RESULTS.json OUT.png",
            file=sys.stderr,
        )
        return 2
    plot(json.loads(Path(argv[0]).read_text(encoding="utf-8")), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
