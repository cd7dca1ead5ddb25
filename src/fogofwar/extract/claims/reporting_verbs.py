"""Whether a verb reports something: the tests that make a verb a reporting cue.

"said that …", "put the death toll at 8", "issued a statement calling for …" report; "has
claimed 5,500 lives", "rejected the deal", "slammed into the station" do not. Split from
cues.py, which scans a unit with these tests (verb_cues.py then reads the cue's source), so
that each rule about which verbs count has room beside the others.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...clean.outlets import outlet_info
from ...resolve.figure_base import pack as figure_pack
from ..lexicon import cue_lexicon, event_lexicon
from ..subjects import subject_of
from .cue import object_words
from .noun_cues import author_of, noun_content
from .stance import after_quote

#: A reported clause: "shows that …", "said …", "asked whether …".
CLAUSES = ("ccomp", "parataxis")
QUOTE_MARKS = "“”«»\"''"

#: Marks that open a condition: a verb they govern states what might be, not what was said.
CONDITIONAL_MARKS = ("if", "unless")


def is_cue_verb(tok: Token) -> bool:
    """Whether a verb reports what somebody said, found or holds: its lemma is a cue verb's and
    its complements make it one (a clause, a quotation, an idiom object, a figure "at" …)."""
    lex = cue_lexicon()
    lemma = tok.lemma_.lower()
    if (tok.pos_ not in ("VERB", "AUX") and not _verb_read_as_noun(tok)) or tok.dep_ == "amod":
        return False
    if _noun_read_as_verb(tok):
        return False  # "Sketchy reports reaching the capital indicated …": no one reports
    if misread_told(tok) is not None:
        return True  # "told dpa that …": the outlet read as the verb, "told" its auxiliary
    if reported_state(tok):
        return False  # "16 civilians reported dead": the dead are reported, they report nothing
    if lemma in lex.hearing_verbs:
        return heard_from(tok) is not None
    if lemma in lex.counting and _counted_at(tok, lex.counting[lemma]):
        return True  # "put the death toll at 8"
    if lemma in lex.toll_objects and (_toll_counted(tok, lex.toll_objects[lemma])
                                      or _harmed_number(tok)):
        return True  # "a police source indicated 300-500 deaths", "estimates 100-300 killed"
    if recorded_toll(tok):
        return True  # "a rights group documented 140 deaths", "published the names of 23 killed"
    if lemma in lex.stance_verbs and _licensed(tok, lex.stance_verbs[lemma]):
        return True  # "acknowledged the error" is a stance, "acknowledged that …" a report
    if lemma in lex.publishing_verbs and publication_of(tok) is not None:
        return True
    if lemma not in lex.verbs:
        return False
    if lemma in lex.told_with and not any(c.dep_ == "prep" and c.lower_ == "with"
                                          for c in tok.children):
        return False  # "shared with the BBC that …" tells; "nations would share aerial
        # reconnaissance information" tells nobody anything
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
    if lemma in lex.discovery_verbs and _come_upon(tok):
        return False  # "the villagers found two hostages suffering from wounds": a discovery
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
            for c in tok.children) and not after_quote(tok) and not _finding(tok) \
            and clause_beside(tok) is None:
        return False  # "shows that …", "“…?” he asks", "rejected the claims", "quashed rumours
        # that …" (nobody's: a denial) report; "shows a tank", "rejected the deal" do not
    if lemma in lex.manner_verbs and not _set_off(tok):
        return False  # "horrible bang wild screams rocket strike kills 16": a headline's
        # quoted phrase without its marks, nobody screaming the toll
    particle = lex.particles.get(lemma)
    return particle is None or any(c.dep_ == "prt" and c.lower_ == particle
                                   for c in tok.children)


#: Dependencies of a verb's complement that says what state its object or subject is in
#: ("reported dead", "confirmed killed", "believed to be killed").
STATE_COMPLEMENTS = ("oprd", "xcomp", "acomp")


def reported_state(tok: Token) -> bool:
    """Whether a verb of reporting stands for a passive with its auxiliary dropped, as headlines
    and short reports write it: "16 civilians reported dead", "20 confirmed dead in crackdown",
    "12 villagers reported killed, according to monitors", "a militant believed to be killed":
    a participle or adjective of harm (the cues pack's `casualty_words`) right after it as its
    complement, and no object. Its subject is who was harmed, not who reports; the report's
    source is named elsewhere ("according to …") or nowhere. "The army reported 12 militants
    dead" (an object) and "the army reported killing 12 militants" (a gerund: its own act)
    still report, as does a passive written whole ("were reported killed by the ministry").
    """
    if tok.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("dobj", "dative", "aux", "auxpass", "agent", "nsubjpass")
            for c in tok.children):
        return False  # "were reported killed by the ministry": the passive, its agent speaks
    harm = cue_lexicon().casualty_words
    for c in tok.children:
        if c.dep_ in STATE_COMPLEMENTS and c.i > tok.i and c.tag_ in ("VBN", "JJ") \
                and (c.lemma_.lower() in harm or c.lower_ in harm) \
                and not any(g.dep_ in ("dobj", "ccomp") for g in c.children):
            return True
    return False


#: Words that open a clause as said after a manner of speaking: "screamed that …", "wondered
#: whether …", "asked how …".
CLAUSE_OPENERS = frozenset({"that", "whether", "how", "why", "what", "who", "when", "where"})


def _set_off(tok: Token) -> bool:
    """Whether what a manner of speaking (the cues pack's verbs_of_manner) reports is set off as
    said: a clause before the verb ("“Run,” she yelled", "They are coming, he shouted"), or one
    after it that a quotation mark, a colon or an opening word ("that", "whether") leads into.
    A bare clause after the verb ("wild screams rocket strike kills 16") is not."""
    if after_quote(tok):
        return True
    doc = tok.doc
    for c in tok.children:
        if c.dep_ == "punct" and (c.text in QUOTE_MARKS or c.text == ":"):
            return True
        if c.dep_ not in CLAUSES:
            continue
        if c.i < tok.i:
            return True
        lead = doc[tok.i + 1:c.left_edge.i + 1]
        if any(t.text in QUOTE_MARKS or t.text == ":" or t.lower_ in CLAUSE_OPENERS
               for t in lead):
            return True
    return False


def misread_told(tok: Token) -> Token | None:
    """"The police chief told dpa that 11 people were killed": the parser may read an outlet
    written in lower case as the sentence's verb and "told" before it as its auxiliary; the
    telling verb is that auxiliary (returned) and the outlet the one told. Only a name the
    outlets pack knows, whole, after a form of "tell" counts."""
    if tok.i == 0 or not tok.is_lower or tok.pos_ not in ("VERB", "AUX"):
        return None
    aux = tok.doc[tok.i - 1]
    if aux.head.i != tok.i or aux.dep_ not in ("aux", "auxpass") \
            or aux.lower_ not in ("told", "tells", "tell") or outlet_info(tok.text) is None:
        return None
    return aux


def _come_upon(tok: Token) -> bool:
    """Whether a verb's only clause is a participle (no finite verb, no "that"): "found two
    hostages suffering from gunshot wounds", "found the bodies lying in the street" tell what
    was come upon, where "found that two hostages were wounded" reports a finding."""
    clauses = [c for c in tok.children if c.dep_ in CLAUSES]
    return bool(clauses) and all(c.tag_ == "VBG" and not any(
        g.dep_ in ("mark", "aux", "auxpass") for g in c.children) for c in clauses)


def clause_beside(tok: Token) -> Token | None:
    """"A resident, who asked not to be named, shared with the paper that clashes had
    escalated", "A farmer shared with X that …": the parser may read the cue verb as a
    participle on the speaker's noun, leaving the sentence no verb (the noun its root), and
    hang the "that" clause after the cue from the noun beside it; that clause is what the cue
    reports, and the noun who speaks."""
    noun = tok.head
    if tok.dep_ != "acl" or noun.dep_ != "ROOT" or noun.i > tok.i:
        return None
    return next((c for c in noun.children if c.i > tok.i and c.dep_ in ("acl", "relcl")
                 and c.pos_ in ("VERB", "AUX") and any(
                     t.lower_ == "that" and t.i < c.i and t.i > tok.i
                     and t.dep_ in ("mark", "dobj") for t in c.subtree)), None)


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


def _noun_read_as_verb(tok: Token) -> bool:
    """"Sketchy reports reaching the capital indicated …": a present-tense verb that is
    itself the subject of another verb is a plural noun the tagger misread (a capitalised
    adjective before it taken for a name), so its "subject", that adjective, says nothing."""
    return tok.tag_ in ("VBZ", "VBP") and tok.dep_ in ("nsubj", "nsubjpass") \
        and tok.head is not tok and tok.head.pos_ in ("VERB", "AUX")


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
        if child.dep_ == "dobj" and f"obj:{child.lemma_.lower()}" in complements:
            return True  # "took responsibility for the attack": only with that object
        if "quote" in complements and child.dep_ == "punct" and child.text in QUOTE_MARKS:
            return True
    return False


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
    if not objs:
        return False
    if tok.lemma_.lower() in cue_lexicon().raising_counts:
        # "raising the earlier count of eight" names the old count, not the speaker's
        return _figure_to(tok, objs) and not _event_subject(tok)
    return any(t.dep_ == "prep" and t.lower_ == "at" for c in (tok, *tok.children)
               for t in c.children) or any(_of_figure(o) or _figure_at_inside(o) for o in objs)


def _figure_to(tok: Token, objs: list[Token]) -> bool:
    """ "raised the death toll to 55", "increased the number of dead police officers to seven",
    "raised the number of those killed in the massacre to more than 90": a "to" phrase holding
    a number, on the verb or inside the counted noun's phrase, is the figure the count was
    moved to ("raised the toll to the ministry's attention" gives none)."""
    preps = [t for t in tok.children if t.dep_ == "prep" and t.lower_ == "to"]
    preps += [t for o in objs for t in o.subtree if t.dep_ == "prep" and t.lower_ == "to"]
    return any(w.like_num for p in preps for n in p.children if n.dep_ == "pobj"
               for w in (n, *n.children))


def _event_subject(tok: Token) -> bool:
    """ "The blast raised the death toll to 30", "the night's shelling increased the number of
    dead to 12", "This raises the number killed to 926", "four more bodies were found, which
    raised the toll to 23": a verb moving a count whose subject is a thing that happened (a
    noun the events pack types), a demonstrative standing for what the sentence before told,
    or a relative pronoun whose noun is no speaker (no name, body, source or medium) moves
    the count and says nothing: it has no speaker ("the ministry, which raised the toll to
    40" still speaks)."""
    lex = cue_lexicon()
    if any(c.dep_ == "nsubj" and c.tag_ == "DT" for c in tok.children):
        return True
    if tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in tok.children):
        head = tok.head
        return head.pos_ != "PROPN" and not head.ent_type_ and head.lemma_.lower() not in (
            lex.body_nouns | lex.source_nouns | lex.media_nouns)
    subject, _ = subject_of(tok)
    if subject is None:
        return False
    # "shelling" may be tagged a verb
    return bool({subject.lemma_.lower(), subject.lower_} & event_lexicon().nouns.keys())


def _toll_counted(tok: Token, nouns: frozenset[str]) -> bool:
    """Whether a verb's object is a count of the dead or hurt: a counted noun with a number
    ("300-500 deaths", "some 40 casualties") or a number word's "of" phrase naming one
    ("hundreds of deaths"). An object holding a verb is no count: the parser folded another
    clause into it ("estimating 50 deaths and two witnesses claiming 80 were killed": the
    witnesses speak beside the first speaker, not through it)."""
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if any(t.pos_ in ("VERB", "AUX") for t in obj.subtree):
            continue
        if obj.lemma_.lower() in nouns and any(c.dep_ == "nummod" and c.like_num
                                               for c in obj.children):
            return True
        if obj.like_num or obj.lower_ in vague_plurals():
            if any(p.dep_ == "prep" and p.lower_ == "of" and any(
                    n.dep_ == "pobj" and n.lemma_.lower() in nouns for n in p.children)
                    for p in obj.children):
                return True
    return False


#: Dependencies a verb's bare number object may take as the parser reads it: "estimates
#: 100-300 killed" (a headline's number is often read as an adverbial noun).
NUMBER_OBJECTS = ("dobj", "npadvmod")


def _harmed_number(tok: Token) -> bool:
    """Whether a verb's object is a bare number told as dead or hurt by its own participle or
    adjective of harm (the cues pack's `casualty_words`): "US intelligence estimates 100-300
    killed", "others estimate more than 400 killed". `_toll_counted` wants a counted noun
    ("300 deaths"), which such a headline leaves out; "estimated 40 tonnes" still reports
    nothing."""
    harm = cue_lexicon().casualty_words
    return any(obj.like_num and any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in harm
                                    for c in obj.children)
               for obj in tok.children if obj.dep_ in NUMBER_OBJECTS)


#: Prepositions through which a record noun holds what it records: "the names of", "a report
#: on", "an investigation into".
RECORD_PREPS = frozenset({"of", "on", "into", "about"})
#: Prepositions the parser may read a counted range as: "counted between 40 and 50 bodies".
RANGE_PREPS = frozenset({"between"})
#: Tags of a finite verb or modal: an object holding one folds another clause into it.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def recorded_toll(tok: Token) -> bool:
    """Whether a verb of recording reports a toll (the cues pack's `recording_verbs` and
    `record_issuing_verbs`): its object counts the dead or hurt, by itself for a verb that
    counts ("documented 140 deaths", "counted 40 bodies") or, for any of them, through the
    "of"/"on"/"into" phrase of a record noun ("published the names of 23 people killed",
    "released a report on the killings of 80 civilians"). "Recorded a victory", "released 23
    hostages", "published photos of the market" count nobody harmed."""
    lex = cue_lexicon()
    lemma = tok.lemma_.lower()
    counting = lemma in lex.recording_verbs
    if not counting and lemma not in lex.record_issuing_verbs:
        return False
    if _told_by_another(tok):
        return False  # "Mood said a UN team had counted 92 bodies": Mood's report of the count
    if counting and any(c.dep_ == "prep" and c.lower_ in RANGE_PREPS
                        and _harmed_count(list(c.subtree)) for c in tok.children):
        return True  # "counted between 200 and 300 dead": the range read as a phrase
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if counting and _harmed_count(list(obj.subtree)):
            return True
        if obj.lemma_.lower() in lex.record_nouns and any(
                p.dep_ == "prep" and p.lower_ in RECORD_PREPS and _harmed_count(list(p.subtree))
                for p in obj.children):
            return True
    return False


def _told_by_another(tok: Token) -> bool:
    """Whether a verb stands in what a speech verb above it reports ("said her party had
    compiled a list of 745 dead"): the count is the speaker's report, not a cue of its own."""
    verbs = cue_lexicon().verbs
    while tok.head.i != tok.i:
        if tok.dep_ in CLAUSES + ("conj", "xcomp", "advcl") and tok.head.pos_ in ("VERB", "AUX") \
                and tok.head.lemma_.lower() in verbs:
            return True
        tok = tok.head
    return False


def _harmed_count(words: list[Token]) -> bool:
    """Whether a phrase counts people harmed: a number and a word of the dead or hurt (the
    cues pack's `casualty_words`), with no finite verb folding in another clause."""
    harm = cue_lexicon().casualty_words
    if any(t.tag_ in FINITE_TAGS and t.lemma_.lower() not in harm for t in words):
        return False
    return any(t.like_num or t.lower_ in vague_plurals() for t in words) \
        and any(t.lemma_.lower() in harm or t.lower_ in harm for t in words)


@cache
def vague_plurals() -> frozenset[str]:
    """Plural number words that count a noun through "of" ("hundreds of deaths"): the figures
    pack's `vague_plurals`, as the figure reader loads them."""
    return frozenset(str(w).lower() for w in figure_pack()["vague_plurals"])


def _figure_at_inside(noun: Token) -> bool:
    """ "placed the number of people wounded at 14": the parse hangs the "at" phrase on the
    participle inside the counted noun's own phrase; it gives the figure only when it holds a
    number ("the number of people killed at the market" gives none)."""
    return any(t.dep_ == "prep" and t.lower_ == "at" and any(
        w.like_num for p in t.children if p.dep_ == "pobj" for w in (p, *p.children))
        for t in noun.subtree if t is not noun)


def _of_figure(noun: Token) -> bool:
    """ "a toll of 10 civilians", "a tally of 43": the counting noun names its own figure."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        t.like_num for w in p.children if w.dep_ == "pobj" for t in (w, *w.children))
        for p in noun.children)


def heard_from(tok: Token) -> Token | None:
    """The "from" phrase of a verb of hearing that reports a clause or what was heard
    "about": "learned from two security sources that …", "I heard from family members about
    the deaths of five civilians" (not "learned from the mistakes", which reports nothing)."""
    if not any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "about")
               for c in tok.children):
        return None
    return next((p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "from"
                 for p in prep.children if p.dep_ == "pobj"), None)


def publication_of(tok: Token) -> Token | None:
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
