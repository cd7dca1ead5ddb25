"""Relays named in the claim's own sentence in shapes the rules missed (round c562-c569).

Each sentence was written for this test (not copied from any article) and is ingested through
the whole pipeline as an article of the fictional "Daily Sun", as in
`test_claims_relay_inventory`: the exported claim carrying the figure must name the expected
claimant and exactly the expected relays, in chain order, between the claimant and the outlet.
The second table holds the precision cases beside each new shape.
"""

from __future__ import annotations

import pytest

from .helpers import exported_claims
from .test_claims_relay_inventory import OUTLET, check_direct, check_relayed

#: key: (text, claimant words, relays in chain order, a figure the claim carries)
RELAYED = {
    # a closing "according to" at a paragraph's end: the paragraph break is the sentence's
    # last token, and the phrase still relays the speaker's verb
    "according_closing_paragraph": ("The separatist army said on Sunday that its fighters had "
                                    "killed 19 police officers in two ambushes, according to a "
                                    "message carried by the Kavkaz agency.\n\nThe message gave "
                                    "no names.", "separatist army", ["Kavkaz"], 19),
    "according_closing_then_quote": ("The militia said 16 of its fighters had been captured "
                                     "near the dam, according to a communique carried by the "
                                     "Zvezda agency.\n\n“We will not forget them,” it said.",
                                     "militia", ["Zvezda"], 16),
    # a medium described by common nouns and named in brackets
    "bracketed_name_according": ("According to the country's official news agency (Petra), "
                                 "the army said 13 infiltrators were killed at the border.",
                                 "army", ["Petra"], 13),
    "bracketed_name_reported": ("Eight policemen were wounded in the ambush, the state news "
                                "agency (Bernama) reported.", "Bernama", [], 8),
    # a participle of telling after the cue
    "telling_that": ("A security source confirmed the raid on the depot, telling Reuters that 4 "
                     "guards were killed.", "security source", ["Reuters"], 4),
    "telling_colon": ("A local chief described the night attack, telling AFP: \"Nineteen houses "
                      "were burned.\"", "local chief", ["AFP"], 19),
    # an outlet whose name ends in an audience word, or stands before one
    "told_outlet_named_reporters": ("Villagers told Sahara Reporters that 23 people were "
                                    "abducted from the farm.", "Villagers",
                                    ["Sahara Reporters"], 23),
    "told_outlet_reporters": ("The commissioner told Daily Trust reporters that 6 suspects were "
                              "arrested at the market.", "commissioner", ["Daily Trust"], 6),
    # a body told by its initials that no pack knows
    "told_initials": ("Camp leaders told UNMEER that 31 families had fled the shelling.",
                      "Camp leaders", ["UNMEER"], 31),
    # a bare "per" before a medium
    "per_medium": ("Twenty-seven fighters died in the clashes, the army said, per Reuters.",
                   "army", ["Reuters"], 27),
    # the occasion a speaker spoke at, carried by a medium
    "conference_aired_by": ("At a news conference aired by state television, the general said "
                            "44 rebels had surrendered.", "general", ["state television"], 44),
    "briefing_carried_by": ("The colonel said at a briefing carried live by Al Jazeera that 9 "
                            "drones were downed.", "colonel", ["Al Jazeera"], 9),
    # a spaced hyphen before a known outlet closing a paragraph
    "hyphen_signature": ("Fourteen soldiers were killed in the attack on the outpost, the army "
                         "said - Anadolu.", "army", ["Anadolu"], 14),
    # a medium told with "to" after a speech verb, named by a common noun ("TV")
    "explained_to_tv": ("The district governor explained to Noticias TV that 11 houses were "
                        "burned in the raid.", "district governor", ["Noticias"], 11),
    # a dated dateline credit after a place in two parts
    "dated_credit_two_part_place": ("GULU, Uganda (Acholi Times / March 3, 2009) – Rebels "
                                    "killed 12 villagers overnight, the army said.", "army",
                                    ["Acholi Times"], 12),
    # a later "he said" meaning the speaker's full naming, whose surname told the medium
    "carried_to_full_naming": ("Five soldiers and two rebels died in the clash near the river, "
                               "said Captain Reno Dumalagan, spokesperson for the army's 3rd "
                               "Brigade.\n\nDumalagan told Xinhua by text message that about "
                               "30 rebels raided the camp.\n\nThree helicopters from the air "
                               "force were sent to the area, he said.", "Reno Dumalagan",
                               ["Xinhua"], 3),
    # a later statement keeps a relay that is a service of a known outlet
    "carried_service_of_outlet": ("A farmer told the BBC Hausa service that troops retook the "
                                  "village.\n\nSeven of the militants were killed in the "
                                  "fighting, the farmer added.", "farmer",
                                  ["BBC Hausa service"], 7),
}

#: key: (text, claimant words, a figure the claim carries): no relay between claimant and outlet
DIRECT = {
    "telling_residents": ("The army said 12 rebels were killed, telling residents to stay "
                          "indoors.", "army", 12),
    "told_person_name": ("A witness told Ahmed that 8 people died in the fire.", "witness", 8),
    "told_foreign_reporters": ("The minister told foreign reporters that 5 soldiers died.",
                               "minister", 5),
    "per_day": ("Thirty people fled per day during the siege, the agency for refugees said.",
                "agency for refugees", 30),
    "press_conference_alone": ("The general said at a press conference that 41 rebels were "
                               "killed.", "general", 41),
    "hyphen_unknown_name": ("Seventeen soldiers were killed in the attack, the army said - "
                            "Brigadier Musa.", "army", 17),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    texts = {k: v[0] for k, v in {**RELAYED, **DIRECT}.items()}
    return exported_claims(tmp_path_factory.mktemp("named16"), texts, OUTLET)


@pytest.mark.parametrize("key", list(RELAYED))
def test_relay_named(exported, key):
    _, claimant, relays, figure = RELAYED[key]
    check_relayed(exported[key], claimant, relays, figure)


@pytest.mark.parametrize("key", list(DIRECT))
def test_no_relay(exported, key):
    _, claimant, figure = DIRECT[key]
    check_direct(exported[key], claimant, figure)
