"""Statement nouns as cues: "Trump's claim that …", "In a statement, the ministry said …",
"said in an interview with CNN".

A noun that names a statement carries a claim when it has a speaker and a content, and a frame
noun ("in a statement", "in an interview") adds to a verb cue the words of the frame and the
one who heard it, who relays the statement when it is a medium. Split from cues.py, which finds
the verb and prepositional cues and calls these.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import cue_lexicon
from ..subjects import subject_of
from .cue import Cue
from .sources import agents, carried_by, is_media

#: Clauses of a statement noun that hold what it says ("the claim that …").
NOUN_CLAUSES = ("acl", "ccomp", "relcl")


CONTENT_MARKS = {"that", "whether", "if"}

#: Prepositions that name a statement's author ("a report by Dawn", "a claim from Kyiv").
AUTHOR_PREPOSITIONS = ("by", "from")


def author_of(noun: Token) -> Token | None:
    """The author a statement noun names: its possessor ("the daily Vedomosti's report"), a
    name before it ("Reuters reports", "Ukrainian claims" are no names), or its "by"/"from"
    phrase ("a report by Dawn")."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        return names[-1]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in AUTHOR_PREPOSITIONS:
            found = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def noun_words(noun: Token) -> list[Token]:
    """A noun with its determiner and modifiers on the left ("a policy paper", "his remarks")."""
    return [t for t in noun.doc[noun.left_edge.i:noun.i + 1]
            if t.dep_ in ("det", "amod", "compound", "nummod") or t.i == noun.i
            or (t.dep_ == "poss" and t.pos_ == "PRON")]


def noun_content(noun: Token, participle: bool = False) -> Token | None:
    """What a statement noun reports: its "that"-clause ("the claim that …"), and for a
    published document a participle too ("a statement calling for …"). A topic ("remarks on
    Saturday", "views on women") or a participle of a mere noun ("tweets attempting to shame
    …") says nothing of what was claimed."""
    for child in noun.children:
        if child.dep_ not in NOUN_CLAUSES:
            continue
        if {c.lower_ for c in child.children if c.dep_ == "mark"} & CONTENT_MARKS:
            return child
        if participle and child.tag_ == "VBG":
            said = [c for c in child.children if c.dep_ == "ccomp"]  # "a report saying …"
            return said[0] if said and child.lemma_.lower() in cue_lexicon().verbs else child
    return None


def with_frame(cue: Cue) -> Cue:
    """"said in an interview with CNN", "told Hurriyet in an interview": the frame noun is part
    of the cue, and the interviewer (or the one told) hears and relays the statement."""
    lex = cue_lexicon()
    for prep in (*cue.token.children, *_subject_frames(cue.token), *_head_frames(cue.token),
                 *_speaking_frames(cue.token)):
        noun = frame_noun(prep)
        if noun is None:
            continue
        if prep.i < cue.token.i:  # "In a statement to Reuters, the group said": one heard
            # it, a relay if a medium
            carrier = None if cue.recipient or interviewer(noun) else carried_by(noun, framed=True)
            if carrier is not None:  # "In a statement released by its information service,
                cue.recipient, cue.relayed = carrier, True  # …": the service carried it
            cue.recipient = cue.recipient or interviewer(noun)
            continue
        cue.extra = (*cue.extra, prep, *noun_words(noun))
        if noun.lemma_.lower() in lex.interview_nouns:
            cue.recipient = _staff_medium(cue.recipient, noun) or cue.recipient or interviewer(
                noun) or interviewer(cue.token, after=noun.right_edge.i) or broadcaster(noun)
            cue.relayed = cue.recipient is not None
        elif cue.recipient is None:  # "said in a statement to AFP"
            cue.recipient = interviewer(noun)
    if cue.recipient is None and cue.kind == "verb" and not cue.prepositional:
        cue.recipient = _late_interview(cue.token)
        cue.relayed = cue.relayed or cue.recipient is not None
    return cue


def _head_frames(tok: Token) -> list[Token]:
    """"In a statement to Reuters, the army withdrew from the town, saying that …": a
    participle with no subject of its own, hung on the verb after it, is said in the frame
    that opens that verb's clause (the phrases before the verb)."""
    head = tok.head
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp") or not head.i < tok.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return []
    return [p for p in head.children if p.dep_ == "prep" and p.i < head.i]


def _speaking_frames(verb: Token) -> list[Token]:
    """"Speaking in an interview with Radio Okapi, the governor said …": a participle of
    speaking with no subject of its own, opening the cue's clause, holds the frame the cue's
    words were said in ("Speaking at the ceremony" names no frame noun, so nothing)."""
    talks = cue_lexicon().conversation_verbs
    return [p for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i
            and c.lemma_.lower() in talks
            and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
            for p in c.children if p.dep_ == "prep" and p.i < verb.i]


def _staff_medium(told: Token | None, noun: Token) -> Token | None:
    """"told a local journalist in a video interview for Reuters": a medium's staff who
    interviewed the speaker for it stand for that medium, which relays the words (as "told
    journalists from Reuters" does)."""
    if told is None or told.lemma_.lower() not in cue_lexicon().media_staff:
        return None
    found = interviewer(noun)
    return found if found is not None and is_media(found) else None


def _subject_frames(verb: Token) -> list[Token]:
    """"Getachew Reda, an adviser, in an interview with Tigray TV aired Thursday urged …": the
    parser may hang an interview phrase set between the subject and its verb on the subject;
    it frames the verb's words (only an interview: "the mayor in a statement" is rare, and a
    subject's "in" phrase is mostly where it is: "residents in the town said")."""
    lex = cue_lexicon()
    return [prep for subj in verb.children if subj.dep_ == "nsubj" and subj.i < verb.i
            for prep in subj.children
            if prep.dep_ == "prep" and subj.i < prep.i < verb.i
            and (noun := frame_noun(prep)) is not None
            and noun.lemma_.lower() in lex.interview_nouns]


def _late_interview(verb: Token) -> Token | None:
    """"X admitted that Russia had suffered losses, calling it a tragedy, in an interview with
    Sky News": the parser hangs a closing interview phrase low in the reported clause, but an
    interview is a speech act, never what a clause reports; it is the cue's, unless a finite
    cue verb of another clause stands between them (that speaker gave the interview)."""
    verbs = cue_lexicon().verbs
    for prep in verb.subtree:
        noun = frame_noun(prep) if prep.i > verb.i and prep.head.i != verb.i else None
        if noun is None or noun.lemma_.lower() not in cue_lexicon().interview_nouns:
            continue
        cur = prep.head
        while cur.i != verb.i and not (cur.lemma_.lower() in verbs and cur.tag_ != "VBG"):
            cur = cur.head
        if cur.i == verb.i:
            return interviewer(noun)
    return None


def broadcaster(noun: Token) -> Token | None:
    """"said in an interview broadcast by Channel 12": who aired or printed the interview
    (the agent of a carrying participle on it) heard it, like the interviewer."""
    carrying = cue_lexicon().carrying_verbs
    return next((p for acl in noun.children if acl.dep_ == "acl"
                 and acl.lemma_.lower() in carrying for p in agents(acl)), None)


#: Prepositions of a frame phrase: "in an interview", "during a call", "through a telephone
#: call to Reuters", "via a message to AFP", "over the phone with AP" (the means the words
#: went by frames them as the occasion they were said on does).
FRAME_PREPS = ("in", "during", "through", "via", "over")


def frame_noun(prep: Token) -> Token | None:
    """The statement noun of an "in a statement"/"in an interview" phrase, if prep is one
    ("during an interview with Reuters", "through a telephone call to Reuters" frame the words
    the same way)."""
    if prep.dep_ != "prep" or prep.lower_ not in FRAME_PREPS:
        return None
    return next((g for g in prep.children if g.dep_ == "pobj"
                 and g.lemma_.lower() in cue_lexicon().cue_nouns), None)


def interviewer(noun: Token, after: int | None = None) -> Token | None:
    """Who heard it: "an interview with CNN", "a telephone call to the AP", and a medium the
    words were given for: "said in a statement for CNN", "in a video interview for Reuters"
    ("a statement for the occasion" names nobody who heard it). With `after`, the noun is the
    cue verb and the phrase must follow the frame right away: "said in a voicemail to
    BenarNews", where the parser hung "to BenarNews" on "said"."""
    for prep in noun.children:
        if after is not None and prep.i != after + 1:
            continue
        if prep.dep_ == "prep" and prep.lower_ in ("with", "to"):
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
        if prep.dep_ == "prep" and prep.lower_ == "for":
            found = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if found is not None and is_media(found):
                return found
        if after is None and prep.dep_ == "acl" and prep.tag_ == "VBN" \
                and prep.lemma_.lower() in cue_lexicon().giving_participles:
            found = next((g for to in prep.children if to.dep_ in ("prep", "dative")
                          and to.lower_ == "to" for g in to.children if g.dep_ == "pobj"), None)
            if found is not None:  # "in remarks made to Reuters", "comments given to AFP"
                return found
    return None


def _under_owner_preposition(tok: Token) -> bool:
    """The object of a preposition under which a name before a statement noun owns it (cues
    pack `owner_prepositions`: "amid UN claims"; not "a rally in Michigan")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in cue_lexicon().owner_prepositions


def named_owner(tok: Token) -> Token | None:
    """The name before a statement noun under a preposition ("amid UN claims that …"): the
    noun is that name's statement. Only under a preposition: the object of a denial ("denied
    Reuters reports that …") is read by authors.py, its denier kept."""
    if not _under_owner_preposition(tok):
        return None
    names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return names[-1] if names else None


def _clause_after(noun: Token) -> Token | None:
    """The "that" clause right after a statement noun that the parser hung on the sentence's
    verb ("is at stake amid UN claims that his forces were behind …"): it says what the noun
    claims."""
    mark = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if mark is None or mark.dep_ != "mark" or mark.lower_ != "that":
        return None
    clause = mark.head
    return clause if clause.i > noun.i and clause.dep_ in ("ccomp", "advcl") else None


def misread_owner(tok: Token) -> Token | None:
    """"amid UN claims that …" parsed as the verb "claims" with no subject of its own and
    "UN" the preposition's object: a statement noun's plural read as a verb. The name right
    before it, under a preposition of the cues pack's `owner_prepositions`, owns the
    statement, when the word has a "that" clause."""
    if tok.tag_ != "VBZ" or tok.i == 0 or tok.lemma_.lower() not in cue_lexicon().cue_nouns:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    prev = tok.doc[tok.i - 1]
    if prev.pos_ != "PROPN" or not _under_owner_preposition(prev):
        return None
    return prev if any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                  for m in c.children)
                       for c in tok.children) else None


def noun_cue(tok: Token) -> Cue | None:
    """"Trump's claim that …", "Ankara's allegation that …", "a report by HRW that …": a
    statement noun with its speaker (possessor or "by"/"from" phrase) and its content."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in cue_lexicon().cue_nouns:
        return None
    content = noun_content(tok)
    if content is None and _under_owner_preposition(tok):
        content = _clause_after(tok)
    if content is None:
        return None
    source = next((c for c in tok.children if c.dep_ == "poss"), None)
    for prep in tok.children:
        if source is None and prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            source = next((g for g in prep.children if g.dep_ == "pobj"), None)
    source = source or named_owner(tok)
    if source is None:
        return None
    return Cue(tok, tok.text, source, True, kind="noun", content=content)


def frame_cue(tok: Token) -> Cue | None:
    """"In a statement on Monday, the ministry condemned …": under a verb that is no cue of its
    own, the frame noun is the cue and the verb's subject the source. The caller has checked
    that `tok` is a preposition under a verb that is no cue (cues.py, asking reporting_verbs.py)."""
    verb = tok.head
    if not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None  # "In a speech, Clinton laid out her proposals": no proposition reported
    noun = frame_noun(tok)
    if noun is None:
        return None
    source, own = subject_of(tok.head)
    if source is None:
        return None
    words = (tok, *noun_words(noun))
    cue = Cue(noun, " ".join(t.text for t in words), source, own, kind="frame",
              extra=words)
    if noun.lemma_.lower() in cue_lexicon().interview_nouns:
        cue.recipient = interviewer(noun)
        cue.relayed = cue.recipient is not None
    return cue
