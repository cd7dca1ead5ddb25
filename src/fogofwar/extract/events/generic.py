"""Generic mentions of violence: a kind of event spoken of, not one event that happened.

Background sentences in war reporting talk about attacks in general: "ISIS attacks have been
on the rise", "a surge in terrorist attacks", "the group continues to carry out sporadic
attacks", "armed groups carry out attacks in both countries". None of them reports an
occurrence, and an event extracted from them is a false event. The signs are all on a plural
noun trigger: a frequency modifier ("sporadic", "repeated"), a trend it is the subject or the
measure of ("on the rise", "an increase in"), or, outside a headline, a bare plural governed by
a present-tense verb (habitual: "they launch attacks"). The words are the events pack's.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import event_lexicon
from .arguments import governing_verb
from .background import background_rules
from .clauses import later_conjuncts, standing
from .headlinese import in_headline
from .offices import names_an_office
from .pack import event_rules
from .stretches import is_violent, over_stretch, since_long
from .tolls import counts_many, is_mass_toll, massive
from .triggers import Trigger

#: Dependants that make a plural noun name particular events ("the attacks", "two attacks").
PARTICULAR = ("det", "nummod", "poss")


def _bare(tok: Token) -> bool:
    return not any(c.dep_ in PARTICULAR for c in tok.children)


def _frequent(tok: Token) -> bool:
    """"sporadic attacks", "frequent, deadly strikes": a frequency modifier."""
    words = event_rules().generic_modifiers
    return any(c.dep_ in ("amod", "compound", "advmod") and c.lemma_.lower() in words
               for c in tok.children)


def _trend(tok: Token) -> bool:
    """The noun is what a trend measures: "an increase in attacks", "increased its attacks",
    "attacks have been on the rise", "attacks surged"."""
    words = event_rules().trend_words
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in words:
        return True
    if tok.dep_ == "dobj" and head.lemma_.lower() in words:
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and head.i != tok.i:
        if head.lemma_.lower() in words:
            return True
        return any(t.lemma_.lower() in words and t.dep_ == "pobj" for t in head.subtree
                   if t.i > tok.right_edge.i)
    return False


def _simple_present(verb: Token) -> bool:
    """A verb in the simple present, a conjoined bare verb taking its first conjunct's tense
    ("groups move across the border and carry out attacks")."""
    while verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_ == "VBN":  # "strikes are carried out on military objects": present passive
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in ("VBZ", "VBP")
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _present_habit(tok: Token, headline: bool) -> bool:
    """A violent verb trigger in the simple present outside a headline: "they strike military
    targets", "strikes are carried out on depots", a habit or a claim of one. A headline, a
    body line set as one, and a clause of time ("it happened when gunmen attack the post")
    narrate a past occurrence in the present and are left alone."""
    if tok.pos_ != "VERB" or headline or not _simple_present(tok):
        return False
    if event_lexicon().verbs.get(tok.lemma_.lower()) not in event_rules().violent_types:
        return False
    if tok.tag_ in ("VBZ", "VBP") and _counted_object(tok):
        return False  # "Maoist rebels kill at least 16 police officers in an ambush": a toll
    when = event_rules().time_clause_words
    return not in_headline(tok) and not any(
        c.dep_ in ("advmod", "mark") and c.lower_ in when for c in tok.children)


def _present_progressive(tok: Token, headline: bool) -> bool:
    """A violent verb trigger in the present progressive outside a headline: "the rebels are
    battling the government", "they are firing on us", "militias are attacking civilians". The
    aspect tells a fight going on as the speaker talks, a standing conflict, not one
    occurrence the report tells (the past "were firing", the perfect "have been clashing"
    and a headline's "Troops are battling ..." are left alone)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG" or headline or in_headline(tok):
        return False
    if event_lexicon().verbs.get(tok.lemma_.lower()) not in event_rules().violent_types:
        return False
    aux = [c for c in tok.children if c.dep_ == "aux"]
    return len(aux) == 1 and aux[0].lemma_ == "be" and aux[0].tag_ in ("VBZ", "VBP")


def _counted_object(verb: Token) -> bool:
    """A number in the object of an active verb ("kill at least 16 police officers", "kills
    15 people"): a habit has no count of its own, one occurrence's toll has."""
    return any(t.like_num for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


def _habitual(tok: Token) -> bool:
    """A bare plural governed by a simple present verb: "armed groups carry out attacks", or
    by a bare verb that completes one ("the group continues to carry out attacks")."""
    gov = governing_verb(tok)
    while gov is not None and gov.tag_ == "VB" and gov.dep_ == "xcomp" and gov.head.i != gov.i:
        gov = gov.head
    return gov is not None and _simple_present(gov)


def is_purpose(tok: Token) -> bool:
    """A verb trigger that is an infinitive of purpose or aim ("the coalition set up to fight
    the extremists", "an effort to battle the insurgency"): what is meant, not what was done."""
    return tok.tag_ == "VB" and tok.dep_ in ("advcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _since(node: Token) -> bool:
    """A "since" phrase or clause on the word: "since July", or on a perfect "have been
    killed since the rebels launched" (a since-clause on a simple past gives a cause:
    "nobody was killed, since the village was deserted")."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in node.children)
    if not perfect and node.tag_ == "VBD" and _dated_on(node):
        return False  # "killed 16 people on Tuesday in their deadliest attack since 2017"
    return any((c.dep_ == "prep" and c.lower_ == "since") or (
        perfect and c.dep_ in ("advcl", "advmod") and any(
            g.dep_ == "mark" and g.lower_ == "since" for g in c.children))
        for c in node.children)


def _dated_on(verb: Token) -> bool:
    """A simple past told on its day ("killed 16 people on Tuesday"): one dated act, whose
    "since" the parse took from a superlative ("their deadliest attack since 2017")."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children) for c in verb.children)


def _since_recent(node: Token) -> bool:
    """A "since" phrase naming the page's recent days ("since Sunday", "since yesterday"):
    the toll of the raid or the fighting the page reports, still going, not a campaign's."""
    words = background_rules().recent_words
    since = [c for c in node.children if c.dep_ == "prep" and c.lower_ == "since"]
    return bool(since) and all(any(w.lower_ in words for w in c.subtree) for c in since)


def _tallied_participle(tok: Token) -> bool:
    """A participle counting people over a stretch: "the number of troops killed since the
    start of the offensive", "2,227 people killed in drone strikes since 2008", "the 60
    terrorists neutralised since the beginning": a running toll, no occurrence."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl":
        return False
    pobjs = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if not (since_long(tok) or any(since_long(p) for p in pobjs)):
        return False
    noun = tok.head
    if any(c.dep_ == "nummod" for c in noun.children):
        return True
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.i != of.i and \
        of.head.lemma_.lower() in event_rules().measure_nouns


def _counted(verb: Token) -> bool:
    """A count in the verb's subject or object: "over 100 militants", "two ships"."""
    return any(t.like_num for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
               for t in c.subtree)


def is_cumulative(tok: Token) -> bool:
    """A toll counted over a stretch of time, not one occurrence: "over 100 militants have
    been killed since January", "Since November, the Houthis have destroyed two ships",
    "has killed 200 people since July". The "since" is on the counting verb; a trigger
    inside a since-clause ("since US forces killed its leader") is the occurrence itself,
    and an act going on since ("fighting has been raging since April", "has occupied the
    region since 1994") is one long event, not a toll."""
    if _tallied_participle(tok):
        return True
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "dobj"):
        gov = governing_verb(tok)  # "the fighting has killed 200 people since July"
        return gov is not None and gov.i != tok.i and is_cumulative(gov)
    first = tok.head if tok.dep_ == "conj" else tok  # "have destroyed two ships and captured"
    if tok.pos_ != "VERB" or tok.tag_ == "VBG" or not (_counted(tok) or _counted(first)):
        return False
    node: Token | None = tok
    while node is not None:
        if any(_since(n) and not _since_recent(n) for n in (node, *later_conjuncts(node))):
            return True
        node = node.head if node.dep_ == "conj" and node.head.i != node.i else None
    return False


def _measured(tok: Token) -> bool:
    """"the number of jihadist attacks has increased": a trend on what counts the noun."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "of" or head.head.i == head.i:
        return False
    measure = head.head
    return measure.lemma_.lower() in event_rules().measure_nouns and _trend(measure)


def _war_word(tok: Token, massive: bool = False) -> bool:
    """A noun naming a whole war ("the war", "the Gaza conflict", "the insurgency"); with
    "a" it names one clash ("killed during a conflict with Armenia"), unless what it did is
    counted in thousands (`massive`: "a civil war ..., which killed hundreds of thousands")."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in event_rules().war_nouns \
        and (massive or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                for c in tok.children))


def _massive_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and massive(c) for c in verb.children)


def _war_subject(verb: Token) -> bool:
    """Whether a verb's active subject names a war; a relative pronoun stands for the noun its
    clause modifies ("the war, which has killed ..."), or for the war the parse hung that
    noun's phrase from ("launched its war on the province, which has killed ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if not (subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl"):
        return _war_word(subj)
    noun = verb.head
    if _war_word(noun, _massive_object(verb)):
        return True
    if noun.dep_ != "pobj" or noun.head.head.i == noun.head.i:
        return False
    above = noun.head.head  # "war on the province" or "launched its war on the province"
    return _war_word(above, _massive_object(verb)) or wages_war(above) or any(
        c.dep_ == "dobj" and _war_word(c) for c in above.children)


def is_war_toll(tok: Token) -> bool:
    """A toll or harm of a whole war, not one occurrence: "Israel's war on Gaza, which has
    killed more than 50,000 people", "tens of thousands have been killed in the conflict",
    "too many civilians were killed in the war". The verb's subject is a war noun, or a
    toll verb (killing, dying, wounding, displacing) is placed in or during a war. A verb
    conjoined to another ("killed and injured in the war") takes its first conjunct's frame."""
    if tok.pos_ != "VERB":
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "VERB":
        first = first.head
    if _war_subject(tok) or _war_subject(first):
        return True
    if tok.lemma_.lower() not in event_rules().toll_verbs:
        return False
    frame = [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during", "throughout") and any(
        g.dep_ == "pobj" and _war_word(g) for g in c.children)
        for node in frame for c in node.children)


def _habit_adverb(tok: Token) -> bool:
    """A verb trigger with an adverb of habit: "have frequently attacked Tillaberi", "is
    constantly attacking our residential areas", "often shell the town"; or one whose verb it
    complements or is conjoined to carries it ("often use 'neutralized' to imply the
    terrorists surrendered", "frequently raid villages and burn homes")."""
    words = event_rules().habit_adverbs
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    node = tok
    for _ in range(4):
        if any(c.dep_ == "advmod" and c.lower_ in words for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def wages_war(tok: Token) -> bool:
    """A fighting verb whose object is a whole war ("have been fighting a war since 2023",
    "is battling a jihadist insurgency", "waged war on the cartels"): the war, no one
    occurrence of it."""
    return tok.pos_ == "VERB" and is_violent(tok) and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
        and c.lemma_.lower() in event_rules().war_nouns for c in tok.children)


def for_a_cause(tok: Token) -> bool:
    """A violent trigger fought "for" a cause or a life ("rebels fighting for independence",
    "medics fighting for their lives"): a struggle told, no clash (pack `generic.cause_nouns`;
    "fought for two days", "for control of the town" are clashes)."""
    words = event_rules().cause_nouns
    return is_violent(tok) and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in words for g in c.children)
        for c in tok.children)


def _tallied(tok: Token) -> bool:
    """A plural noun a report tallies: "the report recorded more than 400 attacks in Iraq
    from April to June", "the UN documented 300 strikes on hospitals": a count of many
    occurrences over a stretch of time, none of them told."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in event_rules().tally_verbs


#: Nouns that name a stretch's first day when "since" takes them: "since the start of the
#: offensive", "since the outbreak of the war".
_START_NOUNS = frozenset({"start", "beginning", "onset", "outbreak", "launch", "eruption"})


def onset_verbs() -> frozenset[str]:
    """Verbs that tell how a stretch began ("the war began", "Israel launched its
    offensive"): the background pack's `onset_verbs` and the launching of a campaign."""
    return frozenset(background_rules().onset_verbs | {"launch", "unleash"})


def since_onset(tok: Token) -> bool:
    """A trigger that only dates a running tally or state by its campaign's start: "since the
    offensive began", "since Russia launched its full-scale invasion", "since the start of a
    rebel offensive", "since coalition warplanes began attacking". The clause tells when a
    stretch began, no occurrence of the page's; "since US forces killed its leader" (no verb
    of onset) names one act and is left to `background` (round events24b)."""
    onsets = onset_verbs()
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        start = tok.head.head
        return start.lemma_.lower() in _START_NOUNS and start.dep_ == "pobj" and \
            start.head.lower_ == "since"
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp"):
        verb = tok.head
        return verb.lemma_.lower() in onsets and any(
            c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)
    return False


def ranks_an_act(tok: Token) -> bool:
    """A noun trigger that ranks an act the page already told: "It was the deadliest attack
    in the region this year", "the strike marks one of the bloodiest confrontations since
    2019". The superlative's predicate tells no occurrence of its own (its subject is the act,
    counted where it was told; round events24b)."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.tag_ == "JJS" for c in tok.children):
        return False
    pred = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
        pred = tok.head.head  # "one of the deadliest attacks"
    return pred.dep_ in ("attr", "dobj") and pred.head.lemma_.lower() in \
        event_rules().ranking_verbs


def is_generic(tok: Token, headline: bool = False) -> bool:
    """Whether a trigger speaks of a kind of event rather than one occurrence of it.

    A headline's present tense narrates the past ("Israel launches strikes"), so the
    habitual reading is not taken there. A habit adverb on a verb, or a frequency word on a
    singular noun ("have come under frequent attack"), speaks of many occurrences at once."""
    if is_cumulative(tok) or is_war_toll(tok) or _habit_adverb(tok) or is_mass_toll(tok) or (
            counts_many(tok)) or names_victims(tok):
        return True
    if over_stretch(tok) or wages_war(tok) or names_an_office(tok) or standing(tok) or (
            for_a_cause(tok)) or since_onset(tok) or ranks_an_act(tok) or (
            record_clause(tok, headline)):
        return True
    if _present_habit(tok, headline) or _present_progressive(tok, headline):
        return True
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and _frequent(tok):
        return True
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    if _trend(tok) or _measured(tok) or _tallied(tok):
        return True
    if not _bare(tok):
        return False
    return _frequent(tok) or (not headline and _habitual(tok))


def names_victims(tok: Token) -> bool:
    """A participle that only says who an act's victims were: "among those killed", "most of
    those wounded in the attack", "those injured were taken to hospital". The pronoun, not the
    act, is what the clause speaks of: the people an act told elsewhere harmed, identified or
    counted again, no occurrence of its own ("the people killed in the raid" names its act by
    a noun, "another injured" in a headline counts a victim of its own: both left alone)."""
    head = tok.head
    return tok.tag_ == "VBN" and tok.dep_ == "acl" and head.i != tok.i and (
        head.pos_ == "PRON" and "Dem" in head.morph.get("PronType"))


def described_victims(tok: Token) -> bool:
    """A harm participle on the noun its clause speaks of: "the 40 rebels killed were from
    the rebel side", "people injured in the ambush were taken to hospital", "the soldiers
    killed belonged to the 5th brigade". The clause says who the victims were or what became
    of them; the act that harmed them is told elsewhere (`carry.without_described` drops it
    when an earlier event of its kind told it). The participle of a headline ("Militant
    killed in encounter") or one counted by a measure ("the number of children killed has
    risen to 61": the noun is no subject there) is left alone. Harm verbs: the pack's
    `generic.bare_toll_verbs`."""
    head = tok.head
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or head.i == tok.i or in_headline(tok):
        return False
    if tok.lemma_.lower() not in event_rules().bare_toll_verbs:
        return False
    if any(c.dep_ == "dobj" for c in tok.children):
        return False  # "a strike killed 51 people" misread as a participle: an act
    verb = head.head
    return head.pos_ in ("NOUN", "PROPN", "NUM") and head.dep_ in ("nsubj", "nsubjpass") \
        and verb.i != head.i and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() not in event_lexicon().verbs  # what became of them, no act


def record_clause(tok: Token, headline: bool = False) -> bool:
    """A verb trigger in a relative clause in the present perfect: "the coalition, which has
    fought the rebels since 2015", "a string of attacks that have killed 700 civilians",
    "raids on towns that have killed dozens", "the RSF, which has been engaged in conflict".
    The clause tells what its noun has done so far, a record, not the occurrence the report
    tells. One on a single event noun ("the attack, which has killed 12 people") tells that
    event's toll, one opened by "where" or "when" what happened at that place or time: both
    are left alone, as is a headline."""
    if tok.pos_ != "VERB" or tok.dep_ != "relcl" or headline or in_headline(tok):
        return False
    if not any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have"
               and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return False
    if any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in tok.children):
        return False  # "the town, where gunmen have killed 12": what happened there
    noun = tok.head
    return not (noun.tag_ == "NN" and noun.lemma_.lower() in event_lexicon().nouns)


def refers_to_incident(trig: Trigger) -> bool:
    """A noun trigger with a definite or demonstrative determiner ("the attack", "this
    raid"), which in a report usually names an incident already told."""
    words = event_rules().referring_determiners
    return trig.is_noun and any(c.dep_ == "det" and c.lower_ in words
                                for c in trig.token.children)


def refers_back(trig: Trigger) -> bool:
    """A trigger that tells an incident already reported: itself a definite noun ("the
    attack"), a passive verb whose subject is a pronoun ("they were attacked"), or a verb
    whose subject or "in"/"during" phrase is one ("the attack killed nine people", "56 were
    injured in the attack", "the strike targeted a camp"), the relative "which" or "that"
    standing for one ("the attack, which killed nine people")."""
    if refers_to_incident(trig):
        return True
    tok = trig.token
    if tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "nsubjpass" and c.tag_ == "PRP" for c in tok.children):
        return True  # "when they were attacked": the victims and their attack told before
    if _bare_toll(tok):
        return True  # "seven soldiers were killed": a toll, of the attack told before if any
    nouns = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
              for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ == "relcl" and any(n.tag_ == "WDT" for n in nouns):
        nouns.append(tok.head)  # "the attack, which killed 12": the attack again
    return any(_definite_event(n) for n in nouns)


def _bare_toll(verb: Token) -> bool:
    """A passive of harm that names no doer and no act ("Seven soldiers were killed",
    "13 were killed and 3 wounded"): a toll, which repeats the attack an earlier sentence
    told when it adds nothing to it (`carry.without_repeats` keeps it when it does)."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children))
    return passive and verb.lemma_.lower() in event_rules().bare_toll_verbs and not any(
        c.dep_ in ("agent", "prep", "advcl") for c in verb.children)


def _definite_event(noun: Token) -> bool:
    """"the attack", "this raid": a definite noun the events lexicon names an event by; "the
    second encounter", "the other attack" name an occurrence of their own."""
    words = event_rules().referring_determiners
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in event_lexicon().nouns and any(
        c.dep_ == "det" and c.lower_ in words for c in noun.children) and not any(
        c.ent_type_ == "ORDINAL" or c.lower_ == "other" for c in noun.children)


def not_tried(verb: Token) -> bool:
    """A verb of trying that is itself negated ("did not dare to engage", "never managed to
    take the town"): the act it takes did not happen. The events pack's `negation.attempts`."""
    return verb.lemma_.lower() in event_lexicon().neg_attempts and any(
        c.dep_ == "neg" for c in verb.children)
