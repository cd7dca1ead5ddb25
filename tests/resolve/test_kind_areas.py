"""A first-level kind word after a name the gazetteer files only as a town asks for the town's
first-level area when that area's own name is another spelling of it ("the Andijan region":
GeoNames gives "Andijan" to the town Andijon only); a second-level area bears its name bare of
its kind word ("Nduga" of "Nduga Regency") as its index does (round places35). Sentences are
our own."""

import pytest

from fogofwar.resolve import gazetteer
from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places


def _placed(nlp, text):
    doc = nlp(text)
    return {p.text: p for p in resolve_places(doc, resolve_actors(doc)) if p.lat is not None}


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("A regional prosecutor said the Andijan region had counted 40 dead by Monday.",
         "Andijan region", "UZB"),
        ("Oil workers marched through Mangistau Province for a third week.",
         "Mangistau Province", "KAZ"),
    ],
)
def test_a_first_level_kind_word_finds_the_area_of_its_namesake_town(nlp, text, mention,
                                                                      country):
    p = _placed(nlp, text)[mention]
    assert (p.country, p.precision) == (country, "admin1")


def test_the_town_alone_stays_a_town(nlp):
    p = _placed(nlp, "The delegation flew to Andijan on Monday morning.")["Andijan"]
    assert p.precision == "town"


def test_an_area_of_another_name_is_not_taken(nlp):
    # Sukma's first-level area is Chhattisgarh: the kind word finds no area of that name
    p = _placed(nlp, "Road crews were attacked in the Sukma region on Friday.")
    assert all(x.precision != "admin1" for x in p.values())


def test_a_regency_bears_its_name_without_the_kind_word(nlp):
    regency = next(e for e, _ in gazetteer.candidates("Nduga") if e.fcode == "ADM2")
    assert gazetteer.bears(regency, "Nduga")
    p = _placed(nlp, "Rebels ambushed a survey team in the regency of Nduga on Sunday.")["Nduga"]
    assert (p.country, p.precision) == ("IDN", "admin2")


def test_a_district_named_as_its_town_stays_the_town(nlp):
    # a town of that name in the country keeps the bare name: the district matches it loosely
    p = _placed(nlp, "Jets bombed an orphanage in Mullaitivu district on Monday.")["Mullaitivu"]
    assert (p.country, p.precision) == ("LKA", "town")
