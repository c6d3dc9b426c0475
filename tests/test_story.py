"""Text mode's story search: the headline anchor and the weights of a page's lines."""

from __future__ import annotations

from cleanarticle import Category, Label, clean
from cleanarticle.classify import Verdict
from cleanarticle.shape import count_words, shape_of, word_key
from cleanarticle.story import WALL_WEIGHT, _title_keys, base_weights, find_story, list_items, story_weights

LEDE = (
    "The harbour reopened on Friday after a week of repairs to the sea wall, "
    "the port authority said in a statement."
)
SECOND = (
    "Fishing boats returned to their moorings by the afternoon, and the ferry "
    "to the islands will resume its timetable on Monday."
)
THIRD = (
    "Engineers from the county council inspected every metre of the new wall on Thursday and found "
    "no cracks, although the harbour master asked skippers to keep clear of the eastern pier for a "
    "few more days while the last stones settle and the lights are tested again."
)
FOURTH = (
    "The repairs cost more than two million pounds, most of it paid by the county, and the port "
    "authority said it would ask the government for help with a second phase next year that raises "
    "the wall by another metre before the winter storms come back to the coast again."
)


def _body(text: str) -> list[str]:
    return [b.text for b in clean(text).blocks if b.label is Label.BODY]


def _removed_as(text: str, line: str) -> Category | None:
    """The category of ``line`` in the cleaned ``text``, None if it stays in the body."""
    block = next(b for b in clean(text).blocks if b.text == line)
    return block.category if block.label is Label.BOILERPLATE else None


def test_title_keys_take_runs_of_parts_and_a_short_main_part() -> None:
    keys = _title_keys("After the Storm - Harbour Reopens | Harbour Times")
    assert "after the storm harbour reopens" in keys  # the headline holds a separator itself
    assert "harbour times" not in keys  # a site name is no headline
    assert "harbour reopens today" in _title_keys("Harbour Reopens Today | Harbour Times")
    assert "harbour reopens" not in _title_keys("Harbour Reopens | Harbour Times")  # a tie: no main part


def test_dated_comments_are_a_thread_not_the_story() -> None:
    comments = [
        ("Harbourfan on 3 March 2024 at 10:15 said:", "I remember the storm of 1987, and it was worse."),
        ("Oldsalt on 3 March 2024 at 11:02 said:", "The ferry company should pay for part of the repairs."),
        ("Netty on 4 March 2024 at 09:40 said:", "My grandfather fished from this harbour all his life."),
    ]
    text = "\n".join(["Harbour Reopens After Storm", LEDE, SECOND, *(line for c in comments for line in c)])
    assert _body(text) == [LEDE, SECOND]


def test_a_date_line_above_the_story_is_no_thread() -> None:
    text = "\n".join(["Harbour Reopens After Storm", "3 March 2024, 10:15", LEDE, SECOND])
    assert _body(text) == [LEDE, SECOND]


def test_a_list_announced_by_a_colon_stays_in_the_story() -> None:
    items = ["250 g flour", "2 eggs", "1 cup of milk", "a pinch of salt", "butter", "sugar"]
    last = "Whisk the eggs with the milk, then fold in the flour and salt, and rest the batter for an hour."
    text = "\n".join(["Pancakes For Beginners", LEDE, "You need:", *items, last])
    assert _body(text) == [LEDE, "You need:", *items, last]


def test_a_headed_run_holds_a_stretch_that_costs_more_than_its_lede_gained() -> None:
    # Headline at 0; the lede (15) is the only block of the window that adds; a gallery
    # (16, 17) costs more than it gained; the story (18-20) starts past the window.
    weights = [-1.0] * 15 + [2.0, -1.0, -1.5] + [5.0, 5.0, 5.0]
    assert find_story(weights) == (18, 21)
    assert find_story(weights, [0]) == (15, 21)
    # Its body alone, with no headline to anchor it, is one story run: it stays whole.
    assert find_story(weights[15:]) == (0, 6)


def test_a_text_that_is_not_one_run_is_still_cut() -> None:
    # The best run from the first block is not the whole text: the free run wins.
    assert find_story([2.0, -1.0, -1.5, 5.0, 5.0, -4.0]) == (3, 5)
    # An opening that one short line cancels (a line above the headline) is cut off.
    assert find_story([0.75, -1.0, 3.0, 2.0, 2.0]) == (2, 5)


def test_the_body_of_a_story_below_its_headline_and_a_gallery_is_cleaned_again_whole() -> None:
    furniture = ["By Jane Doe", "3 March 2024, 10:15", "Share", "Facebook", "Twitter", "Email", "Print"]
    furniture += ["Listen", "Save", "Gift this article", "Text size", "Comments", "Follow us"]
    gallery = ["Boats at the quay", "The new sea wall", "Ferry passengers waiting"]
    story = [SECOND, THIRD, FOURTH]
    text = "\n".join(
        [
            "Harbour Reopens After Storm | Harbour Times",
            "Home",
            "News",
            "Harbour Reopens After Storm",
            *furniture,
            LEDE,
            *gallery,
            *story,
            "© 2024 Harbour Times Ltd",
        ]
    )
    body = clean(text).body
    assert body == "\n\n".join([LEDE, *gallery, *story])
    assert clean(body).body == body


def test_a_line_that_ends_in_an_emoji_ends_like_a_sentence() -> None:
    assert shape_of("We made it to the harbour just before the storm 😉").sentence
    assert shape_of("See you all next summer at the harbour <3").prose
    assert not shape_of("© 2024 Harbour Times ®").sentence  # a sign, not an emoji
    assert not shape_of("Harbour Reopens After Storm").sentence
    # The last line of a post, signed off with an emoji, stays in the story.
    last = "We will be back next summer, that much is sure 😉"
    text = "\n".join(["Harbour Reopens After Storm", LEDE, SECOND, last])
    assert _body(text)[-1].endswith("😉")


def test_a_story_shown_twice_counts_once() -> None:
    menu = ["Home", "News", "Sport", "Weather", "Contact"]
    text = "\n".join(["Harbour Reopens After Storm", THIRD, FOURTH, *menu, THIRD, FOURTH])
    body = [b for b in clean(text).blocks if b.label is Label.BODY]
    assert [b.text for b in body] == [THIRD, FOURTH]
    assert body[0].start < text.index("Home")  # the first copy


def test_a_repeated_short_paragraph_adds_nothing() -> None:
    teaser = "Pupils will return a week later than planned because of repairs."  # a teaser shown twice
    text = "\n".join(["Harbour Reopens After Storm", teaser, "Home", "News", THIRD, FOURTH, "Sport", teaser])
    assert _body(text) == [THIRD, FOURTH]


def test_a_story_broken_by_a_list_of_labels_is_joined_across_it() -> None:
    intro = (
        "Winter is here at last, and nothing warms a kitchen like a pan of liver with apples and "
        "onions, a dish our grandmother cooked every December when the first snow fell on the village. "
        "It is quick, it is cheap, and the children ask for it again every week."
    )
    steps = [
        "Trim the liver with a sharp knife, cut it into strips and pat them dry with kitchen paper.",
        "Fry the strips in hot olive oil until they are brown on every side, then add the butter.",
        "Add the onions and the apples and cook them for three minutes, stirring now and then.",
        "Pour in the red wine, let it reduce by half, then add the stock and simmer for five minutes.",
        THIRD,
    ]
    labels = ["Ingredients for four", "1 kg liver", "3 onions", "2 apples", "400 ml stock", "Salt", "Pepper"]
    text = "\n".join(
        ["Liver with Apples | Granny's Kitchen", "Home", "Recipes", intro, *labels, *steps, "Share"]
    )
    body = _body(text)
    assert body[0] == intro  # the intro joins across the labels, which stay with it
    assert body[1:8] == labels
    assert body[8:] == steps
    assert _body("\n".join(body)) == body  # and cleaning the body again joins them again


def test_a_short_teaser_across_labels_does_not_join_the_story() -> None:
    teaser = "Our new cookbook is out now."
    text = "\n".join(
        ["Harbour News", teaser, "Books", "Shop", "Harbour Reopens", LEDE, SECOND, THIRD, FOURTH]
    )
    assert _body(text) == [LEDE, SECOND, THIRD, FOURTH]


# Chinese, written without spaces: a word per two characters, and 。！？ end sentences.
ZH_LEDE = "港口在周五重新开放，港务局在一份声明中表示，海堤的修复工作已经全部完成。"
ZH_SECOND = "渔船下午回到了泊位，前往岛屿的渡轮将于周一恢复正常的班次安排。"


def test_text_without_spaces_counts_a_word_per_two_characters() -> None:
    assert count_words("港口重新开放") == 3
    assert count_words("Harbour 港口开放了") == 1 + 3  # five characters: three words
    lede = shape_of(ZH_LEDE)
    assert lede.prose and lede.sentence and lede.words == 17
    assert not shape_of("新闻首页").prose  # a menu item
    assert shape_of("港口为什么关闭？").question


def test_a_chinese_story_is_found_among_its_menu_lines() -> None:
    menu = ["首页", "新闻", "体育", "财经", "联系我们"]
    text = "\n".join([*menu, "港口重新开放", ZH_LEDE, ZH_SECOND, *menu])
    assert _body(text) == [ZH_LEDE, ZH_SECOND]


def test_a_site_name_after_a_dash_with_no_spaces_is_split_from_a_chinese_title() -> None:
    keys = _title_keys("港口在风暴之后重新开放-海港时报")
    assert word_key("港口在风暴之后重新开放") in keys
    assert word_key("海港时报") not in keys


def test_a_headline_below_a_related_cue_inside_the_story_is_the_link() -> None:
    link = "Council Approves New Budget"
    text = "\n".join(["Harbour Reopens After Storm", LEDE, THIRD, "Related stories", link, FOURTH, SECOND])
    assert _removed_as(text, link) is Category.RELATED
    assert _body(text) == [LEDE, THIRD, FOURTH, SECOND]  # the story goes on below the link


def test_a_tag_below_a_navigation_cue_inside_the_story_goes_with_it() -> None:
    tag = "Council Approves New Budget"
    text = "\n".join(["Harbour Reopens After Storm", LEDE, THIRD, "Tags:", tag, FOURTH, SECOND])
    assert _removed_as(text, tag) is Category.NAVIGATION
    assert _body(text) == [LEDE, THIRD, FOURTH, SECOND]


def test_a_cue_that_carries_its_link_leaves_the_subheading_below_it() -> None:
    cue = "Read more: Council Approves New Budget"
    text = "\n".join(["Harbour Reopens After Storm", LEDE, THIRD, cue, "The Repairs", FOURTH])
    assert _body(text) == [LEDE, THIRD, "The Repairs", FOURTH]


def test_a_caption_that_ends_in_its_credit_leaves_the_story() -> None:
    caption = "Fishing boats back at their moorings on Friday afternoon. (Photo: Jane Doe)"
    text = "\n".join(["Harbour Reopens After Storm", LEDE, caption, THIRD, FOURTH])
    assert _removed_as(text, caption) is Category.CREDIT
    assert _body(text) == [LEDE, THIRD, FOURTH]


def test_a_photo_credit_between_the_items_of_a_list_is_a_pause_not_the_end() -> None:
    first = ["1", "The Old Harbour", LEDE, THIRD, "Jane Doe", "© Jane Doe"]
    text = "\n".join(["Five Harbours Worth a Visit", *first, "2", "The New Harbour", FOURTH, SECOND])
    credit = next(b for b in clean(text).blocks if b.text == "© Jane Doe")
    assert credit.category is Category.CREDIT
    assert _body(text)[-2:] == [FOURTH, SECOND]  # the second item is the story too


def test_a_list_that_ends_the_story_stays_with_it() -> None:
    items = ["The sea wall", "The ferry pier", "The lighthouse steps"]
    text = "\n".join(["Harbour Reopens After Storm", LEDE, THIRD, "The repairs covered three parts:", *items])
    assert _body(text) == [LEDE, THIRD, "The repairs covered three parts:", *items]
    # A line the page repeats weighs nothing too, but it is no item of the list.
    line = "The harbour is open."
    again = "\n".join(["Harbour Reopens After Storm", LEDE, line, THIRD, line])
    assert _body(again) == [LEDE, line, THIRD]
    assert clean(clean(text).body).body == clean(text).body


def test_a_date_line_inside_the_story_is_metadata() -> None:
    stamp = "Updated 4 March 2024, 09:40"
    text = "\n".join(["Harbour Reopens After Storm", LEDE, stamp, THIRD, FOURTH])
    assert _removed_as(text, stamp) is Category.METADATA
    assert _body(text) == [LEDE, THIRD, FOURTH]


def test_names_and_version_numbers_are_no_dates() -> None:
    names = ["2 Martin Truex Jr. 5035 7 0 15 24", "10. Julia Simon (FRA) +1.03,4 (3)", "Markt (8)"]
    for line in (*names, "Decision 2020", "0.0.0-YYYYmmddHHMMSS-abcdefabcdef"):
        assert not shape_of(line).date_like, line
    dates = ["Published 3 March 2024, 10:15", "Nov. 18, 2019", "19.01.2021", "11/18/2019"]
    for line in (*dates, "3 marca 2020", "2020-02-19 20:29:58"):
        assert shape_of(line).date_like, line
    # a result line with a name in it stays in the story, as the other lines of its table
    rows = ["1. Jane Doe (GBR) 35.58,7", "2. Julia Simon (FRA) +3,7", "3. Mark Doe (USA) +11,6"]
    text = "\n".join(["Harbour Race Results", LEDE, "The results:", *rows, FOURTH])
    assert _body(text) == [LEDE, "The results:", *rows, FOURTH]


def test_a_newsletter_box_among_furniture_ends_the_story() -> None:
    body = Verdict(Label.BODY, None, (), 0.0)
    box = Verdict(Label.BOILERPLATE, Category.NEWSLETTER, (), 1.0)

    def weights(*blocks: tuple[str, Verdict]) -> list[float]:
        texts, verdicts = [text for text, _ in blocks], [v for _, v in blocks]
        shapes = [shape_of(t) for t in texts]
        base = base_weights(verdicts, shapes, 1.0)
        return story_weights(texts, verdicts, shapes, base, list_items(texts, verdicts, shapes, base))

    pitch = "Subscribe to our newsletter"
    ending = weights((LEDE, body), ("Read more", body), (pitch, box), ("Email address", body), (FOURTH, body))
    assert ending[2] == WALL_WEIGHT  # a wall, as a share row or a comments heading is
    # Between two paragraphs of the story, with no furniture beside it, it is a pause.
    assert weights((LEDE, body), (pitch, box), (THIRD, body))[1] == -1.0


def test_a_counted_list_without_an_announcement_stays_in_the_story() -> None:
    items = ["250 g flour", "2 eggs", "1 cup of milk", "3 tablespoons of melted butter", "½ teaspoon of salt"]
    text = "\n".join(["Pancakes For Beginners", LEDE, *items, THIRD])
    assert _body(text) == [LEDE, *items, THIRD]
    # The list ends the story: it stays too.
    assert _body("\n".join(["Pancakes For Beginners", LEDE, THIRD, *items])) == [LEDE, THIRD, *items]
    # Two lines that open with a number are no list.
    assert _body("\n".join(["Pancakes For Beginners", LEDE, THIRD, *items[:2]])) == [LEDE, THIRD]


FACTS = [
    "Fact sheet",
    "Private pool",
    "Sea view",
    "Free wifi",
    "Two bathrooms",
    "Garden with barbecue",
    "Parking for two cars",
    "Washing machine",
    "Dishwasher",
    "Cot on request",
    "No pets",
    "No smoking",
    "Bicycles to borrow",
    "Ferry pier nearby",
    "Quiet street",
    "Beach towels",
]


def test_a_story_broken_by_a_long_fact_box_is_joined_across_it() -> None:
    # A fact box or a table between the intro and the rest runs longer than a few labels.
    intro = LEDE + " " + SECOND
    text = "\n".join(["Harbour Cottage | Holiday Homes", "Home", "Cottages", intro, *FACTS, THIRD, FOURTH])
    assert _body(text) == [intro, *FACTS, THIRD, FOURTH]


def test_a_piece_across_a_bridge_longer_than_a_table_stays_out() -> None:
    facts = FACTS + [f"{label} again" for label in FACTS]  # 32 short lines: a page's menus, not a table
    intro = LEDE + " " + SECOND
    text = "\n".join(["Harbour Cottage | Holiday Homes", "Home", "Cottages", intro, *facts, THIRD, FOURTH])
    assert _body(text) == [THIRD, FOURTH]
