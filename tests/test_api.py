"""The public API: types, errors, configuration, bytes, and empty input."""

from __future__ import annotations

import codecs
import dataclasses
import json
import threading

import pytest

import cleanarticle
from cleanarticle import (
    Article,
    Category,
    CleanArticleError,
    Config,
    ConfigError,
    InputTooLargeError,
    InputTypeError,
    clean,
)

STORY = (
    "Café Owners Fight Rent Rise\n\n"
    "Owners of the café said on Monday that the rent had tripled since the landlord sold the building "
    "to an investment fund last year.\n\n"
    "The city’s housing office said it would review the lease.\n"
)

RUSSIAN = (
    "Владельцы кафе протестуют против роста аренды\n\n"
    "Владельцы небольшого кафе в центре города заявили в понедельник, что арендная плата "
    "выросла втрое с тех пор, как прежний хозяин продал здание инвестиционному фонду.\n\n"
    "В городском жилищном управлении сообщили, что проверят условия договора аренды.\n"
)


def test_public_names() -> None:
    for name in cleanarticle.__all__:
        assert hasattr(cleanarticle, name)


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["text"], {"a": 1}, object()])
def test_wrong_type_raises_type_error_naming_accepted_types(bad: object) -> None:
    with pytest.raises(TypeError, match="str or bytes") as info:
        clean(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, CleanArticleError)
    assert isinstance(info.value, InputTypeError)


@pytest.mark.parametrize("empty", ["", "   ", "\n\n\t \r\n", b"", b"  \n"])
def test_empty_input_is_an_empty_article(empty: str | bytes) -> None:
    article = clean(empty)
    assert article.body == ""
    assert article.paragraphs == ()
    assert article.reason


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16", b""), ("cp1251", b""), ("latin-1", b"")],
)
def test_bytes_are_decoded_not_assumed_utf8(encoding: str, prefix: bytes) -> None:
    text = RUSSIAN if encoding == "cp1251" else STORY
    if encoding == "latin-1":
        text = text.replace("’", "'")
    data = prefix + text.encode(encoding)
    assert clean(data).body == clean(text).body


def test_declared_charset_wins_over_utf8_guess() -> None:
    html = '<html><head><meta charset="windows-1251"><title>t</title></head><body>'
    data = html.encode() + "<p>Привет</p></body></html>".encode("cp1251")
    from cleanarticle.decode import decode

    text, encoding = decode(data)
    assert encoding == "cp1251"
    assert "Привет" in text


def test_blocks_have_exact_offsets() -> None:
    article = clean(STORY)
    for block in article.blocks:
        assert STORY[block.start : block.end].strip() == block.text


def test_article_is_frozen_and_round_trips() -> None:
    article = clean(STORY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.title = "x"  # type: ignore[misc]
    data = json.loads(json.dumps(article.to_dict()))
    assert Article.from_dict(data) == article


def test_from_dict_rejects_garbage() -> None:
    with pytest.raises(CleanArticleError):
        Article.from_dict({"nothing": 1})


def test_config_validates_and_is_replaced_not_mutated() -> None:
    with pytest.raises(ConfigError, match="input_format"):
        Config(input_format="pdf")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="threshold"):
        Config(threshold=0)
    with pytest.raises(ConfigError, match="known categories"):
        Config(disabled_categories=frozenset({"nonsense"}))  # type: ignore[arg-type]
    base = Config()
    changed = dataclasses.replace(base, threshold=2.0)
    assert base.threshold == 1.0 and changed.threshold == 2.0


def test_size_limit_is_configurable() -> None:
    with pytest.raises(InputTooLargeError, match="max_input_bytes"):
        clean(b"x" * 2000, config=Config(max_input_bytes=1000))
    with pytest.raises(InputTooLargeError):
        clean("y" * 2000, config=Config(max_input_bytes=1000))


def test_disabled_category_keeps_related_lines() -> None:
    text = STORY + "\nRead more: Landlords face new rules\n"
    assert "Read more" not in clean(text).body
    kept = clean(text, config=Config(disabled_categories=frozenset({Category.RELATED})))
    line = next(b for b in kept.blocks if b.text.startswith("Read more"))
    assert not any(r.startswith("en.related") for r in line.rule_ids)


def test_threads_give_the_same_result(seed_text: str) -> None:
    expected = clean(seed_text)
    results: list[Article] = []

    def work() -> None:
        results.append(clean(seed_text))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results)


def test_input_format_can_be_forced() -> None:
    html = "<html><body><p>Hello there, this is a paragraph of prose that is long enough.</p></body></html>"
    assert clean(html).input_format == "html"
    forced = clean(html, config=Config(input_format="text"))
    assert forced.input_format == "text"
    assert "<p>" in forced.text
