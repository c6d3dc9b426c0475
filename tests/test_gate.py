"""Regression gate: cleanarticle must hold its quality floors on the dev data.

Run with ``pytest -m gate``. The data folder is ``$CLEANARTICLE_BENCH``, by
default ``../shared/bench`` beside the repository.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

# tests/ has no __init__.py, so pytest (and mypy) put it on sys.path and the
# harness package imports as ``benchmarks`` (``tests.benchmarks`` from the CLI).
from benchmarks.data import SETS
from benchmarks.harness import RunResult, evaluate
from benchmarks.systems import SystemUnavailableError

# Floors per (set, input mode); a score may fall EPSILON below its floor.
# The dev figures of docs/benchmarks.md, rounded down to three places.
FLOORS: dict[tuple[str, str], dict[str, float]] = {
    ("article-extraction", "html"): {"f1": 0.978, "precision": 0.975, "recall": 0.982},
    ("article-extraction", "text"): {"f1": 0.945, "precision": 0.936, "recall": 0.955},
    ("trafilatura-eval", "html"): {"f": 0.951, "precision": 0.959, "recall": 0.945},
    ("trafilatura-eval", "text"): {"f": 0.887, "precision": 0.910, "recall": 0.865},
}
EPSILON = 0.005

REPO_ROOT = Path(__file__).resolve().parent.parent
ENV_VAR = "CLEANARTICLE_BENCH"


def bench_dir() -> Path:
    """The benchmark data folder; skips the test if it is missing."""
    value = os.environ.get(ENV_VAR)
    path = Path(value).expanduser() if value else REPO_ROOT.parent / "shared" / "bench"
    missing = [name for name in SETS if not (path / name).is_dir()]
    if missing:
        pytest.skip(
            f"benchmark data not found: {path} has no {', '.join(missing)}/ "
            f"(set {ENV_VAR} to the folder holding {' and '.join(SETS)})"
        )
    return path


@functools.cache
def _run(data_dir: Path, set_name: str, mode: str) -> RunResult:
    return evaluate(data_dir, set_name, f"cleanarticle-{mode}")


@pytest.mark.gate
@pytest.mark.parametrize(("set_name", "mode"), list(FLOORS))
def test_quality_floor(set_name: str, mode: str) -> None:
    data_dir = bench_dir()
    try:
        result = _run(data_dir, set_name, mode)
    except SystemUnavailableError as exc:
        pytest.skip(f"cleanarticle-{mode} cannot run: {exc}")
    problems = [
        f"{key} {result.quality[key]:.4f} < floor {floor:.4f} - {EPSILON}"
        for key, floor in FLOORS[set_name, mode].items()
        if result.quality[key] < floor - EPSILON
    ]
    if result.errors:
        doc_id, error = next(iter(result.errors.items()))
        problems.append(f"{len(result.errors)} pages raised, e.g. {doc_id}: {error}")
    assert not problems, f"{set_name} / {mode}: " + "; ".join(problems)


# Metadata of the HTML mode on trafilatura-eval, rounded down.
META_FLOORS = {"title": 0.867, "author": 0.732, "date": 0.914}


@pytest.mark.gate
def test_metadata_floor() -> None:
    result = _run(bench_dir(), "trafilatura-eval", "html")
    assert result.metadata is not None
    problems = [
        f"{field} {result.metadata[field]['score']:.4f} < floor {floor:.4f} - {EPSILON}"
        for field, floor in META_FLOORS.items()
        if result.metadata[field]["score"] < floor - EPSILON
    ]
    assert not problems, "; ".join(problems)
