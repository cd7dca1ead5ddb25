"""Sites an act names as struck: a civilian building or area ("an air strike on a hospital")
or an armed post ("a raid on an army post"), read from the target prepositions on the
trigger, on the attack its victims died in, or on the act that is its subject."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ...casualties import HURT
from ...records import Figure, Mention
from ..lexicon import event_lexicon
from .classes import class_of_text, class_pack, of_object
from .coding import ARMED_SECTORS, victim_sector
from .pack import event_rules

#: Figure categories of people a strike hurt.
_HURT = frozenset(HURT)


def _site_phrases(tok: Token, direct: tuple[str, ...] = ()) -> list[set[str]]:
    """The words of each place the act names as struck: objects of the target prepositions on
    the trigger (and the verbs conjoined with it) or on the attack the victims died in;
    `direct` adds prepositions taken on the trigger itself or on its victims ("killed six
    people in a police camp", however the parse hangs the "in") or on the act that is its
    subject ("Attack at a police station kills 1"); an attack the victims died in is read
    with the verb that launched it ("killed during an attack launched against an outpost")."""
    preps = event_lexicon().target_preps
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj")]  # "killed and wounded in"
    if tok.dep_ == "conj":
        verbs.append(tok.head)
    if any(c.dep_ == "cc" for c in tok.children):  # "X were killed and Y were wounded in",
        verbs += [s for s in tok.head.children     # parsed as two complements of "said"
                  if s.dep_ == tok.dep_ and s.i > tok.i][:1]
    acts = [c for v in verbs for c in v.children  # "Attack at a police station kills 1"
            if c.dep_ == "nsubj" and c.lemma_.lower() in event_lexicon().nouns]
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":  # "launched rocket fire against guerrilla
        objs = [c for c in tok.head.children if c.dep_ == "dobj"]  # camps, killing 50"
        acts += [tok.head, *objs, *(j for o in objs for j in o.conjuncts)]
    died_in = [g for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in (
        "in", "during") for g in p.children if g.dep_ == "pobj"]
    launched = [t for g in died_in for t in g.subtree  # "an attack launched by rebels
                if t.i > g.i and t.dep_ in ("acl", "pobj")]  # against a militia outpost"
    victims = [c for v in verbs for c in v.children
               if c.dep_ in ("dobj", "nsubjpass")]  # "kill 6 people in army camp"
    heads = [*verbs, *acts, *died_in, *launched, *victims]
    found = []
    for head in heads:
        own = head in verbs or head in acts or head in victims
        ok = set(preps) | (set(direct) if own else set())
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ok:
                continue
            for obj in (_whole(g) for g in prep.children if g.dep_ == "pobj"):
                found.append({t.lower_ for t in obj.subtree if t.i <= obj.i})
    return found


def _whole(obj: Token) -> Token:
    """What a partitive counts ("a number of army posts": the posts), else the noun."""
    if obj.lower_ not in class_pack().partitives:
        return obj
    return of_object(obj) or obj


def civilian_site(tok: Token) -> bool:
    """Whether the act names a civilian site it struck, on the trigger or on the attack the
    victims died in: "strikes on the Nuseirat refugee camp", "seven people were killed in an
    air strike on a hospital". Only the events pack's civilian words count (a hospital, a
    school, a refugee camp), not any building: "an attack on a village" stays with its
    victims and means."""
    words = event_rules().civilian_words
    return any(phrase & words for phrase in _site_phrases(tok))


def armed_site(tok: Token) -> bool:
    """Whether the act names an armed post or force it struck ("killed six people in a raid
    on an army post", "kill 6 people in police camp"): its victims, unless the text says who
    they were, were that post's men."""
    rules = event_rules()
    return any(phrase & rules.armed_words and not phrase & rules.civilian_words
               for phrase in _site_phrases(tok, ("in", "at")))


def struck_civilians(tok: Token, figures: Sequence[Figure]) -> bool:
    """Whether the act struck civilians: a civilian site it names (`civilian_site`), or hurt
    people its figures count as no armed kind ("46", "45 people", "two deaths") whom its
    sentence names as civilians outside its target: "airstrikes kill 46; mostly women,
    children", "two deaths, including a woman, from the shelling". A civilian word only in
    a modifier ("civilian areas"), or negated ("no civilians were hurt"), names nobody."""
    if civilian_site(tok):
        return True
    if not any(f.category in _HURT for f in figures) or victim_sector(figures) in ARMED_SECTORS:
        return False
    words = event_rules().civilian_victims
    return any(t.lower_ in words and t.pos_ in ("NOUN", "PROPN") and t.dep_ not in (
        "amod", "compound") and not any(c.lower_ == "no" for c in t.children)
        for t in tok.sent)


def spared_civilians(tok: Token) -> bool:
    """Whether the act's sentence says civilians were spared ("no civilians were hurt", "with
    no civilian casualties"): the dead it counts were no civilians, so they were fighters."""
    words = event_rules().civilian_victims
    return any(t.lower_ in words and (any(c.lower_ == "no" for c in t.children) or (
        t.dep_ == "amod" and any(c.lower_ == "no" for c in t.head.children))) for t in tok.sent)


def killed_unarmed(tok: Token, target: Mention | None, mode: str | None) -> bool:
    """Whether a close killing ("shot dead", "gunned down", "executed"; pack
    `close_killing_verbs`) struck a person named only by name ("security forces shot dead
    Ali Hassan") or people named only as victims or a family ("gunmen shot the victims in
    the head"): one-sided violence on the unarmed, an ASSAULT, though the doer is a force
    (whose sector alone would make it a FIGHT). A target the pack or a class gives a kind
    ("a police officer", "two Hamas commanders"), and a killing whose means of war fixed its
    type (a drone, a bomb, an airstrike), are left to the other rules; an official (pack
    `unarmed_victim_classes`) is unarmed whoever killed him."""
    rules = event_rules()
    if target is None or target.actor_id or tok.lemma_.lower() not in rules.close_killing_verbs or (
            mode is not None and mode.lower() in rules.means_modes | rules.remote_modes):
        return False
    if target.actor_class in rules.unarmed_victim_classes:
        return True  # "a Houthi official was gunned down": an official, no force
    if target.actor_class or target.sector:
        return False
    words = target.text.split()
    if words and words[-1].lower() in rules.victim_nouns:
        return True
    named = [t for t in tok.doc if target.start <= t.idx < target.end and t.is_alpha]
    if not named or named[-1].ent_type_ != "PERSON" or not all(t.is_title for t in named):
        return False
    kinds = [t for t in (named[-1].head, *named[-1].children) if t.pos_ == "NOUN" and (
        t.dep_ == "appos" or named[-1].dep_ == "appos" and t.i == named[-1].head.i)]
    return all(_unarmed_kind(k) for k in kinds)


def _unarmed_kind(noun: Token) -> bool:
    """Whether the noun a name stands in apposition to leaves its bearer unarmed: not an armed
    kind ("a police officer") nor a title that may lead fighters (pack `command_titles`: "the
    group's leader, Abu Omar"); an official's or a civilian's title ("the deputy district
    commissioner", "a local teacher") leaves the killing one-sided."""
    cls = class_of_text(" ".join(t.text for t in noun.subtree if t.i <= noun.i))
    if cls is not None and cls.sector in ARMED_SECTORS:
        return False
    return noun.lemma_.lower() not in event_rules().command_titles
