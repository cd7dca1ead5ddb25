"""Round voices54: a region's or district's officer named by his office before his name
("Vinnytsia oblast head Ivan Koval", "the district commissioner Ali Farah", "Kisumu county
administrator Jane Atieno", "provincial police chief Amir Zaki") speaks for the state the
office's place is in; left unsided, his toll was a witness's and disputed no one's (reconcile
pack `state_titles`, reconcile/titles.py). Sentences and names are our own."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import claimant_side, country_side

from .test_claimant_sides33 import page, speaker


@pytest.mark.parametrize(("text", "place", "country", "name"), [
    ("A drone hit a depot in Vinnytsia. Vinnytsia oblast head Ivan Koval said four died.",
     "Vinnytsia", "UKR", "Ivan Koval"),
    ("Gunmen raided a village near Elwak. Elwak district commissioner Ali Farah said nine "
     "died.", "Elwak", "SOM", "Ali Farah"),
    ("Floods hit Kisumu. Kisumu county administrator Jane Atieno said 12 were missing.",
     "Kisumu", "KEN", "Jane Atieno"),
    ("A bomb went off in Quetta. Provincial police chief Amir Zaki said 20 died.",
     "Quetta", "PAK", "Amir Zaki"),
])
def test_a_regional_office_before_a_name_makes_him_his_lands(text, place, country, name):
    art = page(text, places=[(place, country, "location")])
    m = speaker(art, name)
    assert claimant_side(m, art) == country_side(country)


def test_a_rebel_commander_of_a_region_stays_no_officer():
    art = page("Fighting hit Vinnytsia. The provincial rebel commander Ivan Koval said four died.",
               places=[("Vinnytsia", "UKR", "location")])
    m = speaker(art, "Ivan Koval")
    assert claimant_side(m, art) != country_side("UKR")
