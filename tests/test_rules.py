"""Every shipped rule: its examples match it, its counter-examples do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanarticle import Category, RuleError, UnknownLanguageError, available_languages, load_rule_file
from cleanarticle.catalog import load_language
from cleanarticle.match import normalise

RULES = [rule for lang in available_languages() for rule in load_language(lang)[0]]


def _matches(rule_id: str, text: str) -> bool:
    rule = next(r for r in RULES if r.id == rule_id)
    return rule.search(normalise(text)) is not None


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_is_documented(rule: object) -> None:
    from cleanarticle import Rule

    assert isinstance(rule, Rule)
    assert rule.rationale, "every rule says why it exists"
    assert rule.examples, "every rule has examples"
    assert rule.counter_examples, "every rule has counter-examples"
    assert rule.id.split(".")[0] == rule.language
    assert rule.id.split(".")[1] in {c.value for c in Category} | {"legal"}


@pytest.mark.parametrize(
    ("rule_id", "text"),
    [(r.id, ex) for r in RULES for ex in r.examples],
)
def test_example_matches(rule_id: str, text: str) -> None:
    assert _matches(rule_id, text)


@pytest.mark.parametrize(
    ("rule_id", "text"),
    [(r.id, ex) for r in RULES for ex in r.counter_examples],
)
def test_counter_example_does_not_match(rule_id: str, text: str) -> None:
    assert not _matches(rule_id, text)


def test_rule_ids_are_unique() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))


def test_unknown_language_lists_known_ones() -> None:
    with pytest.raises(UnknownLanguageError, match=r"known: .*en"):
        load_language("tlh")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[rules]]\nid = "en.donation.x"\ncategory = "nope"\npattern = "x"\n', "unknown category"),
        ('[[rules]]\nid = "en.donation.x"\ncategory = "donation"\npattern = "(unclosed"\n', "bad pattern"),
        ('[[rules]]\nid = "Bad Id"\ncategory = "donation"\npattern = "x"\n', "id must look like"),
        ('[[rules]]\nid = "en.donation.x"\ncategory = "donation"\npattern = "x"\nweight = 9\n', "weight"),
        ("this is = not toml [", "not valid TOML"),
    ],
)
def test_bad_rule_file_names_file_and_reason(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleError, match=message) as info:
        load_rule_file(path)
    assert "mine.toml" in str(info.value)


@pytest.mark.parametrize(("rule_id", "text"), [(r.id, ex) for r in RULES for ex in r.examples])
def test_prefilter_lets_every_example_reach_its_rule(rule_id: str, text: str) -> None:
    from cleanarticle.prefilter import Prefilter, required_literals

    rule = next(r for r in RULES if r.id == rule_id)
    literals = required_literals(rule.pattern)
    folded = Prefilter.fold(normalise(text))
    assert literals is None or any(literal in folded for literal in literals)


@pytest.mark.parametrize(("rule_id", "text"), [(r.id, ex) for r in RULES for ex in r.examples])
def test_literal_filter_lets_every_example_reach_its_rule(rule_id: str, text: str) -> None:
    from cleanarticle.prefilter import Prefilter

    rule = next(r for r in RULES if r.id == rule_id)
    prefilter = Prefilter([rule.pattern])
    assert prefilter.candidates(Prefilter.fold(normalise(text))) == [0]
    # With a dotless or dotted i in the block the first test decides, as before the clauses.
    assert prefilter.candidates(Prefilter.fold(normalise(text + " ı"))) == [0]


def test_literal_filter_needs_every_clause_of_an_alternative() -> None:
    from cleanarticle.prefilter import Prefilter, literal_filter

    pattern = r"\b(?:get|receive) the latest news on your phone\b|\bclick here\b|(?:payment){e<=1} methods"
    assert literal_filter(pattern) == (
        (frozenset({" the latest news on your phone"}), frozenset({"get", "receive"})),
        (frozenset({"click here"}),),
        (frozenset({" methods"}),),
    )
    prefilter = Prefilter([pattern])
    assert prefilter.candidates("see the latest news on your phone") == []
    assert prefilter.candidates("get the latest news on your phone") == [0]
    assert prefilter.candidates("paymnt methods") == [0]
    assert literal_filter(r"[[:alpha:]]+ news") is None  # a POSIX class: re would read it as characters
    # The parser reads '\bsupport us\b|\bdonate now\b' as '\b', then a branch: still two alternatives.
    assert literal_filter(r"\bsupport us\b|\bdonate now\b") == (
        (frozenset({"support us"}),),
        (frozenset({"donate now"}),),
    )


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        ("schließen", "SCHLIESSEN", True),  # capitals write ß as SS
        ("schließen", "Schließen", True),
        ("schließen", "SCHLIEẞEN", True),  # the capital sharp s
        ("[ß]x", "ssx", False),  # inside a class ß stays one character
        ("[^ß]x", "ßx", False),
        ("Strasse", "straße", False),  # simple case folding: "ss" in a pattern is two letters
    ],
)
def test_sharp_s(pattern: str, text: str, matches: bool) -> None:
    from cleanarticle import Rule

    rule = Rule("de.navigation.test", Category.NAVIGATION, pattern, "de")
    assert (rule.search(normalise(text)) is not None) is matches
