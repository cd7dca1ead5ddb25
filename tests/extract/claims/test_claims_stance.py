"""Claims, second round of issue 6: stance cues, platforms, expletive subjects, group sides.

Sentences are quoted from the seeds (src/fogofwar/data/demo) unless a comment says the form
does not occur there. Mentions come from the real actor resolver, as in the pipeline.
"""

from __future__ import annotations

import pytest

from fogofwar.errors import PackError
from fogofwar.extract.claims import extract_claim_spans, extract_claims
from fogofwar.extract.claims import sides as claim_sides
from fogofwar.extract.claims.sides import descriptor_side, is_group
from fogofwar.resolve import resolve_actors

from ..conftest import article


def claims_in(nlp, text):
    doc = nlp(text)
    return extract_claims(doc, article(text), resolve_actors(doc))


STANCE_CASES = [
    # "called on X to": a demand is the caller's position (seed 002)
    ("Turkey also called on Moscow to put pressure on Damascus to halt its offensive in Idlib.",
     "called", "Turkey"),
    # "wants to": an intention (seed 003)
    ("Evil dictator Bashar al-Assad wants to reopen the Damascus-Aleppo highway.",
     "wants", "Bashar al-Assad"),
    # "decided to": a decision attributed to a state (seed 003)
    ("Most likely, Moscow decided to help Ankara to save face amid the apparent military "
     "failure in Idlib.", "decided", "Moscow"),
]


@pytest.mark.parametrize("text,cue,claimant", STANCE_CASES)
def test_stance_verbs_are_cues(nlp, text, cue, claimant):
    claims = [c for c in claims_in(nlp, text) if not c.narrator]
    assert [c.cue for c in claims] == [cue]
    assert claims[0].claimant.text == claimant


NOT_STANCE_CASES = [
    # "seem" hedges the writer's own assessment; a conflict holds no position (seed 003)
    "The Syrian conflict does not seem to be nearing any end.",
    # "if … wants": a supposition, not anybody's stated intention (seed 004)
    "If the Damascus government wants to fully reopen the M5 highway, which runs from the "
    "border with Jordan to Aleppo, it needs to secure Rashideen 4, Khan Asal and several less "
    "important points in the same area.",
    # dummy "it" of "is … a tradition to threaten": nobody is the threatener (seed 003)
    "In Turkey, it is by now a good tradition to threaten Syria with a war every time when "
    "luckless Idlib rebels suffer another military defeat from the Syrian Army.",
    # "a group called X": a participle naming something is no report (form not in the seeds)
    "Fighters of a group called Hayat Tahrir al-Sham shelled the town overnight.",
]


@pytest.mark.parametrize("text", NOT_STANCE_CASES)
def test_non_reports_stay_narration(nlp, text):
    claims = claims_in(nlp, text)
    assert claims and all(c.narrator and c.claimant is None for c in claims)


def test_stance_inside_a_report_does_not_take_the_claim(nlp):
    # "the plan which seeks to": the plan's aim is part of what Turkey said (seed 000)
    text = ("Turkey has lately said it is hosting over 3 million Syrian refugees and has "
            "demanded that Europe provide more support in the form of backing Erdogan’s ‘safe "
            "zone’ plan which seeks to establish a ‘refugee city’ using annexed northern Syrian "
            "territory (which the Turkish army has recently wrested from Syrian Kurdish forces "
            "backed by the US).")
    claims = [c for c in claims_in(nlp, text) if not c.narrator]
    assert claims[0].claimant.text == "Turkey" and claims[0].cue == "said"
    assert all(c.cue != "seeks" for c in claims)


def test_platform_is_a_channel_not_a_claimant(nlp):
    # "a counter-attack on Twitter claiming": the ministry posted it itself (003); a platform
    # is no intermediary (bench/data/conflict/README.md)
    text = ("The Turkish Defense Ministry compensated setbacks on the ground with a powerful "
            "counter-attack on Twitter claiming hundreds of Syrian personnel killed.")
    claim = next(c for c in claims_in(nlp, text) if not c.narrator)
    assert claim.claimant.side == "turkey" and "Ministry" in claim.claimant.text
    assert claim.chain[1:] == ["Zero Hedge"]


SIDE_CASES = [
    # a descriptor word: pro-government -> the conflict's government side (seed 003)
    ("Pro-government sources claimed that 40 militants were also killed, but this number "
     "remains unconfirmed.", "Pro-government sources", "syria_gov"),
    # opposition and rebel agree on one side (seed 001)
    ("Reuters reported it was told by senior opposition and rebel sources on Saturday that "
     "Ankara has sent fresh supplies ahead of an expected Russian-backed offensive in western "
     "Idlib.", "senior opposition and rebel sources", "opposition"),
    # a demonym: "Russian side" -> Russia's side (seed 003)
    ("The interesting thing is that the Russian side played into the hands of the Turkish media "
     "campaign claiming that 400 Syrian personnel were killed and 900 others were injured "
     "during the past month.", "Russian side", "russia"),
]


@pytest.mark.parametrize("text,claimant,side", SIDE_CASES)
def test_unnamed_groups_take_their_descriptors_side(nlp, text, claimant, side):
    found = [c.claimant for c in claims_in(nlp, text) if c.claimant is not None]
    assert any(m.text == claimant and m.side == side for m in found)


DESCRIPTOR_CASES = [
    ("Turkish military sources", ("TUR", "turkey")),  # demonym -> state and its side
    ("Turkish government sources", ("TUR", "turkey")),  # demonym beats "government"
    ("anti-government activists", (None, "opposition")),  # "government" inside "anti-" only
    ("government and opposition sources", (None, None)),  # two sides: none given
    ("local sources", (None, None)),  # no descriptor at all
]


@pytest.mark.parametrize("text,expected", DESCRIPTOR_CASES)
def test_descriptor_side(text, expected):
    assert descriptor_side(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pro-government sources", True),  # plural of a source noun
    ("the Russian side", True),  # "side" stands for a party
    ("Syrian Observatory for Human Rights", False),  # a named body, not a described group
])
def test_is_group(text, expected):
    assert is_group(text) is expected


def test_unknown_side_in_pack_is_a_pack_error(monkeypatch):
    bad = {"descriptor_sides": {"syria2020": {"loyalists_side": ["pro-government"]}}}
    monkeypatch.setattr(claim_sides, "load_pack", lambda name: bad)
    claim_sides._descriptors.cache_clear()
    try:
        with pytest.raises(PackError, match="cues.yaml.*unknown side 'loyalists_side'"):
            claim_sides._descriptors(("syria2020",))
    finally:
        claim_sides._descriptors.cache_clear()


def test_relative_pronoun_is_the_source_as_written(nlp):
    # "X, who said": the source phrase in the text is "who" (form not in the seeds)
    text = ("The strike was condemned by Turkish President Recep Tayyip Erdogan, who said that "
            "Ankara would respond.")
    doc = nlp(text)
    pairs = extract_claim_spans(doc, article(text), resolve_actors(doc))
    spans = [s for c, s in pairs if c.cue == "said"]
    start, end = spans[0].sources[0]
    assert text[start:end] == "who"


BODY_CASES = [
    # issue 14: a body no pack names is the claimant, with its owner's country (forms from
    # Gaza and Ukraine reporting, not in the seeds)
    ("The Hamas-run health ministry in Gaza said 280 people were injured.",
     "Hamas-run health ministry", "PSE"),
    ("Ukraine's emergency service said 21 people were killed.",
     "Ukraine's emergency service", "UKR"),
]


@pytest.fixture(scope="module")
def full_nlp():
    """The pipeline with the packs' rulers: owners such as Hamas are pack actors."""
    from fogofwar.annotate import load_nlp

    return load_nlp()


@pytest.mark.parametrize("text,claimant,country", BODY_CASES)
def test_a_body_no_pack_names_is_the_claimant_with_its_owners_country(full_nlp, text,
                                                                      claimant, country):
    found = [c.claimant for c in claims_in(full_nlp, text) if c.claimant is not None]
    assert any(m.text == claimant and m.country == country for m in found), found
