"""A capital's dateline is where the news was filed, not where it happened (issue 14: "New
Delhi: At least 20 Indian soldiers were killed in ... Galwan valley" placed the clash at New
Delhi; "MOSCOW, February 28. /TASS/. The Turkish military who came under fire ..." lent Moscow
to the story's placeless events). Sentences of our own."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.extract.events.datelines import headed_at, opens_dateline, past_filing_place
from fogofwar.records import Article, Place


def _places(text: str) -> list[str | None]:
    art = Article(id="d1", source="test", text=text, outlet="Test Wire")
    return [e.place.text if e.place else None for e in analyse_batch([art])[0].events
            if e.type in ("FIGHT", "ASSAULT")]


def test_a_colon_dateline_is_the_filing_town():
    text = "Border clash\nIslamabad: Four soldiers were killed in Waziristan."
    assert headed_at(text.find("Islamabad"), text.find("Islamabad") + 9, text)
    assert not headed_at(text.find("Waziristan"), text.find("Waziristan") + 10, text)
    caps = "KABUL, Afghanistan (AP): Gunmen killed six guards in Kunduz."
    assert headed_at(0, 5, caps)
    # a colon further in the sentence opens no dateline
    late = "Police said on Monday in Kunduz: six guards were killed."
    assert not headed_at(late.find("Kunduz"), late.find("Kunduz") + 6, late)


def test_the_event_takes_the_place_its_sentence_names_not_the_dateline():
    found = _places("Border clash\n\nIslamabad: Four soldiers were killed in a clash with "
                    "militants in North Waziristan on Monday, officials said.")
    assert found and "Islamabad" not in found and "North Waziristan" in found


def test_a_dateline_that_is_the_only_place_stays():
    found = _places("Strike on the capital\n\nKyiv: Two people were killed when a missile "
                    "hit a block of flats on Monday, officials said.")
    assert found and "Kyiv" in found


def test_an_agency_dateline_between_slashes_is_no_place_to_inherit():
    text = ("Title\nMOSCOW, March 3. /TASS/. The soldiers who came under fire on March 2 "
            "were among the militants, the ministry said.")
    assert opens_dateline(text.find("MOSCOW"), text)
    assert not opens_dateline(text.find("soldiers"), text)
    assert all(p != "MOSCOW" for p in _places(text))


def test_a_bureau_dateline_abroad_lends_no_place():
    # the story is all in Myanmar; the wire files it from Thailand's capital
    found = _places("Jets hit a festival\n\nBANGKOK: Army jets bombed a harvest festival in "
                    "northern Myanmar on Saturday, killing 30 people, rebels said.\n\n"
                    "The festival was held near Hpakant in Kachin State.")
    assert found and "BANGKOK" not in found


def test_a_dateline_whose_country_the_story_names_again_stays():
    # "Ukrainian" puts the story in the dateline's country: a strike on the capital, filed there
    found = _places("Night strike\n\nKYIV: Two people were killed when a missile hit a block "
                    "of flats on Monday, Ukrainian officials said. Russian forces also shelled "
                    "Kherson.")
    assert "KYIV" in found


# --- a lead with no place takes the story's one town named further down ------------------------

def test_a_lead_takes_the_one_town_the_story_names_later():
    found = _places("Jets hit a wedding\n\nBANGKOK: Army jets bombed a wedding party on "
                    "Saturday, killing 30 guests, rebels said.\n\n"
                    "Witnesses said the jets also wounded 12 people in Lashio.")
    assert found and found[0] == "Lashio"


def test_a_town_only_named_where_someone_spoke_lends_the_lead_no_place():
    found = _places("Jets hit a wedding\n\nBANGKOK: Army jets bombed a wedding party on "
                    "Saturday, killing 30 guests, rebels said.\n\n"
                    "Speaking to reporters in Lashio, a rebel leader called it a war crime.")
    assert found and found[0] is None


def test_a_lead_with_two_towns_named_later_stays_unplaced():
    found = _places("Jets hit a wedding\n\nBANGKOK: Army jets bombed a wedding party on "
                    "Saturday, killing 30 guests, rebels said.\n\n"
                    "Its guests had come from Lashio and Mandalay for the day.")
    assert found and found[0] is None


def test_a_lead_does_not_take_a_town_of_another_province_than_the_later_events():
    # the clash itself is placed in a district; the capital named later is not where it was
    found = _places("Border clash\n\nFour soldiers were killed in a clash with militants on "
                    "Monday, officials said.\n\nThe militants attacked a post in North "
                    "Waziristan, the army said in a statement issued in Islamabad.")
    assert found and found[0] is None


def test_a_lead_takes_the_town_of_a_later_event_of_another_kind_when_none_of_its_own():
    found = _places("Jets hit a wedding\n\nBANGKOK: Army jets bombed a wedding party on "
                    "Saturday, killing 30 guests, rebels said.\n\n"
                    "Hours later the rebels captured Lashio.")
    assert found and found[0] == "Lashio"


# --- a dateline with the day, and a statement placed in a country or a part of one --------------

def test_a_dateline_with_the_day_is_the_filing_town():
    text = "Raid on a camp\nSOKOTO, Mar 6: Gunmen killed nine herders near a river, police said."
    assert headed_at(0, 6, text.split("\n", 1)[1])
    assert headed_at(0, 4, "Yola, Aug 31 (Test Wire) Twelve fighters were killed in a raid.")
    assert headed_at(0, 5, "Kaduna, Aug 8 : Eleven traders were killed in an ambush.")
    # a name and a day further in a sentence open no dateline
    assert not headed_at(0, 6, "Police said Monday, Aug 8: eleven traders were killed.")
    assert opens_dateline(10, "          HOMS, Jan. 8 (Test Wire) -- Shells killed four people.")


@pytest.mark.parametrize(("text", "filed", "place"), [
    # a part of the dateline's own country
    ("Raid on a village\n\nSOKOTO, Mar 6: Gunmen killed twelve villagers in northwestern "
     "Nigeria on Tuesday, a local official said.", "SOKOTO", "Nigeria"),
    # another country named as the place
    ("Clashes in the north\n\nNAIROBI: Nine soldiers were killed in clashes with rebels in "
     "South Sudan on Sunday, the army said.", "NAIROBI", "South Sudan"),
])
def test_a_dateline_gives_way_to_the_country_its_statement_places_the_event_in(text, filed,
                                                                                place):
    found = _places(text)
    assert found and filed not in found and place in found


def test_a_dated_dateline_naming_only_its_own_country_stays():
    # the country without a compass word is the dateline's own: a strike on the capital
    found = _places("Strike on the capital\n\nKYIV, May 3: Two people were killed when a "
                    "missile hit a block of flats in Ukraine's capital, officials said.")
    # the dateline, or "Ukraine's capital" read as that capital (round noplace38): Kyiv
    assert {"KYIV", "Kyiv"} & set(found) and "Ukraine" not in found



def test_a_dated_dateline_its_statement_names_again_stays():
    text = "DORVA, May 27: Shells killed 12 people at the old mill camp in Dorva, medics said."
    dateline = Place("DORVA", 0, 5, name="Dorva", geonames_id=7, country="XX", precision="town")
    camp = Place("camp", 47, 51, name="Old Mill Camp")  # a name no gazetteer placed
    again = Place("Dorva", 55, 60, name="Dorva", geonames_id=7, country="XX", precision="town")
    assert past_filing_place([dateline, camp, again], text) == [dateline, camp, again]
    # without the town named again, the place the statement names is the event's
    other = Place("Lirna", 55, 60, name="Lirna", geonames_id=8, country="XX", precision="town")
    assert past_filing_place([dateline, camp, other], text) == [camp, other]


# --- a story filed from two capitals at once ("Kabul/Islamabad, Mar 3 : ...") ----------------

def test_a_dateline_of_two_towns_joined_by_a_slash_is_the_filing_place():
    text = "Kabul/Islamabad, Mar 3 : Jets struck a depot near a village, officials said."
    assert headed_at(0, 5, text) and headed_at(6, 15, text)
    assert headed_at(0, 5, "KABUL / ISLAMABAD: Jets struck a depot, officials said.")
    # a slash further in a sentence opens no dateline
    assert not headed_at(20, 26, "Officials in the north/Kunduz, Mar 3 : jets struck.")


def test_a_slashed_dateline_gives_way_to_the_province_the_sentence_names():
    found = _places("Jets strike\n\nKabul/Islamabad, Mar 3 : Afghanistan on Monday launched "
                    "air strikes against the largest camp of the Front in Dorakot in "
                    "Pakistan's north-western Khyber Pakhtunkhwa province, killing a very "
                    "large number of fighters.\n\nReports said over 200 fighters were "
                    "killed in the operation.")
    assert "Khyber Pakhtunkhwa province" in found
    # neither the lead nor the placeless report after it is placed in the filing town
    assert not {"Kabul", "Islamabad"} & set(found)


# --- datelines in other spellings, and a village no gazetteer holds ----------------------------

def test_a_capitalised_dateline_closed_by_an_unspaced_dash_gives_way_to_the_town_named():
    found = _places("Soldiers die\n\nLUANDA, Angola\u2014Two soldiers were killed on Monday when "
                    "gunmen opened fire on their patrol during a long search operation in the "
                    "bush near Huambo, the army said.")
    assert found and "LUANDA" not in found and "Huambo" in found


def test_a_colon_spaced_from_the_town_still_closes_a_dateline():
    text = "Quito : Four soldiers were killed on Monday in an ambush."
    assert headed_at(0, 5, text)


def test_a_village_no_gazetteer_holds_beats_the_filing_town():
    found = _places("Gunmen kill 12\n\nBaghdad: Gunmen on Saturday shot dead at least 12 "
                    "members of a tribal force in Tell Gharbiyah, security sources said.")
    assert "Tell Gharbiyah" in found and "Baghdad" not in found


def test_an_unknown_name_without_a_locative_word_leaves_the_dateline():
    text = "DORVA: Shells killed 12 people, Kesto Relief said."
    dateline = Place("DORVA", 0, 5, name="Dorva", geonames_id=7, country="XX", precision="town")
    named = Place("Kesto Relief", 32, 44, role="location")
    assert past_filing_place([dateline, named], text) == [dateline, named]
    text2 = "DORVA: Shells killed 12 people in Kesto, officials said."
    village = Place("Kesto", text2.find("Kesto"), text2.find("Kesto") + 5, role="location")
    assert past_filing_place([dateline, village], text2) == [village]
