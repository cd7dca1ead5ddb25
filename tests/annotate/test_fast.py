"""The fast attribute ruler and lemmatizer annotate exactly as spaCy's own components do."""

import pytest
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IS_SPACE,
    LEMMA,
    LOWER,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    TAG,
)
from spacy.pipeline import AttributeRuler

from fogofwar.annotate import load_base_model
from fogofwar.annotate.fast import FastAttributeRuler, FastLemmatizer, install

ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]

# Texts that reach the model's special rules: two-token patterns ("gonna", "y'all", "ain't",
# "let's", "c'mon", expletive "there is"), pronoun case by dependency ("I", "you", "it" as
# subject and object), auxiliaries, "but" as adverb, "that" as pronoun, whitespace tokens,
# plurals, irregular verbs and comparatives for the lemmatizer.
TEXTS = [
    "I'm gonna tell y'all what they ain't saying, let's go. C'mon, it works.",
    "There are 12 soldiers and there was one tank. I saw it and it saw me; you told you so.",
    "The militants had fought harder than ever, but the villages were better defended.\n\n"
    "Officials said  that that was all but over.   Did they? They did.",
    "Russian jets struck Idlib on Tuesday, killing 14 civilians, the Syrian Observatory said.",
    "“We will not retreat,” the commander told reporters, adding that losses were heavier.",
    "",
    "   \n",
]


@pytest.fixture(scope="module")
def models():
    plain, fast = load_base_model(), load_base_model()
    assert install(fast) == ["attribute_ruler", "lemmatizer"]
    return plain, fast


def test_install_swaps_the_two_components_in_place(models):
    _, fast = models
    # same names and order as the model, only the classes change
    assert fast.pipe_names == load_base_model().pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), FastLemmatizer)


def test_annotations_identical_to_spacy(models):
    plain, fast = models
    for _ in range(2):  # the second pass runs on warm memos
        for a, b in zip(plain.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
            assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all(), a.text
            assert [(t.lemma_, str(t.morph), t.pos_) for t in a] == \
                [(t.lemma_, str(t.morph), t.pos_) for t in b]


def test_match_list_is_the_matchers(models):
    plain, fast = models
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(plain.pipe(TEXTS))
    spacy_ruler, fast_ruler = plain.get_pipe("attribute_ruler"), fast.get_pipe("attribute_ruler")
    for doc in docs:
        expected = spacy_ruler.match(doc)
        assert fast_ruler.match(doc) == expected
    # the two-token rules did fire ("gonna" -> go + to), so they are covered
    first = docs[0]
    assert any(end - start == 2 for _, _, start, end in spacy_ruler.match(first))


def test_unknown_pattern_form_keeps_spacys_ruler():
    nlp = load_base_model()
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert install(nlp) == ["lemmatizer"]
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


def test_lemma_index_held_as_sets(models):
    _, fast = models
    table = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(table[pos], frozenset) for pos in table.keys())
    assert [t.lemma_ for t in fast("The wolves were running.")] == \
        ["the", "wolf", "be", "run", "."]


def test_patterns_added_after_install_are_matched():
    nlp = load_base_model()
    install(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    assert nlp("The tank fired.")[1].pos_ == "NOUN"  # index built and used
    ruler.add([[{"LOWER": "tank"}]], {"POS": "PROPN"})
    assert nlp("The tank fired.")[1].pos_ == "PROPN"
    ruler.add([[{"LOWER": "fired", "OP": "?"}]], {"POS": "ADJ"})  # not indexable: spaCy's
    assert [t.pos_ for t in nlp("The tank fired.")] == ["DET", "PROPN", "ADJ", "PUNCT"]


def test_merged_writes_equal_spacys_loop_when_rules_overlap(models):
    plain, fast = models
    ruler = fast.get_pipe("attribute_ruler")
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = [list(plain.pipe(TEXTS[:3])) for _ in range(2)]
    for mine, theirs in zip(*docs, strict=True):
        matches = ruler.match(mine)
        at = [s + ruler.indices[a] if ruler.indices[a] >= 0 else e + ruler.indices[a]
              for a, _, s, e in matches]
        assert len(at) > len(set(at))  # several rules write the same token
        ruler.set_annotations(mine, matches)
        AttributeRuler.set_annotations(ruler, theirs, matches)
        assert (mine.to_array(ATTRS) == theirs.to_array(ATTRS)).all()


def test_a_rule_writing_a_lexeme_attribute_goes_through_spacys_loop():
    nlp = load_base_model()
    install(nlp)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "tank"}]], {"NORM": "armour"})
    assert nlp("The tank fired.")[1].norm_ == "armour"
    with pytest.raises(ValueError):
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "the"}]], {"POS": "DET"}, index=3)
        nlp("The tank fired.")


def test_words_no_pattern_names_share_one_start_list():
    nlp = load_base_model()
    install(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    nlp("The soldiers and the villagers left.")
    keys = [ruler._memo_key(tuple(row)) for row in
            nlp("soldiers villagers").to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
    # two plural nouns no rule names by their word: one entry, not one per word
    assert keys[0][1] == keys[1][1] and not isinstance(keys[0][1], int)
    anchored = next(v for pos, v in ruler._fogofwar_anchored if pos == 1)
    key = (keys[0][0], anchored, keys[0][2], keys[0][3])
    assert ruler._memo_key(key) == key  # a word a rule is anchored on keeps its own entry


def test_a_word_regex_rule_still_tells_words_apart():
    plain, fast = load_base_model(), load_base_model()
    install(fast)
    for nlp in (plain, fast):  # a rule on the word that no LOWER value anchors
        nlp.get_pipe("attribute_ruler").add([[{"LOWER": {"REGEX": "^tank"}, "TAG": "NNS"}]],
                                            {"POS": "PROPN"})
    text = "The guns fired and the tanks fired and the guns stopped and the tanks stopped."
    for _ in range(2):  # "guns" is seen first: its entry must not answer for "tanks"
        mine, theirs = fast(text), plain(text)
        assert [t.pos_ for t in mine] == [t.pos_ for t in theirs]
        assert [t.pos_ for t in mine if t.lower_ == "tanks"] == ["PROPN", "PROPN"]
        assert [t.pos_ for t in mine if t.lower_ == "guns"] == ["NOUN", "NOUN"]


def test_two_token_rule_at_the_end_of_a_doc(models):
    plain, fast = models
    for text in ("gonna", "We are gonna", "y'all", "gon"):
        a, b = plain(text), fast(text)
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all(), text
