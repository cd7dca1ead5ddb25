"""How revision chains are built: per voice, the steps by which its toll rose.

The rules for when two figures are one voice revising are in revision_rules.py; this module
groups an incident's figures into voices and keeps, per voice and victim class, the figures at
which the toll rose, in rising order, the last one the latest. Only counts of people move
(`DISPUTED`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from .evidence import comparable
from .incidents import EventRef
from .moments import among_sided, sided_values
from .narration import anonymous, relays, reporting, voiced_figures
from .revision_rules import KEYED_BY_CLAIMANT, is_revision, one_voice
from .stated_figures import DISPUTED, Stated, stated
from .tolls import ceiling_of, moved
from .voices import one_spelling


def _voices(items: list[Stated]) -> list[list[Stated]]:
    """Items grouped into voices: one group per known side, but for a side keyed by its
    claimants (`KEYED_BY_CLAIMANT`: local voices, rights bodies) one per claimant of it, each
    in the first group whose first figure is its voice (`one_voice`); one per named source of
    no known side (its name in any spelling: `voices.same_voice`), one for the other sources
    of no known side (see `is_revision`)."""
    groups: dict[object, list[Stated]] = defaultdict(list)
    spelling = one_spelling()  # one spelling per named source (voices.same_voice)
    for s in items:
        if s.side in KEYED_BY_CLAIMANT:
            key = next((k for k, g in groups.items()
                        if isinstance(k, tuple) and k[0] == "keyed" and one_voice(g[0], s)), None)
            groups[key or ("keyed", len(groups))].append(s)
        elif s.side or anonymous(s):
            groups[s.side].append(s)
        else:
            groups[("named", spelling(s.claimant))].append(s)
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
        # a ceiling is no toll that moves, nor a part its sentence tells ("twelve of the
        # victims were shot"): its count is some of the dead, no step of the toll
        items = [s for s in items if not s.ceiling and not s.part]
        voiced, sided = voiced_figures(items), sided_values(items)
        items = [s for s in items if not relays(s, voiced)]
        for voice in _voices(items):
            for steps in _chains(voice):
                if all(reporting(s) for s in steps) and among_sided(steps[-1], sided):
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
    chains that never moved are dropped.

    Which figure a chain starts from decides which can follow it. A voice that is one
    claimant or one side gave every figure of it, so each is tried as the start and the longest
    chain kept (the first start of equals): an official's 22 and the governor's 33 later on one
    dated page are no revision, but the governor's 22 on an undated page and that 33 are,
    whichever the list gives first. The sources of no known side named only by what they are
    make one voice only through the order they reported in (`is_revision`), so their chain
    is read from their first report on."""
    chains: list[list[Stated]] = []
    if voice and (voice[0].side is not None or not anonymous(voice[0])):
        for group in _by_victims(voice):
            rank = {id(s): i for i, s in enumerate(group)}
            chains.append(max((_chain_from(s, group, rank) for s in _starts(group)), key=len))
    else:
        for s in voice:
            chain = next((c for c in chains
                          if comparable(c[-1].victims, s.victims, one_voice=True)), None)
            if chain is None:
                chains.append([s])
            elif is_revision(chain[-1], s) and all(moved(x.bounds, s.bounds) for x in chain):
                chain.append(s)
                chain.sort(key=lambda x: (x.bounds[0], ceiling_of(x.bounds)))
    return [c for c in chains if len(c) >= 2]


def _by_victims(voice: list[Stated]) -> list[list[Stated]]:
    """A voice's figures grouped by the victims they count, each in the first group whose
    first figure counts victims it may count (`comparable`)."""
    groups: list[list[Stated]] = []
    for s in voice:
        group = next((g for g in groups
                      if comparable(g[0].victims, s.victims, one_voice=True)), None)
        if group is None:
            groups.append([s])
        else:
            group.append(s)
    return groups


def _starts(group: list[Stated]) -> list[Stated]:
    """The figures worth starting a chain from: the first of each value, dated or not (a
    thousand reports of one side repeat a few tolls, and trying each would cost the square
    of them)."""
    seen: set[tuple] = set()
    out = []
    for s in group:
        key = (s.bounds, s.when[0] == date.max)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _chain_from(start: Stated, group: list[Stated], rank: dict[int, int]) -> list[Stated]:
    """The steps by which the toll rose from `start`, the group's figures (in reporting order,
    `rank` by id) read in turn: each that makes a revision with the highest so far
    (`is_revision`, the one reported first first) and gives a value the chain does not hold
    yet, kept in rising order."""
    chain = [start]
    for s in group:
        top = chain[-1]
        pair = (top, s) if rank[id(s)] > rank[id(top)] else (s, top)
        if s is not start and is_revision(*pair) \
                and all(moved(x.bounds, s.bounds) for x in chain):
            chain.append(s)
            chain.sort(key=lambda x: (x.bounds[0], ceiling_of(x.bounds)))
    return chain
