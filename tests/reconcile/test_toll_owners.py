"""A count whose keeper an outlet's sentence names as a modifier ("a government toll stood at
132"), round rows33: the figures after the count's noun are the keeper's row."""

from __future__ import annotations

from fogofwar.present.export import validate
from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.toll_owners import keepers

from .helpers import article, killed

TWO_COUNTS = ("A first tally from village officials had put the dead at 57, while an interior "
              "ministry toll stood at 49 dead and 23 hurt by Sunday night.")


def test_keepers_before_and_after_the_count_noun():
    found = keepers(TWO_COUNTS)
    assert [name for name, _, _ in found] == ["village officials", "interior ministry"]
    begins = found[1][2]
    assert TWO_COUNTS[begins:].startswith(" stood at 49")
    assert [k[0] for k in keepers("The navy's count gave 14 sailors missing.")] == ["navy"]
    assert [k[0] for k in keepers("Hospital figures showed 31 dead.")] == ["Hospital"]
    assert [k[0] for k in keepers("A UN death toll put the dead at 9.")] == ["UN"]


def test_no_keeper_for_a_force_dead_an_event_or_a_bare_toll():
    # whose dead were counted, not who counted
    assert keepers("The Chadian army death toll rose to 31.") == []
    # a "from" phrase naming the event, not a keeper
    assert keepers("The death toll from the barrage on the depot rose to 17.") == []
    assert keepers("The toll stood at 12 and the provisional count was 15.") == []


def _fig(text: str, n: float, category: str = "killed") -> dict:
    return {**killed(n, counts="dead"), "text": text, "category": category}


def test_an_outlets_sentence_gives_each_keeper_its_own_rows():
    art = article("a", "Outlet One", [{"figures": [_fig("57", 57), _fig("49", 49),
                                                   _fig("23", 23, "injured")]}],
                  text=TWO_COUNTS)
    art["events"][0]["sentence"] = TWO_COUNTS
    (inc,) = build_incidents([art])
    validate(inc, "incident")
    rows = {(f["category"], f["claimant"], f["low"], f["high"]) for f in inc["figures"]}
    assert rows == {("killed", "village officials", 57.0, 57.0),
                    ("killed", "interior ministry", 49.0, 49.0),
                    ("injured", "interior ministry", 23.0, 23.0)}


def test_a_named_speakers_claim_keeps_its_speaker():
    text = "The governor said 20 were killed, citing hospital figures that showed 20 dead."
    art = article("a", "Outlet One", [{"figures": [_fig("20", 20)]}],
                  claimant=("The governor", None), text=text)
    art["events"][0]["sentence"] = text
    (inc,) = build_incidents([art])
    assert {f["claimant"] for f in inc["figures"]} == {"The governor"}

