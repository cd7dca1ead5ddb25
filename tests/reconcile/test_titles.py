"""A speaker the packs do not know speaks for the state the article's title words name
(reconcile/titles.py, incidents.claim_source)."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import country_side as _country_side
from fogofwar.reconcile.incidents import claim_source
from fogofwar.reconcile.titles import described_country, home_country, titled_country


def place(text: str, body: str, country: str, role: str = "location") -> dict:
    start = body.index(text)
    return {"text": text, "start": start, "end": start + len(text), "country": country,
            "role": role}


def speaker(name: str, body: str) -> dict:
    start = body.rindex(name)
    return {"text": name, "start": start, "end": start + len(name), "actor_id": None,
            "name": None, "country": None, "sector": None, "side": None}


BODY = ("Shells hit the market of Bakhmach in northern Ukraine on Friday. The head of the "
        "regional military administration, Petro Vasylenko, said nine people died. Vasylenko "
        "added that the Chernihiv hospital took the wounded.")


def art(body: str, places: list[dict], claimant: dict) -> dict:
    claim = {"id": "x:c0", "chain": [claimant["text"], "Daily"], "claimant": claimant}
    return {"id": "x", "text": body, "outlet": "Daily", "places": places, "claims": [claim]}


def test_state_title_gives_the_country_the_article_is_about():
    places = [place("Bakhmach", BODY, "UKR"), place("Ukraine", BODY, "UKR"),
              place("Chernihiv", BODY, "UKR")]
    assert titled_country("Vasylenko", art(BODY, places, speaker("Vasylenko", BODY))) == "UKR"
    a = art(BODY, places, speaker("Vasylenko", BODY))
    assert claim_source(a["claims"][0], a) == ("Vasylenko", _country_side("UKR"))


def test_place_in_the_title_beats_the_article_country():
    body = ("Drones struck a depot near Kherson. The Moscow-appointed governor of the region, "
            "Anton Belyaev, said four people were hurt.")
    places = [place("Kherson", body, "UKR"), place("Moscow", body, "RUS", role="actor")]
    assert titled_country("Anton Belyaev", art(body, places, speaker("Anton Belyaev", body))) \
        == "RUS"


def test_no_title_no_side():
    body = "Shells hit Bakhmach in Ukraine. Petro Vasylenko, a baker, said nine people died."
    places = [place("Bakhmach", body, "UKR"), place("Ukraine", body, "UKR")]
    assert titled_country("Petro Vasylenko", art(body, places, speaker("Petro Vasylenko",
                                                                       body))) is None


def test_home_country_needs_a_lead():
    body = "Gunfire between Armenia and Azerbaijan."
    assert home_country({"places": [place("Armenia", body, "ARM"),
                                     place("Azerbaijan", body, "AZE")]}) is None


def test_a_clause_before_the_name_is_no_title():
    body = ("A day of mourning follows the Ukrainian strike on Svatove, Kornienko said. "
            "Officials of the Russian-backed administration gave no toll.")
    places = [place("Ukrainian", body, "UKR", role="demonym"), place("Svatove", body, "UKR")]
    assert titled_country("Kornienko", art(body, places, speaker("Kornienko", body))) is None


def test_role_nouns_are_no_personal_names():
    body = "The Deputy Head of the regional police in Kherson said two died."
    places = [place("Kherson", body, "UKR")]
    assert titled_country("Deputy Head", art(body, places, speaker("Deputy Head", body))) is None


# news style drops the article before an office as often as it keeps it
@pytest.mark.parametrize("office", ["the governor", "governor"])
def test_a_title_after_the_name_gives_its_place_country(office):
    body = ("Shells hit a border post in Idlib. \"The toll has risen to 14,\" Kemal Arslan, "
            f"{office} of the Turkish province of Kilis, said on Friday.")
    places = [place("Idlib", body, "SYR"), place("Turkish", body, "TUR", role="demonym"),
              place("Kilis", body, "TUR")]
    a = art(body, places, speaker("Kemal Arslan", body))
    assert described_country(speaker("Kemal Arslan", body), a) == "TUR"
    assert claim_source(a["claims"][0], a) == ("Kemal Arslan", _country_side("TUR"))


def test_an_office_and_the_place_it_holds():
    body = "Fourteen soldiers died in Idlib, the regional governor in the province of Kilis said."
    places = [place("Idlib", body, "SYR"), place("Kilis", body, "TUR")]
    gov = speaker("regional governor", body)
    assert described_country(gov, art(body, places, gov)) == "TUR"


def test_an_appositive_with_no_state_title_is_no_office():
    body = "Shells hit Idlib. Kemal Arslan, a baker from Kilis, said 14 people died."
    places = [place("Idlib", body, "SYR"), place("Kilis", body, "TUR")]
    who = speaker("Kemal Arslan", body)
    assert described_country(who, art(body, places, who)) is None


def test_what_an_office_says_is_not_its_place():
    body = ("The Minister of Public Health announced that the final toll of the strike by the "
            "US forces reached 20.")
    places = [place("US", body, "USA", role="demonym")]
    who = speaker("Minister", body)
    assert described_country(who, art(body, places, who)) is None


def test_the_country_a_description_names_beats_its_province():
    body = "Rahmi Ozdemir, the governor of Kilis in Turkey, said 14 soldiers died in Idlib."
    # the corpus may read a province's name in another land: the country named is sure
    places = [place("Kilis", body, "SYR"), {**place("Turkey", body, "TUR"), "precision": "country"},
              place("Idlib", body, "SYR")]
    who = speaker("Rahmi Ozdemir", body)
    assert described_country(who, art(body, places, who)) == "TUR"


def officer(name: str, body: str, sector: str) -> dict:
    return {**speaker(name, body), "sector": sector}


def test_an_officer_of_no_country_speaks_for_the_land_of_the_page():
    from fogofwar.reconcile.claimant_sides import claimant_side
    body = ("Gunmen stormed a checkpoint near Tolvana in Norland on Monday. Brigade spokesman "
            "Major Arvid Lunde said seven soldiers died near the Norland border town.")
    places = [place("Tolvana", body, "NOR"), place("Norland", body, "NOR")]
    who = officer("Major Arvid Lunde", body, "MIL")
    assert claimant_side(who, art(body, places, who)) == _country_side("NOR")


def test_an_officer_takes_the_demonym_before_him_over_the_land_of_the_page():
    from fogofwar.reconcile.claimant_sides import claimant_side
    body = ("Shells fell on Tolvana in Norland. The Swedish army's spokesman, Colonel Erik Berg, "
            "said its drones killed twelve fighters near Tolvana.")
    places = [place("Tolvana", body, "NOR"), place("Norland", body, "NOR"),
              place("Swedish", body, "SWE", role="demonym")]
    who = officer("Colonel Erik Berg", body, "MIL")
    assert claimant_side(who, art(body, places, who)) == _country_side("SWE")


def test_a_rebel_commander_is_no_officer_of_the_state():
    from fogofwar.reconcile.claimant_sides import claimant_side
    body = ("Fighting flared near Tolvana in Norland. The rebels' commander Major Arvid Lunde said "
            "seven soldiers died.")
    places = [place("Tolvana", body, "NOR"), place("Norland", body, "NOR")]
    who = officer("Major Arvid Lunde", body, "MIL")
    assert claimant_side(who, art(body, places, who)) is None


def test_a_bare_title_needs_the_body_it_serves():
    # "…, police said" and a list after a name open no description: no "of"/"for" follows
    body = "Shells hit Idlib, killing 14 in Kilis. Kemal Arslan, police said, was among them."
    places = [place("Idlib", body, "SYR"), place("Kilis", body, "TUR")]
    who = speaker("Kemal Arslan", body)
    assert described_country(who, art(body, places, who)) is None
