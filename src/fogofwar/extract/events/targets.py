"""An event's target from the parse: whom or what the act was done to.

The object, the subject of a passive ("five soldiers were killed"), the object of
"on/against/at" ("airstrikes on Idlib"), the second side of "fighting between A and B", who
died in the act a noun names ("23 soldiers lost their lives in an ambush"), and, failing
those, the first other actor the trigger governs. A name after a noun trigger's "at" ("the
attack at Biyamadhow") says where it happened, not what it struck.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from ...records import Mention
from ..lexicon import event_lexicon
from ..subjects import subject_of
from .arguments import (
    argument,
    between,
    governing_verb,
    is_known,
    is_passive,
    participle_of,
    reduced_passive,
)
from .classes import class_pack
from .coding import sense_type
from .datelines import past_dateline, spaced_dash
from .frames import came_under
from .pack import event_rules
from .references import as_written
from .triggers import Trigger


def target_of(trig: Trigger, mentions: Sequence[Mention], *, loose: bool = False) -> Mention | None:
    """Whom it was done to: passive subject, object, or a target preposition's object.

    `loose` also keeps a phrase of no class ("a hotel"); callers try the strict reading
    first, and what the trigger governs (`target_below`), before settling for that."""
    lex = event_lexicon()
    tok = trig.token
    preps = lex.target_preps | lex.counterpart_preps.get(trig.type, frozenset())
    if "PROTEST" in (trig.type, sense_type(tok)) and (opposed := _protested(tok)) is not None:
        return argument(opposed, mentions, keep_unclassed=loose)
    if not trig.is_noun:
        if is_passive(tok):
            subj = [s for c in tok.children if c.dep_ == "nsubjpass"
                    if (s := _past_dash(c, tok)) is not None] or [  # "Gaza, MINA – ..."
                t for t in (reduced_passive(tok), participle_of(tok)) if t is not None]
            found = argument(subj[0], mentions, keep_unclassed=loose) if subj else None
            if found is None and (first := _toll_conjunct(tok)) is not None:
                found = argument(first, mentions, keep_unclassed=loose)
            if subj or found is not None:
                return found
        objs = [_of_object(c) if not _part_of_trigger(c, trig) else _trigger_of(c)
                for c in tok.children if c.dep_ in ("dobj", "dative")]
        objs = [o for o in objs if o is not None]
        if objs and (found := argument(objs[0], mentions, keep_unclassed=loose)):
            return found
    if (second := between(tok)[1]) is not None:
        return argument(second, mentions, keep_unclassed=loose)
    if (under := came_under(tok)) is not None:  # "the troops came under attack"
        return argument(subject_of(under)[0], mentions, keep_unclassed=loose)
    holders = [tok]
    if trig.is_noun:  # "the massacre conducted ... against the people"
        holders += [c for c in tok.children if c.dep_ == "acl"]
    if trig.is_noun and (gov := governing_verb(tok)) is not None:
        holders += [t for t in gov.subtree if t.pos_ in ("NOUN", "VERB") and t.i < tok.i]
        holders.append(gov)
    fell_in = _fell_in(tok) if trig.is_noun else None
    for holder in [*holders, *([fell_in] if fell_in is not None else [])]:
        for prep in holder.children:
            if holder is fell_in and prep.i < tok.i:
                continue
            own_of = holder is tok and trig.is_noun and prep.lower_ == "of" and loose
            if prep.dep_ == "prep" and (prep.lower_ in preps or own_of):  # "bombing of X"
                objs = [g for g in prep.children if g.dep_ == "pobj"
                        and not (holder is tok and trig.is_noun and _named_place_at(prep, g))]
                if objs and (found := argument(objs[0], mentions, keep_unclassed=loose)):
                    return found
    victim = (_died_in(tok) or _left_victims(tok)) if trig.is_noun else None  # after "an
    # attack on an army base"
    return argument(victim, mentions, keep_unclassed=loose) if victim is not None else None


def _protested(tok: Token) -> Token | None:
    """"in protest of the government's refusal", "in defiance of Chinese authorities": what a
    protest is against, by a frame noun of the pack's `protest_frames` after "in"."""
    frames = event_rules().protest_frames
    for prep in (c for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in frames):
            for inner in (c for c in noun.children if c.dep_ == "prep"
                          and c.lower_ in ("of", "against", "to")):
                found = next((g for g in inner.children if g.dep_ == "pobj"), None)
                if found is not None:
                    return _owner(found)
    return None


def _owner(noun: Token) -> Token:
    """"the Russian government's refusal": the one refusing is whom the protest is against."""
    return next((c for c in noun.children if c.dep_ == "poss"), noun)


def _fell_in(tok: Token) -> Token | None:
    """The verb an act noun hangs from by "in"/"during" ("Eight die in ambush on army
    convoy"): a headline's parse often hangs the act's own "on" phrase from that verb, after
    the noun, so the verb's target phrases there are the act's."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.i == prep.i:
        return None
    return prep.head if prep.head.pos_ == "VERB" else None


def _died_in(tok: Token) -> Token | None:
    """"23 soldiers lost their lives in an ambush", "two civilians died in the shelling": who
    died in the act a noun trigger names is whom it struck."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.i == prep.i:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in event_rules().dying_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _left_victims(tok: Token) -> Token | None:
    """"That assault left two soldiers wounded", "a raid that left eight soldiers dead", "the
    blast claimed the lives of four soldiers": whom the act a noun trigger names left dead or
    hurt (pack `leaving_verbs`, `left_states`) or took the lives of (`life_verbs`)."""
    rules = event_rules()
    verbs = [tok.head] if tok.dep_ == "nsubj" else []
    verbs += [c for c in tok.children if c.dep_ == "relcl"
              and any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)]
    for verb in verbs:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if not objs:
            continue
        lemma = verb.lemma_.lower()
        if lemma in rules.leaving_verbs and any(
                c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "amod")
                and (c.lemma_.lower() in rules.left_states or c.lower_ in rules.left_states)
                for c in (*verb.children, *objs[0].children)):
            return objs[0]
        if lemma in rules.life_verbs and objs[0].lemma_.lower() == "life":
            return _trigger_of(objs[0])  # "the lives of four soldiers"
    return None


def _toll_conjunct(tok: Token) -> Token | None:
    """"Five soldiers died and at least eight more were injured": a passive toll whose own
    subject names no one ("eight more", "another one") struck whom the toll it is joined to
    names, the subject of that dying or passive verb."""
    head, rules = tok.head, event_rules()
    tolls = rules.headline_passives
    if tok.dep_ != "conj" or head.pos_ != "VERB" or tok.lemma_.lower() not in tolls or not (
            head.lemma_.lower() in rules.dying_verbs
            or (is_passive(head) and head.lemma_.lower() in tolls)):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _past_dash(subj, head) if subj is not None else None  # past "Niamey (AFP) –"


def _named_place_at(prep: Token, obj: Token) -> bool:
    """"the attack at Biyamadhow": a name after a noun trigger's "at" says where it was, not
    what it struck (a verb's "fired at the convoy", "fired rockets at Israel" does)."""
    return prep.lower_ == "at" and (obj.ent_type_ in ("GPE", "LOC") or obj.pos_ == "PROPN")


def _of_object(obj: Token) -> Token | None:
    """"seized control of swaths of land": what the light object is of (None if nothing)."""
    if obj.lemma_.lower() not in class_pack().light_objects:
        return obj
    return next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"), None)


def _past_dash(subj: Token, verb: Token) -> Token | None:
    """A passive's subject, or the phrase after the dateline the parser hung it from
    ("OUAGADOUGOU – Four soldiers ... were killed": soldiers); None when only the dateline
    is there ("Gaza, MINA – ... were killed")."""
    if not any(spaced_dash(t) for t in verb.doc[subj.i:verb.i]):
        return subj
    after = past_dateline(subj, verb)
    return after if after is not None and after.i != subj.i else None


def _trigger_of(obj: Token) -> Token | None:
    """"took control of the holy town": what the trigger's own object word is of."""
    return next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"), None)


def _part_of_trigger(obj: Token, trig: Trigger) -> bool:
    """"fire" in "opened fire", "responsibility" in "claimed responsibility": the object
    that makes the verb an event is no target."""
    words = trig.text.lower().split()
    return (len(words) > 1 and obj.lower_ in words[1:]) or (
        obj.lemma_.lower() in class_pack().responsibility_nouns)


def target_below(tok: Token, actor: Mention | None,
                 mentions: Sequence[Mention]) -> Mention | None:
    """The first other actor after the trigger in what it governs, when no object or target
    preposition names one: "threatened to break off relations with Congo", "the invasion of
    South Lebanon". Conditions, relative clauses and subjects are not the act's target."""
    skip: set[int] = set()
    marks = event_lexicon().hyp_marks
    for t in tok.subtree:
        own = t.head.i == tok.i and (t.dep_ in ("advcl", "relcl", "nsubj", "nsubjpass", "agent")
                                     or (t.dep_ == "prep" and t.lower_ == "by"))  # who did it
        condition = t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                              for m in t.children)
        if t.i != tok.i and (own or condition):
            skip |= {g.i for g in t.subtree}
    skip |= _located(tok)
    allowed = [t.idx for t in tok.subtree if t.i > tok.i and t.i not in skip]
    for found in mentions:  # sorted by start; a bare name nothing identifies may be a place
        if not is_known(found):
            continue
        if any(found.start <= i < found.end for i in allowed) and not _same_actor(
                found, actor) and (
                actor is None or found.start != actor.start):
            return replace(found)
    return None


def _located(tok: Token) -> set[int]:
    """The tokens of what the trigger's locative phrases hold ("ambushed a checkpoint in
    Pakistan's Khyber province", "an attack near Iraq's northern city", "a strike hit a
    store in Ukraine's Kharkiv region"): where it happened, not whom it struck. Anywhere
    under the trigger, or under the verb governing a noun trigger, save a phrase holding
    the trigger itself."""
    top = tok
    if tok.pos_ in ("NOUN", "PROPN") and (gov := governing_verb(tok)) is not None:
        top = gov
    preps = event_rules().locative_preps
    return {i for t in top.subtree if t.dep_ == "prep" and t.lower_ in preps
            and not t.left_edge.i <= tok.i <= t.right_edge.i  # "killed in an attack"
            for i in _place_phrase(t, preps)}


def _place_phrase(prep: Token, preps: frozenset[str]) -> set[int]:
    """A locative phrase's tokens, less the phrases of other prepositions inside it ("in
    al-Rashid Street against civilians waiting for aid": the civilians were struck)."""
    keep, todo = set(), [prep]
    while todo:
        t = todo.pop()
        keep.add(t.i)
        todo += [c for c in t.children if not (
            c.dep_ == "prep" and c.lower_ not in preps and c.lower_ != "of")]
    return keep


def _same_actor(a: Mention, b: Mention | None) -> bool:
    return b is not None and a.actor_id is not None and a.actor_id == b.actor_id


#: Pronouns an act's object may be that stand for people named before.
_OBJECT_PRONOUNS = {"them": "NNS", "him": "NN", "her": "NN"}
#: a passive's subject pronouns, whom the act struck ("when they were ambushed")
_PASSIVE_PRONOUNS = {"they": "NNS", "he": "NN", "she": "NN"}
_RELATIVES = frozenset({"who", "that", "which", "whom"})


def pronoun_target(trig: Trigger, actor: Mention | None,
                   mentions: Sequence[Mention]) -> Mention | None:
    """The people an object pronoun stands for ("The soldiers were on patrol when gunmen
    attacked them", "... when they were ambushed"): the nearest earlier subject or object of
    its number, in its sentence or the one before, that names an actor or a class of one, as
    written ("them") and as resolved; not the act's own actor. A relative pronoun a passive
    has for subject stands for the noun its clause is on ("a unit who were ambushed")."""
    tok = trig.token
    if trig.is_noun:
        return None
    if tok.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in _RELATIVES
                                   for c in tok.children):
        found = argument(tok.head, mentions, keep_unclassed=False)  # "a unit who were
        return found if found is not None and (actor is None or  # ambushed": the unit
                                                found.start != actor.start) else None
    pron = next((c for c in tok.children if (c.dep_ == "dobj" and c.lower_ in _OBJECT_PRONOUNS)
                 or (c.dep_ == "nsubjpass" and c.lower_ in _PASSIVE_PRONOUNS)), None)
    if pron is None:
        return None
    sent = pron.sent
    first = sent.start
    if first > 0:
        first = pron.doc[first - 1].sent.start
    for cand in reversed(pron.doc[first:pron.i]):
        if cand.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if cand.pos_ == "PRON":
            return None  # "they later fled after villagers had overpowered them": a chain of
            # pronouns, whose head this does not follow
        if cand.pos_ not in ("NOUN", "PROPN"):
            continue
        number = _OBJECT_PRONOUNS.get(pron.lower_) or _PASSIVE_PRONOUNS[pron.lower_]
        if cand.tag_ != number and cand.pos_ == "NOUN":
            continue
        found = argument(cand, mentions, keep_unclassed=False)
        if found is None or (actor is not None and found.start == actor.start):
            continue
        if found.actor_class is None and found.sector is None:
            continue
        return as_written(pron, found)
    return None


def hit_device(tok: Token) -> Token | None:
    """The subject of a verb whose object is a hidden charge ("their vehicle hit a
    landmine", "the patrol struck a roadside bomb", "a soldier stepped on a mine"): what the
    bomb struck, which the verb's grammar makes its subject."""
    rules = event_rules()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in rules.device_verbs:
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "over")
             for g in p.children if g.dep_ == "pobj"]
    if not any(o.lemma_.lower() in rules.device_nouns for o in objs):
        return None
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def phrase_word(target: Mention, trig: Trigger) -> bool:
    """A would-be target that is a word of the trigger's own phrase ("an exchange of fire":
    the fire is how they fought, not what was struck)."""
    words = trig.text.lower().split()[1:]
    return bool(words) and target.text.lower().split()[-1:] == words[-1:]
