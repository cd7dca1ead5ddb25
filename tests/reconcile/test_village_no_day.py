"""An undated report that names no day at all still joins the one incident of its province
whose articles name its village (late.join_undated), and the village reader takes the names
transliterated Arabic spells ("Wad al-Noura", "Nourah" and "Noura"), and a village told in
apposition ("Um Sayala, a village in ..."). Names and sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.reconcile.context import stop_words
from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.late import join_undated
from fogofwar.reconcile.sites import named_villages

from .helpers import IDLIB_GOV, JISR, SARAQIB


@pytest.mark.parametrize("text", [
    "Gunmen attacked the village of Um al-Sayalah on Monday.",
    "Gunmen attacked Um al-Sayala village at dawn.",
    "At least 40 died in an attack on Um al-Sayala, a village in the east of the state.",
    "Shells hit Um al-Sayala, a small village near the river.",
])
def test_a_village_with_an_arabic_article_is_one_name(text):
    assert named_villages(text, stop_words()) == {"umalsayala"}


def test_a_village_word_after_a_comma_with_no_name_names_nothing():
    assert named_villages("Then, a village elder spoke.", stop_words()) == frozenset()


def _ref(aid: str, place: dict, day: date | None, villages: set[str]) -> EventRef:
    window = (day, day) if day else None
    return EventRef({"id": aid, "sentence": "Fighters raided a village."}, aid, aid, aid, None,
                    window, "violence", place, villages=frozenset(villages))


def _joined(undated_villages: set[str]) -> tuple[bool, bool]:
    # two raids on villages of one province months apart; an undated report placed only at
    # the province whose text names no day
    refs = [_ref("a", SARAQIB, date(2020, 2, 4), {"umalsayala"}),
            _ref("b", JISR, date(2020, 6, 11), {"tallkurdi"}),
            _ref("u", IDLIB_GOV, None, undated_villages)]
    forest = Forest(3)
    join_undated(refs, forest)
    return forest.find(2) == forest.find(0), forest.find(2) == forest.find(1)


def test_an_undated_report_naming_no_day_joins_the_raid_on_its_village():
    assert _joined({"umalsayala"}) == (True, False)


def test_a_village_both_or_neither_incident_names_leaves_it_alone():
    assert _joined({"maarshurin"}) == (False, False)
    assert _joined(set()) == (False, False)
    assert _joined({"umalsayala", "tallkurdi"}) == (False, False)
