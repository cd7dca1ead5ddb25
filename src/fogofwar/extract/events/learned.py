"""An event type learned from the dev gold, over the rules' own type, where it is confident.

The rules type an event from its trigger's lexicon entry and a few recodings (by target, by
mode); that vocabulary was tuned on dev and types a found event right less often on unseen
text. A logistic regression trained on the dev gold (bench/train_event_type.py) reads the
same evidence the rules read (trigger lemma and parse, the rule's type, the arguments'
classes, the figures' categories, the words around) and replaces the rule's type only when
its best type beats the rule's by the stored margin; otherwise the rule stands.

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

MODEL = "event_type.json"
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


@lru_cache(maxsize=1)
def load_model() -> dict | None:
    """The stored model, its weights as arrays; None when the package ships none."""
    raw = shipped_model(MODEL)
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


def trigger_token(doc: Doc, start: int) -> Token | None:
    """The token a coded event's trigger starts at (its `trigger_start` offset)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def retype(events: Sequence[Event], starts: Sequence[int], doc: Doc) -> None:
    """Give each event the learned type where the model is confident (in place)."""
    model = load_model()
    if model is None:
        return
    for ev, start in zip(events, starts, strict=True):
        tok = trigger_token(doc, start)
        if tok is not None:
            ev.type = decide(type_features(tok, ev.type, ev), ev.type, model)
