"""The shape of the clause a cue stands in, which decides whether its claim stands alone:
a clause of its own beside the main one ("…, while the military disputed the toll"), a
speaker in a relative clause, a participle after "with", or a speaker's verb the parser hung
on the speaker."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import cue_lexicon
from .cues import Cue


def absolute(cue: Cue) -> bool:
    """"…, with Palestinians claiming nearly 100 were killed": a participle with its own subject
    after "with" is a second, independent statement, not one the main verb reports. The parser
    may make the subject the object of "with" and hang the participle on it ("X put the toll
    at 100, with witnesses saying …": "saying" an acl of "witnesses"); a "with" phrase on a
    verb is the same absolute clause."""
    tok = cue.token
    return cue.kind == "verb" and cue.explicit and tok.tag_ == "VBG" and (
        (tok.dep_ in ("pcomp", "pobj", "advcl") and tok.head.lower_ == "with")
        or any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.children)
        or _with_object(tok))


def _with_object(tok: Token) -> bool:
    """"…, with witnesses saying …" parsed as "with" → "witnesses" → "saying" (acl): the
    participle hangs on the object of a "with" phrase that stands on a verb."""
    noun = tok.head
    prep = noun.head
    return (tok.dep_ == "acl" and noun.dep_ == "pobj" and prep.lower_ == "with"
            and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"))


def own_clause_cue(cue: Cue) -> bool:
    """A cue with its own subject in a coordinated or adverbial clause ("…, while the military
    disputed the toll"): a statement beside the main one, not inside what it reports."""
    tok = cue.token
    return (cue.kind == "verb" and cue.explicit and not cue.prepositional
            and (tok.dep_ == "advcl" or tok.dep_ == "conj" and not unjoined_closing(cue) or (
                # "Russia denies it, the ministry said that …"
                tok.dep_ == "parataxis" and any(c.dep_ == "ccomp" for c in tok.children))
                 or relative_voice(cue) or semicolon_apart(cue)))


def semicolon_apart(cue: Cue) -> bool:
    """"The party claimed 300 were killed; the government called that figure inflated": a
    speaker's clause with its own subject that a semicolon closes is a statement of its own,
    though the parser may hang it on the next clause's verb as what that verb reports (a
    report set before its speaker is closed by a comma, not a semicolon)."""
    tok, source = cue.token, cue.source
    if cue.kind != "verb" or tok.dep_ != "ccomp" or tok.head.i <= tok.i or source is None \
            or not source.dep_.startswith("nsubj") or source.head.i != tok.i:
        return False
    return any(t.text == ";" for t in tok.doc[tok.right_edge.i + 1:tok.head.i])


def unjoined_closing(cue: Cue) -> bool:
    """"An air strike killed five people in the city, the health ministry announced shortly
    after …, AFP reports": a speaker's verb the parser read as a second clause joined to the
    reported one, though no "and", "but" or "while" joins them, and whose subject stands
    right after a comma, is that statement's closing attribution, not a clause of its own.
    The statement it closes holds no cue of its own ("X said A, Y said B" is two voices)."""
    tok, source = cue.token, cue.source
    if cue.kind != "verb" or tok.dep_ != "conj" or source is None or source.dep_ != "nsubj" \
            or source.head.i != tok.i:
        return False
    doc, head = tok.doc, tok.head
    opening = source.left_edge.i
    if opening == 0 or doc[opening - 1].text != "," or head.i > opening:
        return False
    lex = cue_lexicon()
    return not any(t.dep_ in ("cc", "preconj") and t.head.i in (head.i, tok.i)
                   for t in doc[head.i:opening]) and not any(
        t.lemma_.lower() in lex.verbs for t in doc[head.sent.start:opening])


def relative_voice(cue: Cue) -> bool:
    """"Russia said its missiles hit Sumy, where Ukraine said strikes killed 34": a speaker
    with its own subject in a relative clause on a noun is a second voice the writer adds,
    not the one the main speaker quotes ("which cited …" has only the relative pronoun)."""
    source, tok = cue.source, cue.token
    opening = tok.left_edge
    if tok.dep_ == "relcl":
        relative = opening.tag_ in RELATIVE_TAGS or _that_marked(tok)
    else:  # "airstrikes on targets that Houthi-run media said had hit a prison": a "that"
        # the parser read as the mark of a clause on the noun (not what a report says: "the
        # claim that the army said …")
        lex = cue_lexicon()
        relative = tok.dep_ == "acl" and _that_marked(tok) and tok.head.lemma_.lower() not in (
            lex.cue_nouns | lex.report_nouns | lex.publication_nouns)
    return (relative and source is not None and source.dep_ == "nsubj"
            and source.head.i == tok.i and source.tag_ not in RELATIVE_TAGS)


def _that_marked(tok: Token) -> bool:
    """"an attack that the Red Cross said hit a bus": a relative "that" the parser read as the
    mark opening the speaker's clause, which holds what the speaker said ("clashes that
    officials told Russian news agencies had killed two", the reported verb hung elsewhere,
    is not read so)."""
    opening = tok.left_edge
    return opening.lower_ == "that" and opening.dep_ == "mark" and opening.head.i == tok.i \
        and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


RELATIVE_TAGS = ("WRB", "WDT", "WP", "WP$")


def misread_clause(cue: Cue) -> bool:
    """"…, a local official announced on Saturday" read as a clause on "official": the
    speaker's own verb, which the parser hung on the speaker (it has no subject of its own)."""
    tok, source = cue.token, cue.source
    return (tok.dep_ == "acl" and source is not None and source.i == tok.head.i
            and not any(c.dep_.startswith("nsubj") for c in tok.children)) \
        or named_after_description(cue) or closing_after_comma(cue)


def closing_after_comma(cue: Cue) -> bool:
    """"… was killed in the capital, Sanaa, the rebel-owned Al-Masirah TV reported on Friday"
    read as a relative clause on "capital": a relative clause opened by its own subject right
    after a comma, with no relative word, that runs to the sentence's end is the sentence's
    closing attribution (English sets no bare relative clause off by a comma)."""
    tok, source = cue.token, cue.source
    if cue.kind != "verb" or tok.dep_ != "relcl" or source is None or source.dep_ != "nsubj" \
            or source.head.i != tok.i or source.tag_ in RELATIVE_TAGS:
        return False
    opening, doc = tok.left_edge, tok.doc
    if opening.i == 0 or doc[opening.i - 1].text != "," or opening.i < source.left_edge.i \
            or any(t.tag_ in RELATIVE_TAGS or t.lower_ == "that" for t in doc[opening.i:tok.i]):
        return False
    rest = doc[tok.right_edge.i + 1:tok.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def named_after_description(cue: Cue) -> bool:
    """"…, the state news agency Bernama reported" read as a relative clause on "agency" with
    "Bernama" its subject: the name right after its description and the speaker's own verb,
    with no relative word, are the sentence's closing attribution."""
    tok, source = cue.token, cue.source
    lex = cue_lexicon()
    return (cue.kind == "verb" and tok.dep_ == "relcl" and source is not None
            and source.dep_ == "nsubj" and source.head.i == tok.i
            and source.i == tok.head.i + 1 and source.pos_ == "PROPN"
            and tok.head.lemma_.lower() in lex.media_nouns | lex.body_nouns)
