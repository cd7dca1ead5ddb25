"""The cue a reporting verb makes: who speaks through it, who is told, and by what channel.

"Peskov responded … by pointing out", "Reuters was told by officials", "the ministry's
statement said", "posts on social media claimed …": the subject, passive agent, object or
platform that names the source, read once reporting_verbs.py has found the verb to be a cue.
Split from cues.py, which scans a unit for cues of every kind.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...clean.outlets import outlet_info
from ..lexicon import cue_lexicon, event_lexicon
from ..subjects import other_line, subject_of
from .cue import Cue
from .heard import names_medium
from .noun_cues import misread_owner, noun_content, noun_words, with_frame
from .prep_cues import misread_object
from .reporting_verbs import clause_beside, heard_from, misread_told, publication_of
from .sources import (
    adjacent_name,
    agents,
    carried_by,
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
from .stance import agent_like


def _participle_subject(source: Token | None) -> Token | None:
    """"agents sent to the site confirmed the death": the parser may read the participle
    phrase as a clausal subject headed by "sent"; its noun is the one who spoke."""
    if source is None or source.pos_ != "VERB" or source.dep_ != "csubj":
        return source
    return next((c for c in source.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.pos_ in ("NOUN", "PROPN")), source)


def verb_cue(tok: Token) -> Cue:
    """The cue of a verb `is_cue_verb` accepted: its text, source (subject, passive agent,
    hearer's "from" phrase or poster), recipient, relay and channel, and a publication's words."""
    lex = cue_lexicon()
    told = misread_told(tok)
    if told is not None:  # "told dpa that …" read with "dpa" the verb: dpa is the one told
        source, own = next(((c, True) for c in told.children if c.dep_ == "nsubj"), None) \
            or subject_of(tok)  # (the parser may hang the speaker on "told")
        return with_frame(Cue(tok, f"{told.text} {tok.text}", source,
                              own and source is not None, tok))
    lemma = tok.lemma_.lower()
    text = tok.text
    particle = lex.particles.get(lemma) or lex.objects.get(lemma)
    if particle:
        text = f"{tok.text} {particle}"  # "pointed out", "put it"
    early = _heard_or_named_cue(tok, lemma, text)
    if early is not None:
        return early
    source, own = _verb_source(tok, lemma)
    carrier = carried_by(source) if source is not None else None
    if source is not None:
        source = past_dateline(report_source(source))  # "the ministry's statement said"
    source, own, channel = _speaker_and_channel(tok, source, own)
    recipient = _told(tok, lemma)
    cue = Cue(tok, text, source, own and source is not None, recipient, channel=channel)
    if carrier is not None and recipient is None:  # "a statement … carried by Alsumaria TV"
        cue.recipient, cue.relayed = carrier, True
    publication = publication_of(tok) if lemma in lex.publishing_verbs else None
    if publication is not None:  # "issued a statement calling for …": the object is the cue's
        cue.extra = tuple(noun_words(publication))
        cue.content = noun_content(publication, participle=True)
    return with_frame(cue)


def _heard_or_named_cue(tok: Token, lemma: str, text: str) -> Cue | None:
    """The cue when a hearer's "from" phrase, a quoted passive's subject or a misread noun's
    owner names its source outright; None when the source is to be read from the clause."""
    lex = cue_lexicon()
    heard = heard_from(tok) if lemma in lex.hearing_verbs else None
    if heard is not None:  # "Reuters learned from sources that …": the sources speak
        return Cue(tok, tok.text, heard, True, subject_of(tok)[0], relayed=False)
    if lemma in lex.speaker_when_passive and _quoted_as(tok):
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if subj:
            return Cue(tok, text, subj[0], True)
    owner = misread_owner(tok)
    if owner is not None:  # "amid UN claims that …" read as a verb: the UN's claims
        return Cue(tok, text, owner, True)
    return None


def _verb_source(tok: Token, lemma: str) -> tuple[Token | None, bool]:
    """(source, whether it speaks in its own voice) of a reporting verb, from its subject
    and the parser's misreadings around it: a name after a comma, a closing medium, an
    adjacent name or object, a clause beside it, the givers of a toll."""
    lex = cue_lexicon()
    source, own = subject_of(tok)
    if not own and _subordinate_passive(tok):
        return None, False
    source = _participle_subject(inverted_after_label(tok, source))
    if own and source is not None:
        source = _medium_past_citation(source) or source
    if own and source is not None and _misread_participle_subject(tok, source):
        source, own = subject_of(tok.head)  # "confirmed the incident saying …": Gava says it
        own = False
    if own and source is not None and source.i < tok.i and not agent_like(source):
        named = name_after_comma(tok)  # "…, but also Kursk and Bryansk, BTA noted": BTA
        if named is not None and named.i > source.i:
            source = named
    after = next((c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i), None)
    if after is not None and (source is None or source.i == after.i):
        found = _medium_before_break(tok, after)
        source, own = (found, True) if found is not None else (source, own)
    if own and source is not None and _spoken_after_verb(tok, source):
        # "…, said a witness, …, reported The Sydney Morning Herald.": the parser made the
        # first verb's speaker the subject of the medium's verb put after it
        source = _closing_medium(tok) or source
    if source is None or not own:
        source, own = next(((s, True) for c in tok.children if c.dep_ == "ccomp"
                            for s in c.children if s.dep_ == "nsubj"
                            and _spoken_after_verb(c, s) and s.left_edge.i == tok.i + 1
                            and _closing_medium(c) is not None), (source, own))
    if not own and source is not None and _expletive(source):
        source = None  # "it is a tradition to threaten …": nobody in particular threatens
    if not own or source is None:
        source, own = adjacent_name(tok) or read_object(tok) or (source, own)
    if source is None and clause_beside(tok) is not None:
        source, own = tok.head, True  # "A resident, who …, shared with X that …": no verb
        # but the cue's, the parser made the resident the root and hung the cue from it
    if source is None and tok.dep_ == "acl" and lemma in lex.counting \
            and (givers := agents(tok)):
        source, own = givers[0], True  # "a toll of eight soldiers, given by the army"
    return source, own


def _subordinate_passive(tok: Token) -> bool:
    """"Until the state of emergency was announced, troops killed 82 people": a passive cue
    with a subject of its own, no "by" agent, in a clause a subordinator ("until", "after",
    "when") hangs from another verb, names no teller; the subject it would inherit is the
    main clause's actor (the troops), who announced nothing, and its toll is the narrator's."""
    kids = list(tok.children)
    return (tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in kids)
            and any(c.dep_ == "nsubjpass" for c in kids)
            and any(c.dep_ == "auxpass" for c in kids)
            and not any(c.dep_ == "agent" for c in kids))


def _speaker_and_channel(tok: Token, source: Token | None,
                         own: bool) -> tuple[Token | None, bool, Token | None]:
    """(source, own voice, channel) once the platform a source names is read: posts' authors
    or the poster speak on it, an event noun is no speaker, else a platform beside the verb
    or a medium it came through."""
    channel = platform(source) if source is not None else None
    if (channel is not None and own and channel.i != source.i and source.dep_ == "nsubj"
            and tok.tag_ != "VBG"):
        channel = None  # "posts on social media claimed …": the posts' authors speak
    elif channel is not None:  # nobody posted on it: "Twitter announced", "the website noted"
        source, own = poster(tok, source) or source, True
    if source is not None and _event_noun(source):
        source, own = None, False  # "the massacre ... reports 136 dead": no one speaks
    channel = channel or next((p for c in tok.children if c.dep_ == "prep"
                               for p in c.children if platform(p) is p), None) \
        or through_medium(tok)
    return source, own, channel


def _spoken_after_verb(tok: Token, source: Token) -> bool:
    """Whether a cue's subject stands right after another reporting verb ("said a witness"),
    so it is that verb's speaker put after it, not this verb's."""
    if source.i > tok.i or source.left_edge.i == 0:
        return False
    before = tok.doc[source.left_edge.i - 1]
    return before.i != tok.i and before.pos_ == "VERB" \
        and before.lemma_.lower() in cue_lexicon().verbs


def _medium_before_break(tok: Token, source: Token) -> Token | None:
    """"…, reports Xinhua news agency[paragraph break]Bogota, Sep 12 (IANS) …": a paragraph
    that ends with no full stop lets the parser take the next paragraph's opening as the
    verb's subject; the medium named between the verb and the break is its speaker."""
    doc = tok.doc
    brk = next((t.i for t in doc[tok.i + 1:source.i] if t.is_space and "\n" in t.text), None)
    if brk is None or brk == tok.i + 1 or any(t.is_punct for t in doc[tok.i + 1:brk]):
        return None
    return doc[brk - 1] if is_media(doc[brk - 1]) else None


def _closing_medium(tok: Token) -> Token | None:
    """The medium a verb has as its object at the end of its sentence ("…, reported The Sydney
    Morning Herald."): a medium put after its verb, the verb's speaker."""
    closing = read_object(tok)
    return closing[0] if closing is not None and is_media(closing[0]) else None


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
        return (_staff_medium(objs[0]) or objs[0]) if objs else _misread_outlet(tok)
    if lemma in lex.verbs and lemma not in lex.stance_verbs:
        heard = ("to", "with") if lemma in lex.told_with \
            and tok.dep_ not in ("acl", "relcl") else ("to",)  # (a participle on the
        # speaker names its hearer as `heard_by` reads it: "A farmer shared with X that …")
        return next((_staff_medium(p) or p
                     for prep in tok.children
                     if prep.dep_ == "prep" and prep.lower_ in heard for p in prep.children
                     if p.dep_ == "pobj" and (p.pos_ == "PROPN" or medium_by_name(p)
                                              or _staff_medium(p) or _described_medium(p))),
                    None) \
            or _shared_with(tok, lemma) or _called_to_say(tok) or _called_and_said(tok) \
            or _acronym_read_as_verb(tok)
    return None


def _acronym_read_as_verb(tok: Token) -> Token | None:
    """"confirmed to AIM that …": an acronym that spells a verb ("AIM", "CAN"), right after a
    speech verb's "to", which the parser read as an infinitive of the verb's own, is the name
    the words were said to."""
    nxt = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
    if nxt is None or nxt.head.i != tok.i or nxt.dep_ != "xcomp" or len(nxt.text) < 2 \
            or not nxt.text.isupper() or not nxt.text.isalpha():
        return None
    to = tok.doc[tok.i + 1]
    return nxt if to.lower_ == "to" and to.head.i == nxt.i else None


def _misread_outlet(tok: Token) -> Token | None:
    """"spokesman Ali Omar told dpa they are …": an outlet's name written in lower case right
    after a telling verb, which the parser read as a verb of the verb's own ("dpa" an xcomp),
    is the one told; only a name the outlets pack knows, whole, counts."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.head.i != tok.i or nxt.dep_ in ("dobj", "dative", "punct") \
            or not nxt.is_lower or outlet_info(nxt.text) is None:
        return None
    return nxt


def _described_medium(tok: Token) -> bool:
    """"confirmed to the newspaper that …": a singular medium named by its description, which
    the recipient's reader resolves to the medium named before."""
    return tok.lemma_.lower() in cue_lexicon().media_nouns and tok.tag_ == "NN" \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)


def _called_to_say(tok: Token) -> Token | None:
    """"Two residents phoned a Reuters reporter to say 17 people were killed": a speech verb
    in a purpose infinitive on a verb of getting in touch names that verb's object as told."""
    head = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or head.i == tok.i \
            or head.lemma_.lower() not in cue_lexicon().calling_verbs \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    return next((c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < tok.i),
                None)


def _called_and_said(tok: Token) -> Token | None:
    """"The commander telephoned local radio stations and claimed the attack": a speech verb
    joined to a verb of getting in touch says its words to that verb's object, told when it
    names a medium (a person or body called may be a source the speaker only spoke with)."""
    head = tok.head
    if tok.dep_ != "conj" or head.i == tok.i or head.i > tok.i \
            or head.lemma_.lower() not in cue_lexicon().calling_verbs:
        return None
    return next((c for c in head.children if c.dep_ in ("dobj", "dative") and names_medium(c)),
                None)


def _shared_with(tok: Token, lemma: str) -> Token | None:
    """"A resident shared with Addis Standard that …": a verb of conversation names the medium
    it was spoken with as told (only a medium: "confirmed with police" names a source checked)."""
    if lemma not in cue_lexicon().conversation_verbs or tok.dep_ in ("acl", "relcl"):
        return None  # (a participle on the speaker names its hearer as `heard_by` reads it)
    return next((p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "with"
                 for p in prep.children
                 if p.dep_ == "pobj" and names_medium(p)), None)


def _staff_medium(tok: Token) -> Token | None:
    """"said to a Reuters reporter", "told BBC Somalia correspondent Mohamed Mwalimu": the
    medium whose reporter heard the words relays them. The staff noun may be the told name's
    own compound, and the medium a compound of a compound ("BBC" on "Somalia"), so the staff
    noun's left modifiers are searched, not only its children."""
    staff_words = cue_lexicon().media_staff
    staff = tok if tok.lemma_.lower() in staff_words else next(
        (c for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in staff_words),
        None)
    if staff is None:
        return None
    return next((c for c in staff.subtree if c.i < staff.i and c.dep_ in ("compound", "poss")
                 and is_media(c)), None)


def _quoted_as(tok: Token) -> bool:
    """Whether a passive "quoted"/"cited" names its subject as a speaker: "was quoted as
    saying", "was quoted saying by AIB", "was cited by Interfax" (an "as"-participle, a bare
    participle of a reporting verb, or a "by" agent), not "200 militants had been cited
    (sighted) inside the forest"."""
    return any(c.dep_ == "agent" for c in tok.children) or any(
        t.lower_ == "as" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "VBG"
        for t in tok.subtree if t.i > tok.i) or any(
        c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_.lower() in cue_lexicon().verbs
        for c in tok.children)


def _medium_past_citation(subject: Token) -> Token | None:
    """"Quoting Deputy Commissioner of Police Kupwara, Ravi Das, news agency KNT reported …":
    the parser may read an opening "Quoting"/"Citing" as a word of the title it cites, make
    that title the verb's subject and hang the medium after it as an apposition; the medium
    is the one that reports (the title stays the citing cue's source)."""
    lex = cue_lexicon()
    if not any(c.lower_ in lex.prepositional and lex.prepositional[c.lower_] is None
               and misread_object(c) == [subject] for c in subject.children):
        return None
    return next((t for t in subject.subtree if t.dep_ == "appos" and t.i > subject.i
                 and names_medium(t)), None)


def _misread_participle_subject(tok: Token, subject: Token) -> bool:
    """"X confirmed the incident saying …": the parser may make the object of the verb the
    subject of the participle under it; a thing that cannot speak is then not its speaker."""
    return (tok.tag_ == "VBG" and subject.i < tok.i and tok.head.i != tok.i
            and tok.head.pos_ == "VERB" and subject.head.i == tok.i
            and subject.left_edge.i > tok.head.i and not agent_like(subject))


def _expletive(tok: Token) -> bool:
    """"it"/"there" as the dummy subject of "be": "it is a good tradition to threaten …"."""
    return tok.lower_ in cue_lexicon().expletives and tok.head.lemma_.lower() == "be"


def _event_noun(tok: Token) -> bool:
    """An event's common noun ("the strike", "massacre") as a cue verb's subject: a misread
    headline ("Village massacre: rights group reports 136 dead") or a thing that cannot
    speak; never a speaker (the events pack's trigger nouns)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in event_lexicon().nouns
