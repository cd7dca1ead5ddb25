"""A medium that relayed someone goes on relaying them (round claims22b): after "A police
officer told Reuters that …", "It added that …" is the officer's statement as Reuters carried
it, not Reuters' own; after "Reuters reported, citing the interior ministry, …", "it added"
goes on with the ministry's words. Sentences written for these tests."""

from __future__ import annotations

from fogofwar.extract import extract_claims

from ..conftest import article, mention

OUTLET = "Daily Sun"


def _cued(nlp, text, media=("Reuters",), bodies=()):
    mentions = [mention(text, name, name.lower(), name, None, "MED") for name in media]
    mentions += [mention(text, name, name.lower(), name, None, "GOV") for name in bodies]
    return [c for c in extract_claims(nlp(text), article(text, OUTLET), mentions)
            if not c.narrator]


def _on(claims, words):
    (claim,) = [c for c in claims if words in c.sentence]
    return claim


def test_it_added_after_a_source_told_a_medium_keeps_the_source_and_the_medium(nlp):
    text = ("A police officer told Reuters that two shells hit the depot on Sunday. "
            "It added that four guards were wounded in the blast.")
    claim = _on(_cued(nlp, text), "four guards")
    assert claim.chain == ["police officer", "Reuters", OUTLET]
    assert claim.claimant is not None and claim.claimant.text == "police officer"


def test_it_added_after_a_medium_citing_a_body_keeps_the_body_first(nlp):
    text = ("Three boats sank near the harbour, Reuters reported, citing the Interior Ministry. "
            "Five sailors were missing, it added.")
    claim = _on(_cued(nlp, text, bodies=("Interior Ministry",)), "Five sailors")
    assert claim.chain == ["Interior Ministry", "Reuters", OUTLET]


def test_a_pronoun_meaning_the_speaker_keeps_the_speakers_own_chain(nlp):
    text = ("The Interior Ministry told Reuters that two shells hit the depot. "
            "It added that four guards were wounded.")
    claim = _on(_cued(nlp, text, bodies=("Interior Ministry",)), "four guards")
    assert claim.chain == ["Interior Ministry", "Reuters", OUTLET]


def test_a_medium_with_no_one_behind_it_speaks_for_itself(nlp):
    text = ("Reuters reported that two shells hit the depot. "
            "It added that four guards were wounded.")
    claim = _on(_cued(nlp, text), "four guards")
    assert claim.chain == ["Reuters", OUTLET]


def test_it_said_after_a_medium_citing_a_body_is_left_to_the_pronoun(nlp):
    """"it said" may open the medium's own report; only a verb of going on carries the body."""
    text = ("Three boats sank near the harbour, Reuters reported, citing the Interior Ministry. "
            "Five sailors were missing, it said.")
    claim = _on(_cued(nlp, text, bodies=("Interior Ministry",)), "Five sailors")
    assert claim.chain == ["Reuters", OUTLET]
