"""Tolls stated in a sentence holding no event, and outlets' narrated rows beside sources'."""

from __future__ import annotations

from types import SimpleNamespace

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.toll_claims import (
    anchor_of,
    event_free_tolls,
    is_part,
    own_dead,
    points_elsewhere,
)

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


def _figure(n: float, text: str, counts: str = "people") -> dict:
    return {**killed(n, counts=counts), "text": text}


def test_a_projected_toll_is_no_row():
    # the ministry's guess at where the toll will end is not its count of the dead
    sentence = "The toll may well exceed 40, a ministry official said."
    (inc,) = build_incidents([_with_toll_claim(sentence, _figure(40, "40"),
                                               claimant="ministry official")])
    assert _rows(inc) == [("killed", "Daily Star", 12, 12)]
    assert points_elsewhere("Officials fear the number of dead is expected to rise to 50.")
    assert not points_elsewhere("The agency said the toll had risen to 19.")


def test_one_facilitys_count_is_a_part_not_the_toll():
    sentence = "One hospital in the city said it had taken in 7 bodies."
    (inc,) = build_incidents([_with_toll_claim(sentence, _figure(7, "7"),
                                               claimant="One hospital")])
    assert _rows(inc) == [("killed", "Daily Star", 12, 12)]
    assert not points_elsewhere("The city's hospitals said they had taken in 30 bodies.")


def test_a_figure_counting_a_part_of_the_dead_is_dropped_the_rest_stays():
    # "including 4 women" is part of the 19: only the 19 is the Red Crescent's toll
    sentence = "The Red Crescent said 19 people had died, including 4 women."
    art = _with_toll_claim(sentence, _figure(19, "19"))
    art["claims"][-1]["figures"].append(_figure(4, "4", counts="women"))
    (inc,) = build_incidents([art])
    assert _rows(inc) == [("killed", "Red Crescent", 19, 19)]
    # a part alone is no toll at all: the outlet's 12 stays the only row
    alone = "Among the victims were 3 children, the Red Crescent said."
    (inc,) = build_incidents([_with_toll_claim(alone, _figure(3, "3", counts="children"))])
    assert _rows(inc) == [("killed", "Daily Star", 12, 12)]


def test_part_cues_read_before_and_after_the_figure():
    assert is_part("The dead included 2 children, the service said.", "2")
    assert is_part("At least 6 were believed to be soldiers, they said.", "At least 6")
    assert is_part("Of them, 5 were paramedics.", "5")
    assert not is_part("Police said 25 people were killed, including a child.", "25")
    assert not is_part("The army said 8 militants were killed.", "8")


def _bare_toll_after_army_shelling(claimant: str, side: str) -> dict:
    """The army's shelling leads the page; then a party's toll naming no victims."""
    sentence = f"The {claimant.lower()} said the death toll had now risen to 30."
    figure = {**killed(30), "counts": None}
    art = _with_toll_claim(sentence, figure, claimant=claimant, side=side)
    art["events"][0]["actor"] = mention("Syrian army", "syria")
    return art


def test_a_partys_bare_toll_is_not_of_its_own_sides_attack():
    # the army giving "the death toll" after its own shelling speaks of its side's dead,
    # another attack than the page's news: no row of it in the shelling's incident
    (inc,) = build_incidents([_bare_toll_after_army_shelling("Syrian army", "syria")])
    assert _rows(inc) == [("killed", "Daily Star", 12, 12)]
    # the shelled side's bare toll is the shelling's
    (inc,) = build_incidents([_bare_toll_after_army_shelling("Rebels", "opposition")])
    assert _rows(inc) == [("killed", "Rebels", 30, 30)]
    assert own_dead({"figures": [{**killed(30), "counts": None}]}, "syria", "syria")
    # a count naming its victims ("30 militants") is the party's claim of the enemy it killed
    assert not own_dead({"figures": [killed(30, counts="militants")]}, "syria", "syria")



def _with_unplaced_event(claimant: str, title: bool = False) -> dict:
    """The toll claim of `_with_toll_claim`, but the events stage found an event in its
    sentence ("have died in the strikes") that names no place of its own."""
    sentence = f"{claimant} claimed that 50 people have died in the strikes."
    art = _with_toll_claim(sentence, killed(50, counts="people"), claimant=claimant)
    art["claims"][-1]["in_title"] = title
    art["events"].append({**art["events"][0], "id": "a:e9", "claim_id": "a:c1", "place": None,
                          "sentence": sentence, "figures": [killed(50, counts="people")]})
    return art


def _violent(ev: dict) -> bool:
    return ev.get("type") == "ASSAULT"


def _named(claim: dict) -> bool:
    return claim["chain"][0][:1].isupper() and claim["chain"][0] != "The statement"


def test_a_named_sources_unplaced_retelling_is_no_event_of_its_own():
    # "Mohammad Khurasani claimed that 50 people have died in the strikes": the strikes are
    # the page's, told before; the unplaced event would carry his toll to no incident
    art = _with_unplaced_event("Mohammad Khurasani")
    assert [c["id"] for c in event_free_tolls(art, _violent, _named)] == ["a:c1"]
    assert event_free_tolls(art) == []  # without the readers, every event is the claim's own


def test_a_role_nouns_headlines_or_placed_events_stay_the_claims_own():
    assert event_free_tolls(_with_unplaced_event("The statement"), _violent, _named) == []
    titled = _with_unplaced_event("Mohammad Khurasani", title=True)
    assert event_free_tolls(titled, _violent, _named) == []
    placed = _with_unplaced_event("Mohammad Khurasani")
    placed["events"][-1]["place"] = placed["events"][0]["place"]
    assert event_free_tolls(placed, _violent, _named) == []


def test_a_toll_claim_is_not_anchored_to_its_own_unplaced_event():
    art = _with_unplaced_event("Mohammad Khurasani")
    claim = art["claims"][-1]
    refs = [SimpleNamespace(order=0, background=False, event=art["events"][0]),
            SimpleNamespace(order=claim["start"], background=False, event=art["events"][1])]
    assert anchor_of(claim, refs, _violent).event["id"] == "a:e0"


def _with_unread_event(sentence: str, figure: dict, claimant: str, kind: str,
                       cue: str = "said", hedge: str | None = None) -> dict:
    """The toll claim of `_with_toll_claim`, but the events stage found in its sentence an
    event of a type reconcile never reads (`kind`: a visit, a meeting, a rejection)."""
    art = _with_toll_claim(sentence, figure, claimant=claimant)
    art["claims"][-1].update(cue=cue, hedge=hedge, cue_end=len(ATTACK) + 1 + sentence.find(cue)
                             + len(cue))
    art["events"].append({**art["events"][0], "id": "a:e9", "claim_id": "a:c1", "type": kind,
                          "sentence": sentence, "figures": []})
    return art


def test_a_toll_in_a_sentence_whose_only_event_reconcile_never_reads_is_its_speakers():
    # "visited" is a CONSULT event, which joins no incident and carries no figure: the
    # spokesman's 31 would reach no row
    sentence = ("Mirela Osk, the governor's spokeswoman, added that officials had visited "
                "the market and confirmed a toll of 31.")
    art = _with_unread_event(sentence, _figure(31, "31", counts=None), "Mirela Osk", "CONSULT")
    (inc,) = build_incidents([art])
    assert _rows(inc) == [("killed", "Mirela Osk", 31, 31)]
    # an event reconcile reads (an attack with a place of its own) stays the claim's own
    read = _with_unread_event(sentence, _figure(31, "31", counts=None), "Mirela Osk", "ASSAULT")
    assert event_free_tolls(read, _violent, _named, lambda e: e["type"] != "CONSULT") == []
    assert [c["id"] for c in event_free_tolls(art, _violent, _named,
                                              lambda e: e["type"] != "CONSULT")] == ["a:c1"]


def test_a_denied_count_in_such_a_sentence_is_not_the_deniers_toll():
    # the ministry rejects the 90 (a REJECT event, never read): no row of 90 in its name
    sentence = "The ministry dismissed reports that 90 people had died in the market."
    art = _with_unread_event(sentence, _figure(90, "90"), "The ministry", "REJECT",
                             cue="dismissed", hedge="denied")
    (inc,) = build_incidents([art])
    assert _rows(inc) == [("killed", "Daily Star", 12, 12)]


def test_a_partys_bare_toll_is_of_the_attack_whose_dead_it_counts_itself():
    # the army gives the shelling's toll itself ("killing 12", its own words): its later bare
    # "the death toll had now risen to 30" is one more step of that count, not its own dead
    art = _bare_toll_after_army_shelling("Syrian army", "syria")
    art["claims"][0]["claimant"] = mention("Syrian army", "syria")
    art["claims"][0]["chain"] = ["Syrian army", "Daily Star"]
    (inc,) = build_incidents([art])
    assert [r for r in _rows(inc) if r[1] == "Syrian army"] == [("killed", "Syrian army", 12, 30)]
    bare = {"figures": [{**killed(30), "counts": None}]}
    assert not own_dead(bare, "syria", "syria", frozenset({"syria"}))
    assert own_dead(bare, "syria", "syria", frozenset({"opposition"}))


def _toll_in_unrest(carried: bool = False) -> dict:
    """The page's report of violence, then a ministry's toll of the unrest, in a sentence the
    events stage read as a PROTEST event (carrying the toll when `carried`)."""
    sentence = "The interior ministry said 18 people died in the unrest."
    art = _with_toll_claim(sentence, _figure(18, "18"), claimant="interior ministry")
    claim = art["claims"][-1]
    art["events"].append({**art["events"][0], "id": "a:e9", "type": "PROTEST",
                          "claim_id": claim["id"], "sentence": sentence,
                          "figures": [_figure(18, "18")] if carried else []})
    return art


def test_a_toll_of_an_unrest_is_the_toll_of_the_pages_violence():
    # "18 died in the unrest": the PROTEST event holds no count, so the ministry's 18 is the
    # toll of the page's report of the violence, a row of its incident
    art = _toll_in_unrest()
    assert [c["id"] for c in event_free_tolls(art)] == ["a:c1"]
    incs = build_incidents([art])
    assert ("killed", "interior ministry", 18, 18) in [r for i in incs for r in _rows(i)]
    # a gathering's event carrying the count keeps the claim as its own (no toll claim)
    assert event_free_tolls(_toll_in_unrest(carried=True)) == []


def _toll_beside_negation(carried: bool, kind: str = "SUPPORT") -> dict:
    """The page's report of violence, then a party's count in a sentence whose only event is a
    negated act of another clause ("barred for refusing to sign the code"), carrying the count
    when `carried`."""
    sentence = ("The Unity party, barred after it would not sign the charter, counted about "
                "300 deaths in the capital.")
    art = _with_toll_claim(sentence, _figure(300, "about 300"), claimant="Unity party")
    art["events"].append({**art["events"][0], "id": "a:e9", "type": kind, "negated": True,
                          "claim_id": "a:c1", "sentence": sentence,
                          "figures": [_figure(300, "about 300")] if carried else []})
    return art


def test_a_negation_of_another_clause_leaves_the_claims_count_a_toll():
    # "would not sign" is negated, but it carries none of the party's 300: the count stands as
    # the party's toll of the page's violence, a row of its incident
    art = _toll_beside_negation(carried=False)

    def unread(e: dict) -> bool:
        return e["type"] != "SUPPORT"

    assert [c["id"] for c in event_free_tolls(art, read=unread)] == ["a:c1"]
    incs = build_incidents([art])
    assert ("killed", "Unity party", 300, 300) in [r for i in incs for r in _rows(i)]
    # a negated event that takes the count with it ("no 300 were killed") keeps the claim
    assert event_free_tolls(_toll_beside_negation(carried=True), read=unread) == []


def test_a_count_put_to_the_source_as_a_question_is_not_its_toll():
    sentence = "Asked whether hundreds had died, a relief official said it was possible."
    assert points_elsewhere(sentence)
    assert not points_elsewhere("A relief official said hundreds had died.")


def test_a_toll_in_a_sentence_whose_only_event_is_an_act_of_words_is_its_speakers():
    # "the minister rejected the 2,000 figure given by the rights group": the REJECT event
    # carries no count, so the group's 2,000 is the toll of the page's report of the attack
    sentence = "The minister rejected the 2,000 figure as stated by the rights group Vigil."
    art = _with_unread_event(sentence, _figure(2000, "2,000", counts=None), "Vigil", "REJECT")
    assert [c["id"] for c in event_free_tolls(art)] == ["a:c1"]
    (inc,) = build_incidents([art])
    assert ("killed", "Vigil", 2000, 2000) in _rows(inc)
    # an accusation carrying the count keeps the claim as its own (no toll claim)
    carried = _with_unread_event("Vigil accused the army of killing 40 people.",
                                 _figure(40, "40"), "Vigil", "ACCUSE")
    carried["events"][-1]["figures"] = [_figure(40, "40")]
    assert event_free_tolls(carried) == []
