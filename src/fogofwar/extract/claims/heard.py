"""Who heard, carried or quoted a claim's words, read off the parse around its cue: "told
TASS", "as reported by TASS", "in a statement carried by SANA", "a witness speaking with
Reuters", "the agency quoted Governor X as saying", "according to Sputnik, which cited a local
official". These find tokens only; `chains` resolves them to the article's mentions and puts
them in chain order.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...clean.outlets import outlet_info
from ..lexicon import cue_lexicon
from ..referents import phrase_span
from ..subjects import RELATIVE_PRONOUNS
from .asides import aside_carriers
from .cues import Cue
from .relay_phrasings import (
    aired_by,
    closing_carriers,
    interview_holders,
    relaying_prep_carriers,
    source_in_report_subject,
    talks_after_relaying,
)
from .sources import agents, carried_by, carrier_participle, descriptions, is_media


def known_outlet(tok: Token) -> Span | None:
    """"told Kurdistan 24": a name the outlets pack knows, though it gives it no actor id (the
    name holds a place the places stage needs), is a medium when somebody is told it; its
    words, the number with them."""
    if tok.pos_ != "PROPN":
        return None
    end = tok.right_edge.i + 1
    if end < len(tok.doc) and tok.doc[end].like_num:
        end += 1  # ("Kurdistan 24", the number hung elsewhere)
    whole = tok.doc[tok.left_edge.i:end]
    return next((p for p in (whole, phrase_span(tok), *_capitalised_after(whole))
                 if outlet_info(p.text) is not None), None)


def names_medium(tok: Token) -> bool:
    """Whether a phrase names a news medium, by its words (`is_media`) or as an outlet the
    pack knows without an actor id ("Kurdistan 24", `known_outlet`)."""
    return is_media(tok) or known_outlet(tok) is not None


def _capitalised_after(name: Span) -> list[Span]:
    """"told Myanmar Now that …": the parser may cut a known outlet's name after a place in
    it, hanging the capitalised word after it elsewhere ("Now" as an adverb); the name with
    the next capitalised words (up to three), longest last."""
    doc, spans = name.doc, []
    end = name.end
    while end < len(doc) and end < name.end + 3 and doc[end].is_title \
            and not doc[end].is_sent_start:
        end += 1
        spans.append(doc[name.start:end])
    return spans


def named_medium_of(tok: Token) -> Token:
    """"told the Telegram news channel Baza": a medium's description and the name in
    apposition to it are one medium, known by its name (not by a platform in the
    description)."""
    name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None or tok.lemma_.lower() not in cue_lexicon().media_nouns or not any(
            t.lower_ in cue_lexicon().platforms for t in tok.doc[tok.left_edge.i:tok.i]):
        return tok  # ("the regional broadcaster Radio Sawa" keeps its description)
    return name


def with_name(phrase: Span, objs: list[Token]) -> Span:
    """"told local TV channel Al Arabiya": the parser may split the medium's description and
    its name into two objects; the name right after the description belongs to it."""
    name = next((o for o in objs if o.pos_ == "PROPN" and o.left_edge.i == phrase.end), None)
    return phrase.doc[phrase.start:name.i + 1] if name is not None else phrase


def quoted_speaker(cue: Cue) -> Token | None:
    """The object of an active "quoted": "TASS quoted the governor as saying …" is the
    governor's claim, which TASS relays."""
    tok = cue.token
    if cue.kind != "verb" or cue.source is None:
        return None
    lemma = tok.lemma_.lower()
    if cue.source.dep_ != "nsubj" and not source_in_report_subject(cue):
        return None  # "X was quoted as saying": X is the speaker already
    obj = next((c for c in tok.children if c.dep_ == "dobj" and (
        c.pos_ in ("PROPN", "NOUN") or c.lower_ in cue_lexicon().person_pronouns)), None)
    # ("the agency quoted him as saying": the person a pronoun means, `cue_sources.speaker`)
    if lemma == "quote" or (lemma in cue_lexicon().carrying_verbs and as_saying(tok)):
        return obj  # "UKMTO reported the master as saying", "Reuters cited X as confirming"
    return obj if lemma in cue_lexicon().citing_verbs and (
        _informant(obj) or _cited_document(tok, obj)) else None


def _cited_document(tok: Token, obj: Token | None) -> bool:
    """"…, reported Xinhua citing a police report": a document cited by a "citing" participle
    on a medium's reporting verb is where the medium took the words from, as in "…, Xinhua
    reported, citing a police report" (a finite "cited a report" may name a reason)."""
    lex = cue_lexicon()
    return obj is not None and tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "advcl") \
        and tok.head.lemma_.lower() in lex.verbs \
        and obj.lemma_.lower() in lex.report_nouns | lex.publication_nouns


def _informant(tok: Token | None) -> bool:
    """"The website cited a local official from the interior ministry giving the figure": a
    person or a source noun cited spoke first ("cited a report", "cited security concerns"
    name a document or a reason)."""
    lex = cue_lexicon()
    return tok is not None and (
        tok.ent_type_ == "PERSON"
        or tok.lemma_.lower() in lex.source_nouns | lex.person_descriptions)


def as_saying(tok: Token) -> bool:
    """Whether "as saying", "as confirming" follows the verb's object: the object spoke."""
    doc, verbs = tok.doc, cue_lexicon().verbs
    return any(t.lower_ == "as" and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBG"
               and doc[t.i + 1].lemma_.lower() in verbs for t in tok.subtree if t.i > tok.i)


def quoter_in_phrase(cue: Cue) -> Token | None:
    """"…, the IRNA quoted provincial police chief X as saying": the parser may read
    "the IRNA quoted" as modifiers of the speaker's noun, leaving "as saying" the cue; a
    medium right before a quoting verb inside the speaker's phrase is who quoted it."""
    head = cue.source
    if head is None or cue.kind != "verb" or cue.token.head.lower_ != "as":
        return None
    doc, lex = head.doc, cue_lexicon()
    verb = next((t for t in doc[head.left_edge.i:head.i] if t.lemma_.lower() in lex.citing_verbs
                 and t.tag_ in ("VBD", "VBN", "VBZ")), None)
    if verb is None or verb.i == head.left_edge.i:
        return None
    before = doc[verb.i - 1]
    return before if is_media(before) else None


def cited_by_relay(cue: Cue) -> Token | None:
    """"according to Sputnik, which cited a local official": the medium's relative clause
    names who spoke first; the medium relays them."""
    if cue.source is None:
        return None
    owners = [cue.source]
    prep = cue.source.head  # "according to a report by Tasnim that cited the IRGC"
    if prep.dep_ == "prep" and prep.head.lemma_.lower() in cue_lexicon().report_nouns:
        owners.append(prep.head)
    for rel in (c for owner in owners for c in owner.children):
        if rel.dep_ == "relcl" and rel.lemma_.lower() in cue_lexicon().citing_verbs:
            return next((c for c in rel.children if c.dep_ == "dobj"), None)
    return None


def carriers(tok: Token) -> list[Token]:
    """Relays named beside a cue verb: "…, as reported by TASS", "as quoted by RIA" (an "as"
    clause with a "by" agent) and "said in a statement carried by SANA", "in remarks broadcast
    by state television" (a carrying participle on the statement the cue is framed in)."""
    lex = cue_lexicon()
    found = []
    clauses = [tok, *(c for c in tok.children if c.dep_ == "ccomp")]  # "as" may hang below
    objects = [p for o in tok.children if o.dep_ == "dobj" for p in o.subtree]
    # (so may the statement's "in" phrase, on the object or a noun inside it)
    for c in (*(c for clause in clauses for c in clause.children),
              *(c for o in objects for c in o.children if _on_object(c, tok))):
        if c.dep_ == "advcl" and c.lemma_.lower() in lex.carrying_verbs and any(
                m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            found += agents(c) or [s for s in c.children if s.dep_ == "nsubj" and is_media(s)]
            # ("…, the mayor said, as Suspilne reports": the active form names it the same)
        elif carrier_participle(c):  # "…, security sources said, quoted by ANI"
            found += agents(c)
        if c.dep_ == "prep" and c.lower_ in OCCASION_PREPS and (
                c.head.i == tok.i or _before_clause(c) or _on_object(c, tok)):
            found += [r for p in c.children if p.dep_ == "pobj" and p.lemma_.lower()
                      in lex.cue_nouns | lex.report_nouns | lex.publication_nouns
                      | lex.own_channel_nouns
                      for r in [carried_by(p, framed=True)] if r]
            # ("at a news conference aired by state television", "during a briefing
            # broadcast by Al Arabiya": the occasion the speaker spoke at, carried on)
    return found + closing_carriers(tok) + interview_holders(tok) + aired_by(tok) \
        + aside_carriers(tok)


def _on_object(prep: Token, verb: Token) -> bool:
    """"The group claimed the raid in a statement posted by the Kavkaz Center website",
    "claimed responsibility for the raid in a statement …": the parser may hang the cue's "in"
    phrase on the verb's direct object, or on a prepositional object inside it; the statement
    is the cue's all the same."""
    if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
        return False
    head = prep.head
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i != verb.i:
        head = head.head.head
    return head.dep_ == "dobj" and head.head.i == verb.i and prep.i > head.i


#: Prepositions of the statement or occasion a cue is framed in: "in a statement", "at a news
#: conference", "during a briefing".
OCCASION_PREPS = ("in", "at", "during")


def _before_clause(prep: Token) -> bool:
    """"The mayor said, in an interview aired by Al Jazeera, that …": the parser may hang the
    cue's "in" phrase on the reported clause; it is the cue's when it stands before that
    clause's "that" and subject ("… killed in a strike reported by TASS" is the clause's)."""
    clause = prep.head
    if clause.dep_ != "ccomp":
        return False
    opening = [c.i for c in clause.children if c.dep_ in ("mark", "nsubj", "nsubjpass")]
    return bool(opening) and prep.i < min(opening)


def _as_saying_preps(tok: Token) -> list[Token]:
    """The phrases on the participle of "was quoted as saying in …", which the parser hangs
    from "saying", not from "quoted"."""
    return [prep for a in tok.children if a.dep_ == "prep" and a.lower_ == "as"
            for part in a.children if part.dep_ in ("pcomp", "pobj") and part.tag_ == "VBG"
            for prep in part.children if prep.dep_ == "prep"]


def heard_by(cue: Cue) -> list[Token]:
    """Who heard the source, named around the cue: "was quoted by TASS" (the passive agent of
    a speaker-subject cue, also when it hangs from "saying"), "as reported by TASS", "in a
    statement carried by SANA" and "a witness speaking with Reuters said"."""
    found = []
    tok = cue.token
    if cue.kind == "verb" and tok.lemma_.lower() in cue_lexicon().speaker_when_passive:
        found += agents(tok) or [p for t in tok.subtree if t.lower_ == "by" and t.i > tok.i
                                  and t.dep_ in ("agent", "prep") and t.head.i != tok.i
                                  and t.head.dep_ in ("pcomp", "xcomp", "advcl")
                                  for p in t.children if p.dep_ == "pobj"]
        # "was quoted as saying by Interfax": the agent hangs from "saying" (after the cue:
        # "“… flown out by helicopters,” the source was quoted as saying" names no agent)
        found += [p for prep in (*tok.children, *_as_saying_preps(tok))
                  if prep.dep_ == "prep" and prep.lower_ == "in"
                  for p in prep.children if p.dep_ == "pobj" and is_media(p)]
        # "was quoted in the Kommersant daily as saying", "was quoted as saying in the media
        # reports": the medium that printed it
    if cue.prepositional and cue.source is not None:  # "according to a statement quoted by …"
        found += [c for c in [carried_by(cue.source)] if c is not None] or [
            c for a in descriptions(cue.source)
            for c in [carried_by(a)] if c is not None]  # "according to X, a group cited by Y"
        found += [p for c in tok.head.children if c.i > tok.i and carrier_participle(c)
                  for p in agents(c)]  # "according to the ministry, cited by Al Jazeera"
        found += [appos_medium(p) for c in tok.head.children if reported_before(c, cue)
                  for p in agents(c)]
        found += relaying_prep_carriers(cue)  # "according to X as cited by Y"
        found += citing_medium(cue)  # "Xinhua broke the news, citing government sources"
        found += spoken_to(talks_after_relaying(cue))  # "according to X, speaking to Y"
    elif cue.kind == "verb":
        found += carriers(tok)
    if cue.source is not None:
        talks = [acl for acl in cue.source.children if acl.dep_ in ("acl", "relcl")
                 and acl.lemma_.lower() in cue_lexicon().conversation_verbs]
        found += spoken_to(talks)
        found += contacted_by(cue)
        # "witnesses, who spoke … in a video obtained by Reuters, said"
        found += [c for acl in talks for prep in acl.children if prep.dep_ == "prep"
                  for p in prep.children if p.dep_ == "pobj"
                  for c in [carried_by(p)] if c is not None]
        found += described_hearers(cue.source)
    return found


def described_hearers(source: Token) -> list[Token]:
    """A medium that heard the speaker, named in a relative clause on the noun the speaker is
    described by, or on a prepositional object of it or of the name (the parser hangs "from the
    village" in "said Karim, one of six farmers from the village who spoke to Reuters" on the
    name): a conversation verb with "to"/"with" a medium ("said Abdi, one of ten relatives that
    spoke to Reuters"), or a verb of seeking out, pack `contacting_verbs`, whose subject is a
    medium and whose object is the relative pronoun or left out ("Titus, a farmer whom AFP met
    at the hospital, said"). Only media: "a farmer who spoke to police" relays nothing."""
    lex = cue_lexicon()
    nouns = [*_prep_chain(source), *(d for a in descriptions(source) for d in _prep_chain(a))]
    clauses = [c for n in nouns for c in n.children if c.dep_ == "relcl"]
    talks = [c for c in clauses if c.lemma_.lower() in lex.conversation_verbs]
    found = [p for p in spoken_to(talks) if is_media(p)] if len(nouns) > 1 else []
    for clause in clauses:
        if clause.lemma_.lower() not in lex.contacting_verbs:
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if any(o.lower_ not in (*RELATIVE_PRONOUNS, "whom") for o in objects) \
                or any(t.lower_ == "whose" for t in clause.subtree):
            continue  # "a driver whose brother AFP met" met somebody else
        found += [s for s in clause.children if s.dep_ == "nsubj" and is_media(s)]
    return found


def _prep_chain(noun: Token) -> list[Token]:
    """A describing noun and the prepositions' objects it runs on to: "one of six farmers from
    the village" gives one, farmers, village (the parser hangs a relative clause on any)."""
    found = [noun]
    while True:
        nxt = next((p for prep in found[-1].children if prep.dep_ == "prep"
                    for p in prep.children if p.dep_ == "pobj"), None)
        if nxt is None or len(found) > 3:
            return found
        found.append(nxt)


def citing_medium(cue: Cue) -> list[Token]:
    """"Xinhua broke the news on Monday, citing government sources": a participle of citing
    hung on a verb that is no cue of its own, whose subject is a medium, names the sources
    that medium cited; the medium relays them (a cue's own "citing" is grouped with it)."""
    tok = cue.token
    lex = cue_lexicon()
    if tok.lemma_.lower() not in lex.citing_verbs or tok.tag_ != "VBG" \
            or tok.dep_ not in ("advcl", "xcomp", "conj") or tok.head.pos_ != "VERB" \
            or tok.head.lemma_.lower() in lex.verbs:
        return []
    return [s for s in tok.head.children if s.dep_ == "nsubj" and is_media(s)]


def contacted_by(cue: Cue) -> list[Token]:
    """The medium that sought the speaker out: "a police spokesman contacted by AFP said", "the
    mayor, reached by Reuters, said" (a participle on the speaker), "…, he said when contacted
    by Reuters" (a subject-less participle under the cue, which the parser may hang on the
    reported clause). Only a medium: "a villager approached by the army" relays nothing."""
    contacting = cue_lexicon().contacting_verbs
    on_source = [acl for acl in cue.source.children if acl.dep_ == "acl"] \
        if cue.source is not None else []
    under_cue = [t for t in cue.token.subtree if t.dep_ == "advcl"] \
        if cue.kind == "verb" else []
    return [p for part in (*on_source, *under_cue)
            if part.tag_ == "VBN" and part.lemma_.lower() in contacting
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in part.children)
            for p in agents(part)[:1] if is_media(p)]


def reported_before(participle: Token, cue: Cue) -> bool:
    """"The toll, reported by al-Masirah TV, citing health authorities, …": a participle of a
    carrying verb with a "by" agent on the noun a "citing" hangs from, before it, names the
    medium that cited them."""
    return (participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.i < cue.token.i
            and cue.token.lower_ not in cue_lexicon().relaying_prepositional
            and participle.lemma_.lower() in cue_lexicon().carrying_verbs
            and any(c.dep_ == "agent" for c in participle.children))


def appos_medium(tok: Token) -> Token:
    """"reported by the Houthis’ al-Masirah TV": the parser may make the owner the agent and
    the medium its apposition; the medium is who reported."""
    found = next((c for c in tok.children if c.dep_ == "appos" and is_media(c)), None)
    nxt = tok.i + 1
    while found is None and nxt < len(tok.doc) and tok.doc[nxt].lower_ in POSSESSIVE_MARKS:
        nxt += 1  # ("the rebels’ al-Masirah TV", the medium hung elsewhere)
        head = tok.doc[nxt] if nxt < len(tok.doc) else tok
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        found = head if head.i != tok.i and is_media(head) else None
    return found or tok


#: What stands between an owner and the medium it owns: "the rebels’ al-Masirah TV".
POSSESSIVE_MARKS = ("’", "'", "'s", "’s")


def spoken_to(talks: list[Token]) -> list[Token]:
    """Who a conversation participle names as heard: "speaking with Reuters", "talking to AFP"
    ("talking to reporters" names an audience, no relay)."""
    audience = cue_lexicon().audience_nouns
    return [p for acl in talks
            for prep in (*acl.children, *_past_anonymity(acl))
            if prep.dep_ == "prep" and prep.lower_ in ("with", "to")
            for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() not in audience
            and p.lower_ not in audience]


def _past_anonymity(talk: Token) -> list[Token]:
    """"who spoke on condition of anonymity with the newspaper": the parser hangs whom the
    speaker talked with on "anonymity"; it is still the participle's."""
    return [t for t in talk.subtree if t.dep_ == "prep" and t.head.lower_ == "anonymity"]
