"""An event's actor and target from the parse, kept whether or not a pack knows them.

Actor: the subject, or the "by" agent of a passive or a noun ("the shelling by the regime").
Target: the object, the subject of a passive ("five soldiers were killed"), or the object of
"on/against/at" ("airstrikes on Idlib"). Each argument becomes the pack mention it names when
there is one; otherwise the phrase itself with a generic class ("gunmen" -> unidentified armed
group), because an event whose actor the packs do not know is still an event with an actor.
Pronouns and "the group" follow the article back to the actor they stand for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from ...records import Mention
from ...resolve.figure_base import count_nouns
from ..antecedents import antecedent
from ..lexicon import cue_lexicon, event_lexicon
from ..referents import mention_for, overlapping, phrase_span, unresolved
from ..subjects import subject_of
from .classes import (
    ActorClass,
    class_by_id,
    class_of,
    class_pack,
    demonym_country,
    of_object,
)
from .datelines import after_dateline, dash_between, past_dateline, spaced_dash
from .frames import accused_of, came_under, fired_from, in_conjunct, own_end
from .headlinese import cause_nouns, headline_passive
from .pack import event_rules
from .references import as_written, blamed_on, refers_back, resolve_reference
from .triggers import Trigger

NOUNS = ("NOUN", "PROPN")
#: Entity types that are never an actor or target phrase of their own (dates, numbers, places).
NOT_ACTORS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "GPE",
              "LOC")
#: Places may be what an attack struck ("an offensive on Marib"), never who acted.
PLACES = ("GPE", "LOC", "FAC")


def governing_verb(noun: Token) -> Token | None:
    """The verb whose object a noun trigger is, through "a wave of airstrikes"."""
    cur = noun
    for _ in range(6):
        if cur.dep_ in ("pobj", "prep") and cur.head.i != cur.i:
            cur = cur.head
            continue
        if cur.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and cur.head.pos_ in ("VERB",
                                                                                     "AUX"):
            return cur.head
        return None
    return None


def _with_class(found: Mention, cls: ActorClass | None) -> Mention:
    if cls is None or found.actor_class:
        return found
    return replace(found, actor_class=cls.id, sector=found.sector or cls.sector)


def _generic(head: Token, cls: ActorClass | None) -> Mention:
    """The phrase itself, for an argument no pack names ("a hotel", "30 militants")."""
    span = phrase_span(head)
    dashes = [t.i for t in span if t.i < head.i and spaced_dash(t)]
    if dashes:  # "KABUL (Reuters) - Gunmen": the phrase starts after the dateline
        span = head.doc[dashes[-1] + 1:span.end]
    while len(span) > 1 and span[-1].dep_ in ("cc", "punct"):  # "the army and [the RSF]"
        span = span[:-1]
    own = unresolved(span)
    return replace(own, country=demonym_country(span),
                   sector=cls.sector if cls else None, actor_class=cls.id if cls else None)


def _named_group(head: Token, mentions: Sequence[Mention]) -> Mention | None:
    """A named armed actor a pack knows, modifying an armed-class head in its phrase."""
    cls = class_of(head)
    named = _named_modifier(head, mentions) if cls is not None and cls.armed else None
    return named if named is not None and named.actor_id and named.sector == "REB" else None


def _local(found: Mention, head: Token) -> bool:
    span = phrase_span(head)
    return found.start >= span.start_char and found.end <= span.end_char


def _named_modifier(head: Token, mentions: Sequence[Mention]) -> Mention | None:
    """A named actor modifying a generic head ("Boko Haram militants", "al-Shabab fighters")."""
    span = phrase_span(head)
    inside = [m for m in overlapping(mentions, span.start_char, head.idx)
              if m.end <= head.idx and any(c.isupper() for c in m.text)]
    known = [m for m in inside if m.actor_id]  # "Boko Haram Islamist militants": the group
    return replace((known or inside)[-1]) if inside else None


def _appositive(head: Token, mentions: Sequence[Mention]) -> Mention | None:
    """"the attackers, members of al-Shabab, …": a named actor in an apposition."""
    for child in head.children:
        if child.dep_ == "appos":
            found = mention_for(child, mentions)
            if found is not None and found.start > head.idx:
                return found
    return None


def argument(head: Token | None, mentions: Sequence[Mention], *,
             keep_unclassed: bool) -> Mention | None:
    """The actor a phrase stands for, as `_argument` finds it; a nation's people named by
    their plural demonym alone ("Palestinians were killed", "shot at Syrians") are civilians,
    not the state's forces."""
    found = _argument(head, mentions, keep_unclassed=keep_unclassed)
    if found is not None and head is not None and found.actor_class is None and (
            head.tag_ in ("NNS", "NNPS") and demonym_country([head])
            and found.start <= head.idx < found.end and not found.actor_id):
        return replace(found, actor_class="civilians", sector="CVL")
    return found


def _argument(head: Token | None, mentions: Sequence[Mention], *,
              keep_unclassed: bool) -> Mention | None:
    """The actor a phrase stands for: a pack mention, a referent, or the phrase itself.

    `keep_unclassed` keeps a common noun of no class (a target "hotel"); actors keep only
    phrases whose class says they can act, so "the explosion killed 5" has no actor."""
    if head is None:
        return None
    if (head.like_num or head.lower_ in count_nouns()) and (part := of_object(head)):
        head = part  # "one of the missiles", "dozens of homes": the missiles, the homes
    # "Army" in a name is no class; "Troops" in a title-case headline is
    cls = class_of(head) if head.pos_ == "NOUN" or _title_cased_noun(head) or (
        after_dateline(head)) or _state_force_name(head) else None
    if refers_back(head):
        found = resolve_reference(head, mentions, lambda h: argument(
            h, mentions, keep_unclassed=False))
        if found is not None:  # the class is the referent's, not the describing noun's
            return found
    owner = next((c for c in head.children if c.dep_ == "poss" and refers_back(c)), None)
    if cls is not None and cls.armed and owner is not None:  # "its fighters": the group's
        found = resolve_reference(owner, mentions, lambda h: argument(
            h, mentions, keep_unclassed=False))
        if found is not None:
            return _with_class(as_written(head, found), cls)
    if (appos := _appositive(head, mentions)) is not None:
        return _with_class(appos, cls)
    found = _resolve(head, mentions)
    if found is not None and found.start >= head.idx and (
            named := _named_group(head, mentions)) is not None:
        # "Al-Shabaab insurgents": the named group, not a pack's entry for the bare noun
        return _with_class(as_written(head, named), class_of(head))
    if found is not None and cls is not None and in_conjunct(found, head):
        found = None  # "four soldiers and a civilian": soldiers, of their own class
    if found is not None and cls is None and head.pos_ == "NOUN" and not is_known(found) and (
            _local(found, head) and not _covers(found, head)):
        # "the Fateh Khel police checkpost": an unknown name naming the thing, not the thing
        return _generic(head, None) if keep_unclassed else None
    if found is not None and (_local(found, head) or cls is None):
        if cls is not None and (named := _named_modifier(head, mentions)) is not None:
            found = named
        if cls is not None and not found.actor_id and not _covers(found, head):
            return _generic(head, cls)  # "15 Philippine army soldiers": soldiers, PHL
        if cls is not None and not _covers(found, head):  # "Ethiopia's army": the phrase
            return _with_class(as_written(head, found), cls)  # as written, the state's id
        return _with_class(found, cls)
    national = demonym_country(phrase_span(head)) is not None  # "an Israeli drone strike"
    if head.like_num or (head.pos_ not in NOUNS and not national) or (
            head.ent_type_ in NOT_ACTORS and not demonym_country([head])
            and not (keep_unclassed and head.ent_type_ in PLACES)
            and not (cls is not None and after_dateline(head))):
        return None
    if cls is None and not keep_unclassed and head.pos_ != "PROPN" and not national:
        return None
    return _generic(head, cls)


def _state_force_name(head: Token) -> bool:
    """A state's forces written as a name ("Armenian Armed Forces", "the Armed Forces of
    Ukraine"): the two last words are a state force's class noun and nothing but a demonym or
    "the" comes before them, so the name is the class, unlike a group's name ("Arakan Army",
    "Syrian Democratic Forces") whose own word stands before the class noun."""
    if head.pos_ != "PROPN" or head.i == 0:
        return False
    before = head.doc[head.i - 1]
    cls = class_pack().by_noun.get(f"{before.lower_} {head.lower_}")
    if cls is None or cls.sector != "MIL" or before.pos_ == "PUNCT":
        return False
    first = head.doc[head.i - 2] if head.i > 1 else None
    return first is None or first.ent_type_ in ("NORP", "GPE") or not first.is_title or (
        first.lower_ == "the") or demonym_country([first]) is not None


def _title_cased_noun(head: Token) -> bool:
    """A common noun a title-case headline capitalised ("Wipes Out 60 Ukrainian Troops",
    "Rebels Kill 2 Peacekeepers"), which the tagger reads as a name: not inside the name of
    an organisation or a place."""
    return head.pos_ == "PROPN" and head.is_title and head.ent_type_ not in (
        "ORG", "GPE", "LOC", "FAC") and head.i > head.sent.start


def is_known(mention: Mention) -> bool:
    """A mention something identifies; a bare unknown name far down a phrase may be a place."""
    return bool(mention.actor_id or mention.country or mention.sector)


def _covers(found: Mention, head: Token) -> bool:
    return found.start <= head.idx < found.end


def between(tok: Token) -> tuple[Token | None, Token | None]:
    """"fighting between the army and the RSF": the two sides, first as actor; on the verb
    a subject trigger's clause has ("Clashes erupted between the army and the RSF")."""
    holders = [tok]
    if tok.dep_ == "nsubj" and tok.pos_ in NOUNS and tok.head.i != tok.i:
        holders.append(tok.head)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                first = next((g for g in prep.children if g.dep_ == "pobj"), None)
                # "between troops of the rebel brigade and army troops": the parse may hang
                # the second side on the first's "of" phrase
                inner = [first] if first is not None else []
                inner += [g for t in inner for p in t.children if p.dep_ == "prep"
                          and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
                return first, next((g for t in inner for g in t.children if g.dep_ == "conj"), None)
    return None, None


def _resolve(head: Token, mentions: Sequence[Mention]) -> Mention | None:
    found = mention_for(head, mentions)
    if found is not None and not is_known(found) and not _local(found, head):
        found = None  # "missiles over Bucha": an unknown name down the phrase is no argument
    if found is not None and _credit(found, head):
        found = None
    if found is None and head.pos_ == "PRON":
        found = antecedent(head, mentions, [])
    if found is None:
        sub = head.doc[head.left_edge.i:own_end(head)]
        inside = [m for m in overlapping(mentions, sub.start_char, sub.end_char)
                  if (is_known(m) or m.start <= head.idx < m.end) and not _credit(m, head)]
        found = replace(inside[0]) if inside else None
    if found is not None and class_of(head) is None and _placed_under(found, head):
        return None  # "a grocery store in Ukraine's Sumy region": where, not whose or who
    return found


def _placed_under(found: Mention, head: Token) -> bool:
    """Whether a mention lies in a phrase of place hung on a thing's head ("a store in X's
    region", "a school near X", "a checkpoint outside X"): it says where the thing is. The
    pack's locative prepositions, not the ones that place a person ("a spokesman from X")."""
    preps = event_rules().locative_preps
    return any(c.dep_ == "prep" and c.lower_ in preps
               and c.idx <= found.start < c.right_edge.idx + len(c.right_edge)
               for c in head.children)


def _credit(found: Mention, head: Token) -> bool:
    """A mention down the phrase that is the dateline or its credit, not the argument:
    "KABUL (Reuters) - Gunmen killed" (a news agency, or anything before the dash)."""
    if _covers(found, head):
        return False
    return found.sector == "MED" or dash_between(found, head)


def _speech(verb: Token) -> bool:
    """"condemned the bombing", "denied the attack": who speaks of an attack did not do it;
    who "claimed" or "announced" it did (the pack's `speaker_is_actor`)."""
    lex = cue_lexicon()
    lemma = verb.lemma_.lower()
    if lemma in class_pack().speaker_is_actor:
        return False
    return lemma in lex.verbs or lemma in lex.stance_verbs


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in tok.children) or (
        reduced_passive(tok) is not None) or participle_of(tok) is not None


def reduced_passive(tok: Token) -> Token | None:
    """The subject of a headline's passive with its auxiliary left out ("Two terrorists
    killed", "Four civilians killed in shelling"): a past participle with a subject and no
    auxiliary is no active verb, so its subject is what the act was done to. In a headline,
    a casualty verb's past tense with no object is such a participle ("Police Killed")."""
    if (subject := headline_passive(tok)) is not None:
        return subject
    if tok.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children):
        return None  # "after troops killed 21 gunmen": an active verb the tagger misread
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def participle_of(tok: Token) -> Token | None:
    """The noun (or bare count) a past participle describes ("one soldier killed at the
    border", "the militants detained in the raid"): what the act was done to."""
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.pos_ in (*NOUNS, "NUM"):
        return tok.head  # "Up to 100 killed in ...": a headline's bare count too
    return None


def _by_agent(tok: Token) -> Token | None:
    """A "by X" agent anywhere under a trigger ("in the shelling by the Syrian regime")."""
    for t in tok.subtree:
        if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by"):
            objs = [g for g in t.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _opponent(tok: Token) -> Token | None:
    """"five soldiers were killed in clashes with X": with no agent, the side the victims
    fought is who killed them (the FIGHT's counterpart)."""
    lex = event_lexicon()
    for noun in tok.subtree:
        if noun.i == tok.i or lex.nouns.get(noun.lemma_.lower()) != "FIGHT":
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def act_nouns(tok: Token) -> list[Trigger]:
    """The attacks a verb's victims fell in ("killed in the shelling", "wounded as a result
    of Russian shelling", a headline's "... In Militant Ambush"), nearest first, as triggers."""
    nouns, violent = event_lexicon().nouns, event_rules().violent_types
    return [Trigger(noun, kind, noun.text) for noun in [*_prepositional(tok), *cause_nouns(tok)]
            if (kind := nouns.get(noun.lemma_.lower())) in violent]


def _means_actor(tok: Token, mentions: Sequence[Mention]) -> Mention | None:
    """"Four civilians killed in Ukrainian shelling": with no agent, who did the act the
    victims died in ("in"/"during" an attack, shelling, raid) did the killing."""
    for act in act_nouns(tok):
        found = actor_of(act, mentions)
        if found is not None:
            return found
    return None


def _fire_from(tok: Token, mentions: Sequence[Mention]) -> Mention | None:
    """"killed by shelling from Ukrainian forces", "wounded by fire from the rebels": a
    passive's agent that is the act itself (a gerund or an attack noun) leaves who did it
    to the act's "from" phrase."""
    nouns, violent = event_lexicon().nouns, event_rules().violent_types
    for prep in tok.children:
        if prep.dep_ != "agent" and not (prep.dep_ == "prep" and prep.lower_ == "by"):
            continue
        for act in prep.children:
            if act.dep_ not in ("pobj", "pcomp"):
                continue
            if nouns.get(act.lower_) not in violent and nouns.get(
                    act.lemma_.lower()) not in violent:
                continue
            if (source := fired_from(act, act)) is not None:
                return argument(source, mentions, keep_unclassed=False)
    return None


def _prepositional(tok: Token) -> list[Token]:
    """The nouns a verb reaches through prepositions alone ("wounded as a result of Russian
    shelling", "killed in the shelling"), nearest first; no clause boundary is crossed."""
    out, frontier = [], [tok]
    for _ in range(3):
        nxt = [g for t in frontier for p in t.children if p.dep_ == "prep"
               for g in p.children if g.dep_ == "pobj"]
        out += nxt
        frontier = nxt
    return out


def actor_of(trig: Trigger, mentions: Sequence[Mention]) -> Mention | None:
    """Who did it: the "by" agent, a modifier of a noun trigger, or the subject."""
    tok = trig.token
    if trig.is_noun:
        by = [g for p in tok.children if p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
        if by:
            return argument(by[0], mentions, keep_unclassed=False)
        if (first := between(tok)[0]) is not None:
            return argument(first, mentions, keep_unclassed=False)
        if (blamed := blamed_on(tok)) is not None:  # who is blamed is an actor, a country too
            return argument(blamed, mentions, keep_unclassed=True)
        for acl in (c for c in tok.children if c.dep_ == "acl"):  # "the massacre conducted
            if (agent := _by_agent(acl)) is not None:           # by the army"
                return argument(agent, mentions, keep_unclassed=False)
        for mod in (c for c in tok.lefts if c.dep_ in ("poss", "compound", "amod", "nmod")):
            found = _resolve(mod, mentions)
            if found:
                return _with_class(found, class_of(mod) if mod.pos_ in NOUNS else None)
            if demonym_country([mod]):  # "Ukrainian shelling": the state's forces
                return _generic(mod, None)
        if (under := came_under(tok)) is not None:  # "came under an ambush by gunmen",
            agent = _by_agent(under) or fired_from(under, tok)  # "under fire from rebels"
            return argument(agent, mentions, keep_unclassed=False) if agent else None
        gov = governing_verb(tok)
        if gov is not None and (accused := accused_of(gov)) is not None:
            return argument(accused, mentions, keep_unclassed=False)
        if gov is not None and tok.dep_ in ("dobj", "attr", "pobj") and not _speech(gov):
            return argument(subject_of(gov)[0], mentions, keep_unclassed=False)
        return None
    if (accused := accused_of(tok)) is not None:
        return argument(accused, mentions, keep_unclassed=False)
    if is_passive(tok):
        found = argument(_by_agent(tok) or _opponent(tok), mentions, keep_unclassed=False)
        return found or _means_actor(tok, mentions) or _fire_from(tok, mentions)
    if (first := between(tok)[0]) is not None:  # "Fighting between A and B" read as a verb
        return argument(first, mentions, keep_unclassed=False)
    if tok.tag_ == "VBG" and (by := _gerund_agent(tok)) is not None:
        return argument(by, mentions, keep_unclassed=False)  # "as a result of shelling by X"
    subject = past_dateline(subject_of(tok)[0], tok)
    if (by := _act_by(subject)) is not None and (
            found := argument(by, mentions, keep_unclassed=False)) is not None:
        return found  # "Airstrikes by Myanmar's military killed": who struck, not the strikes
    found = argument(subject, mentions, keep_unclassed=False)
    others = (c for c in tok.children if c.dep_ == "nsubj")  # "Maputo — Terrorists attacked"
    return found or next((a for c in others
                          if (a := argument(c, mentions, keep_unclassed=False))), None)


def _act_by(subject: Token | None) -> Token | None:
    """The "by" agent of a subject that is itself an attack ("Airstrikes by the army killed
    ten"): the verb's doer is who carried the attack out, not a name found down the phrase."""
    if subject is None or subject.pos_ not in NOUNS:
        return None
    if event_lexicon().nouns.get(subject.lemma_.lower()) not in event_rules().violent_types:
        return None
    return next((g for p in subject.children if p.dep_ == "prep" and p.lower_ == "by"
                 for g in p.children if g.dep_ == "pobj"), None)


def _gerund_agent(tok: Token) -> Token | None:
    """"killed as a result of shelling by Ukrainian troops": a gerund trigger's "by" phrase
    names who did it, as a noun trigger's does."""
    return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "by"
                 for g in p.children if g.dep_ == "pobj"), None)


def is_armed(mention: Mention) -> bool:
    """A non-state armed actor: sector REB, or a class the pack marks armed."""
    if mention.sector == "REB":
        return True
    cls = class_by_id(mention.actor_class)
    return cls is not None and cls.armed


def with_place_country(mention: Mention | None, country: str | None) -> Mention | None:
    """A state-class actor with no demonym ("security forces", "police") is the state's
    where the event happened: the country of the event's place."""
    if mention is None or mention.country or not country or mention.actor_id:
        return mention
    cls = class_by_id(mention.actor_class)
    return replace(mention, country=country) if cls is not None and cls.state else mention
