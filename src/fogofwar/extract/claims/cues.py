"""Finding reporting cues in a statement unit and the source each one names.

A cue is the grammatical evidence that a statement is somebody's: a reporting verb and its
subject ("Peskov responded … by pointing out"), a passive agent ("it was told by senior
opposition and rebel sources"), a prepositional source ("according to SANA", "citing X", read
in `prep_cues`).
Each cue records how it hangs from the others so that claims.py can tell a nested report
("TASS reported … Nebenzia told") from two independent statements in one sentence.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from ...annotate.pipeline import span_text
from ...annotate.table import TokenTable, token_table
from ..lexicon import cue_lexicon
from ..subjects import other_line, subject_of
from ..units import quote_depths
from .cue import Cue, object_words
from .noun_cues import author_of, frame_cue, noun_content, noun_cue, noun_words, with_frame
from .prep_cues import prep_cue
from .sources import (
    adjacent_name,
    agents,
    carried_by,
    carrier_participle,
    inverted_after_label,
    is_media,
    medium_by_name,
    name_after_comma,
    past_dateline,
    platform,
    poster,
    read_object,
    report_source,
    through_medium,
)
from .stance import after_quote, agent_like, own_stance

#: A reported clause: "shows that …", "said …", "asked whether …".
CLAUSES = ("ccomp", "parataxis")
QUOTE_MARKS = "“”«»\"''"

#: Marks that open a condition: a verb they govern states what might be, not what was said.
CONDITIONAL_MARKS = ("if", "unless")


def _is_cue_verb(tok: Token) -> bool:
    lex = cue_lexicon()
    lemma = tok.lemma_.lower()
    if (tok.pos_ not in ("VERB", "AUX") and not _verb_read_as_noun(tok)) or tok.dep_ == "amod":
        return False
    if lemma in lex.hearing_verbs:
        return _heard_from(tok) is not None
    if lemma in lex.counting and _counted_at(tok, lex.counting[lemma]):
        return True  # "put the death toll at 8"
    if lemma in lex.stance_verbs and _licensed(tok, lex.stance_verbs[lemma]):
        return True  # "acknowledged the error" is a stance, "acknowledged that …" a report
    if lemma in lex.publishing_verbs and _publication(tok) is not None:
        return True
    if lemma not in lex.verbs:
        return False
    if any((c.dep_ == "dobj" or (c.dep_ in ("ccomp", "oprd") and c.pos_ == "NOUN"))
           and object_words(c) & lex.excluded_objects.get(lemma, frozenset())
           for c in tok.children):
        return False  # "has claimed 5,500 lives": a toll taken, nothing said ("declared the
        # district a zone", read as a verbless clause, likewise)
    if any(c.dep_ == "prep" and c.lower_ in lex.excluded_preps.get(lemma, ())
           for c in tok.children):
        return False  # "the missiles slammed into the station": a blow, nothing said
    if tok.dep_ == "relcl" and any(c.dep_ == "neg" for c in tok.children):
        return False  # "events that are not reported by Moscow": nobody reported them
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in tok.children):
        return False  # "… would stop if the government announced a truce": a condition
        # set, nothing the government said (however the parser hangs the clause)
    if lemma in lex.objects:
        return _fixed_object(tok, lex.objects[lemma])
    if lemma in lex.needing_clause and tok.i + 1 < len(tok.doc) \
            and tok.doc[tok.i + 1].lower_.endswith(("self", "selves")):
        return False  # "civilians found themselves caught in the crossfire": no finding
    if lemma in lex.needing_clause and not any(
            c.dep_ in CLAUSES or (c.dep_ == "punct" and c.text in QUOTE_MARKS)
            or (c.dep_ == "xcomp" and lemma in lex.with_infinitive)  # "agreed to lend"
            or (c.dep_ == "dobj" and c.lemma_.lower() in lex.cue_nouns | lex.report_nouns
                and noun_content(c) is None)  # "dismissed X's claim that …": X's claim
            or (c.dep_ == "dobj" and lemma in lex.denial_verbs and noun_content(c) is not None
                and author_of(c) is None)
            for c in tok.children) and not after_quote(tok) and not _finding(tok):
        return False  # "shows that …", "“…?” he asks", "rejected the claims", "quashed rumours
        # that …" (nobody's: a denial) report; "shows a tank", "rejected the deal" do not
    particle = lex.particles.get(lemma)
    return particle is None or any(c.dep_ == "prt" and c.lower_ == particle
                                   for c in tok.children)


def _finding(tok: Token) -> bool:
    """"A 2019 survey found 40 cases of …": an inquiry finding or showing a thing reports it."""
    lex = cue_lexicon()
    if tok.lemma_.lower() not in lex.finding_verbs or not any(
            c.dep_ == "dobj" for c in tok.children):
        return False
    source, _ = subject_of(tok)
    return source is not None and source.lemma_.lower() in lex.finding_nouns


def _verb_read_as_noun(tok: Token) -> bool:
    """"Ethiopia's army claims to have killed 300 fighters": a plural noun heading the sentence
    with a subject and a clause or infinitive of its own is a verb in the third person the
    tagger misread ("claims", "warns")."""
    return (tok.tag_ == "NNS" and tok.dep_ == "ROOT"
            and any(c.dep_ == "nsubj" for c in tok.children)
            and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children))


#: What may follow the fixed object of an idiom cue: "as X put it, “…”", "put it bluntly",
#: "put it in a statement": nothing that makes it a placing ("put it on the table").
IDIOM_TAIL = ("punct", "advmod", "npadvmod", "ccomp", "parataxis")


def _fixed_object(tok: Token, word: str) -> bool:
    """Whether a verb is a cue by its idiom object ("as the memo put it"): the bare word as
    its object, and after it only punctuation, manner, a quotation or "in" a medium."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == word
                and c.n_lefts == 0 and c.n_rights == 0), None)
    if obj is None:
        return False
    return all(c.dep_ in IDIOM_TAIL or (c.dep_ == "prep" and c.lower_ == "in")
               for c in tok.children if c.i > obj.i)


def _licensed(tok: Token, complements: frozenset[str]) -> bool:
    """Whether a stance verb has a complement that makes it a cue ("wants to", "called for").

    A participle modifying a noun ("a group called HTS", "troops expected to arrive") has no
    speaker of its own and is never one, nor is an infinitive of purpose.
    """
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return False
    if tok.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                            for c in tok.children):
        return False  # "opened fire to support the advance": a purpose, nobody's stance
    for child in tok.children:
        if child.dep_ in complements or (child.dep_ in ("prep", "prt")  # "called on police"
                                         and f"prep:{child.lower_}" in complements):
            return True
        if "quote" in complements and child.dep_ == "punct" and child.text in QUOTE_MARKS:
            return True
    return False


def _participle_subject(source: Token | None) -> Token | None:
    """"agents sent to the site confirmed the death": the parser may read the participle
    phrase as a clausal subject headed by "sent"; its noun is the one who spoke."""
    if source is None or source.pos_ != "VERB" or source.dep_ != "csubj":
        return source
    return next((c for c in source.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.pos_ in ("NOUN", "PROPN")), source)


def _verb_cue(tok: Token) -> Cue:
    lex = cue_lexicon()
    lemma = tok.lemma_.lower()
    text = tok.text
    particle = lex.particles.get(lemma) or lex.objects.get(lemma)
    if particle:
        text = f"{tok.text} {particle}"  # "pointed out", "put it"
    heard = _heard_from(tok) if lemma in lex.hearing_verbs else None
    if heard is not None:  # "Reuters learned from sources that …": the sources speak
        return Cue(tok, tok.text, heard, True, subject_of(tok)[0], relayed=False)
    if lemma in lex.speaker_when_passive and _quoted_as(tok):
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if subj:
            return Cue(tok, text, subj[0], True)
    source, own = subject_of(tok)
    source = _participle_subject(inverted_after_label(tok, source))
    if own and source is not None and _misread_participle_subject(tok, source):
        source, own = subject_of(tok.head)  # "confirmed the incident saying …": Gava says it
        own = False
    if own and source is not None and source.i < tok.i and not agent_like(source):
        named = name_after_comma(tok)  # "…, but also Kursk and Bryansk, BTA noted": BTA
        if named is not None and named.i > source.i:
            source = named
    if not own and source is not None and _expletive(source):
        source = None  # "it is a tradition to threaten …": nobody in particular threatens
    if not own or source is None:
        source, own = adjacent_name(tok) or read_object(tok) or (source, own)
    if source is None and tok.dep_ == "acl" and lemma in lex.counting \
            and (givers := agents(tok)):
        source, own = givers[0], True  # "a toll of eight soldiers, given by the army"
    carrier = carried_by(source) if source is not None else None
    if source is not None:
        source = past_dateline(report_source(source))  # "the ministry's statement said"
    channel = platform(source) if source is not None else None
    if (channel is not None and own and channel.i != source.i and source.dep_ == "nsubj"
            and tok.tag_ != "VBG"):
        channel = None  # "posts on social media claimed …": the posts' authors speak
    elif channel is not None:  # nobody posted on it: "Twitter announced", "the website noted"
        source, own = poster(tok, source) or source, True
    channel = channel or next((p for c in tok.children if c.dep_ == "prep"
                               for p in c.children if platform(p) is p), None) \
        or through_medium(tok)
    recipient = _told(tok, lemma)
    cue = Cue(tok, text, source, own and source is not None, recipient, channel=channel)
    if carrier is not None and recipient is None:  # "a statement … carried by Alsumaria TV"
        cue.recipient, cue.relayed = carrier, True
    publication = _publication(tok) if lemma in lex.publishing_verbs else None
    if publication is not None:  # "issued a statement calling for …": the object is the cue's
        cue.extra = tuple(noun_words(publication))
        cue.content = noun_content(publication, participle=True)
    return with_frame(cue)


def _counted_at(tok: Token, nouns: frozenset[str]) -> bool:
    """Whether a verb has a counting noun as object and an "at" phrase, "put the toll at 8",
    or the noun's own figure, "gave a provisional death toll of 10 civilians"."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
            and c.lemma_.lower() in nouns]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "an earlier toll of eight soldiers, given
        noun = tok.head  # by the army": the participle may hang on the counted noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head
        if noun.lemma_.lower() in nouns:
            objs.append(noun)
    return bool(objs) and (any(
        t.dep_ == "prep" and t.lower_ == "at" for c in (tok, *tok.children) for t in c.children)
        or any(_of_figure(o) for o in objs))


def _of_figure(noun: Token) -> bool:
    """ "a toll of 10 civilians", "a tally of 43": the counting noun names its own figure."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        t.like_num for w in p.children if w.dep_ == "pobj" for t in (w, *w.children))
        for p in noun.children)


def _heard_from(tok: Token) -> Token | None:
    """The "from" phrase of a verb of hearing that reports a clause: "learned from two
    security sources that …" (not "learned from the mistakes", which reports nothing)."""
    if not any(c.dep_ == "ccomp" for c in tok.children):
        return None
    return next((p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "from"
                 for p in prep.children if p.dep_ == "pobj"), None)


def _told(tok: Token, lemma: str) -> Token | None:
    """Who a cue verb names as told: "told TASS", "Reuters was told by officials", and for a
    speech verb a name after "to" ("confirmed this to Xinhua", "said to AFP"; a stance verb's
    "to" is no recipient: "likened RT to the BBC")."""
    lex = cue_lexicon()
    if lemma in lex.telling_verbs:  # "told TASS", "informed Reuters that …"
        objs = sorted((c for c in tok.children if c.dep_ in ("dobj", "dative")
                       and not other_line(c, tok)  # ("SUICIDE VESTS", a heading run in)
                       or (c.dep_ == "nsubjpass" and agents(tok))),
                      key=lambda c: c.dep_ != "dative")
        return objs[0] if objs else None
    if lemma in lex.verbs and lemma not in lex.stance_verbs:
        return next((_staff_medium(p) or p
                     for prep in tok.children
                     if prep.dep_ == "prep" and prep.lower_ == "to" for p in prep.children
                     if p.dep_ == "pobj" and (p.pos_ == "PROPN" or medium_by_name(p)
                                              or _staff_medium(p))), None)  # "to Caracol TV"
    return None


def _staff_medium(tok: Token) -> Token | None:
    """"said to a Reuters reporter": the medium whose reporter heard the words."""
    if tok.lemma_.lower() not in cue_lexicon().media_staff:
        return None
    return next((c for c in tok.children if c.dep_ in ("compound", "poss") and is_media(c)),
                None)


def _quoted_as(tok: Token) -> bool:
    """Whether a passive "quoted"/"cited" names its subject as a speaker: "was quoted as
    saying", "was cited by Interfax" (an "as"-participle or a "by" agent), not "200 militants
    had been cited (sighted) inside the forest"."""
    return any(c.dep_ == "agent" for c in tok.children) or any(
        t.lower_ == "as" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "VBG"
        for t in tok.subtree if t.i > tok.i)


def _misread_participle_subject(tok: Token, subject: Token) -> bool:
    """"X confirmed the incident saying …": the parser may make the object of the verb the
    subject of the participle under it; a thing that cannot speak is then not its speaker."""
    return (tok.tag_ == "VBG" and subject.i < tok.i and tok.head.i != tok.i
            and tok.head.pos_ == "VERB" and subject.head.i == tok.i
            and subject.left_edge.i > tok.head.i and not agent_like(subject))


def _publication(tok: Token) -> Token | None:
    """The report-like object of a publishing verb that says something: "released a report
    saying …", "issued a statement calling for …", "published a study on …". A document
    with nothing said of its content ("issued a statement") is no claim."""
    lex = cue_lexicon()
    for obj in tok.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in lex.publication_nouns:
            if (noun_content(obj, participle=True) is not None
                    or any(c.dep_ in CLAUSES for c in tok.children)):
                return obj
    return None


def _expletive(tok: Token) -> bool:
    """"it"/"there" as the dummy subject of "be": "it is a good tradition to threaten …"."""
    return tok.lower_ in cue_lexicon().expletives and tok.head.lemma_.lower() == "be"


def _frame_cue(tok: Token) -> Cue | None:
    """A frame noun's cue ("In a statement, the ministry condemned …", noun_cues.py) under a
    verb that is no cue of its own."""
    if tok.dep_ != "prep" or tok.head.pos_ != "VERB" or _is_cue_verb(tok.head):
        return None
    return frame_cue(tok)


def find_cues(span: Span) -> list[Cue]:
    """Every cue in a unit, in text order; prepositional cues before verbs on one token."""
    cues: list[Cue] = []
    quoted = quote_depths(span_text(span))
    row, doc = token_table(span.doc), span.doc
    for i in range(span.start, span.end):
        if not _may_cue(row, i):
            continue
        tok = doc[i]
        prep = prep_cue(tok)
        if prep is not None:
            cues.append(prep)
        elif _is_cue_verb(tok) and not own_stance(tok, quoted[tok.idx - span.start_char]) \
                and not _carrier_clause(tok):
            cues.append(_verb_cue(tok))
        else:
            noun = noun_cue(tok) or _frame_cue(tok)
            if noun is not None:
                cues.append(noun)
    return cues


def _may_cue(row: TokenTable, i: int) -> bool:
    """What the cue readers check first, read from the table: `_prep_cue` its word,
    `_is_cue_verb` its tag, relation and lemma (every way it can say yes needs one of
    `_cue_verb_lemmas`), `noun_cue` its tag and lemma, `_frame_cue` its relation. A token
    failing all four is no cue, so the scan builds no Token object for it."""
    lex = cue_lexicon()
    pos, dep = row.pos[i], row.dep[i]
    return (row.lower[i] in lex.prepositional
            or dep == "prep"
            or (((pos in ("VERB", "AUX") and dep != "amod")
                 or (pos == "NOUN" and dep == "ROOT"))  # a verb read as a noun
                and row.lemma[i] in _cue_verb_lemmas())
            or (pos == "NOUN" and row.lemma[i] in lex.cue_nouns))


@cache
def _cue_verb_lemmas() -> frozenset[str]:
    """The lemmas `_is_cue_verb` can accept: hearing, counting, stance, publishing and the
    pack's cue verbs (any other lemma is refused whatever the token)."""
    lex = cue_lexicon()
    return frozenset({*lex.hearing_verbs, *lex.counting, *lex.stance_verbs,
                      *lex.publishing_verbs, *lex.verbs})


def _carrier_clause(tok: Token) -> bool:
    """"The mayor said …, as reported by TASS": an "as" clause of a carrying verb under a cue
    names that cue's relay (chains read it there), no claim of its own; under no cue ("Ten
    people were killed, as reported by RIA Novosti") it is the cue, its agent the source."""
    lex = cue_lexicon()
    if carrier_participle(tok):  # "…, sources said, quoted by ANI"; "according to X, cited by Y"
        return _is_cue_verb(tok.head) or any(
            c.dep_ == "prep" and c.lower_ in lex.relaying_prepositional and c.i < tok.i
            for c in tok.head.children)
    if tok.dep_ != "advcl" or tok.lemma_.lower() not in lex.carrying_verbs or not any(
            m.dep_ == "mark" and m.lower_ == "as" for m in tok.children):
        return False
    head = tok.head
    return _is_cue_verb(head) or (head.dep_ == "ccomp" and _is_cue_verb(head.head))


def is_stance(cue: Cue) -> bool:
    return cue.token.lemma_.lower() in cue_lexicon().stance_verbs and not cue.prepositional


def governing_cue(cue: Cue, cues: list[Cue], span: Span) -> Cue | None:
    """The nearest cue above this one in the parse, within the unit."""
    by_token = {c.token.i: c for c in cues}
    cur = cue.token
    while cur.head.i != cur.i and span.start <= cur.head.i < span.end:
        cur = cur.head
        if cur.i in by_token:
            return by_token[cur.i]
    return None


def depth(tok: Token) -> int:
    n = 0
    while tok.head.i != tok.i:
        tok, n = tok.head, n + 1
    return n
