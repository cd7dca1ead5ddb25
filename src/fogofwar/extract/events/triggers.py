"""Event triggers: the words in a statement that name a PLOVER event.

A trigger is a verb ("killed", "captured"), a noun ("clashes", "airstrikes", "talks"), a
phrase ("shoot down", "take control") or a verb that counts only with the right object
("sent … tanks" is MOBILIZE, "provided humanitarian assistance" is AID). Threats are resolved
here too: in "vowed to hit regime forces if …" the hitting is what is threatened, not an
assault that happened, so the governed action is folded into one THREATEN event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...annotate.table import TokenTable, token_table
from ..lexicon import EventLexicon, cue_lexicon, event_lexicon
from .coding import is_intent, sense_type
from .frames import came_under
from .pack import event_rules

VERB_POS = ("VERB",)
NOUN_POS = ("NOUN", "PROPN")
COMPLEMENTS = ("xcomp", "ccomp")
TIME_ENTS = ("DATE", "TIME")
#: The type a conditional entry gives when its object makes the verb name no event.
NO_EVENT = "NONE"


@dataclass
class Trigger:
    token: Token
    type: str
    text: str

    @property
    def is_noun(self) -> bool:
        return self.token.pos_ in NOUN_POS


def _below(tok: Token) -> dict[str, Token]:
    """The words a phrase's later words may be: the trigger's dependants, and the objects of
    its prepositions ("set the car on fire", "an exchange of shots"), the dependants first."""
    below = {g.lower_: g for c in tok.children if c.dep_ == "prep"
             for g in c.children if g.dep_ == "pobj"}
    below.update({c.lower_: c for c in tok.children})
    return below


def _phrase(tok: Token, lex: EventLexicon) -> tuple[str, str] | None:
    lemma = tok.lemma_.lower()
    for words, kind in lex.phrases:
        if words[0] != lemma:
            continue
        below = _below(tok)
        if all(w in below for w in words[1:]):
            return kind, " ".join([tok.text, *(below[w].text for w in words[1:])])
    return None


def _conditional(tok: Token, lex: EventLexicon) -> str | None:
    """The type a verb takes from what it governs ("sent troops" MOBILIZE, "sent aid" AID).

    A passive's subject is what was acted on ("troops were dispatched"), and so is the noun a
    past participle follows ("security forces dispatched to the scene") and the subject of
    such a verb left with no object (a reduced passive the tagger read as active, or "troops
    moved to the border"); the subject of a verb with an object, and adverbial clauses,
    are not."""
    lemma = tok.lemma_.lower()
    for verb, objects, kind in lex.conditional:
        if verb != lemma:
            continue
        objectless = not any(c.dep_ == "dobj" for c in tok.children)
        governed = [t for c in tok.children if c.dep_ != "advcl" and (
            c.dep_ != "nsubj" or objectless) for t in c.subtree]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "security forces dispatched to ..."
            governed.append(tok.head)
        if any(t.lemma_.lower() in objects for t in governed):
            return kind
    return None


#: Words that count what follows their "of" ("dozens of huts", "scores of homes").
_COUNTS = frozenset({"dozen", "dozens", "hundred", "hundreds", "score", "scores", "number",
                     "several", "many", "some", "all", "part", "most", "thousand",
                     "thousands", "row", "rows"})


def _counted(words: list[Token]) -> list[Token]:
    """What a count among `words` heads through its "of" ("dozens of huts", "some of them")."""
    return [g for b in words if b.lemma_.lower() in _COUNTS or b.like_num
            for p in b.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]


def _arson(tok: Token, found: tuple[str, str]) -> tuple[str, str]:
    """"set fire to several shelters", "houses were set on fire", "set the car on fire":
    burning where people live
    or what they own is an assault on them (pack `arson_objects`); what else was set on fire
    keeps the phrase's type."""
    if tok.lemma_.lower() != "set" or "fire" not in _below(tok):
        return found
    words = event_rules().arson_objects
    burned = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
              for g in c.children if g.dep_ == "pobj" and g.lower_ != "fire"]
    # what was set on fire: "houses were set on fire", "set the vehicle on fire"
    burned += [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    burned += _counted(burned)  # "set some of them on fire": them
    if tok.dep_ in ("conj", "dep") and tok.head.i < tok.i and any(
            b.tag_ == "PRP" for b in burned):  # "pillaged houses then set them on fire"
        burned += [c for c in tok.head.children if c.dep_ == "dobj"]
    # each thing listed ("the town hall, a hotel, the house of the mayor, and shops": the
    # parser hangs a list's later items as appositions and conjuncts of one another) or
    # named as included ("buildings including offices and a hotel")
    for b in burned:
        burned += [c for c in b.children if c.dep_ in ("conj", "appos") and c not in burned]
        burned += [g for c in b.children if c.dep_ == "prep" and c.lower_ == "including"
                   for g in c.children if g.dep_ == "pobj" and g not in burned]
    # what burned is the phrase's head ("the offices of ... Muslim property" burned offices),
    # or what a count heads ("dozens of huts")
    burned += _counted(burned)
    if any(b.lemma_.lower() in words for b in burned):
        return "ASSAULT", found[1]
    return found


def _launched(noun: Token) -> bool:
    """"launched a cordon and search operation": the noun is a launching verb's object (or
    a passive one's subject), the act of starting it told."""
    verbs = event_rules().launch_verbs
    head = noun.head
    while noun.dep_ == "conj" and head.i != noun.i:
        noun, head = head, head.head
    return noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in verbs


def _hyphened(tok: Token) -> tuple[str, str] | None:
    """A noun the tokenizer split at its hyphen ("shoot-out" -> shoot, -, out): the word as
    written and its lemma written solid ("shootout"), the form the trigger lists hold."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or (
            doc[tok.i - 2].whitespace_):
        return None
    first = doc[tok.i - 2]
    return f"{first.text}-{tok.text}", f"{first.lower_}{tok.lemma_.lower()}"


def _medical(tok: Token) -> bool:
    """A move of the hurt or the dead: its object (a passive's subject) is casualties ("the
    wounded were evacuated"), or it goes to a hospital ("evacuated to the health centre");
    or an evacuation of people or a place ("residents were evacuated"), a rescue."""
    rules = event_rules()
    moved = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.pos_ in NOUN_POS:  # "the evacuation of residents": who is moved follows "of"
        moved += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
    if not any(c.dep_ == "dobj" for c in tok.children):  # "8,000 people evacuated": a
        moved += [c for c in tok.children if c.dep_ == "nsubj"]  # reduced passive
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "three wounded evacuated and treated"
        moved.append(tok.head)
    if tok.dep_ == "relcl":  # "a woman who was evacuated": the relative's antecedent
        moved += [tok.head for c in moved if c.tag_ in ("WP", "WDT")]
    if any(t.lemma_.lower() in rules.casualty_nouns for c in moved for t in c.subtree):
        return True
    if tok.lemma_.lower() in rules.evacuating and any(c.lemma_.lower() in rules.evacuees
                                                      for c in moved):
        return True  # "helped to evacuate the village": people moved to safety
    to = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
          for g in p.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in rules.care_places for g in to for t in g.subtree)


def _reaction(tok: Token) -> bool:
    """"The takeover was met with protests": a passive of a reaction verb with "with"."""
    return tok.lemma_.lower() in event_rules().reaction_passives and any(
        c.dep_ == "auxpass" for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def _classify(tok: Token, lex: EventLexicon) -> tuple[str, str] | None:
    if tok.dep_ in ("amod", "compound", "npadvmod"):
        return None  # a modifier ("war-torn", "the attack helicopter") names no event
    if tok.ent_type_ in TIME_ENTS:
        return None  # a word of a date names a time ("in March", "mid-March"), no event
    lemma = tok.lemma_.lower()
    if tok.pos_ in VERB_POS and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
            c.dep_ == "det" for c in tok.children):
        return None  # "the wounded were evacuated": a participle used as a noun, no act
    if tok.pos_ in VERB_POS and _reaction(tok):
        return None  # "was met with protests": a reaction to something, named elsewhere
    if tok.pos_ in VERB_POS:
        found = _phrase(tok, lex)
        if found:
            return None if found[0] == NO_EVENT else _arson(tok, found)  # "seized power"
        kind = _conditional(tok, lex) or lex.verbs.get(lemma)
        if kind == NO_EVENT:
            return None  # "the names were released", "footage shot at the scene"
        if kind in event_rules().moving_types and _medical(tok):
            return None  # "the wounded were evacuated to hospital": care, not a withdrawal
        if lemma in event_rules().releases and not is_intent(tok):
            return None  # "hostages were released": captives let go, no force withdrawing
        return (kind, tok.text) if kind else None
    if tok.pos_ in NOUN_POS and lemma in lex.nouns:
        sense = sense_type(tok)
        if sense == NO_EVENT:
            return None  # "the rescue operation": its modifier makes it no event
        if sense == "MOBILIZE" and not _launched(tok):
            return None  # "the search operation was on": no deployment told
        if lex.nouns[lemma] in event_rules().moving_types and _medical(tok):
            return None  # "the evacuation of residents": a rescue, no force withdrawing
        return lex.nouns[lemma], tok.text
    if tok.pos_ in NOUN_POS and (joined := _hyphened(tok)) is not None:
        written, word = joined
        if word in lex.nouns:
            return lex.nouns[word], written
    if tok.pos_ in NOUN_POS and lemma in event_rules().under_fire_nouns and (
            came_under(tok) is not None):  # "the patrol came under fire": shot at
        return "FIGHT", tok.text
    if tok.pos_ in NOUN_POS:  # a noun that names an event only with its modifier ("aid convoy")
        return _phrase(tok, lex)
    return None


def _may_classify(row: TokenTable, i: int) -> bool:
    """What `_classify` checks before it looks at a token's neighbours, read from the table:
    a token failing this is no trigger, so the scan builds no Token object for it."""
    return (row.dep[i] not in ("amod", "compound", "npadvmod")
            and row.ent_type[i] not in TIME_ENTS
            and (row.pos[i] in VERB_POS or row.pos[i] in NOUN_POS))


def _in_complement(tok: Token, governor: Token) -> bool:
    """Whether tok lies in one of the governor's clausal complements."""
    return any(c.left_edge.i <= tok.i <= c.right_edge.i and tok.i in {t.i for t in c.subtree}
               for c in governor.children if c.dep_ in COMPLEMENTS)


def _threats(span: Span, found: list[Trigger], lex: EventLexicon) -> list[Trigger]:
    """Turn "vowed/warned to <hostile action>" into THREATEN and drop the governed action."""
    threats = [t for t in found if t.type == "THREATEN"]
    row, doc = token_table(span.doc), span.doc
    for i in range(span.start, span.end):
        if row.lemma[i] not in lex.threat_governors or row.pos[i] not in VERB_POS:
            continue
        tok = doc[i]
        governed = [t for t in found if _in_complement(t.token, tok)]
        hostile = any(t.type in lex.hostile_types for t in governed)
        conditional = any(c.dep_ == "mark" and c.lower_ in lex.hyp_marks
                          for c in tok.subtree)
        if hostile or (conditional and governed):
            threats.append(Trigger(tok, "THREATEN", tok.text))
    heads = {t.token.i for t in threats}
    kept = [t for t in found if t.type != "THREATEN" and t.token.i not in heads
            and not any(_in_complement(t.token, h.token) for h in threats)]
    return kept + threats


def _merged(found: list[Trigger]) -> list[Trigger]:
    """A noun naming the same event as a verb above it ("killed … in the shelling") is
    that verb's event, not a second one; so is a violent noun a violent verb happened in
    ("killed in a clash"), and a violent verb whose subject is a violent noun ("the clash
    ..., killing six") is that noun's event."""
    verbs = [t for t in found if not t.is_noun]
    violent = event_rules().violent_types
    kept = [t for t in found if not (t.is_noun and any(
        (v.type == t.type and t.token.i in {s.i for s in v.token.subtree})
        or (v.type in violent and t.type in violent and _happened_in(t.token, v.token))
        for v in verbs))]
    nouns = [t for t in kept if t.is_noun and t.type in violent]
    kept = [t for t in kept if t.is_noun or t.type not in violent
            or not any(_outcome_of(t.token, n.token) for n in nouns)]
    tolls = {t.token.i for t in kept if not t.is_noun and t.type in violent and _toll(t.token)}
    return [t for t in kept if not (t.token.i in tolls and t.token.dep_ == "conj"
                                    and t.token.head.i in tolls and not _own_agent(t.token))]


def outcome_noun(verb: Token) -> Token | None:
    """The violent noun a toll verb's event was merged with ("wounded in an overnight Russian
    missile strike"), whose own phrase may name the actor the verb's clause leaves out."""
    if not _toll(verb):
        return None
    lex, rules = event_lexicon(), event_rules()
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and _toll(c))]
    for child in (c for v in verbs for c in v.children):
        if child.dep_ == "nsubj":
            nouns = [child]
        elif child.dep_ == "prep" and child.lower_ in rules.outcome_preps:
            nouns = [g for g in child.children if g.dep_ == "pobj"]
        else:
            continue
        for noun in nouns:
            hit = _classify(noun, lex) if noun.pos_ in NOUN_POS else None
            if hit is not None and hit[0] in rules.violent_types:
                return noun
    return None


def _toll(verb: Token) -> bool:
    return verb.lemma_.lower() in event_rules().toll_verbs


def _own_agent(verb: Token) -> bool:
    """A conjoined toll verb with a subject of its own that acts ("gunmen killed five and
    soldiers killed three"): another event; "... was killed and six were injured", "killed
    13 soldiers and wounded 30 others" report the victims of one."""
    return any(c.dep_ == "nsubj" for c in verb.children)


def _happened_in(noun: Token, verb: Token) -> bool:
    """"killed in a clash": the noun is the object of an outcome preposition on the verb;
    "fighting in Aleppo killed five": the noun is the verb's subject."""
    if not _toll(verb):
        return False  # "the strike, fired from Lebanon": no toll, two acts
    prep = noun.head
    if noun.dep_ == "nsubj" and noun.head.i == verb.i:
        return True
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == verb.i
            and prep.lower_ in event_rules().outcome_preps)


def _outcome_of(verb: Token, noun: Token) -> bool:
    """"the clash took place ..., killing six": a participle hanging from the clause whose
    subject is the noun."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and noun.dep_ in ("nsubj", "nsubjpass")
            and noun.head.i == verb.head.i)


def _demands(span: Span, found: list[Trigger]) -> list[Trigger]:
    """Turn "said that Sudan must return ..." into a REQUEST at the speech verb.

    What somebody says another party must do is a demand on it, whether or not the demanded
    act is itself a trigger; the act is folded into the request as threats fold theirs.
    """
    cue_verbs = cue_lexicon().verbs
    modals = event_rules().demand_modals
    demands = []
    row, doc = token_table(span.doc), span.doc
    for i in range(span.start, span.end):
        if row.pos[i] not in VERB_POS or row.lemma[i] not in cue_verbs:
            continue
        tok = doc[i]
        if any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in modals
                                         for a in c.children) for c in tok.children):
            demands.append(Trigger(tok, "REQUEST", tok.text))
    kept = [t for t in found if not any(t.token.i == d.token.i or _in_complement(t.token, d.token)
                                        for d in demands)]
    return kept + demands


def find_triggers(span: Span) -> list[Trigger]:
    """The event triggers in a statement, in text order."""
    lex = event_lexicon()
    found = []
    row, doc = token_table(span.doc), span.doc
    for i in range(span.start, span.end):
        if not _may_classify(row, i):
            continue
        tok = doc[i]
        hit = _classify(tok, lex)
        if hit:
            found.append(Trigger(tok, hit[0], hit[1]))
    found = _merged(_demands(span, _threats(span, found, lex)))
    return sorted(found, key=lambda t: t.token.i)
