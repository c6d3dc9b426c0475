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
                )
            )
    return cases


def params(kind: str) -> list[object]:
    """pytest params: known failures run as strict xfail."""
    out = []
    for case in load(kind):
        marks = [pytest.mark.xfail(reason=case.known_failure, strict=True)] if case.known_failure else []
        out.append(pytest.param(case, id=f"{case.language}-{case.id}", marks=marks))
    return out
