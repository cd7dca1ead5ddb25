"""Headlines whose verb the parser reads as a noun: "Nepal rebels attack town", "Al Shabaab
shoot state official dead in Mogadishu, bomb AU convoy", "Uganda rebels torch village".

Headlinese drops the article before the object, so the parser takes actor, verb and object
for one compound noun and the headline states no event. When a headline has no finite verb
and a verb trigger (of a type the events pack names) stands between two nouns, the headline is
parsed again with "the" before the noun after it ("Nepal rebels attack the town"), where the
verb is read as one; the added words are leaves of that parse and are dropped from it, so the
headline keeps its own words and offsets.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...annotate.pipeline import annotate, load_nlp
from ..lexicon import event_lexicon
from .pack import event_rules

_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")
_NOMINAL = (*_NOUN_TAGS, "JJ")
_FINITE = ("VBZ", "VBP", "VBD", "MD")
_ADDED = "the"


def verbs_read(doc: Doc) -> Doc:
    """`doc` (a parsed headline), with each verb trigger its parser read as a noun between two
    nouns parsed as a verb; `doc` itself when there is none or the new parse does not fit."""
    if any(t.tag_ in _FINITE for t in doc):
        return doc
    before = [t.i + 1 for t in doc if _read_as_noun(t)]
    if not before:
        return doc
    words, spaces, old = [], [], []
    for t in doc:
        if t.i in before:
            words.append(_ADDED)
            spaces.append(True)
            old.append(None)
        words.append(t.text)
        spaces.append(bool(t.whitespace_))
        old.append(t.i)
    text = "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True))
    new = next(annotate([text]))
    if [t.text for t in new] != words:
        return doc
    added = {j for j, i in enumerate(old) if i is None}
    if any(t.head.i in added and t.i not in added for t in new) or any(
            new[j].ent_type_ for j in added):
        return doc
    keep = [t for t in new if t.i not in added]
    index = {t.i: k for k, t in enumerate(keep)}
    return Doc(load_nlp().vocab, words=[t.text for t in keep],
               spaces=[bool(doc[old[t.i]].whitespace_) for t in keep],
               tags=[t.tag_ for t in keep], pos=[t.pos_ for t in keep],
               morphs=[str(t.morph) for t in keep], lemmas=[t.lemma_ for t in keep],
               heads=[index[t.head.i] for t in keep], deps=[t.dep_ for t in keep],
               ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in keep])


def _read_as_noun(tok: Token) -> bool:
    """A verb trigger tagged a noun, after a noun or adjective ending its actor ("rebels",
    "Sudan's military") and before the noun phrase of its object, with no article of its own
    ("rebels attack town")."""
    doc = tok.doc
    if tok.tag_ not in _NOUN_TAGS or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    if doc[tok.i - 1].tag_ not in _NOMINAL or doc[tok.i + 1].tag_ not in _NOMINAL:
        return False
    verbs = event_lexicon().verbs
    types = event_rules().headline_verb_types
    low = tok.lower_
    forms = (low, low[:-1], low[:-2]) if low.endswith("es") else (
        (low, low[:-1]) if low.endswith("s") else (low,))
    return any(verbs.get(f) in types for f in forms)
