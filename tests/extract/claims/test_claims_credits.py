"""Dateline credits relay the claim of the sentence they open (issue 11), and the audience of
"told reporters" is no relay. Sentences written for these tests in the forms wires use."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims
from fogofwar.extract.claims.credits import dateline_relays

from ..conftest import article, mention


@pytest.mark.parametrize(
    ("text", "outlet", "relays"),
    [
        ("KANDAHAR, March 9 (Xinhua) -- Six guards died in an ambush, a police officer said.",
         "Global Times", ["Xinhua"]),
        ("BAMAKO, Mali (AP) — Gunmen killed nine herders, the mayor said.", "Yahoo", ["AP"]),
        # two credits: the last written heard it first
        ("DAVAO, Philippines, (PNA/Xinhua) — Four soldiers were hurt, the army said.",
         "Manila Daily", ["Xinhua", "PNA"]),
        # the page's own outlet, by name or initials, is never its own relay
        ("ADEN, May 2 (SNA) – A drone struck a convoy, an official said.",
         "Sheba News Agency", []),
        ("GOMA (Reuters) - Rebels took two villages, residents said.", "Reuters", []),
        # a bracket that is no credit
        ("The army (in a statement) said two died.", "Yahoo", []),
    ],
)
def test_credit_relays(text, outlet, relays):
    assert dateline_relays(text, text.index(")") + 3, outlet) == relays


def test_square_bracketed_credit_of_a_known_outlet():
    # a blog's credit of the paper it copies (round c402-c409); an unknown word is no credit
    text = "[Dawn] Four soldiers were hurt, the army said. The road was shut, police said."
    assert dateline_relays(text, text.index("Four"), "Frontier Blog") == ["Dawn"]
    assert dateline_relays(text, text.index("The road"), "Frontier Blog") == []
    text = "[Update] Four soldiers were hurt, the army said."
    assert dateline_relays(text, text.index("Four"), "Frontier Blog") == []


def test_credit_covers_only_its_sentence():
    text = "KANDAHAR (AFP) - Six guards died, police said. Later the governor said ten died."
    assert dateline_relays(text, text.index("Later"), "Yahoo") == []
    assert dateline_relays(text, text.index("Six"), "Yahoo") == ["AFP"]


def test_credited_claim_chain(nlp):
    text = ("MOGADISHU, June 4 (Xinhua) -- At least seven soldiers were killed in a roadside "
            "blast near the port, a local commander said on Sunday.")
    claims = [c for c in extract_claims(nlp(text), article(text, "Daily Sun"), [])
              if not c.narrator]
    assert [c.chain for c in claims] == [["local commander", "Xinhua", "Daily Sun"]]


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        ("Five militants were killed in the raid, the governor told reporters on Monday.", None),
        ("The governor told a press conference that five militants were killed.", None),
        ("Five militants were killed in the raid, the governor told AFP on Monday.", "AFP"),
    ],
)
def test_audience_is_no_relay(nlp, text, relay):
    media = [mention(text, "AFP", "afp", "AFP", None, "MED")] if relay else []
    claim = next(c for c in extract_claims(nlp(text), article(text, "Daily Sun"), media)
                 if c.cue == "told")
    assert claim.chain == ["governor", *([relay] if relay else []), "Daily Sun"]


@pytest.mark.parametrize("dateline", ["MOSUL:", "NEW DELHI:"])
def test_capitals_dateline_is_no_source(nlp, dateline):
    text = (f"{dateline}\n\nGunmen attacked a checkpoint overnight.\n\n"
            "“Two soldiers were killed,” the official told AFP.")
    afp = mention(text, "AFP", "afp", "AFP", None, "MED")
    claims = [c for c in extract_claims(nlp(text), article(text, "Daily Sun"), [afp])
              if not c.narrator]
    assert [c.chain for c in claims] == [["official", "AFP", "Daily Sun"]]


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # active "quoted": the object speaks, the subject relays
        ("The state news agency quoted district chief Omar Farah as saying that four guards "
         "died.", ["district chief Omar Farah", "state news agency", "Daily Sun"]),
        # passive "quoted by": the agent relays
        ("Three shepherds were killed, the mayor was quoted by Interfax as saying.",
         ["mayor", "Interfax", "Daily Sun"]),
        # "speaking with", "talking to": the one spoken with relays
        ("A nurse speaking with Reuters said the clinic received twelve bodies.",
         ["nurse", "Reuters", "Daily Sun"]),
        ("A farmer talking to the BBC said two shells hit the village.",
         ["farmer", "BBC", "Daily Sun"]),
    ],
)
def test_quoting_and_conversation_relays(nlp, text, chain):
    claims = [c for c in extract_claims(nlp(text), article(text, "Daily Sun"), [])
              if not c.narrator]
    assert [c.chain for c in claims] == [chain]


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        ("Five soldiers died, the spokesman told local TV channel Al Arabiya on Friday.",
         "local TV channel Al Arabiya"),
        ("Two shells hit the school, the mayor told the regional broadcaster Radio Sawa.",
         "regional broadcaster Radio Sawa"),
    ],
)
def test_medium_keeps_its_name(nlp, text, relay):
    claims = [c for c in extract_claims(nlp(text), article(text, "Daily Sun"), [])
              if not c.narrator]
    assert [c.chain[1] for c in claims] == [relay]
