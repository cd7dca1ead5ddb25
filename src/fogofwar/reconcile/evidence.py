"""What two event reports say about each other beyond place and date: parties and victims.

Place and date alone cannot tell two strikes in one governorate in one week apart. The parties
(actor side and target side) and who the victims were can: "Syrian troops killed five Turkish
soldiers in Idlib on Feb. 3" and "a week ago, six Turkish troops were killed by Syrian artillery
fire" name the same attacker, the same victims' side and the same class of victim. Parties are
used twice: as a veto (both pairs fully known and sharing no side) and, when they agree in full,
as positive evidence that lets a coarse report join (see cluster.py).
"""

from __future__ import annotations

import re
from functools import cache

from ..casualties import HARMED as CASUALTY  # re-exported: the figures that name a victim class
from ..packs import load_pack, pack_words, require
from ..resolve.nonstate import armed_nouns, group_named
from .tolls import floor_counts


@cache
def victim_classes() -> dict[str, str | None]:
    """counted word -> victim class (None: the word says nothing of who), from the pack."""
    pack = load_pack("reconcile")
    classes = require(pack, "reconcile", "victim_classes", dict)
    for name, words in classes.items():
        require({name: words}, "reconcile", name, list)
    out: dict[str, str | None] = {w.lower(): name for name, words in classes.items()
                                  for w in words}
    out.update({w.lower(): None for w in require(pack, "reconcile", "unspecified_victims", list)})
    return out


def victim(fig: dict, ev: dict, armed_voice: bool = False) -> tuple[str | None, str | None]:
    """(victim class, target side) of a figure, each None when unknown. People named by their
    nationality ("100 Palestinians", "Ukrainians") are civilians as far as a count can tell.
    A count of "fighters" or "combatants" (`fighter_words`) is of militants where its phrase
    makes them a non-state group's (`_group_fighters`) or its voice speaks for such a group
    (`armed_voice`: "41 of our fighters died", said the rebels): a state's fighters stay
    combatants."""
    counts = (fig.get("counts") or "").strip().lower().split()
    word = counts[-1] if counts else None
    side = (ev.get("target") or {}).get("side")
    if word is None:
        return None, side
    if len(counts) == 1 and word in floor_counts():
        word = _whose_bodies(fig, ev) or word
    cls = victim_classes()[word] if word in victim_classes() else \
        "civilians" if word in nationals() else word
    if (cls == "combatants" or word in group_member_words()) and _of_armed_group(fig, ev, word):
        return "militants", side
    if word in fighter_words() and (armed_voice or _group_fighters(fig, ev, word)):
        return "militants", side
    return cls, side


def fighter_words() -> frozenset[str]:
    """Counted words a state's forces and a non-state group's men share ("fighters"), pack."""
    return pack_words("reconcile", "fighter_words")


@cache
def _armed_modifiers() -> frozenset[str]:
    """Words before "fighters" that make them a non-state group's: the armed classes' nouns
    ("rebel", "separatist") and the pack's `armed_fighter_modifiers` ("resistance")."""
    return armed_nouns() | pack_words("reconcile", "armed_fighter_modifiers")


def _possessives() -> frozenset[str]:
    return pack_words("reconcile", "group_possessives")


def _group_fighters(fig: dict, ev: dict, word: str) -> bool:
    """The figure's own phrase makes its fighters a non-state group's: a group named or an
    armed word between the figure and "fighters" ("48 PKK fighters", "41 rebel fighters"), a
    possessive ("30 of our fighters", "12 of its fighters": a state counts its "soldiers"), or
    a group named right after it ("11 fighters of the FARC", "20 fighters from the M23 militia
    group")."""
    text = fig.get("text") or ""
    if not text:
        return False
    sentence = ev.get("sentence") or ""
    m = re.search(re.escape(text) + r"\s+((?:[\w'’-]+\s+){0,4}?)[\"“]?" + re.escape(word)
                  + r"\b[\"”]?((?:\s+[\w'’().-]+){0,8})", sentence, re.IGNORECASE)
    if m is None:
        return False
    before = [re.sub(r"['’]s?$", "", w).lower() for w in m.group(1).split()]
    if any(w in _armed_modifiers() or w in _possessives() for w in before) or any(
            group_named(" ".join(m.group(1).split()[k:])) for k in range(len(before))):
        return True
    after = m.group(2).split()
    if not after or after[0].lower() not in ("of", "from"):
        return False
    after = [w.strip("().,") for w in after[1:]]
    return any(group_named(" ".join(after[k:])) for k in range(len(after))) or any(
        w.lower() in armed_nouns() for w in after[:6] if w.lower() not in ("the",))


@cache
def group_member_words() -> frozenset[str]:
    """Counted words for the people of a body ("members"), whose class is the body's (pack)."""
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "group_member_words", list))


def _of_armed_group(fig: dict, ev: dict, word: str) -> bool:
    """The words between the figure and its counted noun name a non-state armed group ("48
    PKK fighters", "five PJAK members"): the group's fighters are
    militants, not a state's soldiers, so one voice's "3 soldiers" and "48 PKK fighters" are
    two groups, not one toll that rose."""
    text = fig.get("text") or ""
    m = re.search(re.escape(text) + r"\s+((?:[\w'’-]+\s+){1,4}?)" + re.escape(word) + r"\b",
                  ev.get("sentence") or "", re.IGNORECASE) if text else None
    if m is None:
        return False
    words = m.group(1).split()
    return any(group_named(" ".join(words[k:])) for k in range(len(words)))


def _whose_bodies(fig: dict, ev: dict) -> str | None:
    """The word right before a floor's counted word in the sentence, when it names a class of
    victim ("four terrorist bodies", "12 soldiers' bodies"): whose bodies they are. The figure
    reader keeps only the counted noun, and "bodies" alone says nothing of who they were."""
    text = fig.get("text") or ""
    if not text:
        return None
    m = re.search(re.escape(text) + r"\s+([^\W\d_]+)(?:['’]s?|s['’])?\s+(\w+)",
                  ev.get("sentence") or "", re.IGNORECASE)
    if m is None or m.group(2).lower() not in floor_counts():
        return None
    word = m.group(1).lower()
    return word if victim_classes().get(word) else None


@cache
def nationals() -> frozenset[str]:
    """Demonyms of the actor packs, lower case, as plural nouns for people ("palestinians")."""
    from ..annotate.packdata import actor_packs  # the packs only, loaded once

    words = {d.lower() for d in actor_packs().demonyms}
    return frozenset(words | {w + "s" for w in words if not w.endswith("s")})


@cache
def disputed_classes() -> frozenset[frozenset[str]]:
    """Pairs of victim classes one side and the other use for the same dead, from the pack."""
    pairs = require(load_pack("reconcile"), "reconcile", "disputed_classes", list)
    return frozenset(frozenset(p) for p in pairs if isinstance(p, list) and len(p) == 2)


@cache
def target_classes() -> frozenset[str]:
    """Victim classes whose count names a strike's targets, a part of its dead (pack)."""
    return frozenset(require(load_pack("reconcile"), "reconcile", "target_classes", list))


def targets_part(a: str | None, b: str | None) -> bool:
    """One of two victim classes counts a strike's targets ("two commanders") and the other is
    another class or none ("45 dead"): the targets are a part of the toll, not a rival count."""
    return a != b and bool({a, b} & target_classes())


@cache
def disputed_across_sides() -> frozenset[frozenset[str]]:
    """Pairs of victim classes that are the same dead only when two different sides give them."""
    pairs = require(load_pack("reconcile"), "reconcile", "disputed_across_sides", list)
    return frozenset(frozenset(p) for p in pairs if isinstance(p, list) and len(p) == 2)


def comparable(a: tuple[str | None, str | None], b: tuple[str | None, str | None],
               across_sides: bool = False, one_voice: bool = False) -> bool:
    """Two (victim class, target side) pairs that could be the same people: each part equal
    or unknown on one side. `across_sides`: the two figures come from two different known
    sides, whose names for one strike's dead differ ("soldiers" and "people"). `one_voice`:
    one claimant (or one side) gives both, and a voice that counts "48 militants" and "13
    civilians" counts two groups of people: the classes one side and the other use for the
    same dead (`disputed_classes`) are the same dead only between two voices. A class summed
    over classes ("civilians+combatants", summed_tolls.py) is comparable where one of them is."""
    if a[1] is not None and b[1] is not None and a[1] != b[1]:
        return False
    if a[0] is None or b[0] is None or a[0] == b[0]:
        return True
    if "+" in a[0] or "+" in b[0]:
        # a toll one statement summed over classes ("4 soldiers and 21 passengers": 25,
        # summed_tolls.py) counts the people of each: it may be a count of any of them
        return any(comparable((x, a[1]), (y, b[1]), across_sides, one_voice)
                   for x in a[0].split("+") for y in b[0].split("+"))
    pair = frozenset((a[0], b[0]))
    return (pair in disputed_classes() and not one_voice) or (
        across_sides and pair in disputed_across_sides())


def victims(ev: dict) -> set[str]:
    """The victim classes an event's casualty figures count ("soldiers", "troops": combatants)."""
    out = set()
    for fig in ev.get("figures", []):
        if fig.get("category") in CASUALTY:
            cls = victim(fig, ev)[0]
            if cls:
                out.add(cls)
    return out


def sides(ev: dict) -> tuple[str | None, str | None]:
    """(actor side, target side), each None when unknown."""
    return (ev.get("actor") or {}).get("side"), (ev.get("target") or {}).get("side")


def parties_compatible(a: dict, b: dict) -> bool:
    """False only when both events name both parties and the pairs share no side."""
    sa, sb = set(sides(a)), set(sides(b))
    if None in sa or None in sb:
        return True
    return bool(sa & sb)


def parties_agree(a: dict, b: dict) -> bool:
    """Positive evidence: both name attacker and target sides, the same ones, and the victims
    their figures count are of a shared class (soldiers and troops are both combatants)."""
    pa, pb = sides(a), sides(b)
    if None in pa or pa != pb or pa[0] == pa[1]:
        return False
    return bool(victims(a) & victims(b))


def same_target(a: dict, b: dict) -> bool:
    """Whether a report naming no attacker, or the other's, names the other's target side:
    "Turkish soldiers bombarded in Idlib" and "Syrian regime airstrikes killed Turkish
    soldiers" there. Only a side the packs know counts (no class of victims alone)."""
    (aa, at), (ba, bt) = sides(a), sides(b)
    return at is not None and at == bt and aa in (None, ba) and at != ba


def near_toll(a: dict, b: dict, least: int, share: float = 0.0) -> bool:
    """Whether the reports give counts of one category and kind of victims (`comparable`, both
    classes known), the first at least `least`, that differ by at most `share` of the larger
    (0: one count): "at least 34 Turkish soldiers killed" told by one side and "33 soldiers"
    by another are one strike's toll; 6 militants and 80 students are not. "22 Turkish
    soldiers killed" in Idlib, told by an undated page and a dated one, is one strike's toll,
    but a small count ("two killed") recurs across a war's strikes, and a count of "the dead"
    says nothing of whose toll it is."""
    for f in a.get("figures", []):
        value, cat = f.get("value") or 0, f.get("category")
        if cat not in CASUALTY or value < least or (kind := victim(f, a))[0] is None:
            continue
        for g in b.get("figures", []):
            other = g.get("value") or 0
            if g.get("category") == cat and other and \
                    abs(value - other) <= share * max(value, other) and \
                    (theirs := victim(g, b))[0] is not None and comparable(kind, theirs):
                return True
    return False
