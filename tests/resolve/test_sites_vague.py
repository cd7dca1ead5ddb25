"""Sites the text places late or only at their province (issue 14, round undated15): a first
mention with no town ("a jail held by the rebels") is the site a later sentence places; a noun
of the kind's own ("the jail site", "a jail center") does not cut the site from its town; a site
tied only to its province ("in Marib province", "in the northern province of X") is located at
the province. Sentences are our own, not quoted from the dev set."""

from __future__ import annotations

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.sites import with_sites


def sites(nlp, text: str) -> list[tuple[str, str, str | None]]:
    doc = nlp(text)
    places = with_sites(doc, resolve_places(doc, resolve_actors(doc)))
    return [(p.text, p.name, p.feature_code) for p in places if p.precision == "site"]


def test_a_first_vague_mention_is_the_site_placed_later(nlp):
    found = sites(nlp, "Jets bombed a jail held by the rebels before dawn. Medics reached the "
                       "jail in Dhamar hours later.")
    assert [(t, f) for t, _, f in found] == [("jail", "PRN"), ("jail", "PRN")]
    assert len({n for _, n, _ in found}) == 1 and "Dham" in found[0][1]


@pytest.mark.parametrize("text", [
    "Medics searched the rebel-run jail site in the northern city of Dhamar.",
    "Medics searched a jail center in Dhamar for survivors.",
])
def test_a_noun_of_the_kinds_own_keeps_the_town(nlp, text):
    (found,) = sites(nlp, text)
    assert found[2] == "PRN" and "Dham" in found[1]


def test_a_site_tied_to_its_province(nlp):
    (found,) = sites(nlp, "Shells landed on a clinic in Marib governorate overnight.")
    assert found[2] == "HSP" and "Ma" in found[1] and found[1].endswith("clinic")


def test_a_province_qualifying_the_town_after_it_is_not_the_site_place(nlp):
    assert sites(nlp, "A rocket hit the central market in the Kherson region town of Beryslav.") \
        in ([], [("central market", "Beryslav market", "MKT")])


def test_a_vague_mention_with_nothing_placed_later_stays_no_site(nlp):
    assert sites(nlp, "Jets bombed a jail held by the rebels before dawn. Medics came later.") \
        == []


def test_a_demonym_before_a_lowercase_kind_describes_the_site_placed_later(nlp):
    # "a Kenyan gas station" is no station named "Kenyan": it is the one placed later
    found = sites(nlp, "A rocket hit a Kenyan gas station on Monday, killing four. Police "
                       "sealed off the gas station in Garissa by the evening.")
    assert len(found) == 2 and len({n for _, n, _ in found}) == 1
    assert "Kenyan" not in found[0][1] and "Garissa" in found[0][1]


def test_a_demonym_before_a_capitalised_kind_stays_a_name(nlp):
    (found, *_) = sites(nlp, "Tanks shelled the Indonesian Hospital in Beit Lahia overnight.")
    assert found[1].startswith("Indonesian Hospital")
