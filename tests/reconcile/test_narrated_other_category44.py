"""An outlet's narrated count of one casualty category beside a source's toll of another
(reconcile/summary.incident_figures): the page telling "dozens were wounded" while a ministry
gives the dead is the outlet's telling, not a claimant's row."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents

from .helpers import article, killed

ATTACK = "A drone struck the bus depot in Kherson on Monday, wounding 14 people."
TOLL = "The regional administration said six people had been killed."


def _wounded(n: float) -> dict:
    return {**killed(n, counts="people"), "category": "injured"}


def _rows(inc: dict) -> list[tuple]:
    return sorted((f["category"], f["claimant"], f["low"]) for f in inc["figures"])


def _page(with_toll: bool) -> dict:
    art = article("a", "Morning Courier", [{"figures": [_wounded(14)]}], text=ATTACK)
    if with_toll:
        art["text"] = f"{ATTACK} {TOLL}"
        art["claims"].append({
            "id": "a:c1", "sentence": TOLL, "start": len(ATTACK) + 1,
            "end": len(ATTACK) + 1 + len(TOLL), "quote": False, "cue": "said", "hedge": None,
            "chain": ["regional administration", "Morning Courier"],
            "claimant": {"text": "regional administration", "side": None},
            "figures": [{**killed(6, counts="people"), "text": "six"}]})
    return art


def test_a_narrated_wounded_count_beside_a_sources_dead_is_no_row():
    (inc,) = build_incidents([_page(with_toll=True)])
    assert _rows(inc) == [("killed", "regional administration", 6)]


def test_the_narrated_count_stays_when_no_source_gives_any_toll():
    (inc,) = build_incidents([_page(with_toll=False)])
    assert _rows(inc) == [("injured", "Morning Courier", 14)]


def _sided_page(wounded: dict) -> dict:
    """A ministry of a side giving the dead as a count and the wounded as it will."""
    return article("b", "Evening Ledger", [{"figures": [killed(9, counts="people"), wounded]}],
                   claimant=("Health Ministry", "syria"), text=ATTACK)


def test_a_voices_vague_plural_of_the_wounded_is_no_row():
    dozens = {**_wounded(24), "text": "dozens", "low": 24, "high": 99}
    (inc,) = build_incidents([_sided_page(dozens)])
    assert _rows(inc) == [("killed", "Health Ministry", 9)]


def test_a_voices_count_of_the_wounded_stays_a_row():
    (inc,) = build_incidents([_sided_page(_wounded(31))])
    assert _rows(inc) == [("injured", "Health Ministry", 31), ("killed", "Health Ministry", 9)]
