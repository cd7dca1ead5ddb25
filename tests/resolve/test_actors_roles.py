"""Actors named by role (issue 5, round 2): demonym + role noun with the noun's sector, a
state after "of" under a role or title, persons taken with their leading title, and the
untagged or mistagged demonym."""

import pytest

from fogofwar.resolve.actors import resolve_actors

from .conftest import mentions_by_text


@pytest.mark.parametrize(
    ("sentence", "text", "country", "sector"),
    [
        # officials -> GOV (PLOVER-GSR style source "Hungarian officials")
        ("Hungarian officials said the border would stay closed.",
         "Hungarian officials", "HUN", "GOV"),
        # police -> MIL; the model tags "Ugandan" GPE, not NORP, here
        ("Ugandan police arrested three opposition supporters on Monday.",
         "Ugandan police", "UGA", "MIL"),
        # demo sentence: troops after a demonym, still MIL
        ("Turkey dramatically reinforced its forces across the border since Syrian troops "
         "killed five Turkish soldiers and a civilian in Idlib on Feb. 3.",
         "Syrian troops", "SYR", "MIL"),
        # a state's people -> CVL
        ("The Syrian people have suffered enough.", "Syrian people", "SYR", "CVL"),
    ],
)
def test_demonym_and_role_noun(nlp, sentence, text, country, sector):
    m = mentions_by_text(nlp, sentence)[text]
    assert (m.country, m.sector) == (country, sector)


def test_people_and_rebels_do_not_take_the_state_side(nlp):
    # "Syrian people" are not the Syrian government's belligerent side
    m = mentions_by_text(nlp, "The Syrian people have suffered enough.")["Syrian people"]
    assert m.side is None


@pytest.mark.parametrize(
    ("sentence", "text", "country", "sector"),
    [
        # a title before "of" + state: the whole phrase is the state's actor
        ("The Prime Minister of Japan met the President of France on Tuesday.",
         "Prime Minister of Japan", "JPN", "GOV"),
        ("The Prime Minister of Japan met the President of France on Tuesday.",
         "President of France", "FRA", "GOV"),
        # a role noun before "of" + state
        ("The government of Uganda rejected the report.", "government of Uganda", "UGA",
         "GOV"),
    ],
)
def test_role_of_state(nlp, sentence, text, country, sector):
    m = mentions_by_text(nlp, sentence)[text]
    assert (m.country, m.sector) == (country, sector)


def test_place_after_of_stays_a_place(nlp):
    # "the north of Syria" is where, not who: no actor for Syria
    assert not [m for m in resolve_actors(nlp("Fighting raged in the north of Syria."))
                if "Syria" in m.text]


@pytest.mark.parametrize(
    ("sentence", "text", "country", "sector"),
    [
        # capital as its government
        ("Tokyo said it would send a delegation to Beijing.", "Tokyo", "JPN", "GOV"),
        # demo sentence: "Damascus has vowed"
        ("A key reason Damascus has vowed to retake every inch of Idlib is that for years "
         "al-Qaeda has launched terrorist attacks on suburbs of Aleppo from there.",
         "Damascus", "SYR", "GOV"),
    ],
)
def test_capital_as_government(nlp, sentence, text, country, sector):
    m = mentions_by_text(nlp, sentence)[text]
    assert (m.country, m.sector) == (country, sector)


@pytest.mark.parametrize(
    ("sentence", "text", "country", "sector"),
    [
        # unknown person: title joins the span and gives the sector; no country known
        ("Foreign Secretary Philip Hammond said the strikes were lawful.",
         "Foreign Secretary Philip Hammond", None, "GOV"),
        # demonym before the title joins too, and gives the country
        ("Iraqi Prime Minister Nouri al-Maliki urged calm.",
         "Iraqi Prime Minister Nouri al-Maliki", "IRQ", "GOV"),
    ],
)
def test_person_span_takes_title(nlp, sentence, text, country, sector):
    m = mentions_by_text(nlp, sentence)[text]
    assert (m.country, m.sector) == (country, sector)


def test_no_fragment_inside_a_titled_person(nlp):
    # the model's "Russian Maj" NORP fragment is swallowed by the titled person
    texts = list(mentions_by_text(nlp, "Russian Maj. Gen. Igor Petrov told TASS that the talks "
                                "failed."))
    assert texts == ["Russian Maj. Gen. Igor Petrov", "TASS"]


@pytest.mark.parametrize(
    ("sentence", "text", "country"),
    [
        # an earlier phrase's demonym is not the titled person's country
        ("The German chancellor met President Reagan in Bonn.", "President Reagan", None),
        # a demonym inside the titled phrase is
        ("Iraqi Prime Minister Nouri al-Maliki urged calm.",
         "Iraqi Prime Minister Nouri al-Maliki", "IRQ"),
    ],
)
def test_title_country_only_from_own_phrase(nlp, sentence, text, country):
    assert mentions_by_text(nlp, sentence)[text].country == country
