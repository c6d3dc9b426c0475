"""Rules of the user's own: as objects or TOML files; switching rules and categories off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanarticle import Category, Config, Rule, RuleError, clean

STORY = (
    "Harbour Reopens After Storm\n\n"
    "The harbour reopened on Friday after a week of repairs to the sea wall, the port authority said.\n\n"
    "Fishing boats returned to their moorings by the afternoon, and the ferry will resume on Monday.\n"
)
HOUSE_LINE = "Tune in to Radio Harbour every morning at six for the tide tables."


def test_extra_rule_object_removes_a_site_line() -> None:
    rule = Rule(
        id="en.social.radio_promo",
        category=Category.SOCIAL,
        pattern=r"\btune in to radio \w+",
        language="en",
        rationale="A site's own radio promotion.",
        examples=(HOUSE_LINE,),
        counter_examples=("Listeners tuned in from abroad.",),
    )
    doc = STORY + "\n" + HOUSE_LINE + "\n"
    assert HOUSE_LINE in clean(doc).body
    article = clean(doc, config=Config(extra_rules=(rule,)))
    assert HOUSE_LINE not in article.body
    removed = next(b for b in article.removed if b.text == HOUSE_LINE)
    assert removed.category is Category.SOCIAL
    assert "en.social.radio_promo" in removed.rule_ids


def test_rule_file_in_the_catalog_schema(tmp_path: Path) -> None:
    path = tmp_path / "harbour.toml"
    path.write_text(
        'language = "en"\n\n[[rules]]\nid = "en.social.radio_promo"\ncategory = "social"\n'
        "pattern = '''\\btune in to radio \\w+'''\nrationale = \"Radio promotion.\"\n"
        f'examples = ["{HOUSE_LINE}"]\ncounter_examples = ["Listeners tuned in."]\n',
        encoding="utf-8",
    )
    article = clean(STORY + "\n" + HOUSE_LINE, config=Config(rule_files=(path,)))
    assert HOUSE_LINE not in article.body


def test_bad_rule_file_fails_when_the_config_is_made(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(
        '[[rules]]\nid = "en.social.x"\ncategory = "social"\npattern = "(oops"\n', encoding="utf-8"
    )
    with pytest.raises(RuleError, match=r"broken\.toml.*en\.social\.x.*bad pattern"):
        Config(rule_files=(path,))


def test_switch_off_by_id_prefix_and_by_category() -> None:
    doc = STORY + "\nRead more: Storm damage in pictures\n"
    assert "Read more" not in clean(doc).body
    by_id = clean(doc, config=Config(disabled_rules=frozenset({"en.related"})))
    line = next(b for b in by_id.blocks if b.text.startswith("Read more"))
    assert not any(r.startswith("en.related") for r in line.rule_ids)
    by_category = clean(doc, config=Config(disabled_categories=frozenset({Category.RELATED})))
    line = next(b for b in by_category.blocks if b.text.startswith("Read more"))
    assert not any(r.startswith("en.related") for r in line.rule_ids)


def test_extra_rules_must_be_rules() -> None:
    with pytest.raises(Exception, match="Rule objects"):
        Config(extra_rules=({"id": "x"},))  # type: ignore[arg-type]


def test_explain_gives_rule_ids_spans_and_scores(seed_text: str) -> None:
    explained = clean(seed_text).explain()
    json.dumps(explained)
    payment = next(e for e in explained if e["text"] == "paiment methods")
    assert payment["label"] == "boilerplate"
    assert payment["category"] == "donation"
    reason = next(r for r in payment["reasons"] if r["id"] == "en.donation.payment_methods")
    assert (reason["start"], reason["end"]) == (0, len("paiment methods"))
    assert payment["score"] >= 1.0
    body = [e for e in explained if e["label"] == "body"]
    assert len(body) == 11 and all(e["reasons"] == [] for e in body)
