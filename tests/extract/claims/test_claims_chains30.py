"""A medium named in the claim's sentence that the parse hid (round chains30, chains missed
because the relay named in the sentence, or on the same line, was absent):

- "Quoting Inspector General of Police X, Ravi Das, news agency KNT reported …": the parser
  may read the opening "Quoting" as a word of the title it cites, make the title the
  reporting verb's subject and hang the medium as an apposition of the name; the medium
  reports (the title's person is quoted), and a medium described by its own words ("news
  agency KNT") is no title of the name beside it;
- "Telegram channel Baza reports …" with only "Telegram" typed (a person, to the small
  model): the name no mention covers, described as a medium by its own words, is that
  medium, which a later "the outlet" takes up;
- "In a statement to Reuters, the army withdrew …, saying that …": a participle sharing its
  verb's subject is said in the frame opening that verb's clause, and a statement "released
  by its information service" was carried by the speaker's own service.

Sentences written for these tests."""

from __future__ import annotations

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

#: "Quoting Inspector General of Police Jammu, Ravi Das, news agency KNT reported that three
#: died ." as the small model parses such openings: "Quoting" a compound of the title, the
#: title the subject, the name its apposition and the medium the name's.
WORDS = ["Quoting", "Inspector", "General", "of", "Police", "Jammu", ",", "Ravi", "Das", ",",
         "news", "agency", "KNT", "reported", "that", "three", "died", "."]
HEADS = [2, 2, 13, 2, 5, 3, 2, 8, 2, 8, 11, 12, 8, 13, 16, 16, 13, 13]
DEPS = ["compound", "compound", "nsubj", "prep", "compound", "pobj", "punct", "compound", "appos",
        "punct", "compound", "compound", "appos", "ROOT", "mark", "nsubj", "ccomp", "punct"]
POS = ["PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT",
       "NOUN", "NOUN", "PROPN", "VERB", "SCONJ", "NUM", "VERB", "PUNCT"]
TAGS = ["NNP", "NNP", "NNP", "IN", "NNP", "NNP", ",", "NNP", "NNP", ",", "NN", "NN", "NNP",
        "VBD", "IN", "CD", "VBD", "."]
LEMMAS = ["Quoting", "Inspector", "General", "of", "Police", "Jammu", ",", "Ravi", "Das", ",",
          "news", "agency", "KNT", "report", "that", "three", "die", "."]
ENTS = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O",
        "O", "O", "B-ORG", "O", "O", "B-CARDINAL", "O", "O"]


def _misparsed(nlp):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS,
               lemmas=LEMMAS, ents=ENTS)


def test_a_medium_past_a_misread_quoting_reports(nlp):
    from fogofwar.extract.claims.verb_cues import verb_cue

    doc = _misparsed(nlp)
    assert verb_cue(doc[13]).source.text == "KNT"  # not the title "General"


def test_a_medium_named_by_its_description_is_no_title(nlp):
    from fogofwar.extract.claims.cue_sources import titled_person

    doc = _misparsed(nlp)
    assert titled_person(doc[12]) is None  # "news agency KNT" is not Ravi Das's title


def test_the_quoted_title_and_the_reporting_medium_make_one_chain(nlp):
    from fogofwar.extract import extract_claims

    from ..conftest import article, mention

    doc = _misparsed(nlp)
    text = doc.text
    mentions = [mention(text, "Ravi Das"), mention(text, "KNT")]
    claims = [c for c in extract_claims(doc, article(text, OUTLET), mentions)
              if not c.narrator]
    assert claims and claims[0].chain[:2] == ["Ravi Das", "KNT"]


def test_a_title_before_a_name_still_names_the_person(nlp):
    from fogofwar.extract.claims.cue_sources import titled_person

    doc = nlp("According to the district chairman, Bello Musa, three people died.")
    chairman = next(t for t in doc if t.text == "chairman")
    assert titled_person(chairman) is not None


def test_a_channel_named_after_its_platform_is_the_medium_the_outlet_means(tmp_path):
    text = ("Police said the driver fled the scene on foot.\n\nTelegram channel Baza reports "
            "that the van belonged to a farmer from the north. The outlet also says, citing a "
            "neighbour, that the farmer had sold the van a week earlier.")
    claims = exported_claims(tmp_path, {"a": text}, OUTLET)["a"]
    assert claim_on(claims, "belonged")["chain"][0] == "Telegram channel Baza"
    assert claim_on(claims, "sold the van")["chain"] == [
        "neighbour", "Telegram channel Baza", OUTLET]


def test_a_described_medium_name_needs_a_media_noun(nlp):
    from fogofwar.extract.referents import described_medium_name

    doc = nlp("Telegram channel Baza reports that the van burned.")
    assert described_medium_name(next(t for t in doc if t.text == "Baza"))
    doc = nlp("Party leader Ali Omar reports that the van burned.")
    assert not described_medium_name(next(t for t in doc if t.text == "Omar"))


FRAMES = {
    "participle_to": ("In a statement to Reuters, the army withdrew from the town, saying that "
                      "25 rebels had been killed."),
    "participle_released": (
        "In a statement released by its information service, Uzbekistan agreed to the truce, "
        "acknowledging that the two sides had reached a deal to end the fighting."),
    "own_subject": ("In a statement to Reuters, the army withdrew from the town, and officers "
                    "said that 25 rebels had been killed."),
    "released_by_author": ("The army said in a statement released by the defence ministry that "
                           "25 rebels had been killed."),
}


def test_a_participle_is_said_in_the_frame_opening_its_verb(tmp_path):
    """A participle sharing its verb's subject ("…, saying that …") is said in the frame that
    opens the verb's clause: the one told ("to Reuters") or the speaker's own service that
    released the statement ("released by its information service") relays it."""
    claims = exported_claims(tmp_path, FRAMES, OUTLET)
    assert claim_on(claims["participle_to"], "25 rebels")["chain"] == ["army", "Reuters", OUTLET]
    chain = claim_on(claims["participle_released"], "reached a deal")["chain"]
    assert chain[0] == "Uzbekistan" and "information service" in chain[1]


def test_a_verb_with_a_subject_of_its_own_and_an_author_keep_no_relay(tmp_path):
    claims = exported_claims(tmp_path, FRAMES, OUTLET)
    assert "Reuters" not in claim_on(claims["own_subject"], "25 rebels")["chain"]
    # a statement released by a body that is no medium and not the speaker's own service
    assert claim_on(claims["released_by_author"], "25 rebels")["chain"] == ["army", OUTLET]
