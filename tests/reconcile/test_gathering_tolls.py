"""Deaths in a gathering (toll_claims.gathering_tolls): "twelve people died during protests in
Saraqib" is read by the events stage as the protest (PROTEST) with no count. On a page that
tells no attack or clash, the protest the dead died in is the casualty report, and its
claimant's toll a row; where the page tells one, the toll stays that report's."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.toll_claims import gathering_tolls

from .helpers import article, killed, mention

DIED = "Twelve people died during protests in Saraqib on Monday, the health minister said."
SHOT = "Police opened fire on the march in Saraqib on Monday."


def _protest_page(sentence: str = DIED, *, violence: bool = False,
                  figures: tuple = ()) -> dict:
    """A page whose one claim (the health minister's, counting 12 killed) holds a PROTEST
    event carrying `figures`; with `violence`, the page first tells the police's shooting."""
    text = f"{SHOT} {sentence}" if violence else sentence
    start = len(SHOT) + 1 if violence else 0
    events = [{"type": "ASSAULT", "sentence": SHOT}] if violence else []
    art = article("p", "Daily Star", events, text=text)
    art["claims"].append({
        "id": "p:c1", "sentence": sentence, "start": start, "end": start + len(sentence),
        "quote": False, "cue": "said", "hedge": None,
        "chain": ["health minister", "Daily Star"], "claimant": mention("health minister", None),
        "figures": [killed(12, counts="people")]})
    base = {**art["events"][0]} if violence else {
        "mode": None, "actor": None, "target": None, "place": article("x", "X", [{}])[
            "events"][0]["place"], "date": "2020-02-10", "date_precision": "day",
        "negated": False, "hypothetical": False}
    art["events"].append({**base, "id": "p:e9", "type": "PROTEST", "claim_id": "p:c1",
                          "sentence": sentence, "figures": list(figures)})
    return art


def _rows(incs: list[dict]) -> list[tuple]:
    return [(f["category"], f["claimant"], f["low"], f["high"]) for i in incs
            for f in i["figures"] if f["category"] == "killed"]


def test_deaths_in_a_protest_on_a_page_of_no_violence_are_a_casualty_row():
    art = _protest_page()
    assert list(gathering_tolls(art, lambda e: e["type"] == "ASSAULT")) == ["p:e9"]
    (inc,) = build_incidents([art])
    assert _rows([inc]) == [("killed", "health minister", 12, 12)]
    assert inc["type"] == "ASSAULT"  # a deadly incident, not a protest


def test_a_pages_shooting_keeps_the_toll_of_its_protest():
    # the page tells the police's shooting: the minister's 12 is its toll, and the protest
    # makes no second scene of its own
    art = _protest_page(violence=True)
    assert gathering_tolls(art, lambda e: e["type"] == "ASSAULT") == {}
    incs = build_incidents([art])
    deadly = [i for i in incs if _rows([i])]
    assert len(deadly) == 1 and _rows(deadly) == [("killed", "health minister", 12, 12)]


def test_a_protest_that_carries_its_count_or_a_projection_is_left_alone():
    carried = _protest_page(figures=(killed(12, counts="people"),))
    assert gathering_tolls(carried, lambda e: False) == {}
    projected = _protest_page("The health minister said the toll of the protests could "
                              "eventually top 12.")
    assert gathering_tolls(projected, lambda e: False) == {}
