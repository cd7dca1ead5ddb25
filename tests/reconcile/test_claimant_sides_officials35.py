"""Officials whose title names no state (round officials35).

- a person the page names with a state at another mention keeps that state ("India's Foreign
  Secretary Ann Dar" then "Foreign Secretary Ann Dar said"), not the land the page's places
  lie in;
- a demonym before a title gives the state ("Uzbekistani President X"); the everyday forms
  "Uzbek", "Tajik", "Kyrgyz", "Kazakh" are no state's demonyms in the actor pack: they name
  peoples who live on both sides of borders (Uzbeks of Osh, Tajiks of Afghanistan), and read as
  the state they pulled a page about Kyrgyzstan's Uzbeks to Uzbekistan;
- where nothing names the state, a national office ("Prime Minister X", reconcile pack
  `national_office_words`) still takes the page's land, marked as a land fallback
  (`LandSide`, EventRef.land_side): such a side makes no one voice with another claimant
  (revision_rules.one_voice) and yields to the one side the incident's other pages name for
  the same person (voices.person_sides). A local office ("Governor X") is no national one.

Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date

from fogofwar.annotate.packdata import actor_packs
from fogofwar.reconcile.claimant_sides import LandSide, claimant_side, country_side, land_basis
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.revision_rules import one_voice
from fogofwar.reconcile.stated_figures import Stated
from fogofwar.reconcile.voices import person_sides, with_person_sides

from .test_claimant_sides33 import page, speaker

STRUCK = [("Kot", "PAK", "location"), ("Lora", "PAK", "location")]


def test_a_person_named_with_his_state_elsewhere_on_the_page_keeps_it():
    text = ("India's Foreign Minister Ann Dar met envoys on Monday. Jets struck camps near "
            "Kot and Lora. Foreign Minister Ann Dar said 40 militants died.")
    art = page(text, places=[("India", "IND", "actor"), *STRUCK])
    later = text.rfind("Foreign Minister Ann Dar")
    for sector in (None, "GOV"):  # read by its title words, or a state's officer by sector
        m = {**speaker(art, "Foreign Minister Ann Dar", sector=sector),
             "start": later, "end": later + len("Foreign Minister Ann Dar")}
        side = claimant_side(m, art)
        assert side == country_side("IND") and not isinstance(side, LandSide)


def test_a_titled_person_takes_the_state_his_other_mention_names():
    # the title before his first mention names no place; a later one names his state
    text = ("Jets struck camps near Kot and Lora. Foreign Minister Ann Dar said 40 militants "
            "died. India's envoy Ann Dar met the press on Monday.")
    art = page(text, places=[*STRUCK, ("India", "IND", "actor")])
    side = claimant_side(speaker(art, "Foreign Minister Ann Dar"), art)
    assert side == country_side("IND") and not isinstance(side, LandSide)


def test_a_national_office_with_no_state_named_is_a_land_fallback():
    art = page("Jets struck camps near Kot and Lora on Tuesday. Prime Minister Omar Vale said "
               "40 people died.", places=STRUCK)
    m = speaker(art, "Prime Minister Omar Vale", sector="GOV")
    side = claimant_side(m, art)
    assert side == country_side("PAK") and isinstance(side, LandSide)


def test_a_local_office_with_no_state_named_is_the_land_outright():
    art = page("Jets struck camps near Kot and Lora on Tuesday. Governor Omar Vale said 40 "
               "people died.", places=STRUCK)
    side = claimant_side(speaker(art, "Governor Omar Vale", sector="GOV"), art)
    assert side == country_side("PAK") and not isinstance(side, LandSide)


def test_a_demonym_before_the_title_names_the_state():
    assert {d: actor_packs().demonyms.get(d) for d in ("Uzbek", "Tajik", "Kyrgyz", "Kazakh")} \
        == dict.fromkeys(("Uzbek", "Tajik", "Kyrgyz", "Kazakh"))
    assert actor_packs().demonyms.get("Uzbekistani") == "UZB"
    art = page("Troops fired on crowds in Kot and Lora. Uzbekistani President Tal Karim said 10 "
               "soldiers died.", places=[("Uzbekistani", "UZB", "demonym"), *STRUCK])
    side = claimant_side(speaker(art, "President Tal Karim", sector="GOV"), art)
    assert side == country_side("UZB") and not isinstance(side, LandSide)


def _ref(claimant: str, side: str | None, article: str, land: str | None = None) -> EventRef:
    return EventRef({"id": article}, article, article, claimant, side, None, "violence",
                    land_side=land)


def test_a_land_sided_person_takes_the_side_another_page_names_for_him():
    refs = [_ref("Foreign Secretary Ann Dar", "pak", "a", land="land"),
            _ref("Ann Dar", "ind", "b"), _ref("Pakistani officials", "pak", "c")]
    assert person_sides(refs) == {"Foreign Secretary Ann Dar": "ind"}
    fixed = with_person_sides(refs)
    assert (fixed[0].side, fixed[0].land_side) == ("ind", None)
    # the given name written otherwise under the same title is the same person
    assert person_sides([_ref("Foreign Secretary Ann Dar", "pak", "a", land="land"),
                         _ref("Foreign Secretary AK Dar", "ind", "b")]) \
        == {"Foreign Secretary Ann Dar": "ind"}
    # two sides named for people of that name decide nothing; a firm side is never changed
    refs.append(_ref("Bo Dar", "afg", "d"))
    refs.append(_ref("Dar", "afg", "e"))
    assert person_sides(refs) == {}


def _stated(ref: EventRef, n: int, day: int) -> Stated:
    return Stated(ref, "killed", (n, n), (None, None), (date(2006, 7, day), 0))


def test_a_land_side_the_outlet_doubts_makes_no_one_voice_with_another_claimant():
    official = _stated(_ref("a foreign ministry official", "lbn", "b"), 60, 31)
    doubted = _stated(_ref("Defence Minister Eli Tam", "lbn", "a", land="outlet"), 54, 30)
    assert not one_voice(doubted, official)
    # the land alone, with no other state's paper writing him, still makes one voice
    minister = _stated(_ref("Defence Minister Eli Tam", "lbn", "a", land="land"), 54, 30)
    assert one_voice(minister, official)
    # one claimant is one voice whatever its side was read from
    assert one_voice(doubted, _stated(_ref("Defence Minister Eli Tam", "lbn", "c",
                                           land="outlet"), 60, 31))


def test_an_outlet_of_another_named_state_doubts_the_land():
    text = ("Indian jets struck camps near Kot and Lora in Pakistan on Tuesday. Defence "
            "Minister Ali Rana said nine soldiers were hurt.")
    places = [("Indian", "IND", "demonym"), ("Kot", "IND", "location"),
              ("Lora", "IND", "location"), ("Pakistan", "PAK", "actor")]
    art = {**page(text, places=places), "outlet": "Dawn"}  # a Pakistani paper
    side = claimant_side(speaker(art, "Defence Minister Ali Rana", sector="GOV"), art)
    assert (side, land_basis(side)) == (country_side("IND"), "outlet")
    art["outlet"] = "NDTV"  # an Indian one: its land, its minister
    side = claimant_side(speaker(art, "Defence Minister Ali Rana", sector="GOV"), art)
    assert (side, land_basis(side)) == (country_side("IND"), "land")
