"""Later namings of one speaker the conflict dev set exported under another claimant (issue 11,
"claimant differs"): a possessive pronoun owning the account the words come from ("according
to his account"), and an unnamed person's description that adds a word of its own ("the
unnamed official" after "an elected local official"), the nearest naming a later "he" means.
Sentences written for these tests."""

from __future__ import annotations

from fogofwar.extract import extract_claims

from ..conftest import article


def _cued(nlp, text, outlet="Daily Sun"):
    return [c for c in extract_claims(nlp(text), article(text, outlet), [])
            if not c.narrator]


def _by(claims, words):
    return next(c for c in claims if words in c.sentence)


def test_his_account_is_the_speaker_before(nlp):
    text = ("Rebels killed nine villagers overnight in Kalemie, Joseph Mbuyi, head of the local "
            "civil society group, told Reuters on Sunday.\n\n"
            "According to his account, the gunmen burnt three houses and killed six farmers "
            "near the river.")
    claim = _by(_cued(nlp, text), "his account")
    assert "Mbuyi" in claim.claimant.text
    assert claim.chain[1:] == ["Reuters", "Daily Sun"]


def test_his_elsewhere_names_no_speaker(nlp):
    text = ("The governor said his convoy was hit by a roadside bomb that killed two guards "
            "near the bridge on Friday.")
    (claim,) = _cued(nlp, text)
    assert claim.claimant.text == "governor"


def test_a_further_description_is_the_nearest_naming(nlp):
    text = ("Gunmen killed at least 20 people in a raid on two villages in eastern Chad, an "
            "elected district official said Monday.\n\n"
            "\"The attackers came at night and burnt the market,\" the anonymous official told "
            "Reuters from the town of Abeche.\n\n"
            "He said the village of Goz Amer was hit first and at least 12 people died there.")
    claim = _by(_cued(nlp, text), "Goz Amer")
    assert claim.claimant.text == "anonymous official"
    assert claim.chain == ["anonymous official", "Reuters", "Daily Sun"]


def test_a_repeated_description_keeps_the_first_naming(nlp):
    text = ("Gunmen killed at least 20 people in a raid on two villages in eastern Chad, a "
            "senior local official told Reuters on Monday.\n\n"
            "The local official said 12 of the dead were women.")
    claim = _by(_cued(nlp, text), "12 of the dead")
    assert claim.claimant.text == "senior local official"
    assert claim.chain == ["senior local official", "Reuters", "Daily Sun"]


def test_a_description_of_a_named_speaker_keeps_the_name(nlp):
    text = ("Fighting in the highlands killed 14 people, police commander Peter Kavu told "
            "Reuters on Friday.\n\n"
            "The regional commander said the situation had calmed and 300 families had fled.")
    claim = _by(_cued(nlp, text), "300 families")
    assert "Kavu" in claim.claimant.text


def test_their_statement_is_the_body_before(nlp):
    text = ("The Joint Operations Command blamed the militants for the killing of 12 shepherds "
            "in the desert, Reuters reported.\n\n"
            "According to their statement, the gunmen had mined the road before they fled "
            "north.")
    claim = _by(_cued(nlp, text), "their statement")
    assert claim.claimant is not None and "Command" in claim.claimant.text


def test_a_possessive_owning_no_words_is_no_reference(nlp):
    from fogofwar.extract.antecedents import reference_kind
    doc = nlp("The army pressed its offensive after its statement on Monday.")
    its = [t for t in doc if t.lower_ == "its"]
    assert reference_kind(its[0]) is None
    assert reference_kind(its[1]) == "organisation"
