"""Say what kind of figure a quantity is: killed, injured, displaced, captured, missing, troops,
equipment, targets, strikes, aid or other.

The counted noun's class (from `noun_classes` in figures.yaml) decides for targets, strikes,
places and structures; for people, troops and equipment the casualty word that governs the
figure decides, in this order of closeness to the number:

1. the casualty word right after the number ("14 dead", "5 injured Turkish soldiers");
2. a casualty verb right before it, whose object it is ("killed 14 soldiers and wounded 45");
3. for a subset ("including four children", "among them 3 children") the category of the figure
   it is part of;
4. the first casualty word after the noun in the same clause ("five others were injured"),
   reading past an aside (", including four children,", ", mostly children,"), a bracket or
   quote marks, else the nearest one before it;
5. counts joined into one list share a fate: with the verb that closes the list ("five
   soldiers and three civilians were killed"), the verb that opens it ("killing two officers
   and three civilians"), or the fate before a gapped bare count ("six in X, and two in Y").

Without a casualty word troops count as `troops`, refugees as `displaced`, vehicles as
`equipment` (or `aid` in a sentence about humanitarian aid) and anything else as `other`.
"""

from __future__ import annotations

from functools import cache

from ..casualties import HARMED, HURT
from .figure_base import (
    CLAUSE_END,
    NUMERIC,
    Raw,
    Tok,
    match,
    match_ending,
    pack,
    sentence_bounds,
)


def categorise(toks: list[Tok], kept: list[Raw]) -> list[str]:
    """The category of every figure, in text order (a subset needs its whole's category)."""
    cats: list[str] = []
    subsets: list[bool] = []
    for n in range(len(kept)):
        subsets.append(_is_subset(toks, kept, n, subsets))
        cats.append(_category(toks, kept, n, cats, subsets[n]))
    _share_coordinated(toks, kept, cats)
    for n in range(1, len(kept)):  # a part of a whole that took a shared fate takes it too
        if subsets[n] and cats[n] in _UNFATED and cats[n - 1] in FATES:
            cats[n] = cats[n - 1]
    for n, r in enumerate(kept):
        if cats[n] in HURT and _dead_and_wounded(toks, r):
            cats[n], r.counts = "other", COMBINED
    return cats


#: What a count of the dead and the wounded together counts ("400 dead and injured"): the
#: casualties, neither fate alone (reconcile reads it as a ceiling of the dead).
COMBINED = "casualties"
#: Words that may stand between a number and its fate words ("dozens of dead and wounded",
#: "120 people killed or wounded", "400+ martyred, injured").
_BEFORE_FATES = {"of", "+", "people", "persons", "civilians", "palestinians", "were", "was"}


def _dead_and_wounded(toks: list[Tok], r: Raw) -> bool:
    """The figure counts the killed and the injured together: a killed word and an injured
    word joined by "and", "or", "/" or a comma right after it ("400 dead and injured",
    "120 killed or wounded", "300 deaths and injuries")."""
    table = pack()["casualty"]
    k = r.last + 1
    while k < len(toks) and k - r.last <= 3 and toks[k].low in _BEFORE_FATES:
        k += 1
    n, first = match(toks, k, table)
    if not n or first not in HURT or k + n >= len(toks):
        return False
    join = toks[k + n].low
    if join not in ("and", "or", "/", ","):
        return False
    m, second = match(toks, k + n + 1, table)
    if not m or second not in HURT or second == first:
        return False
    after = k + n + 1 + m  # "14 killed, wounded 30": the second word has a number of its own
    return after >= len(toks) or not (NUMERIC.match(toks[after].text)
                                       or toks[after].low in pack()["number_words"])


#: The pack's casualty category of words that say "killed" of troops only ("destroyed").
TROOPS_ONLY = "killed_if_troops"
#: Categories that say what happened to counted people (a fate a coordinated figure shares).
FATES = HARMED
#: How many tokens may stand between two coordinated figures ("50 officers of the armed
#: forces of Ukraine as well as 20 mercenaries").
COORDINATION_GAP = 10


def _share_coordinated(toks: list[Tok], kept: list[Raw], cats: list[str]) -> None:
    """ "Two generals and up to 50 officers ... as well as 20 mercenaries ... were destroyed",
    "five soldiers and three civilians were killed": people counted with no casualty word of
    their own, joined by "and", a comma or "as well as" to the next figure of the clause, share
    that figure's fate. Read from the last figure back, so a list takes the verb that closes
    it. The next figure must name its own people: "deployed 5,000 troops and 30 were killed"
    keeps 5,000 as troops."""
    p = pack()
    for n in range(len(kept) - 2, -1, -1):
        r, nxt = kept[n], kept[n + 1]
        if cats[n] in FATES or cats[n + 1] not in FATES or nxt.noun_end <= nxt.last + 1:
            continue
        if p["class"].get((r.counts or "").lower()) not in ("people", "troops"):
            continue
        gap = (max(r.noun_end, r.last + 1), nxt.first)
        if _coordinated(toks, *gap) or _only_coordinators(toks, *gap):
            cats[n] = cats[n + 1]
    _share_objects(toks, kept, cats)


#: Categories a count of people takes when no casualty word reached it: a coordinated count
#: after a fate's object may take that fate instead.
_UNFATED = ("other", "troops")
#: Words after a coordinated count that open a verb of its own ("and 300 troops remain").
_OWN_VERB_WORDS = {"have", "has", "had", "remain", "remained", "remains", "will", "would",
                   "could", "can", "may", "might"}


def _share_objects(toks: list[Tok], kept: list[Raw], cats: list[str]) -> None:
    """ "killing two police officers and three civilians", "killed 5 soldiers, 2 policemen and
    3 civilians": counts of people joined by "and", a comma or "as well as" after a figure
    that a casualty verb governs are that verb's objects too, and share its fate. Read
    forward, so a list takes the verb that opens it. A count with a verb of its own ("killed
    5 soldiers and 300 troops remain") or one that a casualty word reached keeps its own."""
    p = pack()
    objects = {n for n, r in enumerate(kept) if cats[n] in FATES and governing(toks, r)}
    for n in range(1, len(kept)):
        prev, r = kept[n - 1], kept[n]
        if n - 1 not in objects or cats[n] not in _UNFATED or r.unit:
            continue
        if p["class"].get((r.counts or "").lower()) not in ("people", "troops"):
            continue
        end = min(max(r.noun_end, r.last + 1), len(toks) - 1)
        if any(toks[k].low in _AUXILIARIES | _OWN_VERB_WORDS for k in range(r.last + 1, end + 1)):
            continue
        if _only_coordinators(toks, max(prev.noun_end, prev.last + 1), r.first):
            cats[n] = cats[n - 1]
            objects.add(n)
    for n in range(1, len(kept)):
        if cats[n] in _UNFATED and cats[n - 1] in FATES and not kept[n].unit \
                and _gapped(toks, kept[n]):
            cats[n] = cats[n - 1]


#: Words a gapped count may stand before: a place, time or "more" ("and two in Y", "and two
#: more on Sunday"), or the sentence's or an aside's end.
_AFTER_GAPPED = {"in", "on", "at", "near", "from", "during", "outside", "more", "others",
                 ",", ".", ";"}
#: Words before a gapped count that add it to the last ("and another three", "a further two").
_ADDING = {"another", "further", "a"}


def _gapped(toks: list[Tok], r: Raw) -> bool:
    """A bare count whose verb the sentence left out, after a comma or "and": "killing six in
    X, two in Y, and three on the road", "shot dead 11 fighters in X, and two more in Y", "and
    another three, including a child, in Z". It has no noun of its own and no verb after it;
    it repeats the fate of the figure before it."""
    if r.noun_end > r.last + 1 and toks[r.last + 1].low not in ("more", "others"):
        return False
    if r.last + 1 >= len(toks) or toks[r.last + 1].low not in _AFTER_GAPPED:
        return False
    k = r.first - 1
    while k > 0 and toks[k].low in _ADDING:
        k -= 1
    if toks[k].low == "and":
        k -= 1
    return k > 0 and toks[k].text == ","


def _only_coordinators(toks: list[Tok], lo: int, hi: int) -> bool:
    """The tokens lo..hi-1 are nothing but the pack's `coordinators` (", and", "as well as"):
    two noun phrases of one list, side by side."""
    table = pack()["coordinators"]
    k = lo
    while k < hi:
        n = match(toks, k, table)[0]
        if not n:
            return False
        k += n
    return hi > lo and k == hi


def _coordinated(toks: list[Tok], lo: int, hi: int) -> bool:
    """The tokens lo..hi-1 join two noun phrases: short, no clause end or casualty word in
    them, and ending in a conjunction of the pack's `coordinators`."""
    p = pack()
    if hi - lo > COORDINATION_GAP or hi <= lo:
        return False
    if any(toks[k].text in CLAUSE_END or match(toks, k, p["casualty"])[0]
           for k in range(lo, hi)):
        return False
    return bool(match_ending(toks, hi - 1, p["coordinators"])[0])


def governing(toks: list[Tok], r: Raw) -> str | None:
    """The casualty category of a verb right before the figure ("wounded 15"), if any."""
    return match_ending(toks, r.first - 1, pack()["casualty"])[1] if r.first > 0 else None


def states_toll(toks: list[Tok], r: Raw) -> bool:
    """Whether the figure comes right after a toll predicate (figures pack `toll_predicates`)
    whose sentence names a casualty word before it ("Death Toll In X Unrest Reaches 21",
    "ethnic conflict toll nearing 2000"): a toll's value, which a headline's title case (a
    capitalised word before the number: "Boeing 737") or a year's shape would otherwise read
    as a name's number or a year (`figure_filters.keep`)."""
    p = pack()
    end = r.first - 1
    hit = match_ending(toks, end, p["toll_pred"])[0] if end >= 0 else 0
    if not hit:
        return False
    lo = sentence_bounds(toks, r.first)[0]
    return any(match(toks, k, p["casualty"])[0] for k in range(end - hit, lo - 1, -1))


def _category(toks: list[Tok], kept: list[Raw], n: int, cats: list[str], subset: bool) -> str:
    p = pack()
    r = kept[n]
    if r.unit or (r.first and match_ending(toks, r.first - 1, p["not_tolls"])[0]):
        return "other"
    cls = p["class"].get((r.counts or "").lower())
    if cls in ("targets", "strikes"):
        # "Eight missiles struck the base, killing 35 and injuring 134": a number with no
        # noun of its own borrowed the clause's subject; the fate verb before it says whom
        fate = governing(toks, r) if r.noun_end <= r.last + 1 else None
        return fate if fate in FATES else cls
    if cls in ("places", "structures"):
        return "other"
    casualty = r.adjacent or governing(toks, r)
    if casualty is None and _uprooted(toks, r):
        return "displaced"
    if casualty is None and subset and cats[n - 1] in p["casualty_words"]:
        # a part takes its whole's category unless its own clause says otherwise ("including
        # 1 child, 73 people were injured": 73 is no part of the killed)
        casualty = _casualty_near(toks, kept, n, backward=False) or cats[n - 1]
    written = toks[r.last + 1].low if r.noun_end == r.last + 2 else None
    if casualty is None and written in p["implied"]:
        # the counted noun written right after the number is itself a fate ("more than 520
        # wounded and more than 100 martyrs"): a casualty word near it is another figure's
        # (not a noun borrowed for "others": "43 deaths ... over 60 others were wounded")
        return p["implied"][written]
    casualty = casualty or _toll_at(toks, r) or _casualty_near(toks, kept, n) \
        or _toll_subject(toks, kept, n)
    if casualty == TROOPS_ONLY:
        casualty = "killed" if cls == "troops" else None
    if casualty is None and cls in ("people", "troops", None) and r.noun_end > r.last + 1 \
            and _body_count(toks, r):
        # "the bodies of 12 villagers were found": 12 bodies, a floor of the dead; a fate a
        # casualty word gives them ("the bodies of 12 kidnapped people") is theirs
        r.counts = BODIES
        return "killed"
    if casualty is None and cls in ("people", "troops") and _buried(toks, r):
        return "killed"
    if cls == "equipment":
        if casualty == "captured":
            return "captured"
        aid = (r.counts or "").lower() in p["aid_nouns"] and _aid_context(toks, r.first)
        return "aid" if aid else "equipment"
    if casualty:
        return casualty
    if (r.counts or "").lower() in p["implied"]:
        return p["implied"][(r.counts or "").lower()]
    return {"troops": "troops", "displaced": "displaced"}.get(cls or "", "other")


#: What a count of people found dead counts ("the bodies of 12 villagers", "14 soldiers'
#: bodies"): bodies, as "12 bodies" does, which reconcile reads as a floor of the dead.
BODIES = "bodies"
_POSSESSIVE = {"'", "\u2019", "'s", "\u2019s"}


def _body_count(toks: list[Tok], r: Raw) -> bool:
    """The counted people (a noun of no known class too: "miners") are bodies: the pack's
    `body_counts_before` ends right before the number ("the remains of 40 people"), or the
    counted noun's possessive is followed by one of `body_counts_after` ("22 soldiers'
    bodies")."""
    p = pack()
    if r.first and match_ending(toks, r.first - 1, p["body_before"])[0]:
        return True
    k = r.noun_end
    return k + 1 < len(toks) and toks[k].text in _POSSESSIVE \
        and toks[k + 1].low in p["body_after"]


def _buried(toks: list[Tok], r: Raw) -> bool:
    """A burial verb of the pack's `burial_verbs` ends right before the figure, which is its
    object ("we buried 207 people"): those buried are dead, a toll the burier gives. Only
    there: a passive "were buried under the rubble" may tell of the trapped living."""
    return r.first > 0 and bool(match_ending(toks, r.first - 1, pack()["burial"])[0])


#: What may follow a displacement participle that says the counted people's fate ("thousands of
#: people displaced by the fighting", "families uprooted from their homes").
_AFTER_UPROOTED = {"by", "from", "in", "since", "after", "during", "across", "to", "and"}


@cache
def _uprooting_words() -> frozenset[tuple[str, ...]]:
    """The pack's one-word displacement participles ("displaced", "evacuated", "uprooted")."""
    return frozenset(w for w, c in pack()["casualty"].items() if c == "displaced" and len(w) == 1
                     and w[0].endswith("ed"))


def _uprooted(toks: list[Tok], r: Raw) -> bool:
    """The counted people are the displaced ones: their noun is, or is followed by, a
    displacement participle ("thousands displaced", "5,000 persons displaced by the floods")
    that a preposition or the clause's end follows. Displacement is their fate: a casualty
    word further on in the clause ("displaced by a 'wounded' insurgency") is not, and a
    displaced count never becomes a toll of killed or injured. "Ten displaced were killed"
    keeps its verb, as does "families displaced from X were wounded" (`_stated_fate`)."""
    words = _uprooting_words()
    for k in (r.noun_end - 1, r.noun_end):
        if r.last < k < len(toks) and (toks[k].low,) in words:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            return (nxt is None or nxt.text in CLAUSE_END or nxt.low in _AFTER_UPROOTED) \
                and not _stated_fate(toks, k + 1)
    return False


_AUXILIARIES = {"were", "was", "are", "is", "been", "be"}
#: Words that, right after an aside's closing comma, open the verb phrase the aside's noun is
#: the subject of: the auxiliaries, and the perfect's ("2,000 people, most of them women, have
#: died"; "300 villagers, mostly farmers, had been killed"), whose casualty word comes later.
_ASIDE_CLOSERS = _AUXILIARIES | {"have", "has", "had"}


def _stated_fate(toks: list[Tok], k: int) -> bool:
    """The clause from k states a fate of its own: an auxiliary then a casualty word ("300
    families displaced from Rann were wounded")."""
    while k + 1 < len(toks) and toks[k].text not in CLAUSE_END:
        if toks[k].low in _AUXILIARIES and match(toks, k + 1, pack()["casualty"])[0]:
            return True
        k += 1
    return False


def _own_predicate(toks: list[Tok], k: int) -> bool:
    """The counted people have a verb of their own, no casualty word ("30 militants were
    killed while 190 passengers were rescued"): they take no fate from an earlier clause."""
    return k + 1 < len(toks) and toks[k].low in _AUXILIARIES \
        and toks[k + 1].low.endswith(("ed", "en")) and not match(toks, k + 1, pack()["casualty"])[0]


def _is_subset(toks: list[Tok], kept: list[Raw], n: int, subsets: list[bool]) -> bool:
    """ "20 people were killed, including 8 children and 4 women": 8 and 4 are part of 20."""
    if n == 0:
        return False
    prev, r = kept[n - 1], kept[n]
    gap = range(max(prev.noun_end, prev.last + 1), r.first)
    if len(gap) and toks[r.first - 1].text == "," and partitive_aside(toks, r.last + 1):
        return True
    table = pack()["subset"]
    for k in gap:
        hit = match(toks, k, table)[0]
        if hit and k + hit >= r.first:
            return True
    return subsets[n - 1] and len(gap) > 0 and all(toks[k].low in (",", "and") for k in gap)


def _casualty_near(toks: list[Tok], kept: list[Raw], n: int, backward: bool = True) -> str | None:
    """First casualty word after the figure in its clause, else (when `backward`) the nearest
    one before it."""
    p = pack()
    r = kept[n]
    starts = {f.first for f in kept[n + 1:]}
    k = max(r.noun_end, r.last + 1)
    limit = k + 12
    while k < min(limit, len(toks)) and k not in starts:
        if toks[k].text == "," and (match(toks, k + 1, p["subset"])[0]
                                    or _partitive_figure(toks, kept, k + 1)):
            k = _past_aside(toks, k + 1)
            # an apposition to the aside's last noun (", including X, a commander of Y,
            # were killed"), closed by a comma a verb phrase follows, is the aside's too
            k = _bracket_or_aside(toks, k - 1, starts) or k if toks[k - 1].text == "," else k
            limit = k + 12
            continue
        inset = _inset_part(toks, kept, n, k)
        if inset:
            k = inset
            continue
        if toks[k].text in _QUOTES:
            k += 1
            continue
        skip = _bracket_or_aside(toks, k, starts)
        if skip:
            k = skip
            continue
        if toks[k].text in CLAUSE_END:
            break
        hit, cat = match(toks, k, p["casualty"])
        if hit and k + hit in starts:  # the next figure's verb ("5 tanks and captured 3")
            break
        if hit:
            return cat
        k += 1
    if not backward or _own_predicate(toks, max(r.noun_end, r.last + 1)):
        return None
    floor = kept[n - 1].last + 1 if n else 0
    k = _before_quote(toks, r.first - 1, floor)
    while k >= max(floor, r.first - 8) and toks[k].text not in CLAUSE_END:
        hit, cat = match(toks, k, p["casualty"])
        if hit and not (cat == "displaced" and _names_shelter(toks, k, hit)):
            return cat
        k -= 1
    return None


_QUOTES = {'"', "“", "”"}


def _before_quote(toks: list[Tok], k: int, floor: int) -> int:
    """k, or the token before it where k is the quotation mark that opens a quoted figure
    ('the death toll was "about 50"', 'put the toll at “over 200”'): the figure is quoted as
    said, and the words before the mark still say what it counts."""
    return k - 1 if k > floor and toks[k].text in ('"', "“") else k


#: Tokens an aside between a count and its verb may span ("39 civilians, mostly children,
#: killed"; "5 (five) men were killed"; "30 ADF (Allied Democratic Forces) rebels").
ASIDE_SPAN = 8
_OPENERS = {"(": ")", ",": ",", "–": "–", "—": "—"}


def _bracket_or_aside(toks: list[Tok], k: int, starts: set[int]) -> int:
    """The token after a bracket, or after an aside set off by commas or dashes, at k, or 0.
    A bracket is skipped whatever follows it; an aside only when a verb phrase follows its
    close (an auxiliary, the perfect's "have", or a casualty word: ", mostly children, were
    wounded", ", many of whom were civilians, were killed", ", most of them women, have died"),
    and when it holds no figure of its own (a list of counts
    "5 soldiers, 3 civilians were killed" is read by `_share_coordinated`)."""
    close = _OPENERS.get(toks[k].text)
    if close is None:
        return 0
    for j in range(k + 1, min(k + 2 + ASIDE_SPAN, len(toks))):
        if j in starts:
            return 0
        if toks[j].text == close:
            if close == ")":
                return j + 1
            nxt = j + 1
            return nxt if nxt < len(toks) and (toks[nxt].low in _ASIDE_CLOSERS
                                                or match(toks, nxt, pack()["casualty"])[0]) else 0
        if toks[j].text in CLAUSE_END and toks[j].text not in _QUOTES:
            return 0
    return 0


def _inset_part(toks: list[Tok], kept: list[Raw], n: int, k: int) -> int:
    """A part written into the whole with no commas ("21 people including two children have
    died"): a subset marker at k right before the next figure. Returns the token after that
    part's noun, where the whole's verb is read, or 0 when there is none: the part is the
    whole's, and the verb after it tells the fate of both."""
    hit = match(toks, k, pack()["subset"])[0]
    if not hit or n + 1 >= len(kept) or kept[n + 1].first != k + hit:
        return 0
    part = kept[n + 1]
    return max(part.noun_end, part.last + 1)


def partitive_aside(toks: list[Tok], k: int) -> bool:
    """ "of them" / "of whom" at k, right after a number: the number counts part of the
    figure before it ("7 civilians, 3 of them women, were killed")."""
    return bool(match(toks, k, pack()["partitive_aside"])[0])


def _partitive_figure(toks: list[Tok], kept: list[Raw], k: int) -> bool:
    """A figure starting at k that is a partitive aside ("3 of them women")."""
    return any(f.first == k and partitive_aside(toks, f.last + 1) for f in kept)


def _toll_at(toks: list[Tok], r: Raw) -> str | None:
    """ "put the death toll at 2,600 and the number of injured at 10,000": a figure right after
    "at" (past the pack's `toll_at.fillers`: "at a staggering 2,600") that follows a toll's noun
    after a determiner is that toll's value. Read first, the next toll's noun after it ("the
    number of injured") gave the dead the injured's category."""
    p = pack()
    k = r.first - 1
    for _ in range(3):
        hit = match_ending(toks, k, p["toll_at_fill"])[0] if k >= 0 else 0
        if not hit:
            break
        k -= hit
    if k < 1 or toks[k].low != "at":
        return None
    hit, cat = match_ending(toks, k - 1, p["toll_at"])
    if not hit or k - 1 - hit < 0 or toks[k - 1 - hit].low not in p["toll_at_dets"]:
        return None
    return cat


def _toll_subject(toks: list[Tok], kept: list[Raw], n: int) -> str | None:
    """ "The death toll from the strike on an apartment block in X has risen to 35": after a
    toll predicate, the casualty word of the sentence's subject, read back to the sentence start
    (or the figure before)."""
    p = pack()
    r = kept[n]
    lo = max(sentence_bounds(toks, r.first)[0], kept[n - 1].last + 1 if n else 0)
    end = _before_quote(toks, r.first - 1, lo)
    hit = match_ending(toks, end, p["toll_pred"])[0] if end >= 0 else 0
    if not hit:
        return None
    for k in range(end - hit, lo - 1, -1):
        if toks[k].text == ";":
            return None
        found, cat = match(toks, k, p["casualty"])
        if found and not (cat == "displaced" and _names_shelter(toks, k, found)):
            return cat
    return None


def _names_shelter(toks: list[Tok], k: int, length: int) -> bool:
    """A displacement word at k naming a shelter's kind: "camps for displaced persons" (a
    shelter noun, "for", the word), "displaced persons camp", "displacement camps" (the word,
    at most one noun, a shelter noun)."""
    shelters = pack()["shelters"]
    before = [t.low for t in toks[max(0, k - 2):k]]
    if len(before) == 2 and before[1] == "for" and before[0] in shelters:
        return True
    after = [t.low for t in toks[k + length:k + length + 3]]
    return bool(after) and (after[0] in shelters or len(after) > 1 and after[1] in shelters
                            or len(after) > 2 and after[1] in ("'s", "’s") and after[2] in shelters)


def _past_aside(toks: list[Tok], k: int) -> int:
    """The token after an aside's closing comma (", including four children, were killed"), or
    the clause end that closes it instead, where reading then stops."""
    while k < len(toks) and toks[k].text not in CLAUSE_END:
        k += 1
    return k + 1 if k < len(toks) and toks[k].text == "," else k


def _aid_context(toks: list[Tok], i: int) -> bool:
    """Trucks in a sentence about humanitarian aid or the UN carry aid, not troops."""
    table = pack()["aid_ctx"]
    lo, hi = sentence_bounds(toks, i)
    sentence = toks[:hi]  # sliced once: phrases must end inside the sentence
    return any(match(sentence, k, table)[0] for k in range(lo, hi))
