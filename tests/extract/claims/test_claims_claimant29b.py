"""Who the claimant is when a report is quoted or described (round claimant29b, chains missed
because the claimant differs):

- a quotation that carries its own report ("“The Front reports that …”") closed by an
  attribution that names nobody (a passive with no agent: "it is stated in the note sent to
  Reuters") is the quoted report's speaker's, the note's medium relaying it; an attribution
  that names a speaker ("the statement said", "the colonel said") keeps that speaker;
- a body cited by another in an apposition to an "according to" source ("according to Delta
  Watch, a monitoring group cited by the United Nations") is the source, the citing body its
  relay, as a bare "…, cited by …" was;
- a relative pronoun ("Delta Watch, which was cited by Reuters") is never the claimant: its
  antecedent is;
- a quotation running over sentences whose later sentence names an informant ("“They burned
  the school. The gunmen were ten men according to a witness,” he said") is the speaker's
  own words up to that sentence, the informant's from it on;
- a paragraph that is one quotation in single marks is one statement and goes on with the
  speaker before, as a double-quoted one does; scare quotes and apostrophes ("'Regime
  forces'", "'90s", "the soldiers' camp") open no quotation.

Sentences written for these tests, each through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "impersonal_trailer": (
        "\"The River Front (RF) reports that, in clashes with government troops near the "
        "village of Lomo, nine deaths were recorded\", it is stated in the note sent to "
        "Reuters."),
    "named_document_trailer": (
        "\"The rebels claim nine soldiers died in the ambush on the bridge,\" the statement "
        "said."),
    "named_person_trailer": (
        "\"The rebels claim nine soldiers died in the ambush on the bridge,\" the colonel "
        "told reporters."),
    "apposition_cited_by": (
        "The clashes killed nine people, according to Delta Watch, a conflict monitoring group "
        "cited by the United Nations."),
    "apposition_not_cited": (
        "The clashes killed nine people, according to Delta Watch, a group that monitors the "
        "region."),
    "relative_cited_by": "The clashes killed nine people, said Delta Watch, which was cited by "
                         "Reuters.",
    "informant_in_later_sentence": (
        "Fighting resumed near the dam, a farmer told AFP. \"They burned the school. The "
        "gunmen were at least ten men according to a witness,\" he said."),
    "single_quoted_paragraph": (
        "School burned near the dam\n\n"
        "Gunmen burned the school near the dam on Sunday, police said.\n\n"
        "'I heard gunfire four times and then the school was burning,' Amara Tulu, a farmer, "
        "told AFP.\n\n"
        "'I am scared the gunmen will come back tonight. I cannot even sleep.'"),
    "scare_quotes_and_apostrophes": (
        "School burned near the dam\n\n"
        "Gunmen burned the school near the dam on Sunday, police said.\n\n"
        "'Regime forces' shelled the bridge again, and the soldiers' camp was hit.\n\n"
        "'90s-era tanks were seen near the bridge in the rebels' camp.'"),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("claimant29b"), TEXTS, OUTLET)


def test_a_quoted_report_under_an_attribution_naming_nobody_is_its_speakers(claims):
    claim = claim_on(claims["impersonal_trailer"], "nine deaths")
    assert claimant_text(claim) == "The River Front"
    assert claim["chain"] == ["The River Front", "Reuters", OUTLET]


def test_a_quoted_report_under_a_named_attribution_keeps_that_speaker(claims):
    assert claimant_text(claim_on(claims["named_document_trailer"], "nine soldiers")) \
        == "statement"
    assert claimant_text(claim_on(claims["named_person_trailer"], "nine soldiers")) \
        == "colonel"


def test_a_body_cited_in_an_apposition_of_the_source_relays_it(claims):
    claim = claim_on(claims["apposition_cited_by"], "nine people")
    assert claim["chain"] == ["Delta Watch", "United Nations", OUTLET]
    claim = claim_on(claims["apposition_not_cited"], "nine people")
    assert claim["chain"] == ["Delta Watch", OUTLET]


def test_a_relative_pronoun_is_never_the_claimant(claims):
    claim = claim_on(claims["relative_cited_by"], "nine people")
    assert claimant_text(claim) == "Delta Watch"
    assert claim["chain"] == ["Delta Watch", "Reuters", OUTLET]


def test_a_relative_pronoun_means_its_antecedent(nlp):
    from fogofwar.extract.claims.cue_sources import relative_antecedent
    doc = nlp("The clashes killed nine people, said Delta Watch, which was cited by Reuters.")
    which = next(t for t in doc if t.lower_ == "which")
    assert relative_antecedent(which).text == "Watch"
    assert relative_antecedent(doc[0]).text == "The"


def test_a_paragraph_quoted_in_single_marks_goes_on_with_the_speaker(claims):
    claim = claim_on(claims["single_quoted_paragraph"], "scared the gunmen")
    assert claimant_text(claim) == "Amara Tulu"
    assert claim["chain"] == ["Amara Tulu", "AFP", OUTLET]
    assert "cannot even sleep" in claim["sentence"]  # one quotation, one statement


def test_scare_quotes_and_apostrophes_open_no_quotation(claims):
    assert not any("tanks" in c["sentence"] or "shelled" in c["sentence"]
                   for c in claims["scare_quotes_and_apostrophes"])


def _apposition_on_the_verb(nlp):
    """"Nine died, according to Delta Watch, a monitoring group cited by the UN.", the
    apposition hung on the main verb as its adverbial noun (as the small model parses some
    long sentences)."""
    from spacy.tokens import Doc

    words = ["Nine", "died", ",", "according", "to", "Delta", "Watch", ",", "a", "monitoring",
             "group", "cited", "by", "the", "UN", "."]
    heads = [1, 1, 1, 1, 3, 6, 4, 1, 10, 10, 1, 10, 11, 14, 12, 1]
    deps = ["nsubj", "ROOT", "punct", "prep", "prep", "compound", "pobj", "punct", "det",
            "compound", "npadvmod", "acl", "agent", "det", "pobj", "punct"]
    pos = ["NUM", "VERB", "PUNCT", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN",
           "NOUN", "VERB", "ADP", "DET", "PROPN", "PUNCT"]
    tags = ["CD", "VBD", ",", "VBG", "IN", "NNP", "NNP", ",", "DT", "NN", "NN", "VBN", "IN",
            "DT", "NNP", "."]
    lemmas = ["nine", "die", ",", "accord", "to", "Delta", "Watch", ",", "a", "monitoring",
              "group", "cite", "by", "the", "UN", "."]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=lemmas)


def test_an_apposition_the_parser_hung_on_the_verb_still_describes_the_source(nlp):
    from fogofwar.extract.claims.cues import find_cues
    from fogofwar.extract.claims.heard import heard_by
    from fogofwar.extract.claims.sources import descriptions

    doc = _apposition_on_the_verb(nlp)
    assert [t.text for t in descriptions(doc[6])] == ["group"]
    cues = find_cues(doc[:])
    assert [c.token.text for c in cues] == ["according"]  # "cited by the UN" relays, no cue
    assert [t.text for t in heard_by(cues[0])] == ["UN"]


def test_a_noun_before_the_source_is_no_description(nlp):
    from fogofwar.extract.claims.sources import descriptions

    doc = nlp("Nine people died, according to Delta Watch.")
    assert descriptions(next(t for t in doc if t.text == "Watch")) == []


def test_a_single_quoted_paragraph_is_one_unit(nlp):
    from fogofwar.extract.units import statement_units

    doc = nlp("Police said the school burned.\n\n'I am scared. I cannot sleep.'\n\n"
              "'Regime forces' shelled it. The soldiers' camp was hit.")
    texts = [u.text for u in statement_units(doc)]
    assert "'I am scared. I cannot sleep.'" in texts
    assert "The soldiers' camp was hit." in texts  # scare quotes open no quotation


def test_the_sentences_before_an_informant_in_a_quote_are_the_speakers(claims):
    found = claims["informant_in_later_sentence"]
    claim = claim_on(found, "burned the school")
    assert claim["chain"] == ["farmer", "AFP", OUTLET]
    assert "ten men" not in claim["sentence"]
    claim = claim_on(found, "ten men")
    assert claim["chain"] == ["witness", "farmer", "AFP", OUTLET]
    assert "burned" not in claim["sentence"]
