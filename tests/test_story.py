"""Text mode's story search: the headline anchor and the weights of a page's lines."""

from __future__ import annotations

from cleanarticle import Label, clean
from cleanarticle.story import _title_keys

LEDE = (
    "The harbour reopened on Friday after a week of repairs to the sea wall, "
    "the port authority said in a statement."
)
SECOND = (
    "Fishing boats returned to their moorings by the afternoon, and the ferry "
    "to the islands will resume its timetable on Monday."
)


def _body(text: str) -> list[str]:
    return [b.text for b in clean(text).blocks if b.label is Label.BODY]


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
