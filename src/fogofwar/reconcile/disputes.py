"""Disputes told apart from revisions: which figures of an incident contradict each other.

Two sides giving 5 and 40 for the same victims is a dispute; one side giving 30 in the morning
and 50 by night is a revision (revision_rules.py, revision_chains.py). Figures are read as
stated (stated_figures.py), and two of them are a
**contradiction** when they cannot both hold (their intervals do not overlap) and no revision
explains them, from voices that can dispute (`disputing`): two different known sides, a known
side against a named source of no known side ("M23", "MSF"; a witness of no side, one the
packs know as no party, only against another side than its place's; not a shorter name of
the other's body, `short_name`), or one outlet narrating two values at once with no word of
revising (one article saying "five" and "six" soldiers for one clash); a named source is never
its own contradiction (its two figures on one page are its count at two moments, or a toll
and a part, or two attacks'). Two voices of one side
(a hospital's count of the bodies it received beside the
civil defence's toll) and two sources of no known side (no side is known to differ) dispute
nothing, nor does a source of no known side named only by what it is ("an official", "the
agency", "others"), nor a page's outlet of no side narrating a toll a named source gives or
one that may be the same toll at another moment (it narrates the toll known when it wrote),
nor, likewise, a news medium named as the source ("the WAFA news agency said": `reporting`,
narration.py), nor a page's outlet of no side narrating the sum of two counts its named
sources give there ("15 dead" over "11 gunmen" and "four soldiers": `narration.page_totals`),
nor a source of no known side on a page of no date giving a toll at or just above a side's
highest (`_later_count`: that toll told later), nor an aid body's count of the wounded its
teams treat (the ICRC's, MSF's: `_treated`) beside anyone's count of the wounded. Only counts
of people are disputed (`DISPUTED`). Across two known sides, one side's militants against the
other's civilians for the same dead (`evidence.disputed_classes`) are a dispute over who was killed
even when the counts could both hold ("19 militants among the dead" against "over 90
civilians"). A vague plural
("dozens of dead") in the words of a source of no known side gives the toll's order, not a
count, and contradicts no one, nor does a part of a toll its sentence tells ("18 members of
one family": `Stated.part`), nor a side's count of the leaders its strike killed ("eliminated
two commanders": `evidence.targets_part`) against a toll of another class or of none, the
strike's targets among the dead, nor a count of a group by age or sex ("30 children") beside
a toll of more people at large ("at least 55 killed"), some of its dead (`_some_of`), nor dead
told as more than a toll ("28 more soldiers": `toll_claims.adds_to_toll`), nor a state's 0 of
no class beside a count of attackers killed (`_state_denial`). A
contradiction lists its figures' values and claimants, and
the pairs of them that clash (`pairs`, lower figure first): "90", "<=54", ">=112", ">=200" are
three disputes with the "<=54" and one of 90 with ">=200", not one of ">=112" with ">=200",
which overlap. A count of bodies is a floor of the dead (`tolls.is_floor`), but a party's
count of bodies set against another voice's toll is that party's toll as said (`_as_said`:
"85 bodies buried" against "120 died" is a dispute).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..resolve.nonstate import WORD
from .civil_sides import care_sides
from .claimant_sides import (
    OPPOSITION,
    WATCHDOG,
    civil_body,
    described_civil,
    third_party_sides,
)
from .evidence import comparable, disputed_across_sides, disputed_classes, targets_part
from .figures import intervals_clash
from .incidents import EventRef
from .local_voices import LOCAL, is_state_side
from .moments import (
    among_sided,
    apart,
    echoes,
    home_side,
    incident_home,
    may_have_risen,
    part_on_page,
    sided_values,
    undated,
    witness,
)
from .narration import page_totals, relays, reporting, voiced_figures
from .own_media import media_nouns
from .revision_rules import across_sides, is_revision, one_claimant, one_voice, restated
from .side_basics import state_body_words
from .stated_figures import DISPUTED, Stated, stated
from .titles import state_titles
from .toll_claims import moved_bodies
from .tolls import named
from .voices import respelt, same_voice

#: The victim class of the armed groups' men (the reconcile pack's `victim_classes`)
MILITANTS = "militants"
#: Most pairs of clashing figures listed per category: an incident of a thousand reports may
#: have half a million, and the values and claimants already name every figure in conflict.
MAX_PAIRS = 12
#: How far above a side's highest toll an undated page's unsided source may go and still be
#: telling that toll later (`_later_count`): 34 beside 33, not 150 beside 60.
LATER_SHARE = 0.1


def _loose(s: Stated) -> bool:
    """A vague plural from a source of no known side (a headline's "dozens of dead" in the
    outlet's own words) or of a third party (an international body: "the UN said hundreds
    were killed", its own count still to come) or of a local voice (residents "finding dozens
    of bodies", witnesses saying "several hundred were killed": local_voices.py, what they saw,
    no party's toll) gives the toll's order, not a count: it disputes no one's figure. A
    party's vague plural is its toll as it chose to state it, and still disputes."""
    return s.vague and (s.side is None or s.side == LOCAL or s.side in third_party_sides())


def contradictions(refs: Sequence[EventRef]) -> list[dict]:
    """Same category, same victims (as far as known), intervals that do not overlap, and no
    revision of one voice to explain the difference."""
    out = []
    home = incident_home(refs)
    for cat, items in sorted(stated(refs).items()):
        if cat not in DISPUTED:
            continue
        # the clashing figures, not the clashing pairs: an incident with a thousand reports
        # has most of half a million pairs clash, and holding them cost ~200 MB at 10k docs
        clashing: dict[int, Stated] = {}
        pairs: set[tuple] = set()
        voiced, sided = voiced_figures(items), sided_values(items)
        totals = page_totals(items)
        for i, a in enumerate(items):
            if i in totals:
                continue
            for j in range(i + 1, len(items)):
                b = items[j]
                if (j not in totals and not _treated(cat, a, b)
                        and disputing(a, b, voiced, home, sided)
                        and comparable(a.victims, b.victims, across_sides(a, b), one_voice(a, b))
                        and not _loose(a) and not _loose(b) and not a.part and not b.part
                        and not targets_part(a.victims[0], b.victims[0])
                        and not _other_class_denied(a, b)
                        and _clash(a, b) and not is_revision(a, b)
                        and not restated(a, b)):
                    shown = _as_said(a, b), _as_said(b, a)
                    clashing[i], clashing[j] = shown
                    if len(pairs) < MAX_PAIRS:
                        pairs.add(tuple(sorted((x.bounds[0], x.label, x.claimant)
                                                for x in shown)))
        if clashing:
            out.append({"category": cat,
                        "values": sorted({x.label for x in clashing.values()}),
                        "claimants": sorted({x.claimant for x in clashing.values()}),
                        "pairs": [{"values": [x[1] for x in p], "claimants": [x[2] for x in p]}
                                  for p in sorted(pairs)]})
    return out


def _treated(cat: str, a: Stated, b: Stated) -> bool:
    """An aid body's count of the wounded (civil_sides.care_sides: the ICRC, MSF) is of the
    patients its teams and the hospitals it supports treat, by its reach: no dispute of
    anyone's count of the wounded ("around 200 wounded", MSF said, beside a ministry's 236)."""
    return cat == "injured" and (a.side in care_sides() or b.side in care_sides())


def _other_class_denied(a: Stated, b: Stated) -> bool:
    """A denial of one class's toll ("none of our soldiers was hurt", 0 combatants) beside
    another class's toll (30 civilians): each side speaks of other people, no dispute. A 0
    disputes only a toll of its own class, or one (or from one) naming no class, and only as
    a known side's word."""
    if any(s.bounds == (0, 0) and s.side is None for s in (a, b)):
        return True  # a denial of no known side's voice (a page's "sources") disputes no one
    zero = a.bounds == (0, 0) or b.bounds == (0, 0)
    if any(_state_denial(x, y) for x, y in ((a, b), (b, a))):
        return True
    return zero and None not in (a.victims[0], b.victims[0]) and a.victims[0] != b.victims[0]


def _state_denial(zero: Stated, other: Stated) -> bool:
    """A state's 0 naming no class ("there were no casualties", "no one died") beside another
    voice's count of militants ("five attackers were killed"): the state denies losses among
    its own men and the people it guards; the attackers it or others killed are the enemy's
    dead, whom no state counts among its casualties. No dispute."""
    return zero.bounds == (0, 0) and zero.victims[0] is None and is_state_side(zero.side) \
        and other.victims[0] == MILITANTS and other.side != zero.side


def disputing(a: Stated, b: Stated, voiced: dict[tuple, set[str]] | None = None,
              home: str | None = None, sided: dict[str, set[tuple]] | None = None) -> bool:
    """Voices whose figures can contradict each other (see module): one outlet narrating two
    values at once (`revision_rules.one_claimant`; a named source's own two figures on a page
    are its toll at two moments, "52 ... said yesterday" beside "61", or two counts, never
    its own dispute), two known sides, or a known side against a named source
    of no known side. A page's outlet of no
    known side narrating in its own words disputes only a known side's figure, with a figure
    no named source of the incident gives (`voiced`: (category, interval) of theirs; else it
    relays that source), and from another article only when it cannot be that toll at another
    moment (both dated, on two days, the later lower): outlets narrate the toll known when they
    wrote, and a toll rises through the day. A witness of no side (`moments.witness`: a
    resident, a local body) is one of the people where its report is from, else where the
    incident is (`home`, `moments.incident_home`), and disputes no toll of their side; nor
    does one giving exactly a toll the other's side gives (`sided`, `moments.echoes`), nor
    one a state's rights watchdog's (claimant_sides.WATCHDOG: both count the land's victims). A
    local voice (side `local`: residents, witnesses where a state speaks, local_voices.py)
    disputes any party's toll, its own state's too, and no unsided source's or outlet's,
    nor a state's rights watchdog's or the land's opposition's (each counts the victims of
    the state's own forces, by its own reach: the protesters' leader's count beside the
    local officials' is no dispute of two sides, but each one's with the state). A
    state-owned medium disputes no toll of the state that owns it (`EventRef.owner`). One
    voice's count of a class ("15 militants") beside one naming no class ("25 dead") is two
    counts, a part or another group beside the toll, not two values at once."""
    if one_claimant(a, b):  # an outlet's two values at once, unless one is a part of the
        # other; a source's own two figures (one name, or one spelt two ways) are its count
        # at two moments or two counts (a toll and a part, another attack), never a dispute
        # with itself
        if respelt(a.claimant, b.claimant) and not (reporting(a) and reporting(b)):
            return False
        return not any(part_on_page(x, y) for x, y in ((a, b), (b, a))) \
            and (a.victims[0] is None) == (b.victims[0] is None)
    if _third_party_alone(a, b):
        return False
    local = next((s for s in (a, b) if s.side == LOCAL), None)
    if local is not None:  # local voices dispute a party's toll only (local_voices.py)
        other = b if local is a else a  # not a watchdog's: both count the state's victims
        return other.side not in (None, LOCAL, WATCHDOG, OPPOSITION) \
            and not echoes(local, other, sided or {}) \
            and not _later_count(local, other, sided or {})
    told = next((s for s in (a, b) if reporting(s)), None)
    if told is not None:
        other = b if told is a else a
        return other.side is not None and not relays(told, voiced or {}) \
            and not (apart(a, b) and may_have_risen(a, b)) and not part_on_page(told, other) \
            and not among_sided(told, sided or {}) and told.ref.owner != other.side
    if a.side is not None and b.side is not None:
        third = next((s for s in (a, b) if s.side in third_party_sides()), None)
        if third is None:
            return a.side != b.side
        other = b if third is a else a  # a third party's count is checked as a source's of
        # no side was: one giving a party's own toll, or telling it later, disputes none of it
        return not echoes(third, other, sided or {}) \
            and not _later_count(third, other, sided or {})
    unsided = a if a.side is None else b
    other = b if unsided is a else a
    return other.side is not None and named(unsided.claimant) \
        and not _fellow_counter(unsided, other) \
        and not short_name(unsided.claimant, other.claimant) \
        and not (witness(unsided) and other.side in (home_side(unsided.ref) or home, WATCHDOG)) \
        and not echoes(unsided, other, sided or {}) \
        and not _later_count(unsided, other, sided or {})


def _third_party_alone(a: Stated, b: Stated) -> bool:
    """An international body's voice (its side of its own: claimant_sides.international_side,
    "un", "icrc", "amnesty") beside no party's: another such body, a voice of no known side, a
    local voice or an outlet. The body is a third party to the war: its count disputes a
    party's, as the parties' dispute each other, but it and a witness, a reporter or another
    aid agency count the same victims by their own reach and day, no dispute of two sides.
    Nor do a rights group (claimant_sides.WATCHDOG) and the land's opposition dispute: both
    count the victims of the state's forces, by reach and by day (`_fellow_counter`)."""
    third = third_party_sides()
    return any(x.side in third and y.side in (None, LOCAL, *third) for x, y in ((a, b), (b, a))) \
        or {a.side, b.side} == {WATCHDOG, OPPOSITION}


def _fellow_counter(unsided: Stated, other: Stated) -> bool:
    """A voice of no known side beside a land's political opposition
    (claimant_sides.OPPOSITION): a civil body described or named as one
    (claimant_sides.described_civil, civil_body: "a coalition of rights groups", "the Human
    Rights Association"), an activist, a doctor, a community's leaders or the opposition
    leader named only by name ("Jean Ping said two were killed") count the victims of the
    state's crackdown, as the opposition does, and their counts differ by reach and by day,
    not by side; the dispute is each one's with the state. Set against each other, the
    opposition's first "three shot dead" and the rights groups' "at least 12" three days on
    made a dispute no one has, and so did a protest leader's 25 and the indigenous
    organisations' 40, or the coalition's "dozens" and a head doctor's five. A voice whose
    name holds a state's office or body ("the kingdom's health minister", "the interior
    ministry"; `side_basics.state_body_words`, `titles.state_titles`) is the state's, its side
    unread, and still disputes the opposition's count, as does a medium named by its kind
    ("other major media organizations"; `own_media.media_nouns`), a reporter of the tolls, no
    counter of the victims."""
    if other.side != OPPOSITION:
        return False
    if described_civil(unsided.claimant) or civil_body(unsided.claimant):
        return True
    words = {w.lower() for w in WORD.findall(unsided.claimant)}
    return not words & (state_body_words() | state_titles() | media_nouns())


def short_name(short: str, full: str) -> bool:
    """`short` is a shorter name of the body `full` names: two words or more, each capitalised,
    each a word of `full` (plural or not): "Tamil Tiger" of "Liberation Tigers of Tamil Eelam",
    "Kivu Front" of "the Kivu Liberation Front". One body speaking under two names disputes
    nothing with itself, whichever of them a side was found for."""
    words = [w.rstrip("s") for w in re.findall(r"\b[A-Z][\w’'-]*", short)]
    whole = {w.lower().rstrip("s") for w in re.findall(r"[\w’'-]+", full)}
    return len(words) >= 2 and short != full and all(w.lower() in whole for w in words)


def _later_count(unsided: Stated, other: Stated, sided: dict[str, set[tuple]]) -> bool:
    """A source of no known side on a page of no date whose toll is at, or just above (by at
    most LATER_SHARE), the highest toll the other's side gives tells that side's toll, later,
    once it rose ("at least 34 soldiers", undated, beside the governor's 22, then 33): which
    came first is unknown, and it disputes none of that side's figures. A toll far above the
    side's (150 against 60) is a dispute still."""
    floors = [b[0] for b in sided.get(other.side or "", ())]
    if not floors or not apart(unsided, other) or unsided.ref.published is not None \
            or not undated(unsided, other):
        return False
    top = max(floors)
    return top <= unsided.bounds[0] <= top * (1 + LATER_SHARE)


def _as_said(s: Stated, other: Stated) -> Stated:
    """A party's count of bodies as said ("the state agency: 85 bodies have been buried": 85)
    when another voice's toll is set against it: the floor (`Stated.said`) says the dead may
    prove more as the search goes on, a revision of that voice to come, but the count a side
    gives is the toll it states, and a voice counting 120 dead disputes it. A source of no
    known side counting bodies (a hospital's "received 60 bodies") counts those it saw, a part
    of the dead, and stays a floor, as a voice's count does against its own other figures, and
    so does a count of bodies taken somewhere ("villagers transported 30 bodies to the
    capital", toll_claims.moved_bodies): those moved, not the party's toll."""
    if s.said is None or s.side is None or same_voice(s.claimant, other.claimant) \
            or moved_bodies(s.ref.event.get("sentence") or ""):
        return s
    return replace(s, bounds=s.said, said=None)


def _some_of(part: Stated, whole: Stated) -> bool:
    """`part` counts a group of people by age or sex (`Stated.group`: "30 children"), `whole`
    people at large or another group, and no more of them than `whole` may hold: some of its
    dead, not a toll set against it ("Red Cross sources said 30 children died" beside "at
    least 55 killed"; "one video showed 14 dead children" beside "over 90 killed"). A group
    larger than the other's whole toll ("61 children" against "19 people") cannot be part of it,
    two counts of one group ("30 children", "12 children") still clash, and counts of two
    groups ("30 children", "20 women") never do."""
    if part.group is None or part.group == whole.group:
        return False
    if whole.group is not None:
        return True  # two groups ("30 children", "20 women"): neither the other's toll
    top = _as_said(whole, part).bounds[1]
    return top is None or _as_said(part, whole).bounds[0] <= top


def _clash(a: Stated, b: Stated) -> bool:
    """The two figures cannot both hold: their intervals (a count of bodies as said, against
    another voice: `_as_said`) do not overlap, or two known sides count the same dead as two
    classes of victim a dispute sets apart (militants against civilians)."""
    if intervals_clash(_as_said(a, b).bounds, _as_said(b, a).bounds) and not _some_of(a, b) \
            and not _some_of(b, a):
        return True
    classes = (a.victims[0], b.victims[0])
    if not across_sides(a, b) or None in classes or classes[0] == classes[1]:
        return False
    pair = frozenset(classes)
    return pair in disputed_classes() or pair in disputed_across_sides()
