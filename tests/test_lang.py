"""Language detection and the catalogs it selects."""

from __future__ import annotations

import pytest
from casefiles import CASES, story

from cleanarticle import Config, Label, UnknownLanguageError, available_languages, clean
from cleanarticle.lang import detect_language

LANGUAGES = sorted(p.name for p in CASES.iterdir() if (p / "story.txt").exists())


def test_ten_languages_ship_catalogs() -> None:
    assert {"en", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "nl"} <= set(available_languages())


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_host_story_is_detected(language: str) -> None:
    title, paragraphs = story(language)
    assert detect_language("\n".join([title, *paragraphs])) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Підтримайте нас", "uk"),
        ("Поддержать независимых журналистов", "ru"),
        ("Unterstützen Sie uns", None),
        ("Wesprzyj nas już dziś", "pl"),
    ],
)
def test_short_texts_fall_back_to_letters(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_english_appeal_on_a_german_story_is_removed() -> None:
    title, paragraphs = story("de")
    appeal = "Support independent journalism: please donate today."
    doc = "\n\n".join([title, *paragraphs[:2], appeal, *paragraphs[2:]])
    article = clean(doc)
    assert article.language == "de"
    assert article.body == "\n\n".join(paragraphs)
    removed = next(b for b in article.blocks if b.text == appeal)
    assert removed.label is Label.BOILERPLATE
    assert any(r.startswith("en.donation") for r in removed.rule_ids)


def test_german_appeal_is_removed_by_the_german_catalog() -> None:
    title, paragraphs = story("de")
    doc = "\n\n".join([title, *paragraphs, "Jetzt spenden", "Unterstützen Sie unabhängigen Journalismus!"])
    article = clean(doc)
    assert article.body == "\n\n".join(paragraphs)
    assert any(r.startswith("de.") for b in article.removed for r in b.rule_ids)


def test_language_without_catalog_gets_language_free_rules_and_never_raises() -> None:
    text = (
        "Atalanta ilionyesha mchezo mzuri sana jana usiku katika uwanja wa nyumbani na mashabiki "
        "walifurahi sana kuona timu yao ikishinda kwa mabao matatu bila.\n\n"
        "https://www.example.com/habari/michezo/atalanta\n\n"
        "© 2024 Mfano Media"
    )
    article = clean(text)
    assert article.body.startswith("Atalanta")
    assert {b.text for b in article.removed} == {
        "https://www.example.com/habari/michezo/atalanta",
        "© 2024 Mfano Media",
    }


def test_forced_languages_and_unknown_language() -> None:
    assert clean("Jetzt spenden", config=Config(languages=("de",))).body == ""
    with pytest.raises(UnknownLanguageError, match="known:"):
        Config(languages=("tlh",))
