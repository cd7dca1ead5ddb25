"""When two figures are one voice revising its toll, not a dispute.

A toll that one side gives as 30 in the morning and 50 by night is not a dispute: it is the
same voice revising its count as bodies are found. Within an incident, figures of one category
that could count the same victims (see `evidence.victim`) are read in the order they were
reported (stated_figures.py), and two of them are a **revision** when they are two values from
one voice that differ and were stated at different times, the later one higher (a toll rises as
bodies are found; a later report restating an earlier, lower toll revises nothing, and is no
dispute either: one voice at two moments; nor is a later toll that lies in a range the earlier
gave, "36 to 40" then "40"). A voice is one claimant, or one known side (a ministry's 30 and
the same government's governor's 50); a side made of bodies and people that each count on their
own is keyed by the claimant instead: of the side `local`, only one group of local voices
(`one_local_voice`), and of the rights side (claimant_sides.WATCHDOG), one rights body under
its names (`one_rights_voice`): two rights groups' counts, or a witness's and other witnesses',
are two counts, not one rising (the side still sets them against the state's). "Different
times" means different articles, or one statement that says it revises ("rose to 50, up from
30": the pack's `revision_cues`). Sources of no known side named only by what they are (outlets
narrating, "an official") count as one voice only when the toll rises from an earlier report's
floor to a later one ("up to 100" then "more than 100" is no revision); a named source of no
known side ("MSF") is a voice of its own, and an outlet narrating a figure a named source gives
relays it and is no step of its own (narration.py). When either report has no date, which came
first is unknown, and the lower is read as the earlier; but two outlets narrating step a toll
only when both pages are dated, on two days (`_told_in_order`).

These rules are kept apart from the chains they build (revision_chains.py) because disputes
(disputes.py) ask them too: a difference a revision explains is no contradiction.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..packs import load_pack, pack_words, word_set
from .claimant_sides import WATCHDOG
from .evidence import comparable
from .local_voices import LOCAL, local_voice_words
from .moments import apart, undated
from .narration import anonymous, reporting
from .stated_figures import Stated, says_earlier, says_raised_to, says_revised
from .tolls import moved
from .voices import name_words, role_words, same_voice, stem


def across_sides(a: Stated, b: Stated) -> bool:
    """Two figures from two different known sides (see evidence.comparable)."""
    return a.side is not None and b.side is not None and a.side != b.side


def one_voice(a: Stated, b: Stated) -> bool:
    """One claimant (its name in two spellings: `voices.same_voice`), or one known side: a
    voice whose count may move over time. Of the rights side, one rights body
    (`one_rights_voice`: "human rights groups" and "a human rights group" share their name's
    words but are no one body). A side read only from the page's land for a
    national office, on a page whose outlet is of another state it names (EventRef.land_side
    "outlet": "Defence Minister X" in that state's paper), is no known side here: that
    state's minister's toll and the land's officials' are no one voice."""
    if a.side == b.side == WATCHDOG:  # rights bodies: one body, not one name's words
        return one_rights_voice(a.claimant, b.claimant)
    return same_voice(a.claimant, b.claimant) or (
        a.side is not None and a.side == b.side
        and "outlet" not in (a.ref.land_side, b.ref.land_side)
        and (a.side != LOCAL or one_local_voice(a.claimant, b.claimant)))


def one_claimant(a: Stated, b: Stated) -> bool:
    """Two figures' claimants are one name in two spellings (`voices.same_voice`) and, of the
    rights side, one body (`one_rights_voice`): "human rights groups" and "a local human rights
    group" share their name's words, but their two counts are no one claimant's two values."""
    return same_voice(a.claimant, b.claimant) and (
        not a.side == b.side == WATCHDOG or one_rights_voice(a.claimant, b.claimant))


#: Sides whose claimants are bodies and people each counting on its own, not one party's
#: offices: a toll moves within one of their claimants, not across the side (`one_voice`).
KEYED_BY_CLAIMANT = (LOCAL, WATCHDOG)


#: Words after a name's head noun that begin what follows it ("relatives of the dead").
_POSTMODIFIER = re.compile(r"\b(?:of|from|in|at|near|on|who|whose|with)\b")


def _heads(claimant: str) -> frozenset[str]:
    """The nouns a local voice's name is headed by, plurals folded: the last word of each of
    its conjuncts before any words that follow the head ("residents and community leaders":
    resident, leader; "a local council official": official; "relatives of the dead":
    relative; "witnesses": witness)."""
    return frozenset(_singular(w) for w in _head_words(claimant))


def _head_words(claimant: str) -> list[str]:
    """The last word of each of a name's conjuncts before any words that follow the head, as
    written (see `_heads`)."""
    parts = re.split(r",|\band\b|\bor\b|&", claimant.lower().replace("\u2019", "'"))
    words = (re.findall(r"[a-z]+", _POSTMODIFIER.split(p)[0]) for p in parts)
    return [w[-1] for w in words if w]


def _singular(word: str) -> str:
    """A head noun's singular ("witnesses": witness, "officials": official)."""
    return word[:-2] if word.endswith("sses") else stem(word)


def _plural(claimant: str) -> bool:
    """A name headed by a plural noun ("witnesses", "human rights groups", "residents and a
    local official"): several people or bodies, not one."""
    return any(_singular(w) != w for w in _head_words(claimant))


def _lone_person(claimant: str) -> bool:
    """One of the people where it happened told as one person ("a witness", "one survivor",
    "an elderly resident"): a singular head among the pack's `local_voice_words`. Not a leader
    or an office ("a community leader", "a local official"), who speaks for a group."""
    heads = _heads(claimant)
    return not _plural(claimant) and len(heads) == 1 and bool(heads & local_voice_words())


def local_office_heads() -> frozenset[str]:
    """Head nouns of a local voice that is an office or an informant ("local officials",
    "local sources"), not the people where it happened (reconcile pack)."""
    return pack_words("reconcile", "local_office_heads")


def one_local_voice(a: str, b: str) -> bool:
    """Two local voices (side `local`, local_voices.py) are one voice, whose count may move,
    when they share a head ("local officials" and "a local official"; "eyewitnesses" and
    "witnesses"), when one's name names the other (its words all in the other's: "residents"
    in "residents and local officials"), or when both are the people where it happened
    (residents, witnesses, survivors, their leaders: the witnesses' 80 then the survivors' 93
    is the villagers' toll rising). An office or informant of the place (the pack's
    `local_office_heads`: "local officials", "local sources") is a voice of its own: its
    "more than 200" and "residents and community leaders"' higher count are two groups
    counting apart, and neither is a step of the other's toll. One person of the people ("a
    witness", `_lone_person`) is a voice of his own: his 20 wounded and other witnesses'
    thousands are two counts, and neither revises the other."""
    if _lone_person(a) or _lone_person(b):
        return same_voice(a, b)
    ha, hb = _heads(a), _heads(b)
    if any(x.endswith(y) or y.endswith(x) for x in ha for y in hb):
        return True
    wa, wb = role_words(a), role_words(b)
    if wa and wb and (wa <= wb or wb <= wa):
        return True
    return not (ha | hb) & local_office_heads()


@cache
def _rights_kind_words() -> frozenset[str]:
    """Words of a rights body's name that say what it is, not which one ("human rights",
    "group"): the reconcile pack's `rights_kind_words` and `rights_voice_nouns`."""
    pack = load_pack("reconcile")
    return word_set(pack, "reconcile", "rights_kind_words") \
        | word_set(pack, "reconcile", "rights_voice_nouns")


def _rights_name(claimant: str) -> frozenset[str]:
    """A rights voice's words that say which one it is: its distinctive words
    (`voices.name_words`) but for those that say what it is (`_rights_kind_words`: "human
    rights", "group", "organisation"); none for a body only described."""
    return frozenset(name_words(claimant) - _rights_kind_words())


def one_rights_voice(a: str, b: str) -> bool:
    """Two claimants of the rights side (claimant_sides.WATCHDOG) are one voice, whose count
    may move, when they are one body: one name, or two spellings of it (`same_voice`), two
    names of which one holds the other's words ("the National Human Rights Commission", "the
    commission"), one body described twice ("a rights group", "a local human rights group"),
    or a body named and then described as one ("the Centre for Human Rights", "the rights
    group"). Two named bodies or persons ("Human Rights Watch" and "the Zimbabwe Lawyers for
    Human Rights", the commission and a person), or one group and several ("a local rights
    group", "human rights groups"), count apart: one's toll after the other's is no revision
    of it."""
    if a == b:
        return True
    na, nb = _rights_name(a), _rights_name(b)
    if na and nb:
        return na <= nb or nb <= na or same_voice(a, b)
    if not (na or nb):  # two descriptions ("human rights groups" are no one group's name)
        return _plural(a) == _plural(b)
    return not _plural(b if na else a)


def _rising(a: Stated, b: Stated) -> bool:
    """b, reported after a (or with no date to say otherwise), gives a higher toll."""
    later_known = a.when[0] != date.max and b.when[0] != date.max and b.when[0] < a.when[0]
    return b.bounds[0] > a.bounds[0] and not later_known


def _upward(a: Stated, b: Stated) -> bool:
    """b's toll is higher than a's (a larger floor, or the same floor with a ceiling raised or
    opened): the direction a toll moves over time."""
    if b.bounds[0] != a.bounds[0]:
        return b.bounds[0] > a.bounds[0]
    return a.bounds[1] is not None and (b.bounds[1] is None or b.bounds[1] > a.bounds[1])


def restated(a: Stated, b: Stated) -> bool:
    """One voice giving a toll at two moments (two articles, or one statement that says it
    revises): a revision when it rose, a restatement of an earlier toll when it did not;
    never a contradiction."""
    return one_voice(a, b) and (apart(a, b) or says_revised(a) or says_revised(b)
                                or says_earlier(a) or says_earlier(b))


def is_revision(a: Stated, b: Stated) -> bool:
    """Two different values, a reported before b, that one voice could have given as its count
    rose (see module docstring): b higher, or either undated. Sources of no known side are
    read as one voice only when the toll rises from one report's floor to a later one
    (`_floor_rose`): a toll that climbs through the day is relayed by outlets and officials
    alike, but "up to 100" and "more than 100" from two unrelated outlets say the same and are
    no revision."""
    if not moved(a.bounds, b.bounds) or not comparable(a.victims, b.victims, one_voice=True):
        return False
    if _dead_fell(a, b):
        return False
    if one_voice(a, b):
        return restated(a, b) and (_upward(a, b) or undated(a, b)) and not _within_cap(a, b) \
            and not _within_range(a, b) and not _one_day_two_voices(a, b)
    return a.side is None and b.side is None and apart(a, b) and _rising(a, b) \
        and _floor_rose(a, b) and anonymous(a) and anonymous(b) and not _within_range(a, b) \
        and _told_in_order(a, b) and not _step_less(a) and not _step_less(b)


def _one_day_two_voices(a: Stated, b: Stated) -> bool:
    """Two claimants of one side on two pages dated the same day, neither saying it revises:
    which spoke first is unknown, and two offices' counts of one day (a hospital's 38, the
    rescuers' 62) are two counts, not one rising. A higher figure whose own sentence says the
    toll was raised to it (`says_raised_to`: "the broadcaster raised the toll to 55") tells
    the order itself: the lower count of that day is the step before it; so does a lower
    figure whose sentence tells it as its speaker's earlier count (`says_earlier`: "police
    earlier put the toll at 54")."""
    high = b if _upward(a, b) else a
    return not same_voice(a.claimant, b.claimant) and not undated(a, b) \
        and a.when[0] == b.when[0] and apart(a, b) and not says_revised(a) \
        and not says_revised(b) and not says_raised_to(high) \
        and not says_earlier(b if high is a else a)


def _dead_fell(a: Stated, b: Stated) -> bool:
    """Two counts of the wounded (or missing, captured), each told beside a death toll
    (`Stated.dead`), where the higher count comes with the lower death toll: the dead are not
    fewer in a later report of one count, so the two reports count apart (two hospitals, two
    sources), and neither revises the other."""
    if a.dead is None or b.dead is None or not moved(a.bounds, b.bounds):
        return False
    high, low = (b, a) if _upward(a, b) else (a, b)
    return high.dead[0] < low.dead[0]


def _step_less(s: Stated) -> bool:
    """A figure of a source of no known side that is no step of a toll: a denial ("no lives
    were lost": 0), which says none died rather than counting the dead, so another source's
    count after it is another voice, no rise; or a vague plural ("scores of wounded"), the
    toll's order rather than a count."""
    return s.bounds == (0, 0) or s.vague


def _told_in_order(a: Stated, b: Stated) -> bool:
    """Two outlets narrating (`narration.reporting`) each tell the toll known when they wrote:
    their two figures are steps of one climbing toll only when their pages' dates say which
    came later (two days). On one day, or with a page of no date, two outlets' different
    figures are two reports of the toll, not its rise: which was known first is unknown, and
    reading the lower as the earlier makes a revision nobody gave. A source named by what it
    is ("an official") beside an outlet still reads as before (the lower as the earlier)."""
    if not (reporting(a) and reporting(b)):
        return True
    return not undated(a, b) and a.when[0] != b.when[0]


def _within_cap(a: Stated, b: Stated) -> bool:
    """One figure sets no floor, only a cap ("up to 100"), and the other lies under it
    ("about 100", "90"): the later report says what the first allowed, and no toll moved."""
    return any(x.bounds[0] == 0 and x.bounds[1] is not None and y.bounds[0] <= x.bounds[1]
               for x, y in ((a, b), (b, a)))


def _within_range(a: Stated, b: Stated) -> bool:
    """One figure is a range of counts ("36 to 40", "about 120") and the other's floor lies in
    it ("40", "more than 120"): the later report names a toll the first already allowed, and no
    toll moved. A vague plural ("dozens", 24-99) gives the toll's order: a count of that order
    told beside it ("61", "at least 80") makes the toll precise, it does not raise it, and is
    no step (the steps of a revision are counts); a count past it ("at least 100") still is.
    An approximate figure ("about 20") names one value, read with a margin only so that it
    clashes with no near count: a count above that value after it ("22") is the toll rising,
    not one the first allowed (`_top`); "more than 20" or "19" after it is not."""
    return any(x.bounds[1] is not None and x.bounds[0] < x.bounds[1]
               and x.bounds[0] <= y.bounds[0] <= _top(x, y is b) for x, y in ((a, b), (b, a)))


def _top(x: Stated, earlier: bool) -> float:
    """The highest toll a later figure may give and still lie in `x`: an earlier approximate
    figure's value ("about 20": 20), else its range's top."""
    return x.about if earlier and x.about is not None else x.bounds[1]


def _floor_rose(a: Stated, b: Stated) -> bool:
    """The later toll raises a floor the earlier set ("at least 20" -> "at least 25", "21" ->
    "35"), or passes its ceiling. "Up to 100" sets none, so a later "more than 100" from
    another outlet agrees with it and revises nothing."""
    return a.bounds[0] > 0 or (a.bounds[1] is not None and b.bounds[0] > a.bounds[1])
