"""Tolls a source states in a sentence that holds no event: whose toll of which event they are.

The events stage finds an event where a sentence tells something happening ("a strike killed
20"); a source's count in a sentence of its own ("The agency said 38 people were injured",
"The Red Crescent put the toll at 88", "China said four of its troops died last June") often
holds none, and such a claim's figures reached no incident: the source's toll was lost from
the per-claimant figures of the incident its page reports. A claim of a named source (not the
page's outlet narrating) that gives a count of casualties and has no event of its own states
the toll of the event its page told last before it (the first one after it when none came
before, as a lead's toll stated before the attack is told): its figures are that source's,
counted where that event's incident counts figures. They are figures only: the claim joins no
incident by itself and moves no incident's place or date. A running toll ("since October")
is the war's, not an event's.

A claim whose sentence points elsewhere states no toll of the event (`points_elsewhere`): a
projection ("the toll could eventually top 100") or one facility's part ("one hospital said it
had received 10 bodies"), or the war's toll over the stretch the sentence before names
(`after_span`); and a figure counting a part of the dead ("the dead included two
children") is no toll of its own (`toll_figures`): patterns in the reconcile pack.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Protocol

from ..casualties import HARMED_SET
from ..packs import load_pack, require

#: Figure categories a toll claim brings to the event's incident: counts of people harmed.
TOLL_CATEGORIES = HARMED_SET


class Anchor(Protocol):
    """What the claim's anchor must tell: where its claim starts, and its event."""

    order: int
    background: bool
    event: dict


@cache
def _patterns(key: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE)
                 for p in require(load_pack("reconcile"), "reconcile", key, list))


def points_elsewhere(sentence: str) -> bool:
    """The claim's sentence projects a toll or gives one facility's part of it."""
    return any(p.search(sentence) for p in _patterns("toll_elsewhere_patterns"))


#: How far back the sentence before a toll claim is read for a stretch of the war (`after_span`).
BEFORE_CHARS = 400
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")


def after_span(text: str, start: int, sentence: str) -> bool:
    """The claim's sentence (starting at `start` in the page `text`) tells a toll in the perfect
    ("more than 9,000 people have been killed") right after a sentence that measures the page's
    event against a stretch of the war ("one of the highest since the uprising began in March
    2011"): the war's toll over that stretch, not the event's (the pack's
    `span_before_patterns` and `perfect_toll_patterns`)."""
    if not any(p.search(sentence) for p in _patterns("perfect_toll_patterns")):
        return False
    at = text.find(sentence[:60], max(0, start - len(sentence))) if sentence else -1
    start = at if 0 <= at <= start else start  # the sentence's start, not the claim's
    before = text[max(0, start - BEFORE_CHARS):start].rstrip()
    ends = list(_SENTENCE_END.finditer(before[:-1]))
    previous = before[ends[-1].end():] if ends else before
    return any(p.search(previous) for p in _patterns("span_before_patterns"))


def moved_bodies(sentence: str) -> bool:
    """The sentence counts bodies taken somewhere ("villagers transported 30 bodies to the
    provincial capital"): those moved, some of the dead (the pack's `bodies_moved_patterns`)."""
    return any(p.search(sentence) for p in _patterns("bodies_moved_patterns"))


def is_part(sentence: str, text: str) -> bool:
    """The figure `text` counts a part of the dead or hurt its sentence tells ("the dead
    included two children", "nine guards, four of them cadets": `_apposed`), read at its first
    place in the sentence."""
    at = sentence.find(text) if text else -1
    if at < 0:
        return False
    before, after = sentence[:at], sentence[at + len(text):]
    return any(p.search(before) for p in _patterns("toll_part_before")) \
        or any(p.search(after) for p in _patterns("toll_part_after")) \
        or any(b.search(before) and a.search(after) for b, a in _apposed())


def adds_to_toll(sentence: str, text: str) -> bool:
    """The figure `text` counts dead told as more than a toll told elsewhere ("the death of 28
    more servicemen"): an increment, read at its first place in the sentence (the pack's
    `toll_increment_after`). Set against another voice's toll it is no rival count of the same
    dead, so it disputes nothing (`stated_figures`); unlike `is_part` it keeps its casualty
    row, a count a voice did give."""
    at = sentence.find(text) if text else -1
    after = sentence[at + len(text):] if at >= 0 else ""
    return at >= 0 and any(p.search(after) for p in _patterns("toll_increment_after"))


@cache
def _apposed() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """(before, after) patterns that together mark a count set in apposition after a toll, as
    some of its people ("nine rebels, seven of them women": the pack's `toll_part_apposed`)."""
    pairs = require(load_pack("reconcile"), "reconcile", "toll_part_apposed", list)
    return tuple((re.compile(b, re.IGNORECASE), re.compile(a, re.IGNORECASE)) for b, a in pairs)


def toll_figures(claim: dict) -> list[dict]:
    """The claim's figures that count casualties, less those counting a part of them."""
    sentence = claim.get("sentence") or ""
    return [f for f in claim.get("figures", []) if f.get("category") in TOLL_CATEGORIES
            and not is_part(sentence, f.get("text") or "")]


def event_free_tolls(art: dict, violent=lambda e: False, named=lambda c: False,
                     read=lambda e: True) -> list[dict]:
    """The article's claims that state a count of casualties and have no event of their own
    (a negated or hypothetical event is still the claim's own, unless the negation is the
    count: `_negated_toll`), in text order; none whose
    sentence points elsewhere. A violent event (`violent`) with no place of its own is not
    the own event of a claim of a source named by name (`named`), outside the title: "Mohammad
    Khurasani claimed that 50 people have died in the strikes" retells the page's strike, and
    its unplaced event joins no incident, so the toll would reach none. Nor is an event of a
    type reconcile never reads (`read` false: a visit, a meeting, an appeal): "He added that
    officials had visited the village and confirmed a toll of 45" holds a CONSULT event, which
    joins no incident and carries no figure, so the speaker's 45 would reach none. Nor is a
    gathering the dead died in that carries none of the claim's counts (`_gathering_only`):
    "Uzbekistan says 18 dead in Nukus unrest" holds a PROTEST event without the 18, which
    would reach no row; the 18 is the toll of the page's report of the unrest's violence. Nor,
    likewise, is a speaker's act of words that carries none of them (`_statement_only`: "the
    minister rejected the 2,000 figure as stated by Amnesty" holds a REJECT event)."""
    retold = {c.get("id") for c in art.get("claims", []) if named(c) and not c.get("in_title")}
    tolls = {c.get("id"): {f.get("text") for f in toll_figures(c)}
             for c in art.get("claims", [])}

    def owns(e: dict) -> bool:
        said = tolls.get(e.get("claim_id")) or set()  # the counts its claim gives
        if _negated_toll(e, said):
            return False
        if e.get("negated") or e.get("hypothetical"):
            if not _other_clause(e, said):
                return True
        return (read(e) and not _gathering_only(e, said) and not _statement_only(e, said)
                and bool(e.get("place") or not violent(e) or e.get("claim_id") not in retold))

    owned = {e.get("claim_id") for e in art.get("events", []) if owns(e)}
    return sorted((c for c in art.get("claims", [])
                   if c.get("id") not in owned and toll_figures(c)
                   and not points_elsewhere(c.get("sentence") or "")),
                  key=lambda c: c.get("start") or 0)


def _negated_toll(event: dict, tolls: set) -> bool:
    """The event did not happen (negated, not merely hypothetical) and the counts of
    casualties of its claim it carries (`tolls`) are all zeros: the negation is the count
    ("the minister claimed that no one had been killed"), the speaker's denial of any dead,
    which is its toll of the page's event, not an act that did not happen. Owned by the
    negated event, the zero reached no incident, and the denial was no row of the incident it
    denies. A nonzero count a negation carries ("no 300 were killed") stays the negation's."""
    carried = [f for f in event.get("figures") or []
               if f.get("category") in TOLL_CATEGORIES and (f.get("text") or "") in tolls]
    return bool(event.get("negated")) and not event.get("hypothetical") and bool(carried) \
        and all(f.get("value") == 0 for f in carried)


def _other_clause(event: dict, tolls: set) -> bool:
    """The negated or hypothetical event carries none of its claim's counts of casualties
    (`tolls`) while the claim gives some: what did not happen is another clause's act ("troops
    did not target civilians in the village, where at least 32 died"), and the count stands
    as said. A negation or hypothesis that takes the count with it ("no 300 were killed",
    "could have killed 40") carries it; a negation whose count is a zero ("no one was killed")
    is the speaker's denial, its toll (`_negated_toll`)."""
    return bool(tolls) and not any(
        (f.get("text") or "") in tolls for f in event.get("figures") or [])


def _gathering_only(event: dict, tolls: set) -> bool:
    """The event is a gathering the dead died in (the pack's `toll_gathering_types`: "18 dead in
    Nukus unrest") and carries none of its claim's counts of casualties (`tolls`): the claim's
    toll is not its own but that of the page's report of violence."""
    return event.get("type") in _event_types("toll_gathering_types") and not _carries(event, tolls)


def _statement_only(event: dict, tolls: set) -> bool:
    """The event is a speaker's act of words (the pack's `toll_statement_types`: a rejection,
    an accusation, a demand: "the minister rejected the 2,000 figure as stated by Amnesty")
    and carries none of its claim's counts of casualties (`tolls`): the claim's toll is not
    its own but that of the page's report of violence."""
    return event.get("type") in _event_types("toll_statement_types") and not _carries(event, tolls)


def _carries(event: dict, tolls: set) -> bool:
    """The event carries one of the counts of casualties `tolls` (figure texts)."""
    return any((f.get("text") or "") in tolls for f in event.get("figures") or []
               if f.get("category") in TOLL_CATEGORIES)


@cache
def _event_types(key: str) -> frozenset[str]:
    """The event types the reconcile pack lists under `key`: `toll_gathering_types`, gatherings
    people die in ("unrest", "protests") whose own figures may be only a crowd's size, and
    `toll_statement_types`, a speaker's acts of words; neither owns a toll it does not carry."""
    return frozenset(require(load_pack("reconcile"), "reconcile", key, list))


def gathering_tolls(art: dict, violent=lambda e: False) -> dict[str, list[dict]]:
    """Event id -> the counts of casualties a gathering the dead died in is told with, on a
    page that tells no report of violence (`violent`): "27 people died during protests in the
    capital", "448 have died in the protests" hold a gathering (the pack's
    `toll_gathering_types`) that carries none of its claim's counts, and where the page tells
    no attack or clash to give that toll to (`anchor_of`), the deaths in the gathering are its
    casualty report, of its place and day. Where the page does tell one ("police opened fire on
    the march on Tuesday"), the toll is that report's, of the day the page gives it: a toll of
    a gathering does not make a second scene of it. None for a sentence pointing elsewhere, a
    running toll, or a gathering the page recalls."""
    events = [e for e in art.get("events", [])
              if not (e.get("negated") or e.get("hypothetical") or e.get("background"))]
    if any(violent(e) for e in events):
        return {}
    claims = {c.get("id"): c for c in art.get("claims", [])
              if not points_elsewhere(c.get("sentence") or "")}
    out: dict[str, list[dict]] = {}
    done: set = set()
    for e in events:
        claim = claims.get(e.get("claim_id"))
        if (claim is None or claim.get("id") in done
                or e.get("type") not in _event_types("toll_gathering_types")):
            continue
        figures = toll_figures(claim)
        if figures and _gathering_only(e, {f.get("text") for f in figures}):
            out[e["id"]] = figures
            done.add(claim.get("id"))
    return out


def anchor_of(claim: dict, refs: Sequence[Anchor], group_of) -> Anchor | None:
    """The report of the page the claim's toll is of: the last one whose claim starts before
    it, else the first after it; only reports of violence (`group_of` gives an event's
    type group, the casualty group's name being `violent`) and none the page recalls."""
    start = claim.get("start") or 0
    told = [r for r in refs if not r.background and group_of(r.event)
            and r.event.get("claim_id") != claim.get("id")]  # not the claim's unplaced own
    before = [r for r in told if r.order <= start]
    if before:
        return max(before, key=lambda r: r.order)
    return min(told, key=lambda r: r.order, default=None)



def toll_event(claim: dict, anchor: dict, others: frozenset[str] = frozenset()) -> dict:
    """The event a toll claim reports, as reconcile reads figures: the anchor's type and
    target (whose dead they are, when the claim's words do not say), the claim's own figures
    of casualties and sentence, less those whose texts are in `others` (figures the claim
    tells as another's: the count a denier rejects, one in a clause after a stance)."""
    return {"id": f"{anchor['id']}~{claim['id']}", "type": anchor.get("type"),
            "claim_id": claim["id"], "target": anchor.get("target"),
            "sentence": claim.get("sentence") or "",
            "figures": [f for f in toll_figures(claim) if (f.get("text") or "") not in others]}


def own_dead(claim: dict, side: str | None, lead_side: str | None,
             counting: frozenset[str | None] = frozenset()) -> bool:
    """A party's bare toll ("the death toll has risen to 39": no victims named) counts its own
    side's dead: it is no toll of a page whose lead report is an attack by that side
    (`lead_side`, the lead report's actor's), but of another attack the page tells beside it.
    Not where that side itself counts the casualties of the page's reports (`counting`: the
    sides whose reports of violence on the page carry a count of casualties): "the government
    said clashes with protesters killed about 50 ... it had earlier put the toll at 30" gives
    one more step of the count it keeps of its own forces' crackdown, not its own dead."""
    return side is not None and side == lead_side and side not in counting \
        and all(not f.get("counts") for f in toll_figures(claim))


def with_tolls(refs: Iterable, tolls: dict[str, list]) -> list:
    """The references with the toll claims anchored to each (`EventRef.tolls`)."""
    from dataclasses import replace

    return [replace(r, tolls=tuple(tolls[r.event_id])) if r.event_id in tolls else r
            for r in refs]
