"""PLOVER coding decisions on top of a trigger's dictionary type.

A trigger word gives a first type; PLOVER then asks how the act was done and whether it was
done at all. Shelling and airstrikes are conventional force (FIGHT) while car bombs are
ASSAULT; "hunger strike" is a protest; "X will support Y" is a stated intent to cooperate
(AGREE), "X would blockade Paris" a threat (THREATEN), "Y must return the helicopter" a demand
(REQUEST), and "will not accept refugees" a refusal (REJECT). The rules' words are in the
events pack; this module only applies them to the parse.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ...casualties import HARMED_SET
from ...records import Figure, Mention, Place
from ..tree import depth
from .bilateral import fell_in_fight, fought_by_word, told_as_fight
from .classes import class_of_text, class_sector
from .pack import event_rules
from .tolls import bare_toll

#: Figure categories that count victims of violence.
CASUALTIES = HARMED_SET
#: Sectors of armed parties: striking them is a fight, and they move of their own accord.
ARMED_SECTORS = frozenset({"MIL", "REB"})
#: Sectors of people who can be struck: armed parties and civilians (a state is not one).
_PEOPLE_SECTORS = ARMED_SECTORS | {"CVL"}


def sense_type(tok: Token) -> str | None:
    """A noun's type fixed by its modifier ("hunger strike" -> PROTEST) or by the verb it is
    the object of ("lodged a protest with the envoy": a complaint, no protest in the street),
    else None."""
    lemma = tok.lemma_.lower()
    governor = tok.head.lemma_.lower() if tok.dep_ in ("dobj", "nsubjpass") else None
    for noun, modifiers, kind, governors in event_rules().senses:
        if noun == lemma and (governor in governors or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in modifiers
                for c in tok.children)):
            return kind
    return None


def lethal_type(tok: Token, kind: str) -> str:
    """A coercive act people died or were hurt in is an assault on them (pack
    `lethal_coercion`): "80 have died in a wave of unrest and a crackdown", "16 dead in Tibet
    crackdown", "the crackdown killed 50", "a crackdown that left 150 dead". The noun alone
    ("launched a crackdown on the region") keeps its type."""
    rules = event_rules()
    if kind != "COERCE" or tok.lemma_.lower() not in rules.lethal_coercion:
        return kind
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "in a wave of unrest and a crackdown"
    prep = head.head
    if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in rules.outcome_preps and (
            _deadly(prep.head, rules)):
        return "ASSAULT"
    harming = [head.head] if head.dep_ == "nsubj" else []
    for clause in (c for c in head.children if c.dep_ == "relcl"):
        harming += [clause, *(c for c in clause.children if c.dep_ == "ccomp")]
    return "ASSAULT" if any(_harms(v, rules) for v in harming) else kind


def _deadly(word: Token, rules) -> bool:
    """A word of dying or harm whose "in" phrase names what the dead fell in ("died in",
    "killed in", "dead in"), or a verb with such a state ("16 confirmed dead in ...")."""
    dying = rules.dying_verbs | rules.dying_adjectives | rules.toll_verbs
    return word.lemma_.lower() in dying or any(
        c.dep_ in ("oprd", "acomp") and c.lemma_.lower() in rules.dying_adjectives
        for c in word.children)


def _harms(verb: Token, rules) -> bool:
    """A verb of a toll ("killed", "wounded") or one that left people dead or hurt."""
    lemma = verb.lemma_.lower()
    return lemma in rules.toll_verbs - rules.dying_verbs or (
        lemma in rules.leaving_verbs and any(t.lower_ in rules.left_states
                                             for t in verb.subtree))


def mode_type(kind: str, mode: str | None) -> str:
    """FIGHT or ASSAULT by how the violence was done; other types are left alone."""
    rules = event_rules()
    if kind in rules.violent_types and mode:
        return rules.type_by_mode.get(mode, kind)
    return kind


def same_kind(a: str, b: str) -> bool:
    """Whether two types can name one incident (reports call one clash attack or fighting)."""
    violent = event_rules().violent_types
    return a == b or (a in violent and b in violent)


def _chain(tok: Token, steps: int = 3) -> list[Token]:
    """The trigger and the open-complement heads above it ("ready to host", "offered to")."""
    chain = [tok]
    while len(chain) <= steps and chain[-1].dep_ in ("xcomp", "acomp") and (
            chain[-1].head.i != chain[-1].i):
        chain.append(chain[-1].head)
    return chain


def _has_modal(tok: Token, modals: frozenset[str]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in modals for c in tok.children)


def is_intent(tok: Token) -> bool:
    """Whether a verb trigger is a stated intention: "will withdraw", "is ready to host"."""
    rules = event_rules()
    chain = _chain(tok)
    if any(_has_modal(t, rules.intent_modals) for t in chain):
        return True
    return any(t.lemma_.lower() in rules.intent_governors for t in chain[1:])


def _threat_condition(tok: Token) -> bool:
    """An "unless ..." clause on the intended act: held over the target, hence a threat."""
    marks = event_rules().threat_marks
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks
                                         for g in c.children) for c in tok.children)


def is_demand(tok: Token) -> bool:
    """Whether the trigger's clause is one somebody "must" do: a demand on its subject."""
    return any(_has_modal(t, event_rules().demand_modals) for t in _chain(tok))


def recode(kind: str, tok: Token, negated: bool) -> str:
    """The PLOVER type of a verb trigger once intent, demand and refusal are accounted for."""
    if tok.pos_ not in ("VERB", "AUX"):
        return kind
    rules = event_rules()
    if is_demand(tok):
        return "REQUEST"
    if not is_intent(tok):
        return kind
    if _threat_condition(tok):
        return "THREATEN"
    if kind in rules.cooperative:
        return "REJECT" if negated else "AGREE"
    if kind in rules.hostile and not negated:
        return "THREATEN"
    return kind


def trigger_token(doc: Doc, start: int) -> Token | None:
    """The token that starts at a character offset."""
    for tok in doc:
        if tok.idx == start:
            return tok
    return None


def main_event(events: Sequence, doc: Doc):
    """The event a sentence is about: its trigger highest in the tree, then the earliest.

    Coders such as PLOVER's gold standard assign one event per sentence; reporting verbs are
    not triggers, so the highest trigger is the reported act ("said it will withdraw").
    """
    best, best_key = None, None
    for ev in events:
        tok = trigger_token(doc, getattr(ev, "trigger_start", -1))
        key = (depth(tok), tok.i) if tok is not None else (10_000, 0)
        if best_key is None or key < best_key:
            best, best_key = ev, key
    return best


def one_sided(kind: str, trigger: str) -> bool:
    """An assault one-sided by its very word (arson where people live, a massacre; pack
    `one_sided`): whoever else the sentence names ("set the houses on fire in their search
    for the rebels"), it stays an ASSAULT."""
    return kind == "ASSAULT" and trigger.lower() in event_rules().one_sided


def by_target(kind: str, mode: str | None, actor: Mention | None,
              target: Mention | None, figures: Sequence[Figure] = (),
              site: bool = False, armed: bool = False, trigger: str = "",
              populated: bool = False) -> str:
    """FIGHT or ASSAULT by who was struck: armed parties fight, civilians and property are
    assaulted (PLOVER's split); other types, and targets of unknown kind, keep their type.
    With no target, the victims the event's casualty figures count decide ("the attack
    killed 16 people": ASSAULT); a target of unknown kind (a town shelled) keeps the type.
    One state's forces killing another state's keep the type their trigger gave ("Syrian
    troops killed five Turkish soldiers" is coded by its verb), as the seeds' coding has it,
    and so does an event whose means gave its type (car bomb ASSAULT, airstrike FIGHT),
    unless it struck a civilian building or civilians: the target itself, or the `site` its
    act names ("killed in an air strike on a hospital", see `civilian_site`), or the civilians
    it names ("a drone strike killed 11 villagers": ASSAULT, README). Victims the text does not
    name ("six people") at an `armed` post the act names were its men: a FIGHT. A
    strike from afar (`remote_modes`) whose toll names no one ("28 dead") hurt civilians.
    An act one-sided by its `trigger` word (arson, a massacre) keeps its type. A strike from
    afar on a `populated` place ("shelled Kharkiv", see `populated_place`) fell where people
    live: an ASSAULT, unless an armed post or armed victims say it struck a force."""
    rules = event_rules()
    if kind not in rules.violent_types or one_sided(kind, trigger):
        return kind
    sector = struck_sector(target, figures)
    if site and sector not in ARMED_SECTORS:
        return (rules.target_sector_types or {}).get("CVL", kind)
    if populated and sector is None and not armed and (mode or "").lower() in rules.remote_modes \
            and victim_sector(figures) not in ARMED_SECTORS:
        return (rules.target_sector_types or {}).get("CVL", kind)
    if mode is not None and mode.lower() in rules.means_modes and not civilian_property(
            target) and not (sector == "CVL" and _named_civilians(target)):
        return kind  # a strike on a school, a home or civilians is one-sided whatever struck
    if armed and unnamed_victims(target):
        return (rules.target_sector_types or {}).get("MIL", kind)
    if target is not None and sector == "MIL" and actor is not None and actor.sector in (
            "MIL", "GOV") and (actor.country and target.country
                               and actor.country != target.country):
        return kind
    if sector is None and (mode or "").lower() in rules.remote_modes and victim_sector(
            figures) is None and any(bare_toll(f) for f in figures):
        return (rules.target_sector_types or {}).get("CVL", kind)  # "28 dead in shelling"
    if sector is None and actor is not None:
        return (rules.actor_sector_types or {}).get(_force_sector(actor), kind)
    return (rules.target_sector_types or {}).get(sector or "", kind)


def populated_place(target: Mention | None, places: Sequence[Place]) -> bool:
    """A target that is a town, village or city and nothing else: the resolver read its words,
    there or elsewhere in the article (it does not tag every repeat of a name), as a place of
    a `populated_precisions` precision ("shelled Kharkiv"), and no pack or class made it a
    party or a building (the event's target `Mention` does not say it is a place)."""
    if target is None or target.actor_id or target.actor_class or target.sector:
        return False
    wanted = event_rules().populated_precisions
    return any(p.role == "location" and p.precision in wanted and (
        p.text == target.text or p.start < target.end and target.start < p.end) for p in places)


def _force_sector(actor: Mention) -> str:
    """An actor's sector as a force: a state's troops ("US special forces", class military)
    strike as the military does though the pack files their state as GOV."""
    armed = class_sector(actor.actor_class)
    return armed if armed == "MIL" else (actor.sector or "")


def target_sector(target: Mention) -> str | None:
    """The sector of what was struck: its own, else armed or civilian by the words of a
    place or building ("a police checkpoint" is armed, "a school" civilian). A building the
    resolve stage gave an armed party's sector ("a Hamas compound", "a PKK camp") is that
    party's post, unless a civilian word says what it is ("a Hamas-run hospital") or a
    holding word says the party only holds it ("a Houthi-controlled port")."""
    rules = event_rules()
    sector = target.sector
    armed = class_sector(target.actor_class)
    words = set(target.text.lower().replace("-", " ").split())
    if armed in ARMED_SECTORS and not target.actor_id and words & rules.civilian_words and not (
            words & {"and", "or"}):  # "soldiers and a civilian" are soldiers first
        return "CVL"  # "residential units": homes, whatever the class word says
    head = target.text.lower().replace("-", " ").split()[-1:]
    if armed in ARMED_SECTORS and not target.actor_id and words & rules.cargo_words and not (
            (words - set(head)) & rules.armed_words):
        return "CVL"  # "a supply convoy", "a bus convoy": carriers; "a military ..." a force
    if armed in ARMED_SECTORS and sector not in ARMED_SECTORS:
        return armed  # "four UN peacekeepers": the UN's men, struck as a force is
    if target.actor_class == "facility" and sector in ARMED_SECTORS and not (
            words & (rules.civilian_words | rules.holding_words)):
        return sector  # "a Hamas compound", "a PKK camp": the named armed party's site
    if target.actor_class == "facility" or (sector is None and not target.actor_id):
        sector = "MIL" if words & rules.armed_words else (
            "CVL" if target.actor_class == "facility" or words & rules.civilian_words
            else None)
    return sector


def struck_sector(target: Mention | None, figures: Sequence[Figure]) -> str | None:
    """The sector of who was struck: the target's, else the casualty figures'. People the
    target does not name ("nine people") whose figures count armed men among them ("nine
    people, including six police officers") were a force struck: its armed sector. People
    of no known kind ("31 others") are who the figures count ("killing 11 civilians and
    injuring 31 others": civilians). A building or vehicle struck whose casualties are all
    armed men ("stormed a police office, killing three officers", "a bus came under attack,
    killing 20 soldiers") held a force: the force was struck, a fight; with civilians among
    the dead ("ten fighters and three civilians") the building keeps its own reading."""
    if target is None:
        return victim_sector(figures)
    sector = target_sector(target)
    if sector == "CVL" and unnamed_victims(target) and (
            armed := victim_sector(figures)) in ARMED_SECTORS:
        return armed
    if sector is None and unnamed_victims(target):
        return victim_sector(figures)
    if target.actor_class == "facility" and sector not in ARMED_SECTORS and (
            armed := victim_sector(figures, only_armed=True)) in ARMED_SECTORS:
        return armed  # "hit a depot, killing 20 rebels": the force in it was struck
    return sector


def civilian_property(target: Mention | None) -> bool:
    """A struck building or area that is civilian ("a school", "a residential block")."""
    if target is None or target.actor_class == "civilians" or target_sector(target) != "CVL":
        return False
    words = set(target.text.lower().replace("-", " ").split())
    return target.actor_class == "facility" or bool(words & event_rules().civilian_words)


def victim_sector(figures: Sequence[Figure], only_armed: bool = False) -> str | None:
    """The sector of the victims an event's casualty figures count ("16 people" CVL,
    "30 militants" REB), when they all agree, or the one armed sector among them (a force
    was struck, so it is a fight; soldiers and militiamen alike, too); None when they count
    none or disagree otherwise. With `only_armed`, an armed sector only when no figure counts
    people of another kind ("ten fighters and three civilians": None)."""
    found = set()
    for fig in figures:
        if fig.category in CASUALTIES and fig.counts:
            cls = class_of_text(fig.counts)
            if cls is not None and cls.sector:
                found.add(cls.sector)
    armed = found & ARMED_SECTORS
    if only_armed and not found <= ARMED_SECTORS:
        return None
    if len(armed) == 1:  # "11 people, including 7 soldiers": armed men among the dead
        return armed.pop()
    if armed and found <= ARMED_SECTORS:  # "four soldiers and 10 volunteers": all armed men,
        return "MIL"                      # of both kinds or both sides, were struck: a fight
    return found.pop() if len(found) == 1 else None


def own_sector(ev) -> str | None:
    """The sector of what an event struck, from its target or its casualty figures."""
    return struck_sector(ev.target, ev.figures)


def harmonise(events: Sequence, span: Span | None = None) -> None:
    """One statement's violent events of unknown victims take the type its other violent
    events agree on: "four soldiers were killed ... in an attack by gunmen" and "killed 13
    soldiers and wounded 30 others" each report one occurrence, so the attack and the
    wounding of the others are a FIGHT as the soldiers' killing is; a statement of a clash or a
    gunbattle makes its violent events a FIGHT. Events whose means fixed their type (a car
    bomb) keep it; disagreeing events leave the rest alone. An armed post or force another
    act of the statement struck ("overran a police camp and killed six members") makes its
    violence of unknown victims a FIGHT. Violence on people its target names as civilians
    stays one-sided in a statement of a clash (`_civilians_hit`)."""
    rules = event_rules()
    violent = [e for e in events if e.type in rules.violent_types]
    known = {e.type for e in violent if own_sector(e) in (rules.target_sector_types or {})
             and not e.hypothetical}  # what was only meant ("to bombard a camp") hurt nobody
    if not known and any(e.target is not None and target_sector(e.target) in ARMED_SECTORS
                         for e in events if e.type not in rules.violent_types):
        known = {"FIGHT"}  # "overran a police camp and killed six members": a force struck
    bilateral = told_as_fight(violent, span) and not any(
        e.negated for e in violent)  # killed "in clashes", "in a gunbattle": a fight
    for ev in violent:  # "fighting had flared", told apart from the strike, is a fight still
        ev.type = "FIGHT" if fought_by_word(ev) and not ev.negated else ev.type
    if len(known) > 1 and not bilateral:
        _victims_decide(violent, rules)
        return
    if len(known) != 1 and not bilateral:
        return
    for ev in violent:
        fixed = ev.mode is not None and ev.mode.lower() in rules.means_modes or (
            (ev.trigger or "").lower() in rules.one_sided) or (  # a massacre is one-sided
            fought_by_word(ev))  # "clashes" told apart stay a fight
        named = ev.target is not None and any(c.isupper() for c in ev.target.text)
        if bilateral and not fixed and not _civilians_hit(ev, span):
            ev.type = "FIGHT"
        elif not fixed and not named and own_sector(ev) not in (rules.target_sector_types
                                                                  or {}):
            ev.type = next(iter(known))  # a town or a party it names keeps its own reading
    if known == {"ASSAULT"} and not bilateral and _victim_types(
            violent, rules.target_sector_types or {}) == {"ASSAULT"}:
        _civilians_struck(violent)  # people hurt, not a building struck ("an airport")


def _civilians_struck(violent: Sequence) -> None:
    """A strike or shelling that only says where it fell ("shelled Donetsk", "airstrikes
    struck Yemen") in a statement whose hurt people are civilians ("a civilian was killed
    and ten injured as troops shelled Donetsk") struck civilians: an ASSAULT, as the README's
    convention has strikes on civilians or civilian buildings. Events whose means fixed their
    type (a drone's FIGHT, a bomb's ASSAULT) keep it, as everywhere in `harmonise`."""
    means = event_rules().means_modes
    for ev in violent:
        fixed = ev.mode is not None and ev.mode.lower() in means or fought_by_word(ev)
        if ev.type == "FIGHT" and not fixed and not ev.hypothetical and _struck_only_where(ev):
            ev.type = "ASSAULT"


def _struck_people(ev) -> bool:
    """Whether an event's target is people of a known kind ("two soldiers", "civilians"),
    not a place, a building or a state it struck ("Dibis town", "Kyiv Oblast", "Pakistan")."""
    t = ev.target
    return t is not None and t.actor_class != "facility" and (
        class_sector(t.actor_class) is not None or t.sector in _PEOPLE_SECTORS)


def _struck_only_where(ev) -> bool:
    """Whether an event's target only says where the violence fell: none, a state or a named
    place ("attacked Dibis town", "an attack near Iraq's Kirkuk"). An armed post ("a Hamas
    command centre"), a civilian building ("a school") or a building a common noun names ("a
    high-rise building") says what was struck and keeps its own reading."""
    t = ev.target
    if t is None:
        return True
    words = set(t.text.lower().replace("-", " ").split())
    building = t.actor_class == "facility" and not any(c.isupper() for c in t.text)
    return not _struck_people(ev) and target_sector(t) not in ARMED_SECTORS and not (
        words & event_rules().civilian_words) and not building


def _victim_types(violent: Sequence, table: dict[str, str]) -> set[str]:
    """The types the statement's hurt people give: its people-targets, and the casualty
    figures of its events that name no target ("Russians shell the town, two civilians
    killed")."""
    types = {table.get(struck_sector(e.target, e.figures) or "") for e in violent
             if _struck_people(e)}
    types |= {table.get(victim_sector(e.figures) or "") for e in violent if e.target is None}
    types.discard(None)
    return types


def _victims_decide(violent: Sequence, rules) -> None:
    """When one statement's violent events disagree, the people it says were hurt decide:
    "militants attacked the town, killing two soldiers" and "strikes hit a school, killing
    20 fighters" each tell one occurrence, a FIGHT by its victims; the town or the school
    struck is where it happened, not a second, one-sided act. The one type the victims
    give goes to the events of no people-target; nothing changes when the victims
    themselves disagree (soldiers and civilians) or none are named."""
    types = _victim_types(violent, rules.target_sector_types or {})
    if len(types) != 1:
        return
    kind = next(iter(types))
    for ev in violent:
        fixed = ev.mode is not None and ev.mode.lower() in rules.means_modes
        if not fixed and not fought_by_word(ev) and _struck_only_where(ev):
            ev.type = kind


def _civilians_hit(ev, span: Span | None) -> bool:
    """Whether an event's own target names civilians ("shot at an Afghan child", "three
    villagers were shot dead"): one-sided violence, though the statement tells of a clash
    beside it ("the clash took place after border guards shot at a child"), unless they fell
    in the clash itself ("killed three villagers in a gunbattle")."""
    target = ev.target
    if not (ev.type == "ASSAULT" and target is not None and target.sector == "CVL"
            and target.actor_class in ("civilians", "captives") and _named_civilians(target)):
        return False
    tok = next((t for t in span or () if t.idx == getattr(ev, "trigger_start", -1)), None)
    return tok is not None and not fell_in_fight(tok)


def _named_civilians(target: Mention | None) -> bool:
    """Victims named as civilians ("60 civilians", "children"), not only as people or men."""
    words = target.text.lower().split() if target is not None else []
    return bool(words) and words[-1] not in event_rules().unsure_victims


def unnamed_victims(target: Mention | None) -> bool:
    """A target that counts people without saying who they were ("six people", "others")."""
    words = target.text.lower().split() if target is not None else []
    return not words or words[-1] in event_rules().unnamed_victims
