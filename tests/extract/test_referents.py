"""An argument no pack names keeps its words as written, quotation marks balanced."""

from __future__ import annotations

from spacy.tokens import Span

from fogofwar.extract.antecedents import antecedent, in_quotation
from fogofwar.extract.referents import phrase_span, unresolved
from fogofwar.records import Mention


def _head(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_a_scare_quoted_modifier_keeps_its_opening_mark(nlp):
    doc = nlp("Three guards were killed in a clash with a \u201ccounter-revolutionary\u201d "
              "group on Tuesday.")
    text = unresolved(phrase_span(_head(doc, "group"))).text
    assert text.count("\u201c") == text.count("\u201d") == 1
    assert text.endswith("group") and not text.startswith("a ")


def test_a_determiner_and_a_stray_mark_are_still_dropped(nlp):
    doc = nlp("Gunmen attacked \u201cthe hotel in the town.")
    assert unresolved(phrase_span(_head(doc, "hotel"))).text == "hotel"


def test_a_phrase_cut_at_a_line_break_drops_the_conjunction_left_hanging(nlp):
    # a hard-wrapped page: the line ends after "and", so the phrase stops there
    doc = nlp("A medical source and\na witness said at least 10 people were killed.")
    assert phrase_span(_head(doc, "source")).text == "A medical source"
    doc = nlp("Police and soldiers said three people died.")
    assert phrase_span(_head(doc, "Police")).text == "Police and soldiers"


# --- which earlier speaker a pronoun means (round c434-c441) --------------------------------

def _mention_of(doc, words: str, **kw) -> Mention:
    start = doc.text.index(words)
    return Mention(text=words, start=start, end=start + len(words), **kw)


def _untyped(doc, words: str, label: str = "ORG"):
    """Type a name as the model sometimes does: a rare surname read as an organisation."""
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        Span(doc, span.start, span.end, label=label)]


def test_he_means_the_nearest_named_speaker_the_model_read_as_no_person(nlp):
    doc = nlp("Rebels killed four soldiers, a regional army commander said. \u201cThey burned "
              "two trucks,\u201d said Cantara. He said five other soldiers were unharmed.")
    _untyped(doc, "Cantara")
    commander = _mention_of(doc, "regional army commander")
    named = _mention_of(doc, "Cantara")
    found = antecedent(_head(doc, "He"), [commander, named], [commander, named])
    assert found is not None and found.text == "Cantara"


def test_he_skips_a_place_or_a_body_among_the_speakers(nlp):
    doc = nlp("A regional army commander said four soldiers died. Kandahar said nothing. "
              "He said five other soldiers were unharmed.")
    commander = _mention_of(doc, "regional army commander")
    place = _mention_of(doc, "Kandahar", country="AF")
    found = antecedent(_head(doc, "He"), [commander, place], [commander, place])
    assert found is not None and found.text == "regional army commander"


def test_a_name_inside_a_quotation_is_no_antecedent(nlp):
    doc = nlp("\u201cWe will fight the regime of President Karel Mbeki,\u201d the Liberation "
              "Front said. \u201cOur men are ready,\u201d he said.")
    mbeki = _mention_of(doc, "President Karel Mbeki")
    front = _mention_of(doc, "Liberation Front", actor_id="liberation_front")
    found = antecedent(_head(doc, "he"), [mbeki, front], [front])
    assert found is None or "Mbeki" not in found.text
    assert in_quotation(doc, mbeki.start) and not in_quotation(doc, front.start)
