"""An undated report whose candidates are one story alone (issue 14, reconcile/similar.py):
type, place and parties already point at it, so the wording need only reach a share of the
cosine floor. A rival at its town, a story told by one article, or no town within reach keep
the floor."""

from __future__ import annotations

from fogofwar.reconcile import similar
from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef, settings

from .helpers import SARAQIB, SYRIA, TAFTANAZ


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


def _classed(aid: str, actor: str | None, target: str | None) -> EventRef:
    """A report whose actor and target are generic classes ("riot police", "protesters")."""
    ev = {"id": aid, "actor": {"class": actor} if actor else None,
          "target": {"class": target} if target else None}
    return EventRef(ev, aid, aid, aid, None, None, "violence", SARAQIB)


def _cosine_between_party_share_and_alone_share() -> tuple[dict, dict]:
    """Words whose cosine lies under `text_alone_share` of the floor but over
    `text_party_share` of it."""
    conf = settings()
    floor = conf["text_min_similarity"]
    for own in range(1, 400):
        words = _words(10, own)
        idf = {w: 1.0 for ws in words.values() for w in ws}
        cos = similar.cosine(words["u"], set(words["a"]), idf)
        if floor * conf["text_party_share"] <= cos < floor * conf["text_alone_share"]:
            return words, idf
    raise AssertionError("no such cosine")


def test_an_undated_page_naming_the_story_s_party_joins_on_weaker_wording_still():
    # "security forces descended on protesters" (no date) beside two dated pages of "security
    # forces opened fire on protesters" in the same town: the protesters shot at are one party
    words, idf = _cosine_between_party_share_and_alone_share()
    refs = [_classed("a", "security_forces", "protesters"), _classed("b", None, None),
            _classed("u", None, "protesters")]
    forest = Forest(3)
    forest.union(0, 1)
    assert similar._best("u", {2: [0, 1]}, refs, forest, idf, words) == forest.find(0)


def test_a_party_of_no_class_or_only_people_keeps_the_share_of_the_floor():
    # "25 people were killed" names anyone: no party is shared, the wording must reach the
    # share of the floor a story alone asks
    words, idf = _cosine_between_party_share_and_alone_share()
    for mine, theirs in (((None, "civilians"), ("security_forces", "civilians")),
                         ((None, None), ("security_forces", "protesters")),
                         (("militants", None), ("security_forces", "protesters")),
                         ((None, "facility"), ("military", "facility")),
                         # "a soldier was killed at the border" beside "the military fired
                         # missiles at the city": one class, two sides
                         ((None, "military"), ("military", "civilians"))):
        refs = [_classed("a", *theirs), _classed("b", None, None), _classed("u", *mine)]
        forest = Forest(3)
        forest.union(0, 1)
        assert similar._best("u", {2: [0, 1]}, refs, forest, idf, words) is None


def test_a_shared_party_does_not_lift_a_rival_at_the_town():
    # two crackdowns on protesters in one town: the party they share tells neither apart
    words, idf = _cosine_between_party_share_and_alone_share()
    refs = [_classed("a", "police", "protesters"), _classed("b", None, None),
            _classed("c", "police", "protesters"), _classed("u", None, "protesters")]
    forest = Forest(4)
    forest.union(0, 1)
    assert similar._best("u", {3: [0, 1, 2]}, refs, forest, idf, words) is None


def test_a_shared_party_counts_only_at_the_story_s_very_town():
    # "troops killed 15 rebels in clashes" in one district and an air strike on the rebels'
    # camp in another town within reach: a war's every clash has these parties
    words, idf = _cosine_between_party_share_and_alone_share()
    refs = [_classed("a", "military", "militants"), _classed("b", None, None),
            _classed("u", "military", "militants")]
    refs[2].place = TAFTANAZ
    forest = Forest(3)
    forest.union(0, 1)
    assert similar._best("u", {2: [0, 1]}, refs, forest, idf, words) is None
