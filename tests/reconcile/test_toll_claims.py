"""Tolls stated in a sentence holding no event, and outlets' narrated rows beside sources'."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents

from .helpers import article, killed, mention

ATTACK = "Shelling hit the market in Saraqib on Monday, killing 12 people."
TOLL = "The Red Crescent said 19 people had been killed."
WAR = "The Red Crescent said 4,000 people have been killed since the war began."


def _with_toll_claim(sentence: str, figure: dict, claimant: str = "Red Crescent",
                     outlet: str = "Daily Star", side: str | None = None) -> dict:
    """An outlet's report of the attack, then a source's toll in a sentence of its own that
    the events stage found no event in."""
    art = article("a", outlet, [{"figures": [killed(12, counts="people")]}], text=ATTACK)
    art["text"] = f"{ATTACK} {sentence}"
    art["claims"].append({
        "id": "a:c1", "sentence": sentence, "start": len(ATTACK) + 1,
        "end": len(ATTACK) + 1 + len(sentence), "quote": False, "cue": "said", "hedge": None,
        "chain": [claimant, outlet], "claimant": mention(claimant, side),
        "figures": [figure]})
    return art


def _rows(inc: dict) -> list[tuple]:
    return [(f["category"], f["claimant"], f["low"], f["high"]) for f in inc["figures"]]


def test_a_sources_toll_with_no_event_is_its_row_in_the_incident():
    (inc,) = build_incidents([_with_toll_claim(TOLL, killed(19, counts="people"))])
    # the outlet's own 12 is left out beside the Red Crescent's 19 (no narrator's row)
    assert _rows(inc) == [("killed", "Red Crescent", 19, 19)]
    assert len(inc["events"]) == 1  # figures only: the claim is no event of the incident


def test_a_running_toll_with_no_event_is_not_the_incidents():
    (inc,) = build_incidents([_with_toll_claim(WAR, killed(4000, counts="people"))])
    assert _rows(inc) == [("killed", "Daily Star", 12, 12)]


def test_the_outlets_narration_stays_when_no_source_gives_a_toll():
    art = article("a", "Daily Star", [{"figures": [killed(12, counts="people")]}], text=ATTACK)
    (inc,) = build_incidents([art])
    assert _rows(inc) == [("killed", "Daily Star", 12, 12)]


def test_a_sided_toll_with_no_event_disputes_the_other_side():
    # the army's own report of the clash, then the rebels' count in a sentence of its own
    army = article("b", "Daily Star", [{"figures": [killed(3)]}],
                   claimant=("Syrian army", "syria"))
    rebels = _with_toll_claim("The rebels said 40 soldiers had been killed.",
                              killed(40), claimant="Rebels", side="opposition")
    (inc,) = build_incidents([army, rebels])
    assert ("killed", "Rebels", 40, 40) in _rows(inc)
    assert any(set(c["claimants"]) >= {"Rebels", "Syrian army"}
               for c in inc["contradictions"])
