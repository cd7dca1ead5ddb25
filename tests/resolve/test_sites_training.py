"""Military training grounds are sites (round undated16): reports of one strike on a training
ground name it "the X training area", "X polygon" (the Russian word), "the X military range",
"the X training base" or "the X training facility", and each is the one site at X, so an undated
report of it joins the dated ones in the site pass. Sentences are our own."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.sites import site_key, sites_match
from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.sites import with_sites

from .test_sites_vague import sites

NAMES = ["Missiles hit the Zhytomyr training area overnight.",
         "The ministry said it struck Zhytomyr polygon with cruise missiles.",
         "Shelling of the Zhytomyr military range left dozens dead.",
         "Eight missiles struck the Zhytomyr training base before dawn.",
         "Moscow said it had destroyed the Zhytomyr training facility."]


@pytest.mark.parametrize("text", NAMES)
def test_a_training_ground_is_a_military_site_at_its_town(nlp, text):
    found = sites(nlp, text)
    assert [f for _, _, f in found] == ["INSM"]
    assert "Zhytomyr" in found[0][1]


def test_its_names_are_one_site(nlp):
    keys = []
    for text in NAMES:
        doc = nlp(text)
        site = next(p for p in with_sites(doc, resolve_places(doc, resolve_actors(doc)))
                    if p.precision == "site")
        keys.append(site_key({"precision": "site", "name": site.name,
                              "feature_code": site.feature_code}))
    assert all(sites_match(keys[0], k) for k in keys[1:])


@pytest.mark.parametrize("text", ["The army fired a range of weapons at the town.",
                                  "Recruits trained for weeks before the offensive."])
def test_other_words_are_no_training_ground(nlp, text):
    assert sites(nlp, text) == []
