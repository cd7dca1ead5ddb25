"""A headline opened by a body's name whose head is in lower case or abbreviated ("Pakistan
army: Militants … kill 4 troops", "Russian MoD: … kills over 600") is that body's claim, as
"Police: …" is; so is a headline whose label is followed by a quotation the tagger finds no
verb in ("Sudanese Armed Forces: ‘38 dead as RSF shell El Fasher’"). Left to the outlet, the
headline's toll was narration (round claims48). A label that is a topic ("Military aid: …")
stays none. Texts are written for these tests, as pages whose first line is the headline."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "army": (
        "Pakistan army: Militants in twin attacks kill 4 troops in north\n\n"
        "QUETTA, Pakistan — Militants attacked a security post on Monday. The army said troops "
        "returned fire."),
    "abbreviated": (
        "Russian MoD: strike kills over 600 Ukrainian servicemen in Kramatorsk\n\n"
        "MOSCOW — The ministry reported the strike on Sunday. Kyiv denied the figure."),
    "quoted": (
        "Sudanese Armed Forces: ‘38 dead as RSF shell El Fasher’\n\n"
        "New artillery attacks on Sunday hit the city's markets, residents said."),
    "topic": (
        "Military aid: 40 trucks reach the besieged town\n\n"
        "The convoy crossed the river on Tuesday, officials said."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_apart(tmp_path_factory.mktemp, TEXTS, OUTLET)


@pytest.mark.parametrize(("key", "words", "figure"), [
    ("army", "kill 4 troops", 4),
    ("abbreviated", "kills over 600", 600),
    ("quoted", "38 dead as RSF", 38),
])
def test_a_body_label_speaks_its_headline(claims, key, words, figure):
    claim = claim_on(claims[key], words)
    assert claimant_text(claim) and claim["chain"][0] != OUTLET
    assert figure in {f["low"] for f in claim["figures"]}


def test_a_topic_label_speaks_for_no_one(claims):
    assert not [c for c in claims["topic"] if "40 trucks" in c["sentence"]]
