"""Pass 6 (reconcile/similar.py): a day the undated page names settles what its wording leaves
open, when it fits the best story's days and rules out every rival's (`days_confirm`)."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile import similar
from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef

BURIED = "Relatives buried the two musicians in the village on October 25, a church elder said."
MONDAY = "Neighbours gathered at the damaged house on Monday to count the dead."
NO_DAY = "Neighbours gathered at the damaged house to count the dead."


def _ref(aid: str, window: tuple[date, date] | None, sentence: str = "") -> EventRef:
    return EventRef({"id": aid, "sentence": sentence}, aid, aid, aid, None, window, "violence")


def _day(y: int, m: int, d: int, span: int = 0) -> tuple[date, date]:
    return date(y, m, d), date(y, m, d + span)


def _pages(sentence: str, rival: tuple[date, date], top_words: int = 1, rival_words: int = 20
           ) -> tuple[list[EventRef], Forest, dict, dict]:
    # the undated page 'u' shares `top_words` of its ten words with a story of two pages 'a'
    # and 'b' (one incident: Monday 24 October 2022, and 24-26 October) and one word with an
    # older strike 'c': one shared word reads 0.091 (under the 0.1 floor), two 0.175, against
    # the rival's 0.069 (`rival_words` 20: not clearly behind, margin 1.5) or 0.141 (4); a
    # rival clearly behind would let the undated page join by its wording alone (_clear_lead)
    refs = [_ref("u", None, sentence), _ref("a", _day(2022, 10, 24)),
            _ref("b", _day(2022, 10, 24, 2)), _ref("c", rival)]
    forest = Forest(4)
    forest.union(1, 2)
    shared = [f"s{k}" for k in range(top_words)]
    words = {"u": frozenset({*shared, "rival", *(f"u{k}" for k in range(9 - top_words))}),
             "a": frozenset({*shared, *(f"a{k}" for k in range(5))}),
             "b": frozenset(f"b{k}" for k in range(6)),
             "c": frozenset({"rival", *(f"c{k}" for k in range(rival_words))})}
    idf = {w: 1.0 for ws in words.values() for w in ws}
    return refs, forest, words, idf


def test_a_month_day_that_fits_the_story_and_rules_out_the_rival_lets_the_page_join():
    # below the wording floor, with a rival not clearly behind: the named day (25 October)
    # fits the story's 24-26 October and not the strike of June 2011
    refs, forest, words, idf = _pages(BURIED, _day(2011, 6, 13))
    assert similar._best("u", {0: [1, 2, 3]}, refs, forest, idf, words) == forest.find(1)


def test_without_a_named_day_the_same_page_stays_out():
    refs, forest, words, idf = _pages(NO_DAY, _day(2011, 6, 13))
    why: list[str] = []
    assert similar._best("u", {0: [1, 2, 3]}, refs, forest, idf, words, why=why) is None
    assert why == ["wording_margin"]


def test_a_rival_on_the_named_weekday_is_not_ruled_out():
    # 24 October 2022 and 2 January 2017 were both Mondays: the weekday settles nothing
    refs, forest, words, idf = _pages(MONDAY, _day(2017, 1, 2))
    assert similar._best("u", {0: [1, 2, 3]}, refs, forest, idf, words) is None


def test_a_named_weekday_breaks_a_wording_margin_when_the_rival_fell_on_another_day():
    # two shared words against the rival's one: ahead, not clearly (margin 1.5); the page's
    # Monday fits 24 October 2022 and rules out Thursday 5 January 2017
    refs, forest, words, idf = _pages(NO_DAY, _day(2017, 1, 5), top_words=2, rival_words=4)
    why: list[str] = []
    assert similar._best("u", {0: [1, 2, 3]}, refs, forest, idf, words, why=why) is None
    assert why == ["wording_margin"]
    refs, forest, words, idf = _pages(MONDAY, _day(2017, 1, 5), top_words=2, rival_words=4)
    assert similar._best("u", {0: [1, 2, 3]}, refs, forest, idf, words) == forest.find(1)


def test_a_story_dated_only_to_a_month_is_not_confirmed_by_a_day_in_it():
    refs, forest, words, idf = _pages(BURIED, _day(2011, 6, 13))
    month = (date(2022, 10, 1), date(2022, 10, 31))
    refs[1] = _ref("a", month)
    refs[2] = _ref("b", month)
    assert similar._best("u", {0: [1, 2, 3]}, refs, forest, idf, words) is None


def test_the_named_weekday_must_fall_in_the_storys_own_days():
    # "this morning (Monday)" against a story of Tuesday 25 October 2022 alone: the day's
    # slack that keeps rivals in play does not confirm the story
    refs, forest, words, idf = _pages(MONDAY, _day(2011, 6, 15))  # a Wednesday
    refs[1] = _ref("a", _day(2022, 10, 25))
    refs[2] = _ref("b", _day(2022, 10, 25))
    assert similar._best("u", {0: [1, 2, 3]}, refs, forest, idf, words) is None
    refs[1] = _ref("a", _day(2022, 10, 24))
    assert similar._best("u", {0: [1, 2, 3]}, refs, forest, idf, words) == forest.find(1)


def test_a_named_weekday_does_not_confirm_a_story_of_several_days():
    # Monday 24 October lies in the story's 22-25 October, and so would most weekdays
    refs, forest, words, idf = _pages(MONDAY, _day(2011, 6, 15))
    refs[1] = _ref("a", _day(2022, 10, 22, 3))
    refs[2] = _ref("b", _day(2022, 10, 22, 3))
    assert similar._best("u", {0: [1, 2, 3]}, refs, forest, idf, words) is None


def test_with_no_rival_a_named_day_of_the_one_story_lowers_the_floor():
    # one shared word (0.091, under the 0.1 floor, over the lower 0.08) and nothing else
    # within reach: the page's 25 October fits the story's 24-26 October
    refs, forest, words, idf = _pages(BURIED, _day(2011, 6, 13))
    assert similar._best("u", {0: [1, 2]}, refs, forest, idf, words) == forest.find(1)


def test_with_no_rival_and_no_named_day_the_floor_stands():
    refs, forest, words, idf = _pages(NO_DAY, _day(2011, 6, 13))
    why: list[str] = []
    assert similar._best("u", {0: [1, 2]}, refs, forest, idf, words, why=why) is None
    assert why == ["wording_floor"]


def test_with_no_rival_a_named_day_off_the_storys_days_confirms_nothing():
    # "Monday" against a story of Tuesday 25 October 2022 alone
    refs, forest, words, idf = _pages(MONDAY, _day(2011, 6, 15))
    refs[1] = _ref("a", _day(2022, 10, 25))
    refs[2] = _ref("b", _day(2022, 10, 25))
    assert similar._best("u", {0: [1, 2]}, refs, forest, idf, words) is None
    refs[1] = _ref("a", _day(2022, 10, 24))
    assert similar._best("u", {0: [1, 2]}, refs, forest, idf, words) == forest.find(1)


def test_with_no_rival_the_lower_floor_still_holds_under_a_named_day():
    # no shared word at all: the day alone does not join a page that reads like nothing
    refs, forest, words, idf = _pages(BURIED, _day(2011, 6, 13), top_words=0)
    assert similar._best("u", {0: [1, 2]}, refs, forest, idf, words) is None
