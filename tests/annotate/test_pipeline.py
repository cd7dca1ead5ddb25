"""The annotating pipeline: model loading and pack-driven entity ruler."""

import pytest

from fogofwar.annotate import annotate, load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_load_nlp_is_cached_and_has_ruler_before_ner(nlp):
    # one pipeline per process; the ruler must run before ner so pack names are kept
    assert load_nlp() is nlp
    names = nlp.pipe_names
    assert names.index("entity_ruler") < names.index("ner")


@pytest.mark.parametrize(
    ("text", "span", "label", "ent_id"),
    [
        # pack media outlet carries its actor id
        ("Russian Maj. Gen. Viktor Kupschishin told TASS state-run news that nearly 1,000 "
         "Jabhat al-Nusra fighters were a part of the build-up in western Syria.",
         "TASS", "ORG", "tass"),
        # pack person, full name
        ("Russian Maj. Gen. Viktor Kupschishin told TASS state-run news.",
         "Viktor Kupschishin", "PERSON", "kupschishin"),
        # jihadist group, multi-token with hyphens
        ("Amid the ongoing Russian-Syrian military offensive to liberate Idlib province from the "
         "al-Qaeda linked Hayat Tahrir al-Sham, suburbs near Aleppo have been scene of intense "
         "fighting.", "Hayat Tahrir al-Sham", "ORG", "hts"),
        # generic term at a sentence start (capitalised variant of a lowercase alias)
        ("Militants publicly employed Turkish-supplied military equipment and weapons.",
         "Militants", "NORP", "militants"),
        # supplement place name becomes a FAC entity, no actor id
        ("Moscow has cited ongoing attacks against its nearby Hmeimim airbase launched by HTS "
         "insurgents based in Idlib.", "Hmeimim airbase", "FAC", ""),
    ],
)
def test_ruler_tags_pack_names(nlp, text, span, label, ent_id):
    ents = {e.text: e for e in nlp(text).ents}
    assert span in ents
    assert ents[span].label_ == label
    assert ents[span].ent_id_ == ent_id


def test_annotate_streams_in_order():
    # annotate yields one Doc per text, in input order
    texts = ["Turkey’s Daily Sabah reported.", "Syria’s state-run SANA news agency reported."]
    docs = list(annotate(texts, batch_size=1))
    assert [d.text for d in docs] == texts
    assert [e.ent_id_ for e in docs[1].ents if e.ent_id_] == ["syr", "sana"]


@pytest.mark.parametrize("text", ["", "   \n", "Rebels said  on Monday:\n\n“We hold Kherson.” ",
                                  "A\u00a0B\tC\r\nD – e.g. U.S.-backed"])
def test_doc_text_is_spacys_doc_text(nlp, text):
    from fogofwar.annotate.pipeline import doc_text
    doc = nlp(text)
    assert doc_text(doc) == doc.text == text
    assert doc_text(doc) is doc_text(doc)  # kept with the doc


@pytest.mark.parametrize("text", ["", "   \n", "Rebels said  on Monday:\n\n“We hold Kherson.” ",
                                  "A\u00a0B\tC\r\nD – e.g. U.S.-backed  ?  "])
def test_span_text_is_spacys_span_text_for_every_span(nlp, text):
    from fogofwar.annotate.pipeline import span_text
    doc = nlp(text)
    spans = [doc[i:j] for i in range(len(doc) + 1) for j in range(i, len(doc) + 1)]
    assert [span_text(s) for s in spans] == [s.text for s in spans]
    assert [span_text(s) for s in doc.sents] == [s.text for s in doc.sents]


def test_doc_ents_are_spacys_entities_kept_with_the_doc(nlp):
    from fogofwar.annotate.pipeline import doc_ents
    doc = nlp("Russian forces shelled Kharkiv on Monday, Ukraine's army said.")
    assert [(e.start, e.end, e.label_, e.ent_id_) for e in doc_ents(doc)] == \
        [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]
    assert doc_ents(doc) and doc_ents(doc) is doc_ents(doc)


def test_an_initialism_s_hyphenated_compound_is_split(nlp):
    # an initialism's hyphenated compound splits like "Turkish-backed" does
    words = [t.text for t in nlp("Strikes by the U.S.-led coalition killed 10 militants.")]
    assert words[3:6] == ["U.S.", "-", "led"]
    words = [t.text for t in nlp("A U.K.-based monitor said 40 people died.")]
    assert words[1:4] == ["U.K.", "-", "based"]
    # a capital after the hyphen, or an abbreviated month, stays as the model reads it
    words = [t.text for t in nlp("U.S.-Russia talks resumed in Jan.-Feb. this year.")]
    assert "U.S.-Russia" in words and "Jan.-Feb" in words


def test_the_country_in_an_initialism_compound_is_a_place():
    from fogofwar.analysis import analyse_batch
    from fogofwar.records import Article

    text = "A U.S.-based rights group said 40 people died in the shelling of Idlib."
    found = analyse_batch([Article(id="u", source="t", text=text, outlet="W")])[0]
    us = [p for p in found.places if p.text == "U.S."]
    assert us and us[0].country == "USA" and text[us[0].start:us[0].end] == "U.S."
