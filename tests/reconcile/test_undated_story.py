"""Round undated27: an undated report joins a dated incident when the rivals it also fits
are no rivals of it. At a named site, incidents linked by a page that reports at the site in
both are one story, and the undated report joins the one more pages tell; an undated page
whose reports pick one incident keeps its pick when its only other candidates come from an
aside at a town out of reach."""

from __future__ import annotations

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import event_refs
from fogofwar.reconcile.undated_choice import choose

from .helpers import NAYRAB, QAMISHLI, article, site
from .test_sites_dates import by_size, undated

SHELLED = "Two shells tore through the roof of the Old Mill clinic during the morning queue."
VISIT = "The health minister toured the Old Mill clinic on a visit the week before."
RUBBLE = "Medics dug patients out of the rubble of the Old Mill clinic, a nurse said."
CLINIC = site("Old Mill clinic")


def _visit_page(aid: str = "a") -> dict:
    """A page that tells the shelling and, apart, the minister's visit to the clinic 12 days
    earlier: two incidents at the site, linked by this page."""
    return article(aid, "A", [{"place": CLINIC, "sentence": SHELLED},
                              {"place": CLINIC, "sentence": VISIT, "date": "2020-01-29"}],
                   text=f"{SHELLED} {VISIT}")


def _shelling(aid: str) -> dict:
    return article(aid, aid.upper(), [{"place": CLINIC, "sentence": SHELLED}], text=SHELLED)


def _with(arts: list[dict], aid: str) -> set[str]:
    return next(set(i["articles"]) for i in by_size(arts) if aid in i["articles"])


def test_an_undated_report_joins_the_incident_of_a_site_story_more_pages_tell():
    page = undated("u", "U", [{"place": site("Old Mill clinic"), "sentence": RUBBLE}],
                   text=RUBBLE)
    incs = by_size([_visit_page(), _shelling("b"), _shelling("c"), page])
    joined = next(i for i in incs if "u" in i["articles"])
    assert set(joined["articles"]) == {"a", "b", "c", "u"}
    assert joined["date_start"] == "2020-02-10" and joined["date_inherited"] == ["u:e0"]


def test_two_incidents_at_the_site_no_page_tells_together_stay_rivals():
    visit = article("v", "V", [{"place": CLINIC, "sentence": VISIT, "date": "2020-01-29"}],
                    text=VISIT)
    page = undated("u", "U", [{"place": site("Old Mill clinic"), "sentence": RUBBLE}],
                   text=RUBBLE)
    assert _with([visit, _shelling("b"), _shelling("c"), page], "u") == {"u"}


def test_a_site_story_whose_incidents_are_told_by_as_many_pages_joins_neither():
    page = undated("u", "U", [{"place": site("Old Mill clinic"), "sentence": RUBBLE}],
                   text=RUBBLE)
    assert _with([_visit_page(), page], "u") == {"u"}


STRIKE = "A drone hit the cotton gin on the edge of town, farmers said."
ASIDE = "Fighting has also flared around the eastern border towns for months."


def _refs(aside_place: dict) -> tuple[list, dict, Forest]:
    """An undated page whose strike report picks the gin strike, and whose aside at
    `aside_place` fits two dated incidents there alike."""
    page = undated("u", "U", [{"sentence": STRIKE}, {"sentence": ASIDE, "place": aside_place}],
                   text=f"{STRIKE}\n\n{ASIDE}")
    arts = [article("gin", "G", [{}], text=STRIKE),
            article("east1", "E", [{"place": aside_place, "date": "2020-01-20"}],
                    text="Border posts came under fire."),
            article("east2", "F", [{"place": aside_place, "date": "2020-02-03"}],
                    text="Border posts came under fire.")]
    refs = list(event_refs([page, *arts]))
    for r in refs:
        r.words = frozenset({"border", "posts"})  # the wording ties every story
    forest = Forest(len(refs))
    mine = [i for i, r in enumerate(refs) if r.article_id == "u"]
    at = {r.article_id: i for i, r in enumerate(refs) if r.article_id != "u"}
    return refs, {mine[0]: {at["gin"]}, mine[1]: {at["east1"], at["east2"]}}, forest


def test_an_aside_out_of_reach_is_no_rival_of_the_pages_pick():
    refs, cands, forest = _refs(QAMISHLI)
    picked = {refs[i].article_id: refs[root].article_id
              for i, root in choose(cands, refs, forest).items()}
    assert picked == {"u": "gin"}


def test_an_aside_within_reach_stays_a_rival():
    refs, cands, forest = _refs(NAYRAB)
    assert choose(cands, refs, forest) == {}
