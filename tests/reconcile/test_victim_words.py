"""Which victims a count names (reconcile/evidence.py `victim`, the reconcile pack's
`victim_classes` and `unspecified_victims`): a side's word for its dead ("martyrs") may be
anyone, militiamen are militants, migrants and journalists civilians. Words written for these
tests."""

from __future__ import annotations

from fogofwar.reconcile.evidence import comparable, victim


def cls(counts: str) -> str | None:
    return victim({"counts": counts}, {})[0]


def test_martyrs_may_be_anyone():
    assert cls("martyrs") is None and cls("deceased") is None
    assert comparable(victim({"counts": "martyrs"}, {}), victim({"counts": "militants"}, {}))


def test_militiamen_are_militants_and_dispute_civilians_counts():
    assert cls("militiamen") == "militants" == cls("extremists") == cls("separatists")
    assert comparable(victim({"counts": "militiamen"}, {}), victim({"counts": "migrants"}, {}))


def test_people_by_trade_are_civilians():
    assert {cls(w) for w in ("migrants", "journalists", "fishermen", "mourners")} \
        == {"civilians"}
    # hostages are their own class: their count is no count of the strike's civilians
    assert cls("hostages") == "hostages"


def test_people_named_by_no_role_are_civilians():
    # "nearly 200 individuals were killed" against "at least 450 civilians"
    for word in ("individuals", "citizens", "inhabitants"):
        assert victim({"counts": word}, {})[0] == "civilians"
        assert comparable(victim({"counts": word}, {}), victim({"counts": "villagers"}, {}))


def test_an_armed_groups_fighters_and_members_are_militants():
    sentence = "The ministry said 19 ADF fighters and six Polisario members died in the raid."
    ev = {"sentence": sentence}
    assert victim({"text": "19", "counts": "fighters"}, ev)[0] == "militants"
    assert victim({"text": "six", "counts": "members"}, ev)[0] == "militants"
    # a state's soldiers stay combatants, a family's members their own class
    ev = {"sentence": "The ministry said 19 border fighters and six family members died."}
    assert victim({"text": "19", "counts": "fighters"}, ev)[0] == "combatants"
    assert victim({"text": "six", "counts": "members"}, ev)[0] == "members"


def _cls(sentence: str, text: str, counts: str = "fighters", armed: bool = False) -> str | None:
    return victim({"text": text, "counts": counts}, {"sentence": sentence}, armed)[0]


def test_a_groups_fighters_by_modifier_possessive_or_of_phrase_are_militants():
    # an armed word before "fighters", a group's possessive, or the group named after them
    assert _cls("Officials said 14 rebel fighters died near the dam.", "14") == "militants"
    assert _cls("Nine resistance fighters were wounded in the valley.", "Nine") == "militants"
    assert _cls("The front said that 22 of our fighters were martyred.", "22") == "militants"
    assert _cls("It claimed seven of its fighters died in the raid.", "seven") == "militants"
    assert _cls("The army killed 13 fighters of the FARC on Monday.", "13") == "militants"
    assert _cls("Troops killed 9 combatants from the M23 armed group.", "9",
                "combatants") == "militants"
    # "mujahideen" are a group's men whoever counts them
    assert cls("mujahideen") == "militants"


def test_a_group_voices_bare_fighters_are_militants_a_states_stay_combatants():
    sentence = "He said 35 fighters had died along with 90 policemen."
    assert _cls(sentence, "35", armed=True) == "militants"
    assert _cls(sentence, "35") == "combatants"
    # a state's fighters of no group stay combatants
    assert _cls("The ministry said 12 Iraqi fighters were killed overnight.", "12") \
        == "combatants"
    assert _cls("The guards said 3 fighters of the corps were martyred.", "3") == "combatants"
