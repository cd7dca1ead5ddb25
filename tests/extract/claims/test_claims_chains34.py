"""Chains round 34: a speaker the parse loses and a relay carry misses.

- A wire the outlets pack did not know (Lusa, Portugal's news agency) relays what it was told
  ("a church source told Lusa"), and the speaker's later words keep it.
- A person's name with a phrase of its own and then a description ("Karim Mansour of the Peace
  Council, a group linked to the church, told …"): when the parser makes the description a
  second subject of the verb, the person speaks, as for a bare name and a comma already.
- A relay written as a name right before a media noun ("told KTR radio in Spain"), which the
  chain names by the name alone, is a medium: the speaker's later words keep it.
- A speaker's adjective read as a clause of the verb ("“…,” weary Omar Haddad, who lost his
  house, told AFP" parsed with "weary" as the verb's complement and the name as its subject):
  the name speaks.

Each text was written for these tests; the hand-built parses copy the shape the small model
gives such sentences in some contexts (not every context, so a parsed test would not hold)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from fogofwar.annotate.pipeline import load_nlp
from fogofwar.extract.subjects import subject_of

from .helpers import claim_on, claimant_text, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "lusa": ("Nine students died when soldiers fired on a march in the old town, a church "
             "source told Lusa on Friday.\n\n"
             "According to the source, the soldiers came back an hour later with more men.\n\n"
             "The source said 12 more students were hurt, three of them badly."),
    "radio_name": ("Karim Mansour told KTR radio in Spain that the fight at the college began "
                   "after a row between two students and three guards.\n\n"
                   "Mansour said the guards had asked the students to leave the campus at once "
                   "before the soldiers came.\n\n"
                   "Twelve students had been hurt in the shooting on the campus, three of them "
                   "badly, he said."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return exported_apart(tmp_path_factory.mktemp, TEXTS, OUTLET)


def test_a_wire_told_relays_and_is_kept_later(claims):
    first = claim_on(claims["lusa"], "told Lusa")
    assert claimant_text(first).endswith("church source")
    assert first["chain"][1:] == ["Lusa", OUTLET]
    later = claim_on(claims["lusa"], "12 more students")
    assert later["chain"][1:] == ["Lusa", OUTLET]


def test_a_name_before_a_media_noun_is_carried(claims):
    first = claim_on(claims["radio_name"], "told KTR radio")
    relay = first["chain"][1]
    assert relay.startswith("KTR")
    for words in ("asked the students", "Twelve students"):
        assert claim_on(claims["radio_name"], words)["chain"][1:] == [relay, OUTLET]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _doc(nlp, rows, ents=None):
    words, heads, deps, pos, tags, lemmas = (list(x) for x in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=lemmas, ents=ents)


def test_a_description_after_a_named_persons_phrase_is_no_second_speaker(nlp):
    """"Karim Mansour of the Peace Council, a group linked to the church, told Reuters that
    12 were shot.", parsed with "group" a second subject of "told"."""
    rows = [
        ("Karim", 1, "compound", "PROPN", "NNP", "Karim"),
        ("Mansour", 13, "nsubj", "PROPN", "NNP", "Mansour"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("Peace", 5, "compound", "PROPN", "NNP", "Peace"),
        ("Council", 2, "pobj", "PROPN", "NNP", "Council"),
        (",", 13, "punct", "PUNCT", ",", ","),
        ("a", 8, "det", "DET", "DT", "a"),
        ("group", 13, "nsubj", "NOUN", "NN", "group"),
        ("linked", 8, "acl", "VERB", "VBN", "link"),
        ("to", 9, "prep", "ADP", "IN", "to"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("church", 10, "pobj", "NOUN", "NN", "church"),
        ("told", 13, "ROOT", "VERB", "VBD", "tell"),
        ("Reuters", 13, "dobj", "PROPN", "NNP", "Reuters"),
        ("that", 18, "mark", "SCONJ", "IN", "that"),
        ("12", 18, "nsubjpass", "NUM", "CD", "12"),
        ("were", 18, "auxpass", "AUX", "VBD", "be"),
        ("shot", 13, "ccomp", "VERB", "VBN", "shoot"),
        (".", 13, "punct", "PUNCT", ".", "."),
    ]
    ents = ["B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "I-ORG"] + ["O"] * 8 \
        + ["B-ORG"] + ["O"] * 5
    doc = _doc(nlp, rows, ents)
    source, own = subject_of(doc[13])
    assert own and source is not None and source.text == "Mansour"


def test_a_description_after_a_bare_name_still_speaks_for_it(nlp):
    """The older case, unchanged: "Ana Tembo, the party secretary said …"."""
    rows = [
        ("Ana", 1, "compound", "PROPN", "NNP", "Ana"),
        ("Tembo", 6, "nsubj", "PROPN", "NNP", "Tembo"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("the", 5, "det", "DET", "DT", "the"),
        ("party", 5, "compound", "NOUN", "NN", "party"),
        ("secretary", 6, "nsubj", "NOUN", "NN", "secretary"),
        ("said", 6, "ROOT", "VERB", "VBD", "say"),
        ("nine", 8, "nsubj", "NUM", "CD", "nine"),
        ("died", 6, "ccomp", "VERB", "VBD", "die"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    doc = _doc(nlp, rows, ["B-PERSON", "I-PERSON"] + ["O"] * 8)
    source, _ = subject_of(doc[6])
    assert source is not None and source.text == "Tembo"


def test_a_speakers_adjective_read_as_the_verbs_clause_leaves_the_name_speaking(nlp):
    """"“We ran,” weary Omar Haddad told AFP.", parsed with "weary" a complement of "told"
    and "Haddad" its subject."""
    rows = [
        ("“", 2, "punct", "PUNCT", "``", "“"),
        ("We", 2, "nsubj", "PRON", "PRP", "we"),
        ("ran", 9, "ccomp", "VERB", "VBD", "run"),
        (",", 9, "punct", "PUNCT", ",", ","),
        ("”", 9, "punct", "PUNCT", "''", "”"),
        ("weary", 9, "ccomp", "ADJ", "JJ", "weary"),
        ("Omar", 7, "compound", "PROPN", "NNP", "Omar"),
        ("Haddad", 5, "nsubj", "PROPN", "NNP", "Haddad"),
        (",", 9, "punct", "PUNCT", ",", ","),
        ("told", 9, "ROOT", "VERB", "VBD", "tell"),
        ("AFP", 9, "dobj", "PROPN", "NNP", "AFP"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]
    doc = _doc(nlp, rows)
    source, own = subject_of(doc[9])
    assert own and source is not None and source.text == "Haddad"


def test_a_predicate_adjective_after_its_subject_gives_no_speaker(nlp):
    """"Haddad, weary, told AFP …" keeps the parser's reading when the adjective follows its
    subject (a predicate adjective names its subject before it), and an adjective's subject
    before it is not taken."""
    rows = [
        ("Haddad", 1, "nsubj", "PROPN", "NNP", "Haddad"),
        ("weary", 3, "ccomp", "ADJ", "JJ", "weary"),
        ("now", 1, "advmod", "ADV", "RB", "now"),
        ("told", 3, "ROOT", "VERB", "VBD", "tell"),
        ("AFP", 3, "dobj", "PROPN", "NNP", "AFP"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    doc = _doc(nlp, rows)
    source, _ = subject_of(doc[3])
    assert source is None


def test_a_speakers_adjective_parsed_as_the_root_leaves_the_name_speaking(nlp):
    """"“We ran,” weary Omar Haddad told AFP.", parsed with "weary" the root, "Haddad" its
    subject and "told" its complement."""
    rows = [
        ("“", 2, "punct", "PUNCT", "``", "“"),
        ("We", 2, "nsubj", "PRON", "PRP", "we"),
        ("ran", 5, "ccomp", "VERB", "VBD", "run"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("”", 5, "punct", "PUNCT", "''", "”"),
        ("weary", 5, "ROOT", "ADJ", "JJ", "weary"),
        ("Omar", 7, "compound", "PROPN", "NNP", "Omar"),
        ("Haddad", 5, "nsubj", "PROPN", "NNP", "Haddad"),
        ("told", 5, "ccomp", "VERB", "VBD", "tell"),
        ("AFP", 8, "dobj", "PROPN", "NNP", "AFP"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    doc = _doc(nlp, rows)
    source, own = subject_of(doc[8])
    assert own and source is not None and source.text == "Haddad"
