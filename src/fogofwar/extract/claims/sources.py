"""Who a reporting cue's source is, as the parse gives it: the phrase the cue hangs from.

The small parser often hangs a source elsewhere ("…, a vigilante operative, Michael Emmanuel,
told PREMIUM TIMES" as a conjunct of the sentence before; "NEWSROOM (ADV) – X said" with the
dateline as subject), names a document for its author ("the ministry's statement said", "a
report in Monday's issue of Carta"), or carries the relay inside the source phrase ("a
statement … carried by Alsumaria TV"). These helpers turn such parses into the speaker (and
relay) that verb_cues.py and the other cue finders record on each cue.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ...annotate.packdata import actor_packs
from ...annotate.pipeline import doc_text
from ...clean.outlets import outlet_by_web_name, outlet_info
from ...clean.sitenames import common_word
from ...resolve.figure_base import unit_words
from ..lexicon import cue_lexicon
from ..referents import phrase_span
from ..subjects import subject_of
from .credits import credit_end
from .stance import agent_like

SOURCE_PREPS = ("from", "by", "of")


def is_media(head: Token | None) -> bool:
    """Whether a phrase names a news medium ("TASS state-run news", "Hurriyet newspaper", or
    a name the outlets pack gives an id: "Al Jazeera", "Reuters", or writes as one
    lower-case word: "malaymail")."""
    if head is None:
        return False
    lex = cue_lexicon()
    media, mastheads = lex.media_nouns, lex.masthead_words
    span = phrase_span(head)
    return any(t.lemma_.lower() in media or t.lower_ in media
               or (t.pos_ == "PROPN" and t.lower_ in mastheads) or named_medium(t)
               or outlet_by_web_name(t.text) is not None or lower_wire(t) or capital_wire(t)
               for t in span) or _medium_noun_after(head, span.end)


def lower_wire(tok: Token) -> bool:
    """"told efe that …", "told dpa": a wire's name written in lower case, whole, when the
    outlets pack spells it as an acronym or in lower case itself and it is no everyday word
    (not "dawn", which the pack gives no actor id, nor "app" or "spa", words before wires)."""
    if not tok.is_lower or not tok.is_alpha or common_word(tok.lower_):
        return False
    return _wire_spelt(tok, lambda n: n.isupper() or n.islower())


def capital_wire(tok: Token) -> bool:
    """"who ANTARA met", "told XINHUA": a wire's one-word name written in capitals, which the
    entity ruler (case-sensitive) leaves untagged, when the outlets pack gives the name an id
    and it is no everyday word written loud ("DAWN" has no id; "NEWS" is no outlet)."""
    if not tok.is_upper or not tok.is_alpha or len(tok.text) < 4 or common_word(tok.lower_):
        return False
    return _wire_spelt(tok, lambda n: True)


def _wire_spelt(tok: Token, pack_spelling: Callable[[str], bool]) -> bool:
    """The token is, whatever its case, the name or an alias of an outlet the pack gives an id,
    spelt there in a way `pack_spelling` accepts (the shared tail of `lower_wire` and
    `capital_wire`)."""
    info = outlet_info(tok.text)
    return info is not None and info.id is not None and any(
        n.lower() == tok.lower_ and pack_spelling(n) for n in (info.name, *info.aliases))


def medium_by_name(head: Token) -> bool:
    """A medium named by its name ("Caracol TV"), not by common nouns alone ("the media",
    "the state broadcaster", which are audiences or name nobody)."""
    return is_media(head) and any(t.pos_ == "PROPN" for t in head.subtree)


def _medium_noun_after(head: Token, end: int) -> bool:
    """"the state-owned New Vision daily": a medium's noun right after a name, which the
    parser hung elsewhere as a bare modifier ("daily" read as an adverb), is the name's."""
    if head.pos_ != "PROPN" or end >= len(head.doc):
        return False
    nxt = head.doc[end]
    return nxt.dep_ in ("advmod", "amod", "npadvmod") and not list(nxt.children) \
        and nxt.lower_ in cue_lexicon().media_nouns


def named_medium(tok: Token) -> bool:
    """Whether the entity ruler tagged the token as part of an outlet the packs name."""
    if not tok.ent_id_:
        return False
    actor = actor_packs().actors.get(tok.ent_id_)
    return actor is not None and actor.sector == "MED"


def read_object(tok: Token) -> tuple[Token, bool] | None:
    """"“…,” read a statement of the Security Media Cell": after a quote, "read" has the
    document as its object and no subject; the document's author is the source. "…,
    confirmed the province's spokesperson Liaquat Shahwani.", "…, reports Anadolu Agency.": a
    speaker put after its verb at the end of the sentence, which the parser read as the
    object, is the source."""
    inverted = _inverted_speaker(tok)
    if inverted is not None:
        return inverted, True
    if tok.lemma_.lower() != "read":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"
                and c.lemma_.lower() in cue_lexicon().report_nouns), None)
    return (obj, True) if obj is not None else None


def agents(tok: Token) -> list[Token]:
    """The objects of a passive verb's "by" phrases: "quoted by RIA", "carried by SANA"."""
    return [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def carried_by(head: Token, framed: bool = False) -> Token | None:
    """Who carried a statement on: "a statement of the cell carried by Alsumaria TV", "a video
    obtained by Reuters". The carrier relays the source's words. With `framed`, the statement
    frames a speaker's own cue ("the group said in a statement published by SITE"): the
    speaker wrote it, so any agent that published it passed it on."""
    lex = cue_lexicon()
    owners = [head, *(p for prep in head.children if prep.dep_ == "prep"
                      and prep.lower_ in SOURCE_PREPS for p in prep.children
                      if p.dep_ == "pobj")]
    aside = _aside_carrier(head)
    if aside is not None:  # "a source at the hospital, quoted by the news agency, said"
        return aside
    for tok in owners:
        for acl in tok.children:
            sent = _sent_to(acl) if acl.dep_ == "acl" else None
            if sent is not None:  # "a statement sent to Reuters"
                return sent
            released = _released_by(acl) if acl.dep_ == "acl" else None
            if released is not None:  # "a statement released by the state news agency"
                return _detached_name(released, acl)
            if acl.dep_ == "acl" and carries(acl, framed):
                # the agent, or a medium it was carried on ("a statement carried on state media")
                found = next(iter(agents(acl)), None) or _medium_on(acl)
                if found is not None:
                    return _detached_name(found, acl)
            if acl.dep_ == "acl" and acl.lemma_.lower() in lex.reading_verbs:
                found = _medium_on(acl)  # "a statement read over state radio"
                if found is not None:
                    return _detached_name(found, acl)
    return _medium_on(head) if head.lemma_.lower() in lex.cue_nouns else None


def _act_done(participle: Token) -> bool:
    """"a count carried out by the observatory": a carrying verb with a particle that makes it
    an act done, no passing on."""
    return any(c.dep_ == "prt" and c.lower_ in cue_lexicon().act_particles
               for c in participle.children)


def carries(participle: Token, framed: bool = False) -> bool:
    """Whether a participle of a carrying verb passes a document on: not one done as an act
    ("a count carried out by the observatory"), nor, unless the document frames a speaker's
    own cue (`framed`), one of an authoring verb whose "by" agent is no medium ("a toll
    published by the doctors' union", "pictures reviewed by a university lab"): those name
    the author (`authored_by`)."""
    lex = cue_lexicon()
    lemma = participle.lemma_.lower()
    if lemma not in lex.carrying_verbs or _act_done(participle):
        return False
    found = agents(participle)
    return framed or lemma not in lex.authoring_verbs or not found or is_media(found[0])


def authored_by(head: Token) -> Token | None:
    """The author a document noun names by the "by" agent of a participle that made it and
    passed nothing on: "a statement issued by the army", "a toll published by the doctors'
    union", "a count carried out by the observatory" (a medium that carried, published or
    released it relays instead, `carried_by`)."""
    lex = cue_lexicon()
    nouns = lex.report_nouns | lex.publication_nouns | lex.depictions | lex.finding_nouns
    if head.lemma_.lower() not in nouns and head.lower_ not in nouns:
        return None  # (the word as written too: "figures released by state authorities",
        # which the pack lists plural, as the parser lemmatises it "figure")
    for acl in head.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or not (
                acl.lemma_.lower() in lex.authoring_verbs or _act_done(acl)):
            continue
        found = agents(acl)
        if found and not carries(acl) and _released_by(acl) is None \
                and _sent_to(acl) is None:
            return found[0]
    return None


def _aside_carrier(head: Token) -> Token | None:
    """"A doctor at the clinic, quoted by the state news agency, said …": a carrying participle
    set off by commas after the speaker's phrase is the speaker's, though the parser hangs it
    on the last noun of a phrase inside it ("at the clinic", "in the ministry")."""
    inner = [p for prep in head.children if prep.dep_ == "prep"
             and prep.lower_ not in SOURCE_PREPS for p in prep.children if p.dep_ == "pobj"]
    for acl in (c for tok in inner for c in tok.children):
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.i > 0 \
                and acl.doc[acl.i - 1].text == "," \
                and acl.lemma_.lower() in cue_lexicon().carrying_verbs:
            found = next(iter(agents(acl)), None)
            if found is not None:
                return _detached_name(found, acl)
    return None


def descriptions(source: Token) -> list[Token]:
    """The nouns set in apposition to a source ("according to Delta Watch, a monitoring group
    cited by the UN"): its appositions, and a noun phrase opening right after the comma that
    closes the source's phrase which the parser hung on a word outside it (as the main verb's
    adverbial noun), as it may an apposition closing a long sentence."""
    found = [c for c in source.children if c.dep_ == "appos"]
    doc = source.doc
    comma = source.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return found
    head = doc[comma + 1]
    while head.head.i != head.i and head.head.left_edge.i == comma + 1:
        head = head.head
    if head.pos_ == "NOUN" and head.dep_ == "npadvmod" and head.head.i < source.i \
            and head not in found:
        found.append(head)
    return found


def described_prep_source(noun: Token) -> bool:
    """Whether a noun describes the source of an "according to" phrase before it (see
    `descriptions`)."""
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text != ",":
        return False
    lex = cue_lexicon()
    before = noun.doc[start - 2]
    return any(t.dep_ == "pobj" and t.head.head.lower_ in lex.relaying_prepositional
               and noun in descriptions(t) for t in (before, *before.ancestors))


def carrier_participle(tok: Token) -> bool:
    """"…, security sources said, quoted by ANI", "…, according to the ministry, cited by Al
    Jazeera" (the parser may read the participle as the verb's complement): a bare
    participle of a carrying verb with a "by" agent and no subject of its own, hung as a side
    clause, names who passed the statement on."""
    return (tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBN"
            and tok.lemma_.lower() in cue_lexicon().carrying_verbs
            and any(c.dep_ == "agent" for c in tok.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children))


def _sent_to(acl: Token) -> Token | None:
    """The medium a statement was sent or given to ("a statement sent to Reuters", "a
    statement made available to Xinhua", where "to" hangs from the verb's complement); "sent
    to the media", like "told the media", names an audience, no medium."""
    lex = cue_lexicon()
    lemma = acl.lemma_.lower()
    holders = [acl] if lemma in lex.sending_verbs else []
    holders += [c for c in acl.children if c.dep_ in ("oprd", "acomp")
                and c.lower_ in lex.sending_complements.get(lemma, ())]
    return next((p for holder in holders for prep in holder.children
                 if prep.dep_ in ("prep", "dative") and prep.lower_ == "to"
                 for p in prep.children if p.dep_ == "pobj" and is_media(p)
                 and p.lower_ not in cue_lexicon().audience_nouns and not bare_media(p)),
                None)  # not "reporters"


def bare_media(tok: Token) -> bool:
    """"told the media", "told press": the media at large with nothing but an article before
    them name no medium that passed the words on, so they are an audience ("told local media",
    "told state media" name the media the claim came through: a relay)."""
    lex = cue_lexicon()
    return (tok.lower_ in lex.bare_media_nouns or tok.lemma_.lower() in lex.bare_media_nouns) \
        and all(t.dep_ == "det" for t in tok.lefts) \
        and not any(c.dep_ in ("appos", "compound", "amod", "nmod", "poss") for c in tok.rights)


def _released_by(acl: Token) -> Token | None:
    """The medium a statement was released or issued by: "in a statement released by the
    state news agency Khovar" (a statement issued by the army names its author, no relay:
    only a medium counts), or by the speaker's own service, which the agent's possessive
    pronoun tells apart from the author ("a statement released by its information service,
    Tajikistan said": the state spoke, its service carried the words)."""
    if acl.lemma_.lower() not in cue_lexicon().sending_verbs:
        return None
    found = next((p for p in agents(acl) if is_media(p) or any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in p.children)), None)
    name = next((c for c in found.children if c.dep_ == "appos" and c.pos_ == "PROPN"),
                None) if found is not None else None
    return name or found  # "the state news agency Khovar": known by its name


def _detached_name(found: Token, acl: Token) -> Token:
    """"carried by the state news agency SANA": the parser may hang the name after the
    description on the participle; the name is who carried it."""
    after = found.right_edge.i + 1
    doc = found.doc
    if after < len(doc) and doc[after].pos_ == "PROPN" and doc[after].head.i == acl.i:
        return doc[after]
    if after < len(doc) and named_medium(doc[after]) \
            and found.lemma_.lower() in cue_lexicon().media_nouns:
        return doc[after]  # "the state news agency IRNA", the name misparsed elsewhere
    return found


def _medium_on(tok: Token) -> Token | None:
    """"a statement on Saudi Press Agency", "carried on Saudi state media": a medium the words
    appeared on relays them; a platform ("a statement on Telegram") is the speaker's own."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in", "over"):
            # ("over": "read over state radio", "broadcast over the radio")
            obj = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if obj is not None and is_media(obj) and platform(obj) is None:
                return obj
            owner = _platform_owner(obj) if obj is not None else None
            if owner is not None:  # "a statement on the website of the Saba news agency"
                return owner
    return None


def _platform_owner(tok: Token) -> Token | None:
    """The medium whose platform a statement appeared on: "the website of the Saba news
    agency", "the news agency's website", "the Kavkaz Center website" (a medium the packs
    name, written before the platform; the army's own website, "the Taliban website", is the
    speaker's own: no relay)."""
    if platform(tok) is None:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"] + [
        p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children if p.dep_ == "pobj"]
    named = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i
             and any(named_medium(t) or capital_wire(t) or outlet_by_web_name(t.lower_)
                     is not None for t in phrase_span(c))]  # ("the Kavkazcenter website": a
    # medium's words run together as its web address runs them)
    return next((o for o in owners if is_media(o) and platform(o) is None), None) or next(
        iter(named), None)


def past_dateline(head: Token) -> Token:
    """"NEWSROOM (ADV) – Ahmad al-Mismari, spokesman of …, said": when the parser made the
    dateline the subject, the speaker is its apposition after the credit."""
    end = credit_end(doc_text(head.doc), head.idx)
    if end is None:
        return head
    return next((c for c in head.children if c.dep_ == "appos" and c.idx >= end), head)


def _inverted_speaker(tok: Token) -> Token | None:
    doc = tok.doc
    lex = cue_lexicon()
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "npadvmod")), None) \
        or _citing_subject(tok)
    if obj is None or tok.i == 0 or doc[tok.i - 1].text != "," or obj.i < tok.i \
            or tok.lemma_.lower() in lex.telling_verbs:
        return None  # ("…, told Reuters": who heard, never who spoke)
    citing = {t.i for c in tok.children if c.dep_ in ("advcl", "xcomp")
              and c.lower_ in lex.prepositional for t in c.subtree if t.i > obj.i}
    if any(not (t.is_punct or t.is_space) and t.i not in citing
           for t in doc[obj.right_edge.i + 1:tok.sent.end]):
        return None  # "…, confirmed the incident on Monday": more follows the object
    # (", reported Associated Press, citing the group": a "citing" may follow the speaker)
    if obj.ent_type_ == "PERSON" or obj.lemma_.lower() in lex.source_nouns \
            or is_media(obj):  # "…, reports Anadolu Agency.": the agency put after its verb
        return obj
    if obj.dep_ != "dobj" and obj.ent_type_ == "ORG":
        return obj  # "…, reported Xinhua.": no object of the verb, a body put after it
    return None


def _citing_subject(tok: Token) -> Token | None:
    """"…, reported Xinhua citing the report": the name right after the verb that the parser
    made the subject of the "citing" after it."""
    return next((s for c in tok.children if c.dep_ in ("advcl", "xcomp")
                 and c.lower_ in cue_lexicon().prepositional
                 for s in c.children if s.dep_ == "nsubj" and s.left_edge.i == tok.i + 1), None)


def _organ(tok: Token) -> Token | None:
    """A group's medium named by what it is to the group ("ISIS propaganda arm Amaq", "the
    rebels' mouthpiece"; cues pack organ_nouns): the name in apposition when one follows,
    else the phrase itself."""
    organs = cue_lexicon().organ_nouns
    before = tok.doc[tok.i - 1].lower_ if tok.i else ""
    if tok.lower_ not in organs and f"{before} {tok.lower_}" not in organs:
        return None
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), tok)


def platform(head: Token) -> Token | None:
    """The platform a source phrase names, if any ("a counter-attack on Twitter")."""
    platforms = cue_lexicon().platforms
    described = {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
    for tok in head.subtree:  # "Sabereen News, a Telegram news channel": it speaks itself
        pair = f"{tok.doc[tok.i - 1].lower_} {tok.lower_}" if tok.i else ""
        if tok.i not in described and (tok.lower_ in platforms or pair in platforms
                                       or tok.lemma_.lower() in platforms):
            return tok  # ("social media" is one platform of two words)
    return None


def poster(tok: Token, source: Token) -> Token | None:
    """Whoever posted on a platform: the subject of the nearest clause above the cue whose
    subject is not the platform phrase ("The ministry compensated … with a counter-attack on
    Twitter claiming …" -> the ministry)."""
    for anc in tok.ancestors:
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        subject, _ = subject_of(anc, climb=False)
        if subject is not None and subject.i != source.i and platform(subject) is None:
            return subject
    return None


def adjacent_name(tok: Token) -> tuple[Token, bool] | None:
    """A name right before a subject-less cue ("…, considering on Friday President Erdogan
    warned he's ready …"): the small model often attaches such a subject elsewhere."""
    prev = tok.i - 1
    while prev >= 0 and tok.doc[prev].dep_ in ("advmod", "aux", "neg"):
        prev -= 1
    if prev >= 0 and tok.doc[prev].pos_ == "PROPN" and tok.doc[prev].dep_ not in ("nsubj",
                                                                                 "pobj") \
            and tok.doc[prev].ent_type_ not in ("DATE", "TIME"):  # "tweets early Friday saying"
        return tok.doc[prev], True  # "a rally in Michigan to ask": a place, not a speaker
    return _trailing_source(tok, prev)


def name_after_comma(tok: Token) -> Token | None:
    """"…, primarily Belgorod, but also Kursk and Bryansk, BTA noted, …": a name set off by a
    comma right before a cue verb, which the parser joined to a list before it (making a
    thing further back the verb's subject), is the verb's speaker."""
    doc, prev = tok.doc, tok.i - 1
    while prev > tok.sent.start and doc[prev].dep_ in ("advmod", "aux", "neg"):
        prev -= 1
    first = prev
    while first > tok.sent.start and doc[first - 1].pos_ == "PROPN":
        first -= 1
    if prev <= tok.sent.start or doc[prev].pos_ != "PROPN" or first <= tok.sent.start \
            or doc[first - 1].text != "," or doc[prev].ent_type_ in ("DATE", "TIME", "GPE"):
        return None
    return doc[prev]


#: Longest noun phrase read as the speaker of a trailing "…, X told AFP" ("head of the
#: Regional Military Administration (RMA)" is nine tokens).
TRAILING_WORDS = 12


def _trailing_source(tok: Token, prev: int) -> tuple[Token, bool] | None:
    """"…, killing two soldiers, an officer from Kirkuk police told Rudaw": the phrase
    between the last comma and a subject-less cue is its speaker, though the model hung it
    on the sentence before as an apposition or conjunct."""
    doc, sent_start = tok.doc, tok.sent.start
    if prev > sent_start and doc[prev].text == ",":
        prev -= 1  # "…, a vigilante operative, Michael Emmanuel, told PREMIUM TIMES"
    reach = TRAILING_WORDS + _bracket_tail(doc, prev, sent_start)
    comma = next((i for i in range(prev, max(sent_start, prev - reach) - 1, -1)
                  if doc[i].text == ","), None)
    if comma is None or comma == prev:
        return None
    if _measure(doc, comma + 1):  # "…,” an official in the town, 200 kilometres from the
        return _trailing_source(tok, comma)  # border, told AFP": where the speaker is, not who
    seg = range(comma + 1, prev + 1)
    roots = [doc[i] for i in seg if (doc[i].head.i not in seg or doc[i].head.i == doc[i].i)
             and not doc[i].is_quote]  # '…,” an official told AFP': the closing mark
    if len(roots) == 1 and roots[0].tag_ == "VBG" and roots[0].i == comma + 1 \
            and roots[0].dep_ in ("advcl", "acl") and doc[tok.i - 1].text == "," \
            and comma > sent_start:
        return _before_aside(doc[comma - 1])  # "…, speaking on condition of anonymity, told"
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN"):
        return None
    name = roots[0].head
    if roots[0].dep_ == "appos" and name.pos_ == "PROPN" and name.i == comma - 1 \
            and name.dep_ != "pobj" and name.ent_type_ not in ("GPE", "LOC", "FAC"):
        return name, True  # "…, Pavlo Kyrylenko, head of the RMA, wrote": the named person,
    return roots[0], True  # not the place closing "in the district of Kars, an officer told"


def _before_aside(noun: Token) -> tuple[Token, bool] | None:
    """"a day after army officers, speaking on condition of anonymity, told Reuters …": the
    parser hangs the speakers on "after" and the cue on nothing; the noun closing the phrase
    before a participle aside is who spoke, when it can speak."""
    if noun.pos_ not in ("NOUN", "PROPN") or not agent_like(noun):
        return None
    return noun, True


def _bracket_tail(doc: Doc, prev: int, sent_start: int) -> int:
    """How many tokens a bracket closing the speaker's phrase holds ("… of the Border Guard
    Service (BGS) told AFP"): an acronym spelt out after the name lengthens the phrase, not
    the description."""
    if doc[prev].text != ")":
        return 0
    opening = next((i for i in range(prev - 1, max(sent_start, prev - 6) - 1, -1)
                    if doc[i].text == "("), None)
    return 0 if opening is None else prev - opening + 1


def _measure(doc: Doc, i: int) -> bool:
    """Whether a phrase opens with a count of a unit ("200 kilometres", "30 miles from …"),
    which places a speaker and names nobody."""
    return i + 1 < len(doc) and doc[i].like_num and doc[i + 1].lower_ in unit_words()


def report_noun(tok: Token) -> bool:
    """A word of the cues pack's `report_nouns`, by its lemma or as written: the pack lists
    "figures" and "data", whose lemmas the parser gives as "figure" and "datum"."""
    nouns = cue_lexicon().report_nouns
    return tok.lemma_.lower() in nouns or tok.lower_ in nouns


def report_source(head: Token) -> Token:
    """'reports from local sources' names the sources, not the reports; "the ministry's
    statement said" is the ministry's."""
    author = authored_by(head)
    if author is not None:  # "a toll published by the doctors' union said": the union's
        return author
    if head.lemma_.lower() in cue_lexicon().finding_nouns - cue_lexicon().report_nouns:
        return inquiry_author(head) or head
    if head.lemma_.lower() not in cue_lexicon().report_nouns:
        return head
    owner = next((c for c in head.children if c.dep_ == "poss"
                  and c.ent_type_ not in ("DATE", "TIME")), None)  # not "Monday's issue"
    if owner is not None:
        return owner
    for prep in head.children:
        if prep.dep_ != "prep":
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if objs and prep.lower_ in SOURCE_PREPS:
            return objs[0]
        if objs and prep.lower_ == "in" and (is_media(objs[0]) or objs[0].lemma_.lower()
                                             in cue_lexicon().report_nouns):
            return report_source(objs[0])  # "a report in Monday's issue of Carta": Carta
    return head


#: The prepositions that name who made an inquiry ("an investigation by Amnesty"): "of" and
#: "into" name what was inquired into ("a survey of residents", "an inquiry into the army").
INQUIRY_AUTHOR_PREPS = ("by",)


def inquiry_author(head: Token) -> Token | None:
    """"An investigation by the rights group X said …", "the group's study found …": an
    inquiry (cues pack `finding_nouns`) speaks with its maker's voice, as a report does
    (`report_source`); before, the inquiry itself was the source, a document no one speaks
    as, and its toll had no claimant. Its maker is its possessor (not a date: "Monday's
    survey"; nor a pronoun: "our assessment", "according to its investigation" stay the
    inquiry, which names more than a bare "our" or "its") or its "by" phrase; None where it
    names neither."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"
                  and c.ent_type_ not in ("DATE", "TIME")), None)
    if owner is not None:
        return owner
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in INQUIRY_AUTHOR_PREPS:
            found = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def inverted_after_label(tok: Token, source: Token | None) -> Token | None:
    """"War in Ukraine: at least 28 dead in bombing, says Moscow": a headline label before a
    colon is no subject of the verb; the one put after the verb is."""
    if source is None or source.i > tok.i or not any(
            t.text == ":" for t in tok.doc[source.i:tok.i]):
        return source
    return next((c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i), source)


def through_medium(tok: Token) -> Token | None:
    """"claimed responsibility for the attack via its Amaq news agency": a medium the
    statement went out through relays it. The parser often hangs "via" on the noun before it,
    so any such phrase in the verb's own clause counts (not one in a clause below it), and one
    in a clause below it when the medium is the speaker's own ("said it was responsible via
    its Amaq news agency": the parser hangs "via" on "responsible")."""
    lex = cue_lexicon()
    for prep in tok.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in lex.channel_prepositions \
                | lex.own_channel_prepositions:
            continue
        path = list(prep.ancestors)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        organ = _organ(obj) if obj is not None else None
        owned = obj is not None and any(c.dep_ == "poss" and c.tag_ == "PRP$"
                                        for c in obj.children) or organ is not None
        if obj is None or any(a.pos_ in ("VERB", "AUX") for a in path[:path.index(tok)]) \
                and not owned:
            continue
        if organ is not None:
            return organ  # ("on ISIS propaganda arm Amaq": the group's medium, by its name)
        if prep.lower_ not in lex.channel_prepositions and not (owned and is_media(obj)):
            continue  # ("on their Radio Nasr": only a medium the speaker owns)
        if is_media(obj) or platform(obj) is obj:
            return obj
    return None
