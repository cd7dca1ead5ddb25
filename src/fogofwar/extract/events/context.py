"""An event's context beyond its own clause: salience, figures, and inherited place and date.

Three problems of news prose. Nouns such as "offensive" or "agreements" name events only some
of the time, so a noun trigger must be salient to count. A sentence with several events holds
figures that belong to some of them ("5 killed" is the attack's, not the accusation's). And a
narrative spreads one incident over sentences: "The first attack took place in eastern Idlib
... Nevertheless, 5 killed and 5 injured Turkish soldiers became the only real results of the
attack" places the second sentence's event in Idlib although it never says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol

from spacy.tokens import Doc, Token

from ...records import DateRef, Figure, Place
from ...resolve.dates import finding_verbs, is_aftermath_word, reaction_verbs
from ...resolve.figure_base import measures
from .arguments import governing_verb
from .coding import sense_type
from .pack import event_rules

HEAD_DEPS = ("dobj", "nsubj", "nsubjpass", "attr", "pobj", "conj", "appos")


class Spanned(Protocol):
    start: int
    end: int


def _governor(tok: Token) -> Token | None:
    """The verb a noun is an argument of, through prepositions ("a wave of airstrikes")."""
    cur = tok
    for _ in range(6):
        if cur.dep_ not in HEAD_DEPS and cur.dep_ != "prep" or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _died_in(tok: Token) -> bool:
    """The object of a preposition on an adjective of death ("13 dead in Casamance attack",
    pack `dying_adjectives`): the act those dead fell in, as a dying verb's ("six died in an
    ambush"); or of an outcome preposition on a noun of a toll ("the deaths of nine villagers
    in a raid", "casualties in the rocket attack", pack `toll_nouns`), but for a state of war
    ("deaths in the war": pack `state_nouns`)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    rules, head = event_rules(), prep.head
    if head.pos_ == "ADJ":
        return head.lemma_.lower() in rules.dying_adjectives
    return head.pos_ == "NOUN" and head.lemma_.lower() in rules.toll_nouns and (
        prep.lower_ in rules.outcome_preps) and tok.lemma_.lower() not in rules.state_nouns


def _costly(tok: Token) -> bool:
    """A singular noun an adjective of lost lives modifies ("a deadly ambush", pack
    `toll_modifiers`): one act that killed, not the idea of one. A plural ("deadly attacks
    have risen") or a graded adjective ("the most deadly attack in years") speaks of many."""
    return tok.tag_ in ("NN", "NNP") and any(
        c.dep_ == "amod" and c.lower_ in event_rules().toll_modifiers and not any(
            a.dep_ == "advmod" and a.lower_ in ("most", "more", "less", "least")
            for a in c.children) for c in tok.children)


def _there_was(tok: Token, gov: Token | None) -> bool:
    """The noun an existential "there was/were" states ("there was an exchange of fire",
    "there were clashes near the dam"): told as happening."""
    return gov is not None and tok.dep_ == "attr" and tok.head.i == gov.i and (
        gov.lemma_.lower() == "be") and any(c.dep_ == "expl" for c in gov.children)


def _occurred(tok: Token, gov: Token | None) -> bool:
    """A noun subject of a verb of occurring ("an exchange of fire ensued", "clashes broke
    out"), or the noun of an existential "there was" (`_there_was`), bare or indefinite: a
    definite determiner refers to an act named before, "no" denies it (pack
    `occurrence_verbs`, `generic.referring_determiners`)."""
    rules = event_rules()
    if not _there_was(tok, gov) and (gov is None or tok.dep_ != "nsubj" or (
            gov.lemma_.lower() not in rules.occurrence_verbs)):
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss")}
    return not dets & (rules.referring_determiners | {"no"}) and not any(
        c.dep_ == "poss" for c in tok.children)


def _told_before(tok: Token, gov: Token | None, anchors: Sequence[Spanned]) -> bool:
    """A definite noun subject of a light verb that takes the act as its subject ("The
    attack came a day after the minister's visit", "the strikes come as talks resume"; pack
    `referring_light_verbs`): the act told before, which the clause only dates or frames. One
    with an actor, place, date or figure in its own phrase ("the attack in Bannu came ...")
    tells something of its own and is left to the other signs."""
    if gov is None or tok.dep_ != "nsubj" or gov.lemma_.lower() not in \
            event_rules().referring_light_verbs:
        return False
    return any(c.dep_ == "det" and c.lower_ in event_rules().referring_determiners
               for c in tok.children) and not _anchored(tok, anchors)


def _anchored(tok: Token, anchors: Sequence[Spanned]) -> bool:
    """Whether an actor, place, date or figure lies inside the noun's own phrase."""
    start = tok.doc[tok.left_edge.i].idx
    end = tok.doc[tok.right_edge.i].idx + len(tok.doc[tok.right_edge.i])
    own = (tok.idx, tok.idx + len(tok))
    return any(a.start < end and a.end > start and not (a.start >= own[0] and a.end <= own[1])
               for a in anchors)


def _becoming(tok: Token) -> bool:
    """The noun names what something turns into ("devolving into an all-out war", "became a
    battle"): a state being reached, not an event that happened."""
    verbs = event_rules().becoming_verbs
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("into", "to") and head.head.pos_ in ("VERB", "AUX"):
        return head.head.lemma_.lower() in verbs
    return tok.dep_ in ("attr", "oprd") and head.lemma_.lower() in verbs


def _struck_named(tok: Token) -> bool:
    """A bare singular noun naming what it struck, as headlines write it: "Death toll rises
    to 28 from Ukrainian strike on bakery" tells one act on one thing. With a determiner
    ("the attack on the camp") it is more often an act told already, and a plural ("attacks
    on civilians") may speak of a kind: both are left to the other signs."""
    return tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ in ("on", "against") and any(
            g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
        for c in tok.children)


def is_salient(tok: Token, anchors: Sequence[Spanned]) -> bool:
    """A noun trigger counts when it names a particular event, not the idea of one.

    Salient: governed by a light verb ("carried out airstrikes", "launched an offensive") or
    by a verb of dying ("six died in an ambush": people died in that one), a run of killings
    by a verb of setting off on it ("went on a rampage", pack `run_nouns`/`run_verbs`),
    (nouns of a state of war, "the war in Gaza", only so: "waged war", "launched an invasion"),
    given a sense by its modifier ("hunger strike"), or anchored by an actor, place, date or
    figure in its own phrase ("the shelling by the Syrian regime", "clashes in Saraqib"). The
    subject of a clause counts with the clause's anchors ("Clashes erupted near Saraqib").
    """
    if tok.pos_ not in ("NOUN", "PROPN"):
        return True
    if _becoming(tok):
        return False
    gov = _governor(tok)
    rules = event_rules()
    state = tok.lemma_.lower() in rules.state_nouns
    if state and tok.dep_ in ("nsubj", "nsubjpass"):
        return False  # "the war in Gaza began with ...": a state of war starting, no one act
    if _told_before(tok, gov, anchors):
        return False  # "The attack came a day after ...": the act named again, dated
    if gov is not None and gov.lemma_.lower() in rules.light_verbs | rules.dying_verbs:
        return True  # "launched an offensive"; "six died in an ambush", "died of torture"
    if gov is not None and tok.lemma_.lower() in rules.run_nouns \
            and gov.lemma_.lower() in rules.run_verbs:
        return True  # "went on a rampage": the run of killings the actors set off
    if _died_in(tok):
        return True  # "13 dead in Casamance attack", "the deaths of nine in a raid"
    if _occurred(tok, gov):
        return True  # "an exchange of fire ensued", "fierce fighting erupted"
    if state:
        return False  # "the war in Gaza", "Russia's invasion": a state of war, not one act
    if sense_type(tok) is not None or _anchored(tok, anchors) or _struck_named(tok):
        return True
    if _costly(tok):
        return True  # "after a deadly ambush", "in the bloody raid"
    if tok.dep_ in ("nsubj", "nsubjpass") and (tok.head.pos_ in ("VERB", "AUX") or (
            tok.head.dep_ == "ROOT" and tok.head.i != tok.i)):  # a headline's "Clashes Erupt
        return _anchored(tok.head, anchors)              # Between ...", its verb tagged JJ
    return tok.dep_ == "ROOT"


def tie_figures(kinds: Sequence[str], figures: Sequence[Figure]) -> list[list[Figure]]:
    """The figures of one statement shared out among its events by what they count.

    A categorised figure goes to every event whose type can produce it (killed -> ASSAULT,
    FIGHT...; troops -> MOBILIZE); one that no event can produce is left out rather than
    misattributed. Uncategorised figures ("other") go to every event of the statement, but
    not measures ("550km southeast of the capital", "40% of the city"), which count nothing.
    """
    table = event_rules().figure_types
    out: list[list[Figure]] = [[] for _ in kinds]
    units = measures()
    for fig in figures:
        if fig.counts in units:
            continue
        accepting = table.get(fig.category)
        for i, kind in enumerate(kinds):
            if accepting is None or kind in accepting:
                out[i].append(fig)
    return out


def own_figures(targets: Sequence[Spanned | None], figures: Sequence[Figure],
                shares: list[list[Figure]]) -> list[list[Figure]]:
    """Keep two tolls on two targets apart ("killed 30 militants … killed 20 hostages"): an
    event whose own target holds a figure does not also take a figure of the same category
    that lies in another event's target. Other figures stay shared as `tie_figures` gave
    them, so "attacked a post and killed 10 officers" keeps the ten on the attack too."""
    inside = [[f for f in figures if _counts(f, t)] for t in targets]
    out = []
    for i, share in enumerate(shares):
        mine = {f.category for f in inside[i]}
        others = [f for j, fs in enumerate(inside) if j != i for f in fs]
        out.append([f for f in share if f in inside[i] or f.category not in mine
                    or not any(f is o for o in others)])
    return out


#: A figure this close before a target counts it ("30 [wounded] militants").
COUNT_GAP = 16


def _counts(fig: Figure, target: Spanned | None) -> bool:
    """Whether a figure counts a target: inside its phrase, or right before its head."""
    if target is None:
        return False
    inside = target.start <= fig.start and fig.end <= target.end
    return inside or 0 <= target.start - fig.end <= COUNT_GAP


def paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph (a line of the cleaned text) holding pos begins."""
    return text.rfind("\n", 0, pos) + 1


def inherited(items: Sequence[Place] | Sequence[DateRef], earlier_own: Sequence,
              text: str, sentence_start: int) -> Place | DateRef | None:
    """The place or date a sentence continues from earlier in its paragraph.

    First the nearest earlier event's own place (date) in the paragraph, since that is the
    incident being narrated; else the nearest earlier place (date) mentioned in it.
    """
    para = paragraph_start(text, sentence_start)
    if earlier_own:
        return earlier_own[-1]
    before = [x for x in items if para <= x.start and x.end <= sentence_start]
    return max(before, key=lambda x: x.start) if before else None


def inherits(kind: str, negated: bool, hypothetical: bool) -> bool:
    """Only events that happened, of types that happen somewhere, inherit place and date."""
    return kind in event_rules().inherit_types and not negated and not hypothetical


def dates_own_clause(ref: DateRef, tok: Token) -> bool:
    """Whether a date hangs from the event's own verb: the first verb above the date in the
    parse is the trigger, or the verb whose object or subject the noun trigger is ("Since
    April 2023 the army has shelled the village"), not a verb of another clause ("...
    targeted the port, cutting off the rebels, who have been attacking ships since late
    2023"). A date the parse does not cover is taken as the event's."""
    doc = tok.doc
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return True
    own = {tok.i}
    if tok.pos_ in ("NOUN", "PROPN") and (gov := governing_verb(tok)) is not None:
        own.add(gov.i)
    # past the first verb is another clause's, or the sentence's root was missed
    return any(t.i in own for t in up_to_verb(span.root))


def dates_own_phrase(ref: DateRef, tok: Token) -> bool:
    """Whether a date is told of the trigger itself: before a noun trigger, in its own
    phrase ("Sunday's attack", "the August 10 raid"), or after a noun trigger that is its
    clause's subject ("The strikes on Friday night scattered debris"), or hanging from a verb
    trigger's own clause (`dates_own_clause`); a noun the parse leaves as its sentence's root
    (no verb read) counts as a subject. After a noun some verb acts on, the date may be the
    verb's ("condemned the attack on Monday": the day of the condemning). A date the parse
    does not cover is not."""
    span = tok.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    if tok.pos_ not in ("NOUN", "PROPN"):
        return dates_own_clause(ref, tok)
    before = tok.left_edge.i <= span.start and span.end <= tok.i
    after = tok.i < span.start and span.end - 1 <= tok.right_edge.i
    return before or (after and tok.dep_ in ("nsubj", "nsubjpass", "ROOT"))


def up_to_verb(tok: Token, limit: int = 12) -> Iterator[Token]:
    """`tok` and the heads above it, up to and including the first verb (or the sentence's
    root), at most `limit`: the clause a date or a phrase hangs from."""
    cur = tok
    for _ in range(limit):
        yield cur
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return
        cur = cur.head


def dates_other_event(ref: DateRef, tok: Token) -> bool:
    """Whether a date in the event's statement is another event's, not the trigger's:

    * it lies inside a "since" phrase whose object is another event ("the deepest raid since
      the last of the two wars in 1971", "the first such strike since the 2019 ceasefire"),
      the trigger outside it: the point of comparison, not when this event happened (a date
      right after "since" is a state's start, see resolve/dates.is_duration_start);
    * the trigger is a clause set off inside a noun phrase ("the children killed", "the
      soldiers who died") and the date hangs from a verb of mourning above that noun (pack
      dates `aftermath_words`: "One of the children killed was buried on Monday"): the
      burial's day, not the trigger's. An act of another kind there ("were killed on Saturday
      in an air strike targeting the school") is mostly the same incident's day and stays.
    * the trigger is an act already known, a definite or possessive noun ("the massacre",
      "Georgia's assault"), below a verb of saying or reacting the date hangs from (pack
      dates `reaction_verbs`: "The government blamed the massacre on rebels on May 31",
      "The premier broke his silence Tuesday on the killing"), with no other verb between
      them but a copula: the day of the words, not of the act (round dates52).
    * the trigger tells the state the dead were found in, below a verb of finding (pack dates
      `finding_verbs`: "the bodies of 45 villagers were found shot yesterday", "police found
      the bodies of six men shot dead on Monday"), and the date hangs from that verb or the
      trigger's own words: the day of the finding, often a day or more after the
      killing (`found_dead`; round dates53).
    A date the parse does not cover is the event's."""
    span = tok.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    if (since := compared_since(ref, tok.doc)) is not None and tok not in since.subtree:
        return True
    if (clause := since_clause(ref, tok.doc)) is not None and tok not in clause.subtree:
        return True
    if reacted_to(span.root, tok) or found_dead(span.root, tok):
        return True
    if tok.dep_ not in ("acl", "relcl"):
        return False
    verb = list(up_to_verb(span.root))[-1]
    return verb.i != tok.i and verb.pos_ in ("VERB", "AUX") and verb in tok.ancestors \
        and is_aftermath_word(verb.text)


#: How a trigger's words may hang below a verb of finding: the state the found are in
#: ("were found shot", "found them dead"), or the found themselves ("found the bodies of men
#: shot dead"). Not an act in a phrase of the finding ("recovered after the fiercest gunbattle
#: last night"), whose day the parse often hangs from the finding.
_FOUND_DEPS = frozenset({"xcomp", "oprd", "acl", "dobj", "nsubjpass"})


def found_dead(date_tok: Token, tok: Token) -> bool:
    """Whether the date at `date_tok` is the day the dead were found, not the day of the
    trigger `tok`: the trigger hangs below a verb of finding (pack dates `finding_verbs`),
    through the finding's complement or its nouns, not in a clause of its own ("the bodies of
    men who were killed on Monday", "troops found and killed five militants": the trigger's
    own day), and the date's clause is the finding's or the trigger's complement ("found shot
    or mutilated yesterday")."""
    chain, cur = [tok], tok
    while cur.head.i != cur.i and len(chain) < 12:
        head = cur.head
        if head.pos_ in ("VERB", "AUX"):
            if head.lemma_.lower() in finding_verbs():
                if cur.dep_ not in _FOUND_DEPS:
                    return False
                verb = list(up_to_verb(date_tok))[-1]
                return verb.i == head.i or verb in chain or (
                    verb.dep_ == "conj" and verb.head in chain)
            if cur.dep_ != "conj":
                return False  # another verb's clause
        elif cur.dep_ == "relcl" or _own_subject(cur):
            # a clause of its own: "the men who were killed on Monday", "found evidence that
            # 90 civilians were killed in the strikes on Friday"
            return False
        chain.append(head)
        cur = head
    return False


def _own_subject(verb: Token) -> bool:
    """A verb with a subject, a subordinating word or an auxiliary of its own heads a full
    clause ("that 90 civilians were killed", which the parse may hang from "evidence" without
    its subject), not a state the found are in, a bare participle ("found shot")."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children)


def reacted_to(date_tok: Token, tok: Token) -> bool:
    """Whether the trigger `tok` is a known act (a noun with a definite determiner or a
    possessive) that a verb of saying or reacting (pack dates `reaction_verbs`) takes as its
    matter, and the date `date_tok` hangs from that verb: every verb from the trigger up to
    it is one of those or a copula, so the date is when the act was spoken of (see
    dates_other_event)."""
    if tok.pos_ not in ("NOUN", "PROPN") or not _known_act(tok):
        return False
    verb = list(up_to_verb(date_tok))[-1]
    if verb.pos_ not in ("VERB", "AUX") or verb not in tok.ancestors:
        return False
    words = reaction_verbs()
    cur = tok.head
    while cur.i != verb.i:
        if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() not in words \
                and cur.lemma_.lower() != "be":
            return False
        cur = cur.head
    return verb.lemma_.lower() in words


def dated_by_reaction(refs: Sequence[DateRef], tok: Token) -> bool:
    """Whether a date of the trigger's sentence is that of words spoken of it
    (`reacted_to`): the act came before, on a day the page's earlier dates need not tell
    (a photo caption's, another act's), so it inherits none of them."""
    sent = tok.sent
    for ref in refs:
        if sent.start_char <= ref.start < sent.end_char:
            span = tok.doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is not None and reacted_to(span.root, tok):
                return True
    return False


def _known_act(tok: Token) -> bool:
    """A noun told as an act the reader already knows: "the massacre", "this attack",
    "Georgia's assault", "their raid"."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
               or c.dep_ == "poss" for c in tok.children)


#: Between an anniversary's count and the act it counts back to: "the 45th anniversary of the
#: Tlatelolco massacre", "32 years since the massacre", "100th anniversary of Jallianwala Bagh
#: massacre" (up to four names before the act's noun).
_ANNIVERSARY_OF = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?:[A-Z0-9][\w'\u2019./-]*\s+){0,4}")
#: Between an act and its own anniversary after it: "Uludere massacre remembered in its 2nd
#: anniversary", "the massacre, commemorated on its 20th anniversary".
_ITS_ANNIVERSARY = re.compile(r",?\s+(?:[a-z]+\s+){0,2}(?:in|on|at|for)\s+its\s+")


def anniversary_act(ref: DateRef, tok: Token) -> bool:
    """Whether the trigger is the act an anniversary's date counts back to (resolve/dates
    `is_anniversary`): the noun right after "anniversary of" or "years since", or the act
    before "… on its Nth anniversary". Every other act of the sentence (the rally that marks
    it, a shooting "two days after the sixth anniversary") happened on another day."""
    text = tok.doc.text
    if tok.idx >= ref.end:
        return _ANNIVERSARY_OF.fullmatch(text, ref.end, tok.idx) is not None
    end = tok.idx + len(tok.text)
    return end <= ref.start and _ITS_ANNIVERSARY.fullmatch(text, end, ref.start) is not None


def compared_since(ref: DateRef, doc: Doc) -> Token | None:
    """The "since" whose object is an event the date belongs to ("since the last of its wars
    in 1971", "since the 2019 ceasefire"), not the date itself ("since 2019", a state's start):
    a point of comparison, which dates no event outside the phrase. A clause after "since"
    ("since taking the city last week") is no such object: it tells when a state began. None
    if there is none or the parse does not cover the date."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return None
    below = span.root
    for head in span.root.ancestors:
        if head.lower_ == "since" and head.dep_ == "prep":
            # a clause ("since taking the city last week") tells when a state began
            return head if below.dep_ == "pobj" and (
                head.i + 1 < span.start or _ranked(head)) else None
        below = head
    return None


def when_clause(ref: DateRef, doc: Doc) -> Token | None:
    """The verb of a "when" clause told of the date itself ("It has been 31 years since 21
    January 1990, when the police opened fire on a procession", "since April 2014, when 15
    soldiers were killed"): the clause says what happened on that day, so the date is its
    events' own even where "since" makes it a state's start or a point of comparison for the
    rest of the sentence. None if the date has no such clause or the parse does not cover
    it."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return None
    return next((c for c in span.root.children
                 if c.dep_ in ("relcl", "advcl", "acl") and c.pos_ in ("VERB", "AUX")
                 and c.i > span.end - 1
                 and any(w.dep_ == "advmod" and w.lower_ == "when" for w in c.children)), None)


def since_clause(ref: DateRef, doc: Doc) -> Token | None:
    """The verb of a "since" clause that holds the date ("the deadliest attack since violence
    erupted in the country in 2015", "the first raid since the rebels took the town in
    March"): the clause tells when a span began, the point the news is measured from, so its
    date is no day of an event outside it. Only a clause whose "since" marks time, ranked
    (`_ranked`) or set against a perfect ("have fled since fighting began in May"); a causal
    "since" ("Since the army left on Monday, ...") is neither. None if there is none or the
    parse does not cover the date."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return None
    for head in (span.root, *span.root.ancestors):
        if head.pos_ not in ("VERB", "AUX"):
            continue
        mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ == "since"),
                    None)
        if mark is None and head.dep_ == "xcomp":
            continue  # "since the army began fighting them in 2015": the clause is "began"'s
        if mark is None or head.dep_ == "ROOT":
            return None  # the date's own clause is no "since" clause
        return head if _ranked_before(mark) or _perfect(head.head) or _ranked_main(head) \
            else None
    return None


def _ranked_main(clause: Token) -> bool:
    """The clause hangs from a verb whose noun is ranked, however long the noun's phrase
    ("It was the first major encounter between the rebels and the army since the two sides
    signed a treaty in March"): a ranking word among that noun's modifiers."""
    return any(_ranking(t)
               for c in clause.head.children if c.i != clause.i and c.dep_ in ("attr", "nsubj")
               for t in (c, *c.children) if t.dep_ in ("amod", "attr", "nsubj"))


def _ranked_before(since: Token, window: int = 6) -> bool:
    """A superlative, comparative or "first" stands in the few words before a "since" that
    opens a clause ("the deadliest attack in the country since violence erupted"), which the
    parse often hangs from the verb, not from the ranked noun."""
    sent_start = since.sent.start
    return any(_ranking(t)
               for t in since.doc[max(sent_start, since.i - window):since.i])


def _perfect(verb: Token) -> bool:
    """The verb is told in a perfect ("have fled", "has been shelled"): what a "since" clause
    set against it starts."""
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children)


#: fine tags of a superlative or comparative ("the deadliest since", "worse than ever since")
_RANKING_TAGS = frozenset({"JJS", "RBS", "JJR", "RBR"})


def _ranking(t: Token) -> bool:
    """A superlative or comparative, or a word of the events pack's `ranking_words` ("first"),
    which ranks an event against others as they do."""
    return t.tag_ in _RANKING_TAGS or t.lower_ in event_rules().ranking_words


def _ranked(since: Token) -> bool:
    """The "since" hangs from a ranking ("the deadliest since October 2013", "the first raid
    since 1971"): the date right after it is the point the event is ranked against, not when a
    state began, so it dates no event of the sentence either (nor does "the first time since
    2019")."""
    near = (since.head, *list(since.head.ancestors)[:2],
            *(c for c in since.head.children if c.dep_ == "amod"))
    return any(_ranking(t) for t in near)
