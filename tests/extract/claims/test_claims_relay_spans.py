"""Written relays line up with the chain: `relays[i]` is the mention of `chain[i + 1]` (the
outlet closing the chain aside), as the claim's sentence writes it, else where the chain took
it from. Sentences written for these tests."""

from __future__ import annotations

from jsonschema import Draft202012Validator

from fogofwar.extract.claims.relay_spans import intermediaries, names_it
from fogofwar.present.export import load_schema
from fogofwar.records import Claim, SourceSpan
from fogofwar.store import open_store

from ..conftest import article
from .helpers import claim_on, cued_claims, exported_claims, the_claim_on

OUTLET = "Daily Sun"


def _cued(nlp, text, media=()):
    return cued_claims(nlp, text, OUTLET, media)


_on = the_claim_on


def _written(text, claim):
    assert len(claim.relays) == len(claim.chain) - 2  # one per intermediary, none for the outlet
    for r in claim.relays:
        assert text[r.start:r.end] == r.text
    return [r.text for r in claim.relays]


def test_told_afp_writes_afp(nlp):
    text = "A village elder told AFP that eleven houses were flattened by the shelling."
    claim = _on(_cued(nlp, text, ["AFP"]), "eleven houses")
    assert claim.chain[1:] == ["AFP", OUTLET]
    assert _written(text, claim) == ["AFP"]


def test_agency_citing_a_speaker_writes_the_agency(nlp):
    text = ("The Kavlar News Agency said on Monday that a convoy was hit near the pass. "
            "Four drivers died, the agency reported, citing the regional governor.")
    claim = _on(_cued(nlp, text, ["Kavlar News Agency"]), "Four drivers")
    assert claim.chain[1:] == ["Kavlar News Agency", OUTLET]
    assert _written(text, claim) == ["the agency"]


def test_carried_relay_keeps_the_earlier_mention(nlp):
    text = ("Colonel Imran Baig told TASS that six guards were killed at the depot. He added "
            "that two trucks of fuel had burned out.")
    claims = _cued(nlp, text, ["TASS"])
    later = _on(claims, "two trucks")
    assert later.chain == ["Colonel Imran Baig", "TASS", OUTLET]
    assert _written(text, later) == ["TASS"]
    assert later.relays[0].start == text.index("TASS")  # where the chain took it from


def test_relay_described_in_the_sentence(nlp):
    text = ("Al Naseem TV aired the footage on Sunday. The army said three bridges were "
            "destroyed, the broadcaster reported.")
    claims = _cued(nlp, text, ["Al Naseem TV"])
    claim = _on(claims, "three bridges")
    assert claim.chain[1:] == ["Al Naseem TV", OUTLET]
    assert _written(text, claim) == ["the broadcaster"]


def test_stored_claims_keep_relays_in_line_and_validate(tmp_path):
    texts = {"note": ("The mayor said nine guards died at the depot. He was speaking to "
                      "Interfax."),
             "told": "A village elder told AFP that eleven houses were flattened."}
    exported = exported_claims(tmp_path, texts, OUTLET)
    note = claim_on(exported["note"], "nine guards")
    assert note["chain"][1:] == ["Interfax", OUTLET]
    assert [r["text"] for r in note["relays"]] == ["Interfax"]  # from the note after it
    told = claim_on(exported["told"], "eleven houses")
    assert [r["text"] for r in told["relays"]] == ["AFP"]
    schema = load_schema("article")
    store = open_store(f"sqlite:///{tmp_path}/s.db")
    for art in store.iter_articles():
        Draft202012Validator(schema).validate(art)
    store.close()


def test_outlet_names_close_the_chain_without_a_relay():
    assert intermediaries(["X", "AFP", "Daily Sun"], ["Daily Sun"]) == ["AFP"]
    assert intermediaries(["X", "AFP", "AP", "Daily Sun"], ["AP", "Daily Sun"]) == ["AFP"]
    assert intermediaries(["Daily Sun"], ["Daily Sun"]) == []


def test_a_description_names_its_relay_by_its_head_noun():
    assert names_it("the agency", "Kavlar News Agency")
    assert names_it("the AFP", "AFP")
    assert not names_it("the broadcaster", "Kavlar News Agency")


def test_no_written_mention_keeps_the_relays_as_written():
    from fogofwar.extract.claims.relay_spans import align_relays
    text = "Nine died, the ministry said."
    claim = Claim(id="a1:c1", sentence=text, start=0, end=len(text), quote=False, cue="said",
                  hedge=None, claimant=None, chain=["the ministry", "Zorblat", OUTLET],
                  source=SourceSpan("the ministry", 11, 23))
    align_relays(article(text, OUTLET), [claim], [OUTLET])
    assert claim.relays == []  # no offsets invented


def test_a_relay_written_by_another_name_is_found_by_its_mention():
    from fogofwar.extract.claims.relay_spans import align_relays
    from fogofwar.records import Mention
    text = "QNA: The ministry said nine died, which the Qavar News Agency later confirmed."
    claim = Claim(id="a1:c1", sentence=text[5:], start=5, end=len(text), quote=False,
                  cue="said", hedge=None, claimant=None,
                  chain=["the ministry", "Qavar News Agency", OUTLET],
                  source=SourceSpan("The ministry", 5, 17))
    mentions = [Mention("which", text.index("which"), text.index("which") + 5,
                        name="Qavar News Agency"),  # a pronoun writes no name
                Mention("QNA", 0, 3, name="Qavar News Agency")]
    align_relays(article(text, OUTLET), [claim], [OUTLET], mentions)
    assert [r.text for r in claim.relays] == ["Qavar News Agency"]  # the sentence's own
    claim.relays, claim.chain = [], ["the ministry", "QNA Wire", OUTLET]
    align_relays(article(text, OUTLET), [claim], [OUTLET],
                 [Mention("QNA", 0, 3, name="QNA Wire")])
    assert [(r.text, r.start) for r in claim.relays] == [("QNA", 0)]  # nearest before
