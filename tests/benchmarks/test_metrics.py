"""Hand-made checks of the benchmark metrics."""

from __future__ import annotations

import datetime as dt

import pytest

from .data import decode_html
from .metrics import (
    Metadata,
    author_set,
    iso_date,
    metadata_matches,
    metadata_scores,
    shingle_doc_score,
    shingle_scores,
    shingles,
    snippet_counts,
    snippet_scores,
)
from .systems import line_rule


def test_shingles_are_a_multiset_of_four_token_windows() -> None:
    assert shingles("a b c d a b c d") == {
        ("a", "b", "c", "d"): 2,
        ("b", "c", "d", "a"): 1,
        ("c", "d", "a", "b"): 1,
        ("d", "a", "b", "c"): 1,
    }
    assert shingles("just two") == {("just", "two"): 1}
    assert shingles(" ... ") == {}


def test_identical_documents_score_one() -> None:
    doc = shingle_doc_score("The cat sat on the mat today.", "The cat sat on the mat today.")
    assert (doc.precision, doc.recall) == (1.0, 1.0)
    assert shingle_scores([doc]) == {"f1": 1.0, "precision": 1.0, "recall": 1.0}


def test_disjoint_documents_score_zero() -> None:
    doc = shingle_doc_score("one two three four five", "six seven eight nine ten")
    assert (doc.precision, doc.recall) == (0.0, 0.0)
    assert shingle_scores([doc])["f1"] == 0.0


def test_partial_document_by_hand() -> None:
    # truth: a b c d e f -> abcd bcde cdef; prediction: a b c d e x y -> abcd bcde cdex dexy
    doc = shingle_doc_score("a b c d e f", "a b c d e x y")
    assert (doc.tp, doc.fp, doc.fn) == pytest.approx((2 / 5, 2 / 5, 1 / 5))
    assert doc.precision == pytest.approx(2 / 4)
    assert doc.recall == pytest.approx(2 / 3)


def test_means_skip_empty_sides_and_f1_comes_from_the_means() -> None:
    full = shingle_doc_score("a b c d e f", "a b c d e f")
    empty_prediction = shingle_doc_score("a b c d e f", "")
    partial = shingle_doc_score("a b c d e f", "a b c d e x y")
    assert empty_prediction.precision is None and empty_prediction.recall == 0.0
    scores = shingle_scores([full, empty_prediction, partial])
    p, r = (1 + 1 / 2) / 2, (1 + 0 + 2 / 3) / 3
    assert scores["precision"] == pytest.approx(p)
    assert scores["recall"] == pytest.approx(r)
    assert scores["f1"] == pytest.approx(2 * p * r / (p + r))


def test_snippets_identical_and_disjoint() -> None:
    perfect = snippet_counts("Body text here.", ["Body text"], ["Imprint"])
    assert snippet_scores([perfect])["f"] == 1.0
    wrong = snippet_counts("Imprint only", ["Body text"], ["Imprint"])
    assert wrong.missed_with == ("Body text",) and wrong.found_without == ("Imprint",)
    assert snippet_scores([wrong])["f"] == 0.0


def test_snippet_scores_summed_by_hand() -> None:
    pages = [
        snippet_counts("alpha beta gamma menu", ["alpha", "gamma"], ["menu", "footer"]),
        snippet_counts("delta", ["delta", "epsilon"], ["login"]),
    ]
    scores = snippet_scores(pages)  # tp 3, fn 1, fp 1, tn 2
    assert (scores["tp"], scores["fn"], scores["fp"], scores["tn"]) == (3, 1, 1, 2)
    assert scores["precision"] == pytest.approx(3 / 4)
    assert scores["recall"] == pytest.approx(3 / 4)
    assert scores["accuracy"] == pytest.approx(5 / 7)
    assert scores["f"] == pytest.approx(6 / 8)


def test_snippets_are_plain_substrings() -> None:
    assert snippet_counts("a  b", ["a b"], []).fn == 1  # no whitespace folding


def test_author_separators_and_folding() -> None:
    assert author_set("Anna Müller und Bob O'Neil") == {"anna müller", "bob oneil"}
    assert author_set(["Anna Müller", "bob oneil"]) == author_set("ANNA MÜLLER; Bob O'Neil")
    assert author_set("A, B & C and D et E y F") == {"a", "b", "c", "d", "e", "f"}
    assert author_set("Andrea Sandy") == {"andrea sandy"}  # "and" only as a word


def test_iso_date() -> None:
    assert iso_date("2019-5-3") == "2019-05-03"
    assert iso_date("2022-25-10") == "2022-10-25"
    assert iso_date(dt.datetime(2020, 1, 2, 3, 4)) == "2020-01-02"
    assert iso_date("") == iso_date(None) == ""


def test_metadata_matches_and_empty_expected_values() -> None:
    expected = {"title": "The Title!", "author": "", "date": "2020-01-02"}
    good = metadata_matches(expected, Metadata("the  title", (), "2020-01-02T10:00"))
    assert {k: m.match for k, m in good.items()} == {"title": True, "author": True, "date": True}
    bad = metadata_matches(expected, Metadata(None, ("Someone",), ""))
    assert {k: m.match for k, m in bad.items()} == {"title": False, "author": False, "date": False}
    scores = metadata_scores([good, bad])
    assert scores["title"]["score"] == 0.5 and scores["title"]["n"] == 2
    assert scores["author"]["n"] == 0 and scores["author"]["empty_ok"] == 0.5


def test_lenient_author_containment() -> None:
    found = Metadata(authors=("View all posts by Daniel Lemire",))
    outcome = metadata_matches({"author": "Daniel Lemire"}, found)["author"]
    assert not outcome.match and outcome.lenient


def test_line_rule_keeps_sentence_lines() -> None:
    text = "Home | News\nThis is a proper sentence of words.\nShort one.\n“He said it was fine,” she wrote”\n"
    assert line_rule(text).splitlines() == [
        "This is a proper sentence of words.",
        "“He said it was fine,” she wrote”",
    ]


def test_decode_html_like_a_browser() -> None:
    assert decode_html(b"\xef\xbb\xbf<p>\xc3\xa9</p>") == "<p>é</p>"
    latin = b'<head><meta charset="iso-8859-1"></head><p>\x93caf\xe9\x94</p>'
    assert decode_html(latin).endswith("<p>“café”</p>")  # iso-8859-1 means cp1252
    assert decode_html(b"<p>caf\xc3\xa9</p>") == "<p>café</p>"  # no charset: UTF-8 first
    assert "café" in decode_html(b'<meta charset="bogus"><p>caf\xc3\xa9</p>')
