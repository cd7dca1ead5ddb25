"""An incident that shares a page with a larger violent incident of the same story joins it
(shared_pages.py, pass 12): the page that tells both links them."""

from __future__ import annotations

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import event_refs
from fogofwar.reconcile.shared_pages import join_shared_pages

from .helpers import JISR, QAMISHLI, SARAQIB, SYRIA, article, multi_claim_article

TOWN = "Gunmen stormed the bus depot in Saraqib on Monday."
WIDE = "The raid in Syria has angered the tribes of the north."
MARCH = "Thousands marched through Saraqib on Monday."


def _both(aid: str, second: dict) -> dict:
    """A page telling the raid at its town, then, in a paragraph of its own, `second`."""
    return multi_claim_article(aid, f"Outlet {aid}", [
        (TOWN, None, [{"type": "ASSAULT"}]),
        (WIDE if second.get("type") != "PROTEST" else MARCH, None, [second])])


def _one(aid: str, ev: dict, text: str) -> dict:
    return article(aid, f"Outlet {aid}", [ev], text=text)


def _roots(arts: list[dict], ties: list[tuple[str, str]]) -> dict[str, int]:
    """Root of each event after the pass, the `ties` joined beforehand (as earlier passes
    would have)."""
    refs = list(event_refs(arts))
    forest = Forest(len(refs))
    at = {r.event_id: n for n, r in enumerate(refs)}
    for x, y in ties:
        forest.union(at[x], at[y])
    join_shared_pages(refs, forest)
    return {eid: forest.find(n) for eid, n in at.items()}


def _raid(wide: dict) -> tuple[list[dict], list[tuple[str, str]]]:
    """Pages a and b tell the raid at Saraqib; a and c also tell it placed at `wide`."""
    arts = [_both("a", {"type": "ASSAULT", "place": wide}),
            _one("b", {"type": "ASSAULT"}, TOWN),
            _one("c", {"type": "ASSAULT", "place": wide}, WIDE)]
    return arts, [("a:c0e0", "b:e0"), ("a:c1e0", "c:e0")]


def test_a_country_half_sharing_a_page_joins_the_story_at_its_town():
    arts, ties = _raid(SYRIA)
    roots = _roots(arts, ties)
    assert roots["c:e0"] == roots["b:e0"] == roots["a:c0e0"]


def test_a_half_at_a_town_out_of_reach_or_on_other_days_stays_apart():
    for wide in (QAMISHLI, JISR):
        arts, ties = _raid(wide)
        roots = _roots(arts, ties)
        assert roots["c:e0"] != roots["b:e0"], wide["name"]
    arts, ties = _raid(SYRIA)
    arts[0]["events"][1]["date"] = arts[2]["events"][0]["date"] = "2020-02-06"
    roots = _roots(arts, ties)
    assert roots["c:e0"] != roots["b:e0"]


def test_a_protest_joins_only_when_two_pages_tell_both():
    march = {"type": "PROTEST", "place": SARAQIB}
    one = [_both("a", march), _one("b", {"type": "ASSAULT"}, TOWN), _one("c", march, MARCH)]
    roots = _roots(one, [("a:c0e0", "b:e0"), ("a:c1e0", "c:e0")])
    assert roots["c:e0"] != roots["b:e0"]  # one page telling a march and a raid: two scenes
    two = [*one[:2], _both("b2", march), one[2]]
    roots = _roots(two, [("a:c0e0", "b:e0"), ("b2:c0e0", "b:e0"),
                         ("a:c1e0", "c:e0"), ("b2:c1e0", "c:e0")])
    assert roots["c:e0"] == roots["b:e0"]
