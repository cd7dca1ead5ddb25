"""Round joins23: an undated page whose reports point at several incidents of one town (a
weekday of saying fits one, the day of the strike another) joins the one its wording shares
with, not whichever its first report fits; a near tie joins none, and the page order does
not matter."""

from __future__ import annotations

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import event_refs
from fogofwar.reconcile.undated_choice import choose

from .helpers import article
from .test_sites_dates import by_size, undated

# Jan 31, 2020 was a Friday; Feb 13 and Feb 27 were Thursdays.
SAID_FRIDAY = "Wounded farmers said on Friday that soldiers had fired at them near the silo."
THURSDAY = "Officials said 40 people were killed at the grain depot early Thursday."
PAGE = ("Farmers queueing for wheat sacks at the grain depot were shot as lorries arrived.\n\n"
        f"{SAID_FRIDAY}\n\n{THURSDAY}")
DEPOT = ("Troops opened fire on farmers queueing for wheat sacks as lorries reached the grain "
         "depot, witnesses said.")
MARKET = "A mortar round struck the vegetable market, wounding shopkeepers."
CLINIC = "An artillery shell hit a clinic in the town, officials said."


def _page() -> dict:
    return undated("u", "U", [{"sentence": SAID_FRIDAY}, {"sentence": THURSDAY}], text=PAGE)


def _town() -> list[dict]:
    return [article("depot", "D", [{"date": "2020-02-13"}], published="2020-02-14", text=DEPOT),
            article("market", "M", [{"date": "2020-01-31"}], published="2020-02-01",
                    text=MARKET),
            article("clinic", "C", [{"date": "2020-02-27"}], published="2020-02-28",
                    text=CLINIC)]


def _with(arts: list[dict], aid: str) -> set[str]:
    return next(set(i["articles"]) for i in by_size(arts) if aid in i["articles"])


def test_the_page_joins_the_incident_its_wording_shares_with():
    assert _with([*_town(), _page()], "u") == {"u", "depot"}


def test_the_page_order_does_not_matter():
    assert _with([_page(), *reversed(_town())], "u") == {"u", "depot"}


def test_a_near_tie_joins_none():
    refs = list(event_refs([_page(), *_town()]))
    forest = Forest(len(refs))
    for r in refs:
        r.words = frozenset({"grain", "depot"}) if r.article_id in ("u", "depot", "market") \
            else frozenset({"clinic"})
    undated_ones = [i for i, r in enumerate(refs) if r.article_id == "u"]
    dated = {r.article_id: i for i, r in enumerate(refs) if r.article_id != "u"}
    cands = {undated_ones[0]: {dated["market"]}, undated_ones[1]: {dated["depot"]}}
    assert choose(cands, refs, forest) == {}


def test_a_page_pointing_at_one_incident_joins_it():
    refs = list(event_refs([_page(), *_town()]))
    forest = Forest(len(refs))
    undated_ones = [i for i, r in enumerate(refs) if r.article_id == "u"]
    depot = next(i for i, r in enumerate(refs) if r.article_id == "depot")
    assert choose({undated_ones[0]: {depot}}, refs, forest) == {undated_ones[0]: depot}


def test_a_near_tie_goes_to_the_story_more_pages_tell():
    second_depot = article("depot2", "E", [{"date": "2020-02-13"}], published="2020-02-14",
                           text="Witnesses said troops fired on a wheat queue at the depot.")
    refs = list(event_refs([_page(), *_town(), second_depot]))
    forest = Forest(len(refs))
    for r in refs:
        r.words = frozenset({"grain", "depot"}) if r.article_id in ("u", "depot", "depot2",
                                                                    "market") \
            else frozenset({"clinic"})
    undated_ones = [i for i, r in enumerate(refs) if r.article_id == "u"]
    dated = {r.article_id: i for i, r in enumerate(refs) if r.article_id != "u"}
    forest.union(dated["depot"], dated["depot2"])  # two outlets already tell the depot story
    cands = {undated_ones[0]: {dated["market"]}, undated_ones[1]: {forest.find(dated["depot"])}}
    assert choose(cands, refs, forest) == {undated_ones[1]: forest.find(dated["depot"])}
