"""An undated report whose candidates are one story alone (issue 14, reconcile/similar.py):
type, place and parties already point at it, so the wording need only reach a share of the
cosine floor. A rival at its town, a story told by one article, or no town within reach keep
the floor."""

from __future__ import annotations

from fogofwar.reconcile import similar
from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef, settings

from .helpers import SARAQIB, SYRIA


def _ref(aid: str, place: dict | None = SARAQIB) -> EventRef:
    return EventRef({"id": aid}, aid, aid, aid, None, None, "violence", place)


def _words(shared: int, own: int) -> dict[str, frozenset[str]]:
    """The undated article u shares `shared` of its words with the story's two articles."""
    mine = {f"w{k}" for k in range(shared + own)}
    story = {f"w{k}" for k in range(shared)} | {f"s{k}" for k in range(own)}
    return {"u": frozenset(mine), "a": frozenset(story), "b": frozenset(story),
            "c": frozenset({"market", "stall"})}


def _cosine_between_share_and_floor() -> tuple[dict, dict]:
    """Words whose cosine lies under the floor but over its `text_alone_share`."""
    conf = settings()
    floor, share = conf["text_min_similarity"], conf["text_alone_share"]
    for own in range(1, 200):
        words = _words(10, own)
        idf = {w: 1.0 for ws in words.values() for w in ws}
        cos = similar.cosine(words["u"], set(words["a"]), idf)
        if floor * share <= cos < floor:
            return words, idf
    raise AssertionError("no such cosine")


def test_a_report_near_one_story_of_two_articles_joins_on_weaker_wording():
    words, idf = _cosine_between_share_and_floor()
    refs = [_ref("a"), _ref("b"), _ref("u")]
    forest = Forest(3)
    forest.union(0, 1)
    assert similar._best("u", {2: [0, 1]}, refs, forest, idf, words) == forest.find(0)


def test_a_rival_story_at_the_town_keeps_the_full_floor():
    # another strike at the page's own town: the wording must reach the floor to tell them
    # apart (a rival elsewhere in the province does not: test_similar's town story)
    words, idf = _cosine_between_share_and_floor()
    refs = [_ref("a"), _ref("b"), _ref("c"), _ref("u")]
    forest = Forest(4)
    forest.union(0, 1)
    assert similar._best("u", {3: [0, 1, 2]}, refs, forest, idf, words) is None


def test_a_story_one_article_tells_keeps_the_full_floor():
    words, idf = _cosine_between_share_and_floor()
    refs = [_ref("a"), _ref("u")]
    assert similar._best("u", {1: [0]}, refs, Forest(2), idf, words) is None


def test_a_report_placed_only_in_the_country_keeps_the_full_floor():
    # no town of the article's within reach of the story's: its place does not point at it
    words, idf = _cosine_between_share_and_floor()
    refs = [_ref("a"), _ref("b"), _ref("u", SYRIA)]
    forest = Forest(3)
    forest.union(0, 1)
    assert similar._best("u", {2: [0, 1]}, refs, forest, idf, words) is None


def _parties(aid: str, actor: str, target: str) -> EventRef:
    ev = {"id": aid, "actor": {"side": actor}, "target": {"side": target}}
    return EventRef(ev, aid, aid, aid, None, None, "violence", SARAQIB)


def test_an_undated_report_of_other_parties_is_no_candidate_of_the_story():
    # two wars' strikes on one town: a report naming neither of the incident's parties is not
    # one of its reports, and no rival of it either
    undated = _parties("u", "azerbaijan", "armenia")
    assert not similar._fits(undated, _parties("a", "syria_gov", "opposition"))
    assert similar._fits(undated, _parties("b", "armenia", "azerbaijan"))
