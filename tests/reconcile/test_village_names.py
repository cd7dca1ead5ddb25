"""Villages an undated report names decide between two incidents of its province (issue 14):
a name written with spaces in one report and run together in another is one village."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.context import stop_words
from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.late import join_undated
from fogofwar.reconcile.sites import named_villages

from .helpers import IDLIB_GOV, JISR, SARAQIB


def test_a_village_name_is_glued_and_folded():
    assert named_villages("Jets bombed Ban Na Kham village at dawn.", stop_words()) == {
        "bannakham"}
    assert named_villages("In Bannakham Village, houses burned.", stop_words()) == {"bannakham"}
    assert named_villages("the village of Tal Abyad", stop_words()) == {"talabyad"}


def test_a_village_word_with_no_name_names_nothing():
    assert named_villages("The village was shelled. A Village elder fled.", stop_words()) \
        == frozenset()


def _ref(aid: str, place: dict, day: date | None, villages: set[str]) -> EventRef:
    window = (day, day) if day else None
    ref = EventRef({"id": aid, "sentence": "Jets struck a village."}, aid, aid, aid, None,
                   window, "violence", place, villages=frozenset(villages))
    if day is None:
        ref.article_weekdays = frozenset({1})  # "confirmed late Tuesday night"
    return ref


def _joined(undated_villages: set[str]) -> tuple[bool, bool]:
    # two Tuesdays' airstrikes on villages of one province; an undated report placed only at
    # the province, whose lead names a Tuesday
    refs = [_ref("a", SARAQIB, date(2020, 2, 4), {"kafrbatikh"}),
            _ref("b", JISR, date(2020, 2, 11), {"ainlarouz"}),
            _ref("u", IDLIB_GOV, None, undated_villages)]
    forest = Forest(3)
    join_undated(refs, forest)
    return forest.find(2) == forest.find(0), forest.find(2) == forest.find(1)


def test_an_undated_report_joins_the_tuesday_of_the_village_it_names():
    assert _joined({"kafrbatikh"}) == (True, False)


def test_with_no_village_in_common_two_tuesdays_leave_it_alone():
    assert _joined({"maarshurin"}) == (False, False)
    assert _joined(set()) == (False, False)
