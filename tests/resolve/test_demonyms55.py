"""Round voices55: the everyday nationality words of three Central Asian states ("Uzbek",
"Kyrgyz", "Tajik") resolve to their state when a page uses them as a demonym ("Uzbek
authorities said"), as "Kazakh" does (places pack `demonyms`); left unread, such a voice had
no side. They stay out of the actor pack's demonyms (round officials35): a title or a force
noun after them ("ethnic Uzbek leaders") names no state by that word. Sentences are our own."""

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Uzbek authorities said 18 people died in the unrest in Nukus.", "Uzbek", "UZB"),
    ("Kyrgyz border guards said two soldiers died near Batken.", "Kyrgyz", "KGZ"),
    ("Tajik officials said four civilians died near Isfara.", "Tajik", "TJK"),
])
def test_a_central_asian_nationality_word_is_its_states_demonym(nlp, text, word, code):
    doc = nlp(text)
    found = {p.text: p for p in resolve_places(doc, resolve_actors(doc))}
    assert word in found and found[word].country == code, found.get(word)

