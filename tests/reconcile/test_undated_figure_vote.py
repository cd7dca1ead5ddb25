"""Round incidents24d: an undated page whose reports point at two stories of one town joins
the one whose other pages carry its own claimant's (or side's) toll, even when the wording
alone would tie; a toll no story or every story carries leaves the wording to decide."""

from __future__ import annotations

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import event_refs
from fogofwar.reconcile.undated_choice import Row, choose, figures_agree

from .test_undated_choice import _page, _town


def _refs(tolls: dict[str, tuple[float, str, str | None]]) -> tuple[list, dict, Forest]:
    """The page and the town's three pages with tied wording, each page's report carrying
    the (count, claimant, side) given for it."""
    refs = list(event_refs([_page(), *_town()]))
    for r in refs:
        r.words = frozenset({"grain", "depot"}) if r.article_id in ("u", "depot", "market") \
            else frozenset({"clinic"})
        if r.article_id in tolls:
            count, r.claimant, r.side = tolls[r.article_id]
            r.event["figures"] = [{"value": count, "low": count, "high": count,
                                   "category": "killed"}]
    undated_ones = [i for i, r in enumerate(refs) if r.article_id == "u"]
    dated = {r.article_id: i for i, r in enumerate(refs) if r.article_id != "u"}
    cands = {undated_ones[0]: {dated["market"]}, undated_ones[1]: {dated["depot"]}}
    return refs, cands, Forest(len(refs))


def test_the_story_holding_the_same_voice_and_toll_wins_a_tie_of_wording():
    refs, cands, forest = _refs({"u": (40, "Ministry of Agriculture", None),
                                 "depot": (40, "the Ministry of Agriculture", None),
                                 "market": (12, "Ministry of Agriculture", None)})
    picked = {refs[i].article_id for i in choose(cands, refs, forest).values()}
    assert picked == {"depot"}


def test_a_toll_both_stories_carry_leaves_the_tie():
    refs, cands, forest = _refs({"u": (40, "farmers' union", "farmers"),
                                 "depot": (40, "a union official", "farmers"),
                                 "market": (40, "the farmers' union", "farmers")})
    assert choose(cands, refs, forest) == {}


def test_figures_agree_needs_one_voice_or_side_and_overlapping_tolls():
    mine = Row("u", "killed", 40, 40, "Ministry of Agriculture", None)
    assert figures_agree(mine, Row("d", "killed", 35, float("inf"), "Ministry of Agriculture",
                                   None))
    assert not figures_agree(mine, Row("d", "killed", 40, 40, "a farmer", None))
    assert not figures_agree(mine, Row("d", "injured", 40, 40, "Ministry of Agriculture", None))
    assert not figures_agree(mine, Row("d", "killed", 12, 12, "Ministry of Agriculture", None))
