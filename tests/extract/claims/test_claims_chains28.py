"""Chain links the conflict dev set missed in its c907-c962 round (issue 11): a medium the words
were given "for" ("said in a statement for CNN"), a page outlet that only shares the start of a
word with a relay ("Arab News" on "Arabs Today"), and a stance taken by denouncing, deploring or
decrying, which an "according to" medium relays. Sentences written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims
from fogofwar.extract.claims.own_outlet import names_page_outlet

from ..conftest import article, mention


def _cued(nlp, text, mentions=(), outlet="Daily Sun"):
    return [c for c in extract_claims(nlp(text), article(text, outlet), list(mentions))
            if not c.narrator]


def _medium(text, name, nth=0):
    return mention(text, name, name.lower().replace(" ", ""), name, None, "MED", nth=nth)


def test_a_statement_for_a_medium_is_relayed_by_it(nlp):
    text = ("A spokesman for the port authority said in a statement for Radio Kivu that 40 "
            "dockers were killed in the blast.")
    (claim,) = _cued(nlp, text)
    assert len(claim.chain) == 3 and "Radio Kivu" in claim.chain[1]


def test_a_statement_for_an_occasion_names_no_relay(nlp):
    text = "The mayor said in a statement for the anniversary that 40 dockers were killed."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["mayor", "Daily Sun"]


def test_an_outlet_sharing_only_a_words_start_still_relays(nlp):
    text = ("Army spokesman Col. John Banda told Arab News on Saturday that the strikes hit "
            "only fighters.")
    (claim,) = _cued(nlp, text, [_medium(text, "Arab News")], outlet="Arabs Today")
    assert claim.chain[1:] == ["Arab News", "Arabs Today"]


@pytest.mark.parametrize("relay, outlet", [
    ("Arab News", "Arabs Today"), ("Gulf News", "Gulfstream Today")])
def test_a_core_cut_inside_a_word_is_another_outlet(relay, outlet):
    assert not names_page_outlet(relay, [outlet])


@pytest.mark.parametrize("relay, outlet", [
    ("Tala TV", "Tala Digital Media"), ("Birdwatchpost", "Bird Watch Post")])
def test_a_core_ending_with_a_word_is_the_same_outlet(relay, outlet):
    assert names_page_outlet(relay, [outlet])


@pytest.mark.parametrize("verb", ["denounced", "deplored", "decried"])
def test_a_denouncing_side_is_relayed_by_the_agency(nlp, verb):
    text = (f"On Tuesday, the rebels {verb} a massacre of 30 villagers in the valley, according "
            "to the state news agency KNA.")
    (claim,) = _cued(nlp, text, [_medium(text, "KNA")])
    assert claim.chain[0] == "rebels" and claim.chain[-1] == "Daily Sun"
    assert len(claim.chain) == 3 and "KNA" in claim.chain[1]


def test_a_journalist_interviewing_for_a_medium_stands_for_it(nlp):
    text = ("The man, John Deng, told a local journalist in a video interview for Radio Kivu "
            "that the fighters had killed ten people.")
    (claim,) = _cued(nlp, text)
    assert len(claim.chain) == 3 and "Radio Kivu" in claim.chain[1]


def test_a_journalist_interviewing_for_no_medium_stays_the_relay(nlp):
    text = ("The man, John Deng, told a local journalist in a video interview that the fighters "
            "had killed ten people.")
    (claim,) = _cued(nlp, text)
    assert claim.chain[1:] == ["local journalist", "Daily Sun"]
