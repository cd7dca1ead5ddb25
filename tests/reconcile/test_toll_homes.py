"""A page's toll claims anchored to a report split off its incident count in that incident."""

from __future__ import annotations

from fogofwar.reconcile.incidents import event_refs
from fogofwar.reconcile.summary import summarise
from fogofwar.reconcile.toll_homes import rehomed

from .helpers import QAMISHLI, SARAQIB, article, killed, mention, multi_claim_article, site

LEAD = "Government jets bombed the main market of Saraqib on Sunday, killing 14 people."
SECOND = "A second raid an hour later hit the bus station in the town, the page went on."
STRAY = "Rescuers pulled survivors from a collapsed bakery in the village nearby."
TOLL = "The Syrian Civil Defence said 31 people had been killed."


def _page(stray: dict | None = None) -> dict:
    """A page telling one raid in three reports, the third of which the clustering may split
    off, then a source's toll in a sentence holding no event."""
    art = multi_claim_article("p", "Levant Post", [
        (LEAD, None, [{"figures": [killed(14, counts="people")]}]),
        (SECOND, None, [{}]),
        (STRAY, None, [stray or {}]),
    ], sep=" ")
    start = len(art["text"]) + 1
    art["text"] = f"{art['text']} {TOLL}"
    art["claims"].append({
        "id": "p:c9", "sentence": TOLL, "start": start, "end": start + len(TOLL),
        "quote": False, "cue": "said", "hedge": None,
        "chain": ["Syrian Civil Defence", "Levant Post"],
        "claimant": mention("Syrian Civil Defence", None),
        "figures": [{**killed(31, counts="people"), "text": "31"}]})
    return art


def _split(arts: list[dict]) -> list[list]:
    """The refs as clustered when the page's third report (its stray) stands alone: the
    page's first two reports and every other page's in one incident."""
    refs = list(event_refs(arts))
    stray = [r for r in refs if r.event_id == "p:c2e0"]
    return [[r for r in refs if r.event_id != "p:c2e0"], stray]


def _rows(members: list) -> list[tuple]:
    return [(f["claimant"], f["low"]) for f in summarise("x", members)["figures"]
            if f["category"] == "killed"]


def test_the_toll_anchored_to_a_split_off_report_counts_in_the_pages_incident():
    clusters = _split([_page()])
    assert any(r.tolls for r in clusters[1])  # anchored to the stray, the report before it
    assert ("Syrian Civil Defence", 31) not in _rows(clusters[0])
    main, stray = rehomed(clusters)
    assert ("Syrian Civil Defence", 31) in _rows(main)
    assert not any(r.tolls for r in stray)
    assert [r.event_id for r in main] == [r.event_id for r in clusters[0]]  # no event moves


def test_a_toll_stays_where_the_anchors_incident_is_better_attested():
    # two other pages tell the bakery: the stray's incident is theirs, not a split-off
    others = [article(a, "Idlib Daily", [{"place": site("the bakery", SARAQIB)}],
                      claimant=("medics", None)) for a in ("q", "r")]
    refs = list(event_refs([_page(), *others]))
    page = [r for r in refs if r.article_id == "p" and r.event_id != "p:c2e0"]
    bakery = [r for r in refs if r not in page]
    _, stray = rehomed([page, bakery])
    assert any(r.tolls for r in stray)


def test_a_toll_stays_with_a_report_of_its_own_other_day():
    # the stray states a day the page's raid does not span: another occurrence, told beside
    _, stray = rehomed(_split([_page({"date": "2020-01-20"})]))
    assert any(r.tolls for r in stray)


def test_a_toll_stays_with_a_report_placed_in_another_province():
    _, stray = rehomed(_split([_page({"place": QAMISHLI})]))
    assert any(r.tolls for r in stray)


def test_nothing_moves_when_the_page_is_one_incident():
    refs = list(event_refs([_page()]))
    (only,) = rehomed([refs])
    assert [r.tolls for r in only] == [r.tolls for r in refs]
