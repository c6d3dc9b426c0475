"""HTML input: structure through trafilatura, page metadata, and bad pages."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from lxml import etree

from cleanarticle import BlockKind, Category, Config, InputTooLargeError, Label, clean
from cleanarticle.html import _blocks, _headings, _title

PARAGRAPHS = [
    "The city council voted on Tuesday to build a new bridge over the Mill River, ending a dispute "
    "that had divided residents of both banks for more than two years.",
    "The project, estimated at 48 million dollars, will replace a crossing built in 1931 that "
    "engineers rated structurally deficient in an inspection last spring.",
    "Construction is expected to begin next year and to last about thirty months, according to the "
    "public works department, which will publish a detour plan in March.",
]


def page(extra_body: str = "", head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Council Approves New Bridge | The Riverton Courier</title>"
        "<meta property='og:site_name' content='The Riverton Courier'>"
        "<meta name='author' content='By Jane Doe and Riverton Staff'>"
        "<meta property='article:published_time' content='2024-03-05T10:00:00Z'>"
        f"{head}</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Council Approves New Bridge</h1>"
        f"{paragraphs}<h2>What comes next</h2><p>{PARAGRAPHS[0]}</p>{extra_body}</article>"
        "<footer>© 2024 The Riverton Courier</footer></body></html>"
    )


def test_html_is_detected_and_keeps_structure() -> None:
    article = clean(page())
    assert article.input_format == "html"
    assert article.paragraphs[0].text == PARAGRAPHS[0]
    heading = next(b for b in article.blocks if b.text == "What comes next")
    assert heading.kind is BlockKind.HEADING and heading.label is Label.BODY


def test_html_metadata() -> None:
    article = clean(page().encode("utf-8"), url="https://courier.example/bridge")
    assert article.title == "Council Approves New Bridge"
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2024, 3, 5)
    assert article.site_name == "The Riverton Courier"
    assert article.url == "https://courier.example/bridge"
    assert article.to_dict()["published"] == "2024-03-05"


def test_html_offsets_point_into_article_text() -> None:
    article = clean(page())
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text


def test_the_body_cleaned_again_is_unchanged_by_rules_alone() -> None:
    body = clean(page()).body
    assert clean(body, config=Config(find_story=False)).body == body
    # Text mode looks for the story again (docs/text-mode.md#idempotence): the long paragraph
    # the page repeats counts at its first copy only, so the heading and the second copy are cut.
    assert clean(body).body == "\n\n".join(PARAGRAPHS)


def test_newsletter_and_app_prompts_inside_html_body_are_removed() -> None:
    extra = (
        "<p>Sign up for our Email Newsletters here.</p>"
        "<p>CLICK HERE TO GET THE COURIER APP</p>"
        "<p>Like this story? Share it with a friend!</p>"
    )
    article = clean(page(extra))
    removed = {b.text: b.category for b in article.removed}
    assert removed["Sign up for our Email Newsletters here."] is Category.NEWSLETTER
    assert removed["CLICK HERE TO GET THE COURIER APP"] is Category.SOCIAL
    assert "Like this story? Share it with a friend!" in removed
    assert all(p in article.body for p in PARAGRAPHS)


def test_the_pages_own_address_as_a_paragraph_is_a_share_link() -> None:
    url = "https://www.riverton-courier.example/news/council-approves-new-bridge-123.php"
    other = "https://www.mill-river.example/reports/inspection-2023.pdf"
    article = clean(page(f"<p>{url}</p><p>{other}</p>"), url=url + "?utm_source=feed")
    removed = {b.text: b for b in article.removed}
    assert removed[url].category is Category.NAVIGATION
    assert "context.own_address" in removed[url].rule_ids
    assert other in article.body  # another page's address: a source the story lists, weak alone
    # Without the page's URL nothing is known of its address.
    assert url in clean(page(f"<p>{url}</p>")).body


def test_soft_hyphens_stay_in_the_body_and_hide_no_word_from_the_rules() -> None:
    story = "The bridge will be fin\u00adished in 2027, the en\u00adgi\u00adneers wrote in their report."
    prompt = "Sub\u00adscribe to our news\u00adletter for more sto\u00adries like this."
    article = clean(page(f"<p>{story}</p><p>{prompt}</p>"))
    assert story in article.body  # the page's own characters, verbatim
    assert {b.text: b.category for b in article.removed}.get(prompt) is Category.NEWSLETTER


@pytest.mark.parametrize(
    ("raw", "site", "expected"),
    [
        (
            "Council Approves New Bridge | The Riverton Courier",
            "The Riverton Courier",
            "Council Approves New Bridge",
        ),
        ("Council Approves New Bridge - Courier", None, "Council Approves New Bridge"),
        ("Just a headline", None, "Just a headline"),
        ("NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", None, "子どもへの体罰を禁止する法律ができる"),
        ("Produkttester werden: gratis testen │ Marktplatz", None, "Produkttester werden: gratis testen"),
        # A known site name that is none of the parts: the title has no site part.
        ("Würde des Lebens – ein Projekt", "Große Fragen", "Würde des Lebens – ein Projekt"),
        ("Wie man einen Tisch baut | homify", "Homify GmbH", "Wie man einen Tisch baut"),
        ("Was wir nicht hören wollen | EXAMPLE.NET", "Example Verlag", "Was wir nicht hören wollen"),
        (None, None, None),
    ],
)
def test_title_drops_site_suffix(raw: str | None, site: str | None, expected: str | None) -> None:
    assert _title(raw, site) == expected


BAD_PAGES = {
    "truncated": page()[: len(page()) // 2],
    "no charset": page().replace("<meta charset='utf-8'>", ""),
    "tags only": "<html><body><div><div><span></span></div></div></body></html>",
    "comment only": "<!-- nothing here -->",
}


@pytest.mark.parametrize("name", list(BAD_PAGES))
def test_bad_pages_give_a_result_not_an_exception(name: str) -> None:
    article = clean(BAD_PAGES[name], config=Config(input_format="html"))
    assert article.body or article.reason


def test_wrong_declared_charset_is_survived() -> None:
    data = page().replace("utf-8", "windows-1251").encode("utf-8")
    article = clean(data)
    assert article.paragraphs


def test_binary_garbage_gives_an_empty_result() -> None:
    data = bytes(range(256)) * 64 + os.urandom(4096)
    article = clean(data, config=Config(input_format="html"))
    assert article.body == "" and article.reason
    clean(data)  # detected either way, never raises


def test_deep_nesting_does_not_crash() -> None:
    deep = "<div>" * 100_000 + "<p>" + PARAGRAPHS[0] + "</p>" + "</div>" * 100_000
    article = clean("<html><body>" + deep + "</body></html>")
    assert article.body == "" or PARAGRAPHS[0] in article.body or article.reason


def test_fifty_megabytes_is_refused_by_the_default_limit_and_allowed_when_raised() -> None:
    big = page("<p>" + "word " * 10_000_000 + "</p>")
    assert len(big.encode()) > 50_000_000
    with pytest.raises(InputTooLargeError, match="max_input_bytes"):
        clean(big)
    with pytest.raises(InputTooLargeError):
        clean(big.encode())


def test_forcing_text_on_html_keeps_tags_as_text() -> None:
    article = clean(page(), config=Config(input_format="text"))
    assert article.input_format == "text"
    assert "<" in article.text


def test_byline_kept_by_trafilatura_is_a_byline() -> None:
    html = page().replace("<meta name='author' content='By Jane Doe and Riverton Staff'>", "")
    html = html.replace(
        "<h1>Council Approves New Bridge</h1>", "<h1>Council Approves New Bridge</h1><p>By Sam Rivers</p>"
    )
    article = clean(html)
    assert [b.text for b in article.blocks if b.label is Label.BYLINE] == ["By Sam Rivers"]
    assert "By Sam Rivers" not in article.body
    assert article.authors == ("Sam Rivers",)


def test_headline_from_h1_markup_drops_kicker_soft_hyphens_and_date() -> None:
    from cleanarticle.html import _headline

    html = "<h1><span class='kicker'>Klimaschutz</span> <span>Bohren, bis es hei&szlig; wird</span></h1>"
    assert _headings(html) == ["Bohren, bis es heiß wird"]
    assert _headline("Bohren, bis es heiß wird", _headings(html)) == "Bohren, bis es heiß wird"
    assert _headline("Er\u00adin\u00adne\u00adrung an die Opfer", []) == "Erinnerung an die Opfer"
    assert _headline("23.01.2022 - Wierer darf noch jubeln", []) == "Wierer darf noch jubeln"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # A short inline part after the headline belongs to it; a kicker before it does not.
        (
            "<h1>Meta-Programming In Emacs Using <code>defadvice</code></h1>",
            "Meta-Programming In Emacs Using defadvice",
        ),
        ("<h1><em>Holocaust-Gedenktag</em> Erinnerung an die Opfer</h1>", "Erinnerung an die Opfer"),
        # Equal parts: the later one is the headline, the first the kicker.
        (
            "<h1><span>Interne Unterlagen im Netz</span><span>Daten von Rheinmetall gehackt</span></h1>",
            "Daten von Rheinmetall gehackt",
        ),
        # A date and a source line after the headline are not part of it.
        (
            "<h1>Zuschauer kehren in die Hallen zurück <small>02.02.2022</small> • Verband</h1>",
            "Zuschauer kehren in die Hallen zurück",
        ),
    ],
)
def test_h1_parts(html: str, expected: str) -> None:
    assert _headings(html) == [expected]


def test_teaser_list_after_the_story_is_removed() -> None:
    teasers = "".join(
        f"<li><a href='/story/{i}'>Other headline number {i}</a>"
        f"<h4>A dek that sums up story {i} in a line</h4></li>"
        for i in range(4)
    )
    article = clean(page(f"<h3>Weekend edition</h3><ul>{teasers}</ul>"))
    assert all("Other headline" not in p.text and "A dek" not in p.text for p in article.paragraphs)
    assert all(p in article.body for p in PARAGRAPHS)


def test_paragraph_cut_at_a_link_is_glued_back() -> None:
    # trafilatura's output when the page's text ran through a <div> with <em><a>…</a></em>.
    body = etree.fromstring(
        "<div><p>Apple plans a laptop, says the publication </p><ref target='x'>DigiTimes</ref>"
        "<p>. A preview was shared with subscribers.</p>A photo caption"
        "<p>Kuo predicted that Apple will </p><ref target='y'>move its lineup to new keyboards</ref>"
        "<p>, including the Air.</p><p>Read more</p><ref target='z'>Another story</ref>"
        "<p>New paragraph.</p></div>"
    )
    texts = [block.text for block in _blocks(body)[0]]
    assert texts == [
        "Apple plans a laptop, says the publication DigiTimes. A preview was shared with subscribers.",
        "A photo caption",
        "Kuo predicted that Apple will move its lineup to new keyboards, including the Air.",
        "Read more",
        "Another story",
        "New paragraph.",
    ]


def test_a_second_copy_of_the_story_is_removed() -> None:
    copy = f"<p>{' '.join(PARAGRAPHS[1:])}</p><p>{PARAGRAPHS[2][:60]}...</p><p>{PARAGRAPHS[1]}</p>"
    article = clean(page(copy))
    removed = [b for b in article.removed if "structure.repeated" in b.rule_ids]
    assert [b.text for b in removed] == [" ".join(PARAGRAPHS[1:]), PARAGRAPHS[2][:60] + "..."]
    assert article.body.count(PARAGRAPHS[1]) == 2  # a paragraph repeated alone stays


def test_a_linked_sentence_inside_the_story_stays() -> None:
    cited = "One possible explanation for the figures is that there is no credible source for them."
    article = clean(page(f"<p><a href='/a'>{cited}</a></p><p>{PARAGRAPHS[1]}</p>"))
    assert cited in article.body


def test_a_layout_table_gives_paragraphs_and_a_data_table_rows() -> None:
    body = etree.fromstring(
        "<div><table><row><cell><p>Headline of the story</p><p>The first paragraph.</p></cell>"
        "<cell>Sidebar</cell></row></table>"
        "<table><row><cell>Team</cell><cell>Points</cell></row><row><cell>Ajax</cell><cell>12</cell></row></table></div>"
    )
    blocks = _blocks(body)[0]
    assert [(b.text, b.kind) for b in blocks] == [
        ("Headline of the story", BlockKind.PARAGRAPH),
        ("The first paragraph.", BlockKind.PARAGRAPH),
        ("Sidebar", BlockKind.PARAGRAPH),
        ("Team | Points", BlockKind.TABLE),
        ("Ajax | 12", BlockKind.TABLE),
    ]


def test_fast_html_runs_trafilatura_without_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    seen: list[object] = []
    real = trafilatura.bare_extraction

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(kwargs.get("fast"))
        return real(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    fast = clean(page(), config=Config(fast_html=True))
    full = clean(page())
    assert seen == [True, False]
    assert fast.body == full.body  # a plain page: the fallbacks add nothing here
