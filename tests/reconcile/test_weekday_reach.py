"""Issue 14 (date ablation, no clue): a weekday alone is one day in seven. An undated report
placed only at its province ("a raid in the Idlib countryside on Thursday") among a week's
worth of dated incidents or more of that province fits one of them by chance, so there the
weekday picks none; among a few it still picks the one it fits."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.late import WEEKDAY_REACH, join_undated

from .helpers import IDLIB_GOV, SARAQIB, article
from .test_sites_dates import by_size, undated

THURSDAY = "Gunmen raided the checkpoint on Thursday and killed 14 guards."
# 13 Feb 2020 was a Thursday; the others fall on other weekdays, weeks apart
OTHER_DAYS = ["2019-03-04", "2019-05-07", "2019-07-09", "2019-09-14", "2019-11-17",
              "2020-01-05", "2020-04-20", "2020-06-23"]


def _dated(n: int) -> list[dict]:
    out = [article("t", "X", [{"date": "2020-02-13"}], published="2020-02-14")]
    for k, day in enumerate(OTHER_DAYS[:n - 1]):
        out.append(article(f"o{k}", "X", [{"date": day}], published=day))
    return out


def test_a_weekday_among_a_few_incidents_of_the_province_still_picks():
    b = undated("b", "Y", [{"place": IDLIB_GOV, "sentence": THURSDAY}], text=THURSDAY)
    incs = by_size([*_dated(WEEKDAY_REACH - 1), b])
    assert len(incs) == WEEKDAY_REACH - 1
    assert incs[0]["date_inherited"] == ["b:e0"]


def test_a_weekday_among_a_weeks_worth_of_incidents_picks_none():
    b = undated("b", "Y", [{"place": IDLIB_GOV, "sentence": THURSDAY}], text=THURSDAY)
    incs = by_size([*_dated(WEEKDAY_REACH), b])
    assert len(incs) == WEEKDAY_REACH + 1
    assert not any(inc.get("date_inherited") for inc in incs)


def test_a_weekday_among_many_still_picks_the_incident_naming_its_village():
    told = "Gunmen raided the checkpoint in Beit Qara village on Thursday and killed 14 guards."
    dated = _dated(WEEKDAY_REACH)
    dated[0] = article("t", "X", [{"date": "2020-02-13", "sentence": told}],
                       published="2020-02-14", text=told)
    b = undated("b", "Y", [{"place": IDLIB_GOV, "sentence": told}], text=told)
    incs = by_size([*dated, b])
    assert len(incs) == WEEKDAY_REACH
    assert incs[0]["date_inherited"] == ["b:e0"]


def _ref(aid: str, day: date | None, place: dict = SARAQIB) -> EventRef:
    ref = EventRef({"id": aid, "sentence": "Gunmen raided a checkpoint."}, aid, aid, aid, None,
                   (day, day) if day else None, "violence", place)
    if day is None:
        ref.article_weekdays = frozenset({3})  # "on Thursday"
    return ref


def _page_joins(tied: bool) -> bool:
    """Whether the page's province report ("on Thursday") joins the Thursday strike, with its
    other report (at the town) tied to that strike by an earlier pass or not."""
    days = [date(2020, 2, 13), *(date.fromisoformat(d) for d in OTHER_DAYS)]
    refs = [_ref(f"d{k}", day) for k, day in enumerate(days)]
    site = _ref("u", None)
    site.date_inherited = tied
    refs += [site, _ref("u", None, IDLIB_GOV)]
    forest = Forest(len(refs))
    if tied:
        forest.union(len(refs) - 2, 0)
    join_undated(refs, forest)
    return forest.find(len(refs) - 1) == forest.find(0)


def test_on_a_page_an_earlier_pass_dated_the_weekday_still_picks():
    # the page's other report took its date from the Thursday strike (its site): the page
    # was written then, and its "on Thursday" is that strike's, however crowded the province
    assert _page_joins(tied=True)


def test_the_same_page_tied_to_nothing_picks_none_by_its_weekday():
    assert not _page_joins(tied=False)
