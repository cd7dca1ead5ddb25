"""Each written relay says how the claim writes it (schema 1.5 `kind`): a medium that reports
with a cue of its own is the outer voice of the report as written, one the speaker told only
heard it, one carried from an earlier line is written elsewhere, and a second speaker whose
clause stands beside the first's frames nothing. Sentences written for these tests."""

from __future__ import annotations

from jsonschema import Draft202012Validator

from fogofwar.present.export import load_schema
from fogofwar.store import open_store

from .helpers import claim_on, cued_claims, exported_claims, the_claim_on

OUTLET = "Daily Sun"


def _kinds(claim):
    return [(r.text, r.kind) for r in claim.relays]


def test_a_medium_told_only_heard_the_speaker(nlp):
    text = "A ferry captain told Zorvia Radio that the harbour crane had collapsed overnight."
    claim = the_claim_on(cued_claims(nlp, text, OUTLET, ["Zorvia Radio"]), "harbour crane")
    assert claim.source.text == "A ferry captain"
    assert _kinds(claim) == [("Zorvia Radio", "recipient")]


def test_according_to_a_medium_makes_it_the_outer_voice(nlp):
    text = ("According to Zorvia Radio, the port director said that four cranes were "
            "damaged in the storm.")
    claim = the_claim_on(cued_claims(nlp, text, OUTLET, ["Zorvia Radio"]), "four cranes")
    assert claim.source.text == "the port director"
    assert _kinds(claim) == [("Zorvia Radio", "voice")]


def test_a_medium_reporting_what_a_speaker_said_frames_it(nlp):
    text = "The Kellan Gazette reported that the mayor had warned that the breakwater would fail."
    claim = the_claim_on(cued_claims(nlp, text, OUTLET), "breakwater")
    assert claim.source.text == "the mayor"
    assert _kinds(claim) == [("The Kellan Gazette", "voice")]


def test_coordinated_speakers_stand_beside_each_other(nlp):
    from fogofwar.extract.claims.relay_spans import _frames
    from fogofwar.records import SourceSpan

    text = ("The union estimates that the plan would cost 40 jobs; the owners estimate "
            "that it would save 12.")
    doc = nlp(text)
    union = SourceSpan("The union", 0, 9)
    owners = SourceSpan("the owners", text.index("the owners"), text.index("the owners") + 10)
    assert not _frames(doc, owners, union) and not _frames(doc, union, owners)
    text = "The union said the breakwater had cracked, and the owners warned that it would fail."
    doc = nlp(text)
    owners = SourceSpan("the owners", text.index("the owners"), text.index("the owners") + 10)
    assert not _frames(doc, SourceSpan("The union", 0, 9), owners)
    text = "The union said the owners had warned that the breakwater would fail."
    doc = nlp(text)
    assert _frames(doc, SourceSpan("The union", 0, 9), SourceSpan("the owners", 15, 25))


def test_a_relay_carried_from_an_earlier_line_is_written_elsewhere(tmp_path):
    texts = {"carried": ("Captain Orla Venn told Zorvia Radio that two barges sank near the "
                         "lock. She added that the lock keeper was unhurt.")}
    exported = exported_claims(tmp_path, texts, OUTLET)
    first = claim_on(exported["carried"], "two barges")
    later = claim_on(exported["carried"], "lock keeper")
    assert [(r["text"], r["kind"]) for r in first["relays"]] == [("Zorvia Radio", "recipient")]
    assert [(r["text"], r.get("kind")) for r in later["relays"]] in (
        [], [("Zorvia Radio", "elsewhere")])
    assert "kind" not in (first["source"] or {})  # a source's export keeps its three fields
    store = open_store(f"sqlite:///{tmp_path}/s.db")
    for art in store.iter_articles():
        Draft202012Validator(load_schema("article")).validate(art)
    store.close()
