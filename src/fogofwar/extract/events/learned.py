"""An event type learned from the dev gold, over the rules' own type, where it is confident.

The rules type an event from its trigger's lexicon entry and a few recodings (by target, by
mode); that vocabulary was tuned on dev and types a found event right less often on unseen
text. A logistic regression trained on the dev gold (bench/train_event_type.py) reads the
same evidence the rules read (trigger lemma and parse, the rule's type, the arguments'
classes, the figures' categories, the words around) and replaces the rule's type only when
its best type beats the rule's by the stored margin; otherwise the rule stands.

A second, binary model (bench/train_fight_assault.py, `PAIR_MODEL`) then re-types the events
the rules typed FIGHT or ASSAULT, over `pair_features` (also what the figures count, the
place's kind, the sentence's nouns and its other events' types), in the same confident-only
way: a clash between armed sides against an attack on people who cannot fight back is the
pair the rules confuse most.

The features are made here, by one function the training script and the pipeline both call,
so training and runtime cannot drift apart; the model is applied with numpy alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from spacy.tokens import Doc, Token

from ...models import shipped_model
from ...records import Event, Mention
from .pack import event_rules

MODEL = "event_type.json"
#: The FIGHT-or-ASSAULT re-typer (bench/train_fight_assault.py): a binary model over
#: `pair_features`, applied to events the rules typed FIGHT or ASSAULT only.
PAIR_MODEL = "fight_assault.json"
#: Words either side of the trigger read as a bag.
WINDOW = 3


def _mention_features(role: str, m: Mention | None) -> list[str]:
    if m is None:
        return [f"{role}=none"]
    out = [f"{role}_class={m.actor_class or '-'}", f"{role}_sector={m.sector or '-'}"]
    if m.actor_id:
        out.append(f"{role}_known")
    return out


def type_features(tok: Token, rule_type: str, event: Event) -> list[str]:
    """The features of one event whose trigger is `tok` and whose rules' type is
    `rule_type`: the same list at training and at runtime (tests/extract checks)."""
    lemma = tok.lemma_.lower()
    pos = "noun" if tok.pos_ in ("NOUN", "PROPN") else "verb" if tok.pos_ in (
        "VERB", "AUX") else "other"
    feats = [f"rule={rule_type}", f"lemma={lemma}", f"lemma_rule={lemma}|{rule_type}",
             f"pos={pos}", f"dep={tok.dep_}", f"rule_pos={rule_type}|{pos}",
             f"head={tok.head.lemma_.lower()}" if tok.head.i != tok.i else "head=ROOT",
             f"mode={event.mode or '-'}", f"trigger_words={len((event.trigger or '').split())}"]
    if event.negated:
        feats.append("negated")
    if event.hypothetical:
        feats.append("hypothetical")
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass", "agent", "attr", "prt", "acomp"):
            feats.append(f"{child.dep_}={child.lemma_.lower()}")
        elif child.dep_ == "prep":
            feats.append(f"prep={child.lower_}")
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                feats.append(f"prep_obj={child.lower_}|{obj.lemma_.lower()}")
        elif child.dep_ == "neg":
            feats.append("neg_child")
    if tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and tok.head.i != tok.i:
        feats.append(f"gov={tok.dep_}|{tok.head.lemma_.lower()}")
    feats += _mention_features("actor", event.actor)
    feats += _mention_features("target", event.target)
    feats += sorted({f"fig={f.category}" for f in event.figures}) or ["fig=none"]
    doc = tok.doc
    for t in doc[max(0, tok.i - WINDOW):tok.i]:
        if t.is_alpha:
            feats.append(f"left={t.lemma_.lower()}")
    for t in doc[tok.i + 1:tok.i + 1 + WINDOW]:
        if t.is_alpha:
            feats.append(f"right={t.lemma_.lower()}")
    return feats


def pair_features(tok: Token, rule_type: str, event: Event,
                  sentence_types: Sequence[str]) -> list[str]:
    """`type_features` and what tells a fight between armed sides from an assault on people
    who cannot fight back: what the figures count, the sides' resolution, the place's kind,
    the nouns of the trigger's sentence and the rules' types of the sentence's other events."""
    feats = type_features(tok, rule_type, event)
    for f in event.figures:
        feats.append(f"fig_counts={f.counts or '-'}")
        feats.append(f"fig_cat_counts={f.category}|{f.counts or '-'}")
    for role, m in (("actor", event.actor), ("target", event.target)):
        if m is not None:
            feats.append(f"{role}_side={'yes' if m.side else 'no'}")
            feats.append(f"{role}_state={'yes' if m.country else 'no'}")
    if event.place is not None:
        feats.append(f"place_code={event.place.feature_code or '-'}")
        feats.append(f"place_precision={event.place.precision or '-'}")
    feats += sorted({f"sent_noun={t.lemma_.lower()}" for t in tok.sent
                     if t.pos_ == "NOUN" and t.is_alpha and t.i != tok.i})
    feats += sorted({f"sent_type={t}" for t in sentence_types}) or ["sent_type=none"]
    return feats


def sentence_types(events: Sequence[Event]) -> list[list[str]]:
    """Per event, the rules' types of the other events of its sentence."""
    return [[o.type for j, o in enumerate(events) if j != k and o.sentence == ev.sentence]
            for k, ev in enumerate(events)]


@lru_cache(maxsize=2)
def load_model(name: str = MODEL) -> dict | None:
    """The stored model `name`, its weights as arrays; None when the package ships none."""
    raw = shipped_model(name)
    if raw is None:
        return None
    classes = raw["classes"]
    index = {f: i for i, f in enumerate(raw["features"])}
    weights = np.zeros((len(raw["features"]), len(classes)))
    for f, row in raw["weights"].items():
        for c, w in row.items():
            weights[index[f], classes.index(c)] = w
    return {"classes": classes, "index": index, "weights": weights,
            "bias": np.array([raw["bias"][c] for c in classes]), "margin": raw["margin"]}


def probabilities(feats: Sequence[str], model: dict) -> np.ndarray:
    """The model's probability of each class for one event's features (binary indicators)."""
    rows = [model["index"][f] for f in set(feats) if f in model["index"]]
    scores = model["bias"] + model["weights"][rows].sum(axis=0)
    scores = np.exp(scores - scores.max())
    return scores / scores.sum()


def decide(feats: Sequence[str], rule_type: str, model: dict) -> str:
    """The model's type when its probability beats the rule type's by the margin, else the
    rule's (a type the model never saw in training keeps the rule's, too)."""
    p = probabilities(feats, model)
    classes = model["classes"]
    best = int(p.argmax())
    rule_p = p[classes.index(rule_type)] if rule_type in classes else None
    if rule_p is None or classes[best] == rule_type:
        return rule_type
    return classes[best] if p[best] - rule_p > model["margin"] else rule_type


def fell_in_a_fight(feats: Sequence[str]) -> bool:
    """Whether an event's features say its victims fell "in"/"during" a fight its words name
    ("killed three villagers in a gunbattle"; the trigger's `prep_obj` feature holding a word of
    the events pack's `bilateral_triggers`): the pack's convention makes that a FIGHT whoever
    died, so the FIGHT-or-ASSAULT re-typer never turns it into an ASSAULT (`decide_pair`)."""
    words = event_rules().bilateral_triggers
    return any(f.startswith(("prep_obj=in|", "prep_obj=during|")) and f.split("|", 1)[1] in words
               for f in feats)


def decide_pair(feats: Sequence[str], rule_type: str, model: dict) -> str:
    """The FIGHT-or-ASSAULT re-typer's decision (`decide`), but a FIGHT whose victims fell in
    a fight its words name stays a FIGHT (`fell_in_a_fight`)."""
    if rule_type == "FIGHT" and fell_in_a_fight(feats):
        return rule_type
    return decide(feats, rule_type, model)


def trigger_token(doc: Doc, start: int) -> Token | None:
    """The token a coded event's trigger starts at (its `trigger_start` offset)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def retype(events: Sequence[Event], starts: Sequence[int], doc: Doc) -> None:
    """Give each event the learned type where the model is confident (in place); then the
    FIGHT-or-ASSAULT model re-types the events of those two types where it is confident."""
    model = load_model()
    toks = [trigger_token(doc, start) for start in starts]
    if model is not None:
        for ev, tok in zip(events, toks, strict=True):
            if tok is not None:
                ev.type = decide(type_features(tok, ev.type, ev), ev.type, model)
    pair = load_model(PAIR_MODEL)
    if pair is None:
        return
    others = sentence_types(events)
    new = [decide_pair(pair_features(tok, ev.type, ev, other), ev.type, pair)
           if tok is not None and ev.type in pair["classes"] else ev.type
           for ev, tok, other in zip(events, toks, others, strict=True)]
    for ev, kind in zip(events, new, strict=True):
        ev.type = kind
