"""The figures an incident's claims state, one per toll, in the order they were reported.

Disputes and revisions (disputes.py, revision_chains.py) compare tolls, not the figures
extraction found: the verbs of one sentence each carry its figures, and one statement's smaller
figures of the same victims are parts of its toll ("21 killed, including 1 child"). So each
claim's figures are read once, each statement keeps only its largest toll per victim class
(unless it says it revises: "51, up from 30"), and every figure carries when it was stated
(the article's publication date, then where the claim stands in it), so that a toll that rose
between reports can be told from two voices that differ.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from .evidence import CASUALTY, comparable, victim
from .figures import approx_value, below_value, figure_interval, format_figure, is_vague
from .incidents import EventRef, is_span_toll
from .moments import reported
from .summed_tolls import complement_groups, summed, whole_toll_groups
from .toll_claims import adds_to_toll, is_part
from .tolls import (
    casualty_ceiling,
    earlier_count_pattern,
    is_floor,
    raised_to_pattern,
    revision_cue_pattern,
    toll_size,
)

#: Figure categories whose values two voices can dispute: counts of people. Counts of missiles,
#: strikes or equipment differ by what each report counts ("three toward Riyadh", "seven in
#: all") far more often than they conflict.
DISPUTED = (*CASUALTY, "displaced")


@dataclass(frozen=True)
class Stated:
    """One figure as one claim states it, with when it was stated."""

    ref: EventRef
    category: str
    bounds: tuple[float, float | None]
    victims: tuple[str | None, str | None]
    when: tuple[date, int]  # (publication date, claim offset): the order of reporting
    #: the value of a bare approximate figure ("about 12"), kept where it is read as a floor
    #: ("about 93 bodies": >=about 93), so that it reads as said, never as its margin's 83.7
    about: float | None = None
    vague: bool = False  # a vague plural ("dozens of dead"): the toll's order, not a count
    ceiling: bool = False  # a count of casualties: the dead are no more (`casualty_ceiling`)
    #: a part of the toll its sentence tells ("18 members of one family": toll_claims.is_part)
    part: bool = False
    #: a count of bodies read as a floor (`bounds` opened upwards: tolls.is_floor): the
    #: interval as said, which another voice's toll is compared with (disputes._clash)
    said: tuple[float, float | None] | None = None
    #: the group of people by age or sex the figure counts ("30 children": "children", the
    #: pack's `complement_groups`), None for a count of people at large ("55 people", "55
    #: dead"): some of a toll's dead, which no toll of more people disputes (disputes._clash)
    group: str | None = None
    #: the death toll its statement gives beside it, for a figure of another class of
    #: casualties ("killed 15 and wounded 50": 15), None when it gives none (`with_dead`)
    dead: tuple[float, float | None] | None = None
    #: the number a figure lies just short of ("nearly 300": 300, figures.below_value): the
    #: count as said, which the voice's row shows (summary.incident_figures)
    below: float | None = None

    @property
    def claimant(self) -> str:
        return self.ref.claimant

    @property
    def side(self) -> str | None:
        return self.ref.side

    @property
    def label(self) -> str:
        """How the figure reads in a dispute: "about 12", ">=5", "5-6" (figures.format_figure)."""
        return format_figure(self.bounds, self.about)


def claim_figures(refs: Sequence[EventRef]) -> Iterator[tuple[EventRef, dict, tuple]]:
    """(ref, figure, interval) once per claim: the verbs of one sentence ("struck",
    "neutralized") each carry the sentence's figures, but the claim states each figure once,
    and only the figures its claim states count for the event's claimant. A toll over years
    its sentence tells ("since 2019 ... more than 500 lives": incidents.is_span_toll) is the
    war's, no claimant's toll of the incident."""
    seen: set[tuple] = set()
    for r in refs:
        if is_span_toll(r.event.get("sentence") or ""):
            continue  # a toll over years ("since 2019 ... more than 500 lives"): the war's
        source = r.statement
        for fig in r.event.get("figures", []):
            if (fig.get("text") or "") in r.foreign:
                continue  # another claim's figure (see incidents.others_figures)
            bounds = figure_interval(fig)
            if bounds == (0, 0) and r.narrated:
                continue  # an outlet's own "no one was hurt": no voice's denial (figure_zero)
            key = (source, fig.get("category"), fig.get("counts"), bounds)
            if bounds is None or key in seen:
                continue
            seen.add(key)
            yield r, fig, bounds


def _part(sentence: str, fig: dict) -> bool:
    """The figure counts a part of the toll its sentence tells (`toll_claims.is_part`), or,
    of the dead, victims beside those a toll counts ("two more soldiers",
    `toll_claims.adds_to_toll`): either way no voice's whole toll to dispute."""
    text = fig.get("text") or ""
    return is_part(sentence, text) or (
        fig.get("category") == "killed" and adds_to_toll(sentence, text))


def stated(refs: Sequence[EventRef]) -> dict[str, list[Stated]]:
    """Category -> its figures in reporting order (lower value first within one moment).

    One statement gives one toll per category and victim class: its smaller figures of the
    same class are parts ("21 killed, including 1 child") unless it says it revises ("51, up
    from 30"), so only its largest counts (`_size`)."""
    out: dict[str, list[Stated]] = defaultdict(list)
    by_statement: dict[tuple, list[Stated]] = defaultdict(list)
    ceilings: list[Stated] = []
    texts: dict[int, tuple[str, str]] = {}  # id(item) -> (figure text, counted noun): summed
    for r, fig, bounds in claim_figures(refs):
        if fig.get("category") == "other":
            top = casualty_ceiling(fig, bounds)
            if top is not None:
                # casualties say nothing of who the dead were
                ceilings.append(Stated(r, "killed", (0, top), (None, victim(fig, r.event)[1]),
                                       reported(r), None, is_vague(fig),
                                       ceiling=True))
            continue
        when = reported(r)
        if earlier_told(r):  # "police earlier put the toll at 54": before the page's others
            when = (when[0], -1)
        said = bounds if is_floor(fig) and bounds[1] is not None else None
        if said is not None:
            bounds = (bounds[0], None)
        item = Stated(r, fig["category"], bounds, victim(fig, r.event, r.armed), when,
                      approx_value(fig), is_vague(fig),
                      part=_part(r.event.get("sentence") or "", fig),
                      said=said, group=counted_group(fig), below=below_value(fig))
        texts[id(item)] = (fig.get("text") or "", fig.get("counts") or "")
        if says_revised(item):
            out[item.category].append(item)
        else:
            by_statement[(r.statement, item.category)].append(item)
    for items in by_statement.values():
        kept: list[Stated] = []
        for item in sorted(summed(items, texts), key=lambda s: -toll_size(s.bounds)):
            if not any(comparable(k.victims, item.victims, one_voice=True) for k in kept):
                kept.append(item)
        for item in kept:
            out[item.category].append(item)
    for cat, items in out.items():
        out[cat] = partial_denials(items)
    with_dead(out)
    tolls = {s.ref.statement for s in out["killed"]}
    out["killed"] += [c for c in ceilings if c.ref.statement not in tolls]
    if not out["killed"]:
        del out["killed"]
    for items in out.values():
        items.sort(key=lambda s: (s.when, s.bounds[0]))
    return out


def with_dead(out: dict[str, list[Stated]]) -> None:
    """Give each figure of a class of casualties other than the dead the death toll its
    statement gives beside it (`Stated.dead`): one voice's two reports move both counts the
    same way as victims are found, and a wounded count that rose while the dead fell is two
    counts, not one revised (revision_rules._dead_fell)."""
    dead: dict[object, tuple[float, float | None]] = {}
    for s in out.get("killed", []):
        if not s.ceiling and (s.ref.statement not in dead
                              or toll_size(s.bounds) > toll_size(dead[s.ref.statement])):
            dead[s.ref.statement] = s.bounds
    for cat, items in out.items():
        if cat != "killed":
            out[cat] = [replace(s, dead=dead.get(s.ref.statement)) for s in items]


def counted_group(fig: dict) -> str | None:
    """The group of people by age or sex a figure counts ("30 children" -> "children",
    summed_tolls.complement_groups), None when it counts people at large or no noun, or a group
    whose count is usually the whole toll ("10 men": the pack's `whole_toll_groups`), which
    reports give as the toll itself rather than as some of a larger one."""
    words = (fig.get("counts") or "").lower().split()
    if not words or words[-1] not in complement_groups() or words[-1] in whole_toll_groups():
        return None
    return words[-1]


def says_revised(s: Stated) -> bool:
    """The statement says its figure revises an earlier one ("rose to 50, up from 30": the
    pack's `revision_cues`): one voice at two moments even within one article."""
    sentence = (s.ref.event.get("sentence") or "").lower()
    return bool(revision_cue_pattern().search(sentence))


def says_earlier(s: Stated) -> bool:
    """The statement gives its speaker's earlier count ("police earlier put the toll at 54":
    the pack's `earlier_count_cues`): one voice at an earlier moment, within one article too,
    read before the page's other statements wherever it stands (`stated`). The statement
    gives one toll (its smaller figures stay parts of it)."""
    return earlier_told(s.ref)


def earlier_told(r: EventRef) -> bool:
    """`says_earlier` of a report's sentence."""
    return bool(earlier_count_pattern().search((r.event.get("sentence") or "").lower()))


def says_raised_to(s: Stated) -> bool:
    """The statement says the toll was moved to this very figure ("raised the death toll to
    55", "the toll rose to 55": the pack's `toll_raised_verbs`): the figure is a later step of
    a count that stood lower before, whoever gave the lower count the same day."""
    sentence = (s.ref.event.get("sentence") or "").lower()
    values = {s.bounds[0], s.about} - {None}
    return any(float(m.group(1).replace(",", "")) in values
               for m in raised_to_pattern().finditer(sentence))


def partial_denials(items: list[Stated]) -> list[Stated]:
    """Less a side's 0 of one class beside its own toll of another known class ("33 militants
    were killed ... no civilians were killed in the final stage"): a part of that side's
    account of its operation, not a denial of the incident's toll (figure_zero.py)."""
    tolls = {(s.side, s.victims[0]) for s in items
             if s.side and s.victims[0] and (s.bounds[1] is None or s.bounds[1] > 0)}
    return [s for s in items
            if not (s.bounds == (0, 0) and s.side and s.victims[0]
                    and any(side == s.side and cls != s.victims[0] for side, cls in tolls))]
