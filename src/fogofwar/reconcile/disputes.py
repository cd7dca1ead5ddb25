"""Disputes told apart from revisions: who disagrees with whom, and whose toll moved.

A toll that one side gives as 30 in the morning and 50 by night is not a dispute: it is the
same voice revising its count as bodies are found. Two sides giving 5 and 40 for the same
victims is. Within an incident, figures of one category that could count the same victims
(see `evidence.victim`) are therefore read in the order they were reported (the article's
publication date, then where the claim stands in it) and split two ways:

- **revision**: two values from one voice that differ and were stated at different times, the
  later one higher (a toll rises as bodies are found; a later report restating an earlier,
  lower toll revises nothing, and is no dispute either: one voice at two moments). A
  voice is one claimant, or one known side (a ministry's 30 and the same government's
  governor's 50). "Different times" means different articles, or one statement that says it
  revises ("rose to 50, up from 30": the pack's `revision_cues`). Sources of no known side
  named only by what they are (outlets narrating, "an official") count as one voice only when
  the toll rises from an earlier report's floor to a later one ("up to 100" then "more than
  100" is no revision); a named source of no known side ("MSF") is a voice of its own, and an
  outlet narrating a figure a named source gives relays it and is no step of its own.
  When either report has no date, which came first is unknown, and the lower is read as the
  earlier. The values are kept in rising order and the last one is the latest.
- **contradiction**: two values that cannot both hold (their intervals do not overlap) and that
  no revision explains, from voices that can dispute (`disputing`): two different known sides,
  a known side against a named source of no known side ("M23", "MSF"; a witness of no side,
  one the packs know as no party, only against another side than its place's), or one
  claimant stating
  two values at once with no word of revising (one article saying "five" and "six" soldiers for
  one clash). Two voices of one side (a hospital's count of the bodies it received beside the
  civil defence's toll) and two sources of no known side (no side is known to differ) dispute
  nothing, nor does a source of no known side named only by what it is ("an official", "the
  agency", "others"), nor a page's outlet of no side narrating a toll a named source gives or
  one that may be the same toll at another moment (it narrates the toll known when it wrote),
  nor, likewise, a news medium named as the source ("the WAFA news agency said": `reporting`).
  Only counts of people are disputed (`DISPUTED`). Across two known sides, one side's
  militants against the other's civilians for the same dead (`evidence.disputed_classes`) are
  a dispute over who was killed even when the counts could both hold ("19 militants among the
  dead" against "over 90 civilians"). A vague plural ("dozens of dead") in the words of a
  source of no known side gives the toll's order, not a count, and contradicts no one.
  A contradiction lists its figures' values and claimants, and the pairs of them that clash
  (`pairs`, lower figure first): "90", "<=54", ">=112", ">=200" are three disputes with the
  "<=54" and one of 90 with ">=200", not one of ">=112" with ">=200", which overlap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from .evidence import CASUALTY, comparable, disputed_across_sides, disputed_classes, victim
from .figures import approx_value, figure_interval, format_figure, intervals_clash, is_vague
from .incidents import EventRef
from .moments import (
    among_sided,
    apart,
    echoes,
    home_side,
    incident_home,
    may_have_risen,
    part_on_page,
    reported,
    sided_values,
    undated,
    witness,
)
from .tolls import (
    casualty_ceiling,
    ceiling_of,
    is_floor,
    moved,
    named,
    revision_cues,
    toll_size,
)

#: Figure categories whose values two voices can dispute: counts of people. Counts of missiles,
#: strikes or equipment differ by what each report counts ("three toward Riyadh", "seven in
#: all") far more often than they conflict.
DISPUTED = (*CASUALTY, "displaced")

#: Most pairs of clashing figures listed per category: an incident of a thousand reports may
#: have half a million, and the values and claimants already name every figure in conflict.
MAX_PAIRS = 12


@dataclass(frozen=True)
class Stated:
    """One figure as one claim states it, with when it was stated."""

    ref: EventRef
    category: str
    bounds: tuple[float, float | None]
    victims: tuple[str | None, str | None]
    when: tuple[date, int]  # (publication date, claim offset): the order of reporting
    about: float | None = None  # the value of a bare approximate figure ("about 12")
    vague: bool = False  # a vague plural ("dozens of dead"): the toll's order, not a count
    ceiling: bool = False  # a count of casualties: the dead are no more (`casualty_ceiling`)

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
    and only the figures its claim states count for the event's claimant."""
    seen: set[tuple] = set()
    for r in refs:
        source = r.statement
        for fig in r.event.get("figures", []):
            if (fig.get("text") or "") in r.foreign:
                continue  # another claim's figure (see incidents.others_figures)
            bounds = figure_interval(fig)
            key = (source, fig.get("category"), fig.get("counts"), bounds)
            if bounds is None or key in seen:
                continue
            seen.add(key)
            yield r, fig, bounds


def stated(refs: Sequence[EventRef]) -> dict[str, list[Stated]]:
    """Category -> its figures in reporting order (lower value first within one moment).

    One statement gives one toll per category and victim class: its smaller figures of the
    same class are parts ("21 killed, including 1 child") unless it says it revises ("51, up
    from 30"), so only its largest counts (`_size`)."""
    out: dict[str, list[Stated]] = defaultdict(list)
    by_statement: dict[tuple, list[Stated]] = defaultdict(list)
    ceilings: list[Stated] = []
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
        if is_floor(fig):
            bounds = (bounds[0], None)
        item = Stated(r, fig["category"], bounds, victim(fig, r.event), when,
                      None if is_floor(fig) else approx_value(fig), is_vague(fig))
        if _says_revised(item):
            out[item.category].append(item)
        else:
            by_statement[(r.statement, item.category)].append(item)
    for items in by_statement.values():
        kept: list[Stated] = []
        for item in sorted(items, key=lambda s: -toll_size(s.bounds)):
            if not any(comparable(k.victims, item.victims) for k in kept):
                kept.append(item)
        for item in kept:
            out[item.category].append(item)
    tolls = {s.ref.statement for s in out["killed"]}
    out["killed"] += [c for c in ceilings if c.ref.statement not in tolls]
    if not out["killed"]:
        del out["killed"]
    for items in out.values():
        items.sort(key=lambda s: (s.when, s.bounds[0]))
    return out


def _loose(s: Stated) -> bool:
    """A vague plural from a source of no known side (a headline's "dozens of dead" in the
    outlet's own words) gives the toll's order, not a count: it disputes no one's figure."""
    return s.vague and s.side is None


def _says_revised(s: Stated) -> bool:
    sentence = (s.ref.event.get("sentence") or "").lower()
    return any(cue in sentence for cue in revision_cues())


def across_sides(a: Stated, b: Stated) -> bool:
    """Two figures from two different known sides (see evidence.comparable)."""
    return a.side is not None and b.side is not None and a.side != b.side


def one_voice(a: Stated, b: Stated) -> bool:
    return a.claimant == b.claimant or (a.side is not None and a.side == b.side)


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
    return one_voice(a, b) and (apart(a, b) or _says_revised(a) or _says_revised(b))


def is_revision(a: Stated, b: Stated) -> bool:
    """Two different values, a reported before b, that one voice could have given as its count
    rose (see module docstring): b higher, or either undated. Sources of no known side are
    read as one voice only when the toll rises from one report's floor to a later one
    (`_floor_rose`): a toll that climbs through the day is relayed by outlets and officials
    alike, but "up to 100" and "more than 100" from two unrelated outlets say the same and are
    no revision."""
    if not moved(a.bounds, b.bounds) or not comparable(a.victims, b.victims):
        return False
    if one_voice(a, b):
        return restated(a, b) and (_upward(a, b) or undated(a, b)) and not _within_cap(a, b)
    return a.side is None and b.side is None and apart(a, b) and _rising(a, b) \
        and _floor_rose(a, b) and _anonymous(a) and _anonymous(b)


def _within_cap(a: Stated, b: Stated) -> bool:
    """One figure sets no floor, only a cap ("up to 100"), and the other lies under it
    ("about 100", "90"): the later report says what the first allowed, and no toll moved."""
    return any(x.bounds[0] == 0 and x.bounds[1] is not None and y.bounds[0] <= x.bounds[1]
               for x, y in ((a, b), (b, a)))


def _anonymous(s: Stated) -> bool:
    """An outlet narrating, or a source named only by what it is ("an official", "the latest
    data"): such sources of no known side relay one climbing toll between them. A source named
    by who it is ("MSF", "the Libyan National Army") is a voice of its own."""
    return reporting(s) or s.ref.narrated or not named(s.claimant)


def reporting(s: Stated) -> bool:
    """A reporter of the incident, not a party to it: a page's outlet narrating, or a news
    medium named as the source ("the WAFA news agency reported", "Al Jazeera said"), of no
    known side. It tells the toll known when it wrote, or one a named source gave."""
    return (s.ref.narrated or s.ref.media) and s.side is None


def _floor_rose(a: Stated, b: Stated) -> bool:
    """The later toll raises a floor the earlier set ("at least 20" -> "at least 25", "21" ->
    "35"), or passes its ceiling. "Up to 100" sets none, so a later "more than 100" from
    another outlet agrees with it and revises nothing."""
    return a.bounds[0] > 0 or (a.bounds[1] is not None and b.bounds[0] > a.bounds[1])


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
        for i, a in enumerate(items):
            for j in range(i + 1, len(items)):
                b = items[j]
                if (disputing(a, b, voiced, home, sided)
                        and comparable(a.victims, b.victims, across_sides(a, b))
                        and not _loose(a) and not _loose(b)
                        and _clash(a, b) and not is_revision(a, b)
                        and not restated(a, b)):
                    clashing[i], clashing[j] = a, b
                    if len(pairs) < MAX_PAIRS:
                        pairs.add(tuple(sorted((x.bounds[0], x.label, x.claimant)
                                                for x in (a, b))))
        if clashing:
            out.append({"category": cat,
                        "values": sorted({x.label for x in clashing.values()}),
                        "claimants": sorted({x.claimant for x in clashing.values()}),
                        "pairs": [{"values": [x[1] for x in p], "claimants": [x[2] for x in p]}
                                  for p in sorted(pairs)]})
    return out


def disputing(a: Stated, b: Stated, voiced: dict[tuple, set[str]] | None = None,
              home: str | None = None, sided: dict[str, set[tuple]] | None = None) -> bool:
    """Voices whose figures can contradict each other (see module): one claimant, two known
    sides, or a known side against a named source of no known side. A page's outlet of no
    known side narrating in its own words disputes only a known side's figure, with a figure
    no named source of the incident gives (`voiced`: (category, interval) of theirs; else it
    relays that source), and from another article only when it cannot be that toll at another
    moment (both dated, on two days, the later lower): outlets narrate the toll known when they
    wrote, and a toll rises through the day. A witness of no side (`moments.witness`: a
    resident, a local body) is one of the people where its report is from, else where the
    incident is (`home`, `moments.incident_home`), and disputes no toll of their side; nor
    does one giving exactly a toll the other's side gives (`sided`, `moments.echoes`). A
    state-owned medium disputes no toll of the state that owns it (`EventRef.owner`)."""
    if a.claimant == b.claimant:  # two values at once, unless one is a part of the other
        return not any(part_on_page(x, y) for x, y in ((a, b), (b, a)))
    told = next((s for s in (a, b) if reporting(s)), None)
    if told is not None:
        other = b if told is a else a
        return other.side is not None and not relays(told, voiced or {}) \
            and not (apart(a, b) and may_have_risen(a, b)) and not part_on_page(told, other) \
            and not among_sided(told, sided or {}) and told.ref.owner != other.side
    if a.side is not None and b.side is not None:
        return a.side != b.side
    unsided = a if a.side is None else b
    other = b if unsided is a else a
    return other.side is not None and named(unsided.claimant) \
        and not (witness(unsided) and other.side == (home_side(unsided.ref) or home)) \
        and not echoes(unsided, other, sided or {})


def voiced_figures(items: list[Stated]) -> dict[tuple, set[str]]:
    """(category, interval) of the figures named sources state (no outlet narrating) -> the
    articles they state them in."""
    out: dict[tuple, set[str]] = defaultdict(set)
    for s in items:
        if not reporting(s):
            out[(s.category, s.bounds)].add(s.ref.article_id)
    return out


def relays(s: Stated, voiced: dict[tuple, set[str]]) -> bool:
    """An outlet of no side narrating a figure a named source gives in another article: the
    toll others gave, reported. (In its own article the claim reader decides whom the outlet
    relays, speakers.relaying_source; a figure both give there may be the outlet's own.)"""
    return reporting(s) and bool(voiced.get((s.category, s.bounds), set()) - {s.ref.article_id})


def _clash(a: Stated, b: Stated) -> bool:
    """The two figures cannot both hold: their intervals do not overlap, or two known sides
    count the same dead as two classes of victim a dispute sets apart (militants against
    civilians)."""
    if intervals_clash(a.bounds, b.bounds):
        return True
    classes = (a.victims[0], b.victims[0])
    if not across_sides(a, b) or None in classes or classes[0] == classes[1]:
        return False
    pair = frozenset(classes)
    return pair in disputed_classes() or pair in disputed_across_sides()


def _voices(items: list[Stated]) -> list[list[Stated]]:
    """Items grouped into voices: one group per known side, one per named source of no known
    side, one for the other sources of no known side (see `is_revision`)."""
    groups: dict[object, list[Stated]] = defaultdict(list)
    for s in items:
        groups[s.side or (None if _anonymous(s) else ("named", s.claimant))].append(s)
    return list(groups.values())


def revisions(refs: Sequence[EventRef]) -> list[dict]:
    """Per category and voice whose figure moved: its values in reporting order, the latest
    last and marked, the claimants that gave them and the articles they came from. An outlet
    of no side narrating a figure a named source of the incident gives relays that source's
    toll: it is no step of the outlets' own, nor are outlets' steps that all lie among the
    sides' tolls (`among_sided`): a side's toll rising, retold. Only counts of people move
    (`DISPUTED`): two reports' counts of missiles or strikes differ by what each counts."""
    out = []
    for cat, items in sorted(stated(refs).items()):
        if cat not in DISPUTED:
            continue
        items = [s for s in items if not s.ceiling]  # a ceiling is no toll that moves
        voiced, sided = voiced_figures(items), sided_values(items)
        items = [s for s in items if not relays(s, voiced)]
        for voice in _voices(items):
            for steps in _chains(voice):
                if all(reporting(s) and among_sided(s, sided) for s in steps):
                    continue  # outlets telling tolls the sides give (moments.among_sided)
                values = [s.label for s in steps]
                out.append({"category": cat, "claimant": steps[-1].claimant,
                            "claimants": sorted({s.claimant for s in steps}),
                            "side": steps[-1].side, "values": values, "latest": values[-1],
                            "articles": list(dict.fromkeys(s.ref.article_id for s in steps))})
    return out


def _chains(voice: list[Stated]) -> list[list[Stated]]:
    """One voice's figures split by the victims they count, each kept only at the figures where
    its value rose, in rising order (an undated step among dated ones is placed by its value,
    and a value the chain holds already is no step: "16, 16, >=16, 17" is "16, >=17");
    chains that never moved are dropped."""
    chains: list[list[Stated]] = []
    for s in voice:
        chain = next((c for c in chains if comparable(c[-1].victims, s.victims)), None)
        if chain is None:
            chains.append([s])
        elif is_revision(chain[-1], s) and all(moved(x.bounds, s.bounds) for x in chain):
            chain.append(s)
            chain.sort(key=lambda x: (x.bounds[0], ceiling_of(x.bounds)))
    return [c for c in chains if len(c) >= 2]
