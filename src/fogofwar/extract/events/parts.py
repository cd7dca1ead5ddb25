"""Who plays which part in a move or a hostile act, once its type is known: a deployment that
names no mover is the moved force's own act, civilians fleeing are no party's retreat, and a
bystander (a monitor, a news agency) is no actor of an attack. Split from `coding`, which
decides the type."""

from __future__ import annotations

from spacy.tokens import Token

from ...records import Mention
from ..lexicon import event_lexicon
from .classes import class_sector
from .coding import ARMED_SECTORS
from .flight import displaced_flight
from .pack import event_rules


def mover(kind: str, actor: Mention | None,
          target: Mention | None) -> tuple[Mention | None, Mention | None]:
    """Actor and target of a move: a deployment or withdrawal that names no mover ("security
    forces were dispatched to the area") is the moved force's own act, so an armed target
    (sector MIL or REB, from a pack or its class), or one of no known kind that is deployed
    ("teams were dispatched"), becomes the actor; anyone else moved (a civilian, a hostage)
    stays the target."""
    if kind not in event_rules().moving_types or actor is not None or target is None:
        return actor, target
    if target.sector in ARMED_SECTORS:
        return target, None
    unknown = target.sector is None and target.actor_class is None
    # "multi-agency teams had been dispatched": whoever is deployed, of no known kind, deploys
    return (target, None) if kind == "MOBILIZE" and unknown else (actor, target)


def fled_civilians(kind: str, actor: Mention | None, tok: Token | None = None) -> bool:
    """Whether a move is civilians fleeing ("villagers fled into the bush", "residents
    escaped"): people displaced, not a party withdrawing, so no PLOVER event of its own.
    The parse may say who fled where no actor was found (`displaced_flight`)."""
    if kind not in event_rules().party_types:
        return False
    if tok is not None and displaced_flight(tok):
        return True
    return actor is not None and (actor.sector or class_sector(actor.actor_class)) == "CVL"


def left_unarmed(actor: Mention | None, tok: Token | None) -> bool:
    """Whether a verb that withdraws only when a force does it (pack `forces_only`: "left")
    tells no withdrawal: its doer is no armed party ("residents left", "the blast left five
    dead") or what it left is no ground ("left behind a bag", "left for the capital" stays
    one only with a force and a place). A force that "left Tukaraq", "left the area" or just
    "left" withdrew."""
    rules = event_rules()
    if tok is None or tok.lemma_.lower() not in rules.forces_only_verbs:
        return False
    if actor is None or (actor.sector or class_sector(actor.actor_class)) not in ARMED_SECTORS:
        return True
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True  # "the mine was left by members of the group": something left behind
    left = [c for c in tok.children if c.dep_ in ("dobj", "prt", "oprd", "ccomp", "xcomp")]
    return any(not (c.ent_type_ in ("GPE", "LOC", "FAC") or c.lemma_.lower()
                    in rules.forces_only_ground) for c in left)


def fit_actor(kind: str, actor: Mention | None) -> Mention | None:
    """The actor, unless it is a bystander (a monitor, a news agency) of a hostile event."""
    if actor is not None and kind in event_lexicon().hostile_types and (
            actor.sector in event_rules().bystander_sectors):
        return None
    return actor
