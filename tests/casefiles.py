"""Loading the case files in tests/cases/<lang>/: appeals, negatives and a host story."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

CASES = Path(__file__).resolve().parent / "cases"


@dataclass(frozen=True)
class Case:
    language: str
    kind: str  # "appeal" or "negative"
    id: str
    text: str
    category: str | None
    known_failure: str | None
    known_failure_where: tuple[str, ...] = ("after", "before")  # positions of an appeal that fail


def story(language: str) -> tuple[str, list[str]]:
    """The host story of a language: its headline and its body paragraphs."""
    lines = [ln.strip() for ln in (CASES / language / "story.txt").read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln]
    return lines[0], lines[1:]


def load(kind: str) -> list[Case]:
    cases = []
    for path in sorted(CASES.glob(f"*/{kind}s.json")):
        language = path.parent.name
        for item in json.loads(path.read_text(encoding="utf-8")):
            cases.append(
                Case(
                    language,
                    kind,
                    item["id"],
                    item["text"],
                    item.get("category"),
                    item.get("known_failure"),
                    tuple(item.get("known_failure_where", ("after", "before"))),
                )
            )
    return cases


def params(kind: str) -> list[object]:
    """pytest params: known failures run as strict xfail."""
    out: list[object] = []
    for case in load(kind):
        marks = [pytest.mark.xfail(reason=case.known_failure, strict=True)] if case.known_failure else []
        out.append(pytest.param(case, id=f"{case.language}-{case.id}", marks=marks))
    return out


def appeal_params() -> list[object]:
    """pytest params of (appeal, position): a known failure is strict xfail where it fails."""
    out: list[object] = []
    for case in load("appeal"):
        for position in ("after", "before"):
            failing = case.known_failure is not None and position in case.known_failure_where
            marks = [pytest.mark.xfail(reason=str(case.known_failure), strict=True)] if failing else []
            out.append(pytest.param(case, position, id=f"{position}-{case.language}-{case.id}", marks=marks))
    return out
