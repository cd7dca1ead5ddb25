"""One voice, one side: a claimant of no known side takes the side of a sided claimant of the
same incident whose name holds all its distinctive words.

Reports name one source several ways: "Azerbaijan's Prosecutor General's Office" in one
article, "the Prosecutor General's Office" in the next. Only the first names the country, so
only it gets a side, and the two then read as a claimant without a side against a sided one:
a toll the office revised from 28 to 35 injured became a contradiction. Within one incident
an unsided claimant whose distinctive name words ("prosecutor") all appear, with more, in the
names of sided claimants of one side only takes that side. Generic words ("ministry",
"office", "officials": the pack's `claimant_generic_words`) never decide: "the health
ministry" must not join the side of "the defence ministry" of the other party. Two known
sides among the matches decide nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from rapidfuzz import fuzz

from ..annotate.packdata import actor_packs
from ..packs import load_pack, require
from .incidents import EventRef
from .placenames import family_key, fold

_WORD = re.compile(r"[^\W\d_]{3,}")
_ANY_WORD = re.compile(r"[^\W\d_]+")
#: "State Emergency Service of Ukraine" is the service's name, not a fuller name of "Ukraine".
_OWNER_PREPOSITIONS = ("of", "for", "in", "at", "to")


@cache
def generic_words() -> frozenset[str]:
    """Name words that say what a source is, not which one, lower case, from the pack."""
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "claimant_generic_words", list))


def _folded(claimant: str) -> str:
    """A claimant's name lower case, possessives dropped."""
    return re.sub(r"'s\b", "", claimant.lower().replace("\u2019", "'"))


def name_words(claimant: str) -> set[str]:
    """A claimant's distinctive words: lower case, possessives dropped, generic words out."""
    return set(_WORD.findall(_folded(claimant))) - generic_words()


#: How alike (rapidfuzz ratio, 0-100) two spellings of a name with one consonant skeleton
#: must be to be one claimant: "Maxim Kozitsky" and "Maksym Kozytskyy" are 84, "Omar
#: Hassan" and "Amir Hussein" (one skeleton, two men) 61.
SPELLING_RATIO = 80
#: Fewest consonants a name's skeleton needs to tell a person ("Hamas" and "Homs" share "hms").
SKELETON_LEAST = 5


@cache
def _spelling(claimant: str) -> tuple[str, str]:
    """A claimant's distinctive words as spelt (accents dropped, "x" as "ks") and their
    consonant skeleton (placenames.family_key)."""
    words = [w for w in _WORD.findall(_folded(claimant)) if w not in generic_words()]
    plain = fold(" ".join(words)).replace("x", "ks")
    return plain, family_key(plain)


def same_voice(a: str, b: str) -> bool:
    """Two spellings of one claimant's name: equal, or one transliteration of the other
    ("Rahmi Doğan" and "Rakhmi Dogan", "Maxim Kozitsky" and "Maksym Kozytskyy"): the same
    consonant skeleton of their distinctive words, long enough to tell a person, and spellings
    alike (`SPELLING_RATIO`). Arabic and Slavic names romanised by two outlets differ in
    vowels, "kh"/"h" and doubled letters, not in the name."""
    if a == b:
        return True
    (pa, ka), (pb, kb) = _spelling(a), _spelling(b)
    return ka == kb and len(ka) >= SKELETON_LEAST and fuzz.ratio(pa, pb) >= SPELLING_RATIO


def respelt(a: str, b: str) -> bool:
    """One name in two spellings (`same_voice`) whose distinctive words are spelt differently
    ("Rahmi Doğan", "Rakhmi Dogan"), not one name in two bodies' titles ("Pakistan" and
    "Pakistan Army", a state's government and its armed forces: one side, two voices)."""
    return a == b or (same_voice(a, b) and _spelling(a)[0] != _spelling(b)[0])


def one_spelling(same: Callable[[str, str], bool] = same_voice) -> Callable[[str], str]:
    """A claimant's name -> the first name met that is `same` as it (one voice: `same_voice`),
    so that one source written two ways is read as one."""
    seen: list[str] = []

    def spelling(claimant: str) -> str:
        found = next((n for n in seen if same(n, claimant)), None)
        if found is None:
            seen.append(found := claimant)
        return found
    return spelling


def stem(word: str) -> str:
    """A plural folded to its singular as far as names need ("emergencies", "situations")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 \
        else word


def role_words(claimant: str) -> frozenset[str]:
    """A claimant's words, stemmed, but for "the", "of" and the like: for names made of generic
    words only ("the Ministry of Emergency Situations"), which say which body by those words."""
    return frozenset(stem(w) for w in _WORD.findall(_folded(claimant))
                     if w not in _OWNER_PREPOSITIONS and w not in ("the", "and", "its"))


def _own_sides(refs: Sequence[EventRef]) -> dict[tuple[str, str | None], str]:
    """(claimant, None) -> the one known side its own refs give (a name one report resolved
    and another did not: "Governor X" sided in one article, not in the next). A claimant named
    by generic words only and headed by an unnamed voice ("officials", "sources", "the
    authorities": `_own_key`) is no one voice across pages: each page's "officials" are
    whoever that page quotes, so its side travels only among the refs of its own page, keyed
    (claimant, article)."""
    seen: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for r in refs:
        if r.side:
            seen[_own_key(r)].add(r.side)
    return {c: next(iter(s)) for c, s in seen.items() if len(s) == 1}


def _own_key(r: EventRef) -> tuple[str, str | None]:
    """Whose refs share a claimant's own side (`_own_sides`): its page's for a claimant named
    by generic words only and headed by a word of the pack's `page_bound_voices` ("officials",
    "security sources"), the incident's for any other."""
    words = _ANY_WORD.findall(_folded(r.claimant))
    bound = not name_words(r.claimant) and bool(words) and words[-1] in page_bound_voices()
    return (r.claimant, r.article_id if bound else None)


@cache
def page_bound_voices() -> frozenset[str]:
    """Head words of unnamed voices whose side stays on their page (reconcile pack)."""
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "page_bound_voices", list))


def inherited_sides(refs: Sequence[EventRef]) -> dict[str, str]:
    """Unsided claimant -> the one known side of the sided claimants whose names hold all its
    distinctive words and more: a shorter name of the same source ("the Prosecutor General's
    Office" of "Azerbaijan's Prosecutor General's Office"), never a name that adds a word of
    its own ("Ukrainian separatists" is no shorter "Ukrainian army") nor one that only repeats
    a sided name's words ("News of Israel" beside "Israel": an outlet named after a party is
    not that party's voice). A claimant that one of its own refs gives a side has that side
    (a bare "officials" only on the page that sides them: `_own_sides`);
    a claimant named by generic words only, two or more ("the Ministry of Emergency
    Situations"), takes the one side of the sided claimants whose names hold all those words
    (`role_words`, plurals folded): "the ministry" alone, or "the health ministry" beside
    "Russia's defence ministry", decides nothing. A name that is a sided name spelt otherwise
    (`same_voice`: "Taha al-Motawakel", "Taha Al-Mutawakel" sided by the title one report gave
    him) takes its one side: one person's figures are one row and one voice, and left unsided
    in one report his toll there would chain with no figure of his side's. So does a name
    of the same words as a sided name in another order ("the Central Committee of Sudanese
    Doctors" beside "the Sudanese Doctors' Central Committee", `role_words`), one with a
    distinctive word: one body, written as the name runs in two languages."""
    sided: dict[frozenset[str], set[str]] = defaultdict(set)
    unsided: set[str] = set()
    for r in refs:
        if not r.side:
            unsided.add(r.claimant)
        elif words := name_words(r.claimant):
            sided[frozenset(words)].add(r.side)
    own = _own_sides(refs)
    sided_names = {r.claimant: r.side for r in refs if r.side}
    roles: dict[frozenset[str], set[str]] = defaultdict(set)
    for r in refs:
        if r.side and _own_key(r)[1] is None:  # a page's bare "security sources" lend none
            roles[role_words(r.claimant)].add(r.side)
    out: dict[str, str] = {}
    for claimant in unsided:
        if (claimant, None) in own:
            out[claimant] = own[(claimant, None)]
            continue
        words = name_words(claimant)
        respelt_sides = {side for name, side in sided_names.items()
                         if name != claimant and (same_voice(name, claimant) or (
                             words and role_words(name) == role_words(claimant)))}
        if len(respelt_sides) == 1:  # one person spelt two ways, sided in one report only,
            # or one body's words in another order ("the Central Committee of X Doctors",
            # "the X Doctors' Central Committee")
            out[claimant] = respelt_sides.pop()
            continue
        if words:
            sides = set().union(*(s for name, s in sided.items() if words < name))
        elif len(role := role_words(claimant)) >= 2:
            # a body named by generic words only is the sided body whose name holds them all
            # ("the Ministry of Emergency Situations", "Russia's Emergency Situations Ministry")
            sides = set().union(*(s for name, s in roles.items() if role <= name))
        else:
            continue
        if len(sides) == 1:
            out[claimant] = sides.pop()
    return out


def _fuller_key(name: str) -> tuple:
    """Orders spellings of one name by how fully they are written: no leading "the", then more
    capitals ("Investigative Committee" over "the investigative committee")."""
    return (not name.lower().startswith("the "), sum(c.isupper() for c in name), name)


def _written_fuller(a: str, b: str) -> bool:
    """Of two spellings of one name, `a` is the one to keep (`_fuller_key`)."""
    return _fuller_key(a) > _fuller_key(b)


def with_inherited_sides(refs: Sequence[EventRef]) -> list[EventRef]:
    """The incident's refs, unsided claimants given the side their name shares (see module)."""
    sides = inherited_sides(refs)
    page = page_sides(refs)
    if not sides and not page:
        return list(refs)
    return [r if r.side else replace(r, side=page[key]) if (key := _own_key(r)) in page
            else replace(r, side=sides[r.claimant]) if r.claimant in sides else r
            for r in refs]


def page_sides(refs: Sequence[EventRef]) -> dict[tuple[str, str | None], str]:
    """(claimant, article) -> the one side a claimant named by generic words only ("officials")
    has in its own page's refs (`_own_sides`): given to that page's unsided refs of it, never
    to another page's."""
    return {k: v for k, v in _own_sides(refs).items() if k[1] is not None}


def person_sides(refs: Sequence[EventRef]) -> dict[str, str]:
    """Claimant sided only by its page's land (EventRef.land_side: "Foreign Secretary Ann
    Dar" on a page of the land her state struck) -> the one side the incident's other reports
    give the same person by a state they name ("India's Foreign Secretary Ann Dar", "Dar"):
    one person, one side across an incident's pages. The same person is a name spelt the same
    way or another way (`same_voice`), one that ends with the other word for word after
    their titles ("Dar", "Ann Dar"), or one title and surname with the given name written
    otherwise (`_one_titled`). A person two sides are named for keeps the land's."""
    firm: dict[str, set[str]] = defaultdict(set)
    for r in refs:
        if r.side and not r.land_side and name_words(r.claimant):
            firm[r.claimant].add(r.side)
    out: dict[str, str] = {}
    for claimant in {r.claimant for r in refs if r.land_side}:
        core = _core(_tail_words(claimant))
        if claimant in firm or not core:
            continue
        sides = set().union(*(s for c, s in firm.items() if same_voice(c, claimant) or _one_name(
            core, _core(_tail_words(c))) or _one_titled(c, claimant)))
        if len(sides) == 1:
            out[claimant] = sides.pop()
    return out


def _one_name(a: list[str], b: list[str]) -> bool:
    """Two names' words after their titles, one ending with the other (`_ends`)."""
    return bool(a) and bool(b) and (_ends(a, b) or _ends(b, a))


def _one_titled(a: str, b: str) -> bool:
    """One title and one surname, the given name written two ways ("Foreign Secretary VK Dar",
    "Foreign Secretary Vijay Dar"): the words before the given name and the last word equal."""
    wa, wb = _tail_words(a), _tail_words(b)
    return len(wa) >= 3 and len(wb) >= 3 and wa[:-2] == wb[:-2] and wa[-1] == wb[-1]


def with_person_sides(refs: Sequence[EventRef]) -> list[EventRef]:
    """The incident's refs, a person sided only by the land given the side the incident's
    other reports name for him (`person_sides`)."""
    sides = person_sides(refs)
    if not sides:
        return list(refs)
    return [replace(r, side=sides[r.claimant], land_side=None) if r.claimant in sides else r
            for r in refs]


def _tail_words(claimant: str) -> list[str]:
    """A claimant's words in order, lower case, possessives and a leading article dropped."""
    words = _ANY_WORD.findall(_folded(claimant))
    return words[1:] if words and words[0] == "the" else words


def fuller_names(refs: Sequence[EventRef]) -> dict[str, str]:
    """Claimant -> the fullest name of the same incident that ends with it: "Lunin" is
    "Dmytro Lunin", "Zelensky" is "Volodymyr Zelensky", when the longer names ending the same
    way are one name written more or less fully ("Gladkov", "Vyacheslav Gladkov", "Governor
    Vyacheslav Gladkov"; titles before a name are left out when names are compared, so
    "spokesman X Y" and "spokesperson X Y" are one), not two ("Dmytro Lunin", "Olga Lunin").
    The longer name must end with the shorter one word for word, so "Hamas" is never "the
    Hamas-run health ministry", nor after "of" ("Ukraine" is no "State Emergency Service of
    Ukraine"), or its head before such a preposition must ("the Observatory" is "the Syrian
    Observatory for Human Rights": `_names`); a name of generic words only ("the ministry")
    and a name of another side stay as they are."""
    side_of = claimant_sides(refs)
    cores = {c: _core(_tail_words(c)) for c in side_of}
    out: dict[str, str] = {}
    for short, words in cores.items():
        if not name_words(short) or not words:
            continue
        same = [c for c, w in cores.items() if c != short and _names(w, words)]
        if not same or not _nested([cores[c] for c in same]):
            continue
        target = max([short, *same], key=lambda c: (len(cores[c]), len(c), c))
        if target != short and (side_of[short] is None or side_of[target] in (
                None, side_of[short])):
            out[short] = target
    return out


def _core(words: list[str]) -> list[str]:
    """A name's words after its leading title words ("spokesman", "governor": generic words),
    which one report gives a person and the next does not."""
    generic = generic_words()
    i = 0
    while i < len(words) - 1 and words[i] in generic:
        i += 1
    return words[i:]


def _ends(longer: list[str], short: list[str]) -> bool:
    """`longer` ends with `short` word for word (or is it), not after an owner preposition
    ("State Emergency Service of Ukraine" is no fuller "Ukraine")."""
    if len(longer) < len(short) or longer[len(longer) - len(short):] != short:
        return False
    return len(longer) == len(short) or longer[-len(short) - 1] not in _OWNER_PREPOSITIONS


def _names(longer: list[str], short: list[str]) -> bool:
    """`longer` is a fuller name of `short`: it ends with it (`_ends`), or the part of it before
    an owner preposition, its head, does ("the Observatory" of "the Syrian Observatory for
    Human Rights", "the League" of "the Togolese League of Human Rights": a body's name cut
    to its head noun on second mention, as reports write it)."""
    if _ends(longer, short):
        return True
    cut = next((i for i, w in enumerate(longer) if w in _OWNER_PREPOSITIONS and i > 0), None)
    return cut is not None and _ends(longer[:cut], short)


def _nested(names: list[list[str]]) -> bool:
    """The names are one name written more or less fully: each is a fuller name of every
    shorter one (`_names`)."""
    ordered = sorted(names, key=len)
    return all(_names(b, a) for a, b in zip(ordered, ordered[1:], strict=False))


def claimant_sides(refs: Sequence[EventRef]) -> dict[str, str | None]:
    """Claimant -> the side its last ref gives."""
    return {r.claimant: r.side for r in refs}


#: A word before a body's name that says whose it is, not which body: an owner's possessive
#: ("Russia's"), a demonym ("Russian") or a country's initials ("RF", "US").
_POSSESSIVE = re.compile(r"\w+(?:['\u2019]s|s['\u2019])")
_INITIALS = re.compile(r"[A-Z]{2,3}")


def _owner_word(word: str) -> bool:
    return bool(_POSSESSIVE.fullmatch(word) or _INITIALS.fullmatch(word)) \
        or word in actor_packs().demonyms or word.lower() == "the"


def _bare_words(name: str) -> list[str]:
    """A claimant's words in lower case, a leading "the" left out, curly apostrophes straight:
    what two spellings of one name share ("the Military Council", "Military council")."""
    words = name.replace("\u2019", "'").lower().split()
    return words[1:] if words[:1] == ["the"] else words


def case_variants(refs: Sequence[EventRef]) -> dict[str, str]:
    """Claimant -> the spelling of the same name the incident writes fuller, where two differ
    only in case or a leading "the" ("Military council", "the Military Council"): one voice,
    one row. Two spellings that give two different sides stay apart."""
    side_of = claimant_sides(refs)
    spellings: dict[str, list[str]] = defaultdict(list)
    for name in side_of:
        spellings[" ".join(_bare_words(name))].append(name)
    out: dict[str, str] = {}
    for names in spellings.values():
        if len(names) < 2 or len({side_of[n] for n in names} - {None}) > 1:
            continue
        best = max(names, key=_fuller_key)
        out.update({n: best for n in names if n != best})
    return out


def variant_names(refs: Sequence[EventRef]) -> dict[str, str]:
    """Claimant -> the bare name of the same body the incident also gives: "Russia's
    investigative committee", "RF Investigative committee" and "Russian Investigative
    Committee" are the "Investigative Committee" some report names bare, when they add only
    owner words before it (`_owner_word`) and no other side. Unlike `fuller_names` the longer
    names need not nest ("Russia's ..." and "RF ..." do not end with each other), so they key
    to the bare name they all end with. The bare name must hold a distinctive word
    ("investigative"): "the ministry" is no body of its own."""
    side_of = claimant_sides(refs)
    out: dict[str, str] = {}
    for bare in side_of:
        words = _bare_words(bare)
        if len(words) < 2 or not name_words(bare):
            continue
        for other in side_of:
            ws = other.replace("\u2019", "'").split()
            extra = ws[:len(ws) - len(words)]
            if other == bare or [w.lower() for w in ws[len(extra):]] != words:
                continue
            if all(w.lower() == "the" for w in extra) and _written_fuller(other, bare):
                continue  # one name, cased or "the"-led otherwise: the capitalised one keys
            if all(_owner_word(w) for w in extra) and (
                    side_of[other] is None or side_of[bare] in (None, side_of[other])) and (
                    other not in out or _written_fuller(bare, out[other])):
                out[other] = bare
    return out
