"""Benchmark harness of cleanarticle: ``python -m tests.benchmarks DATA_DIR``.

Scores baselines (trafilatura, whole-text, line-rule) and cleanarticle on the
article-extraction and trafilatura-eval sets; see ``metrics`` for the metrics.
"""
