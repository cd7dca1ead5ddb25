"""Who speaks in a claim chain, and which narrated figures an outlet only relays.

A claim's chain runs from its first source to the outlet ("the State Emergency Service" ->
"Dev Discourse"). Two things the chain's head may get wrong for an incident's figure table:

- the head names no speaker: a weapon or an attack the parser hung the claim on ("Three
  Russian missiles slammed into ..., killing 12, the emergency service said") or a platform
  ("a statement posted on Telegram reads"). The next link is the voice (`speaking_link`); the
  words are the reconcile pack's `no_speaker_heads` and the cues pack's `platforms`.
- an outlet narrates a figure that a named source of the same article states ("a Russian strike
  killed at least 20", then "at least 20 were killed, Tymoshenko said"): the outlet relays it,
  so an event whose every toll one named source states is that source's report
  (`relaying_source`). An event that also tells tolls no source states stays the outlet's,
  all its tolls with it ("Syrian troops killed five Turkish soldiers and a civilian", beside a
  ministry's "five of our troops were killed"): dropping the relayed part would lose the
  figure from the incident when the source's own statement formed no event of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from ..casualties import HARMED_SET as CASUALTY
from ..extract.lexicon import cue_lexicon
from ..packs import load_pack, pack_words, require, word_set
from .figures import figure_interval, is_vague

_WORD = re.compile(r"[^\W\d_]+")


@cache
def no_speaker_heads() -> frozenset[str]:
    """Head nouns that name no speaker, lower case, from the reconcile pack."""
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "no_speaker_heads", list))


@cache
def _bare_toll_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(a count's nouns, the words before one that name no keeper, the keepers' words): the
    reconcile pack's `owned_toll_nouns`, its `toll_stages` and `toll_fate_words` less the
    keepers, and the keepers (`toll_keepers`, the cues pack's source, body and informant
    nouns: "official", "government", "authorities")."""
    pack = load_pack("reconcile")
    lex = cue_lexicon()
    keepers = word_set(pack, "reconcile", "toll_keepers") | lex.source_nouns | lex.body_nouns \
        | lex.citing_informants
    before = word_set(pack, "reconcile", "toll_stages") \
        | word_set(pack, "reconcile", "toll_fate_words") | lex.articles
    return word_set(pack, "reconcile", "owned_toll_nouns"), before - keepers, keepers


#: A count's keeper named after it: up to three words ("released Wednesday"), "by" or "from",
#: then up to four words of the keeper's name ("the Central Committee of Sudanese Doctors").
_KEEPER_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:by|from)\s+"
                           r"((?:the\s+|a\s+|an\s+)?(?:[\w'’-]+[ \t]+){0,4}[\w'’-]+)")


def toll_keeper(mention: dict, art: dict) -> dict | None:
    """The keeper a claimant that is a count with no keeper (`bare_toll`) is "by" or "from"
    right after it ("according to figures released Wednesday by state authorities", "a new
    toll published by the doctors' committee"), as a mention of the page's text: the voice
    the figures are. The keeper's last word is one that keeps counts (`_bare_toll_words`).
    None where no keeper follows."""
    text, end = art.get("text") or "", mention.get("end")
    if end is None or not bare_toll(mention.get("text") or "") \
            or text[mention.get("start", 0):end] != mention.get("text"):
        return None
    found = _KEEPER_AFTER.match(text, end)
    if found is None:
        return None
    keepers = _bare_toll_words()[2]
    words = list(re.finditer(r"[\w'’-]+", found.group(1)))
    last = next((k for k in range(len(words) - 1, -1, -1)
                 if _keeper(words[k].group(), keepers)), None)
    if last is None:
        return None
    name = found.group(1)[:words[last].end()]
    start = found.start(1)
    return {"text": name, "start": start, "end": start + len(name), "actor_id": None,
            "name": None, "country": None, "sector": None, "side": None}


def _keeper(word: str, keepers: frozenset[str]) -> bool:
    w = re.sub(r"['’]s?$", "", word.lower())
    return w in keepers or (w.endswith("s") and w[:-1] in keepers) \
        or (w.endswith("ies") and w[:-3] + "y" in keepers)


def bare_toll(link: str) -> bool:
    """A link that is a count with no keeper named ("new toll", "the latest tally",
    "figures"): a toll word is not a voice ("More than 35 dead: new toll", a headline's tail).
    "The official toll" and "government figures" name whose count it is and stay."""
    nouns, before, _ = _bare_toll_words()
    words = _WORD.findall(link.lower())
    last = words[-1] if words else ""
    return bool(words) and (last in nouns or last.rstrip("s") in nouns or last + "s" in nouns) \
        and all(w in before for w in words[:-1])


def names_no_speaker(link: str) -> bool:
    """A chain link that is a platform, whose last word is a weapon or attack noun, or that
    is a count with no keeper (`bare_toll`)."""
    words = _WORD.findall(link.lower())
    if not words:
        return True
    return link.lower().strip() in cue_lexicon().platforms or words[-1] in no_speaker_heads() \
        or bare_toll(link)


def speaking_link(chain: Sequence[str]) -> int:
    """Index of the chain's first link that names a speaker (the last link, the outlet, when
    none before it does)."""
    for i, link in enumerate(chain[:-1]):
        if not names_no_speaker(link):
            return i
    return max(len(chain) - 1, 0)


def claim_speaker(claim: dict) -> int:
    """Index of the chain link that speaks the claim: `speaking_link`, passing over a first
    link that is the people the claim's own figure counts (`counted_people`)."""
    chain = claim.get("chain") or []
    head = speaking_link(chain)
    if head == 0 and len(chain) > 1 and counted_people(claim):
        return 1 + speaking_link(chain[1:])
    return head


#: Most words between a figure and the claimant mention that is its counted noun ("50
#: Palestinians", "two captured terrorists"): words of one noun phrase, no punctuation and no
#: word joining two phrases ("50 deaths and two witnesses" counts deaths).
_COUNTED_GAP = 2
_IN_PHRASE = re.compile(r"[\w'\u2019 -]*")
_JOINERS = frozenset({"and", "or", "but", "while", "as", "than", "of"})


def counted_people(claim: dict) -> bool:
    """The claim's claimant mention is the people one of its figures counts: "At least 50
    Palestinians have been killed ..., as per the ministry" names the dead, not the speaker,
    nor does "according to information from two terrorists who were captured" (the captured
    are counted). The mention follows the figure's text within its noun phrase and ends with the
    figure's counted word; only a count of people harmed counts its claimant ("two witnesses
    said" is a count of speakers)."""
    mention = claim.get("claimant") or {}
    words = (mention.get("text") or "").lower().split()
    if not words or mention.get("start") is None or claim.get("start") is None:
        return False
    at = mention["start"] - claim["start"]
    sentence = claim.get("sentence") or ""
    for fig in claim.get("figures") or []:
        text, counts = fig.get("text") or "", (fig.get("counts") or "").lower().split()
        i = sentence.find(text) if text else -1
        if i < 0 or not counts or counts[-1] != words[-1] or at < i + len(text) \
                or fig.get("category") not in CASUALTY:
            continue
        between = sentence[i + len(text):at].lower().split()
        if len(between) <= _COUNTED_GAP and _IN_PHRASE.fullmatch(" ".join(between)) \
                and not set(between) & _JOINERS:
            return True
    return False


def _figure_key(fig: dict) -> tuple | None:
    bounds = figure_interval(fig)
    return (fig.get("category"), bounds) if bounds is not None else None


def attributed_figures(claims: Iterable[dict], outlets: set[str]) -> dict[tuple, list[dict]]:
    """(category, interval) -> the claims of named sources of the article that state it: a
    claim whose speaking link is not the outlet."""
    out: dict[tuple, list[dict]] = {}
    for c in claims:
        chain = c.get("chain") or []
        if not chain or chain[claim_speaker(c)] in outlets:
            continue
        for f in c.get("figures") or []:
            if (k := _figure_key(f)) and c not in out.setdefault(k, []):
                out[k].append(c)
    return out


def relaying_source(event: dict, attributed: dict[tuple, list[dict]]) -> dict | None:
    """The one claim of a named source of the same article that states every toll an outlet
    narrates in this event, with the same category and interval (the event is then that
    source's report, relayed); None when a toll is no source's or two sources share them."""
    tolls = [f for f in event.get("figures") or [] if f.get("category") != "other"
             and figure_interval(f) is not None]
    sources = [attributed.get(k) for f in tolls if (k := _figure_key(f))]
    if tolls and len(sources) == len(tolls) and all(s and len(s) == 1 for s in sources) \
            and len({id(s[0]) for s in sources}) == 1:
        return sources[0][0]
    return None


def summarised(event: dict, attributed: dict[tuple, list[dict]]) -> frozenset[str]:
    """Figure texts of an outlet's narrated event that are vague plurals ("dozens of dead" in a
    headline) of a category a named source of the same article counts: the outlet's round words
    for that source's toll, not a toll of its own, so they leave the outlet's row."""
    counted = {key[0] for key in attributed}
    return frozenset(f.get("text") or "" for f in event.get("figures") or []
                     if f.get("category") in counted and is_vague(f))


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower().replace("\u2019s", "").replace("'s", ""))
            if w not in cue_lexicon().articles}


def role_only(name: str) -> bool:
    """A source named by what it is, not which one ("the governor", "emergency service")."""
    from .voices import name_words  # voices imports incidents, which imports this module

    return bool(_words(name)) and not name_words(name)


def role_nouns() -> frozenset[str]:
    """Nouns that name a source by what it is beyond the generic words (reconcile pack
    `claimant_role_nouns`: "monitor", "activists", "prosecutor"), lower case."""
    return pack_words("reconcile", "claimant_role_nouns")


def named_by_role(name: str) -> bool:
    """A source named by what it is (`role_only`), or by a role noun of the pack with generic
    words ("monitor" closing a headline, "rights group", "the activists"): such a name is the
    page's one source that holds it (`role_holder`), if one does."""
    from .voices import name_words

    return bool(_words(name)) and not name_words(name) - role_nouns()


def role_holder(name: str, claim: dict, claims: Iterable[dict]) -> dict | None:
    """The one other claim of the article whose named source holds this role: "governor" in a
    headline is the "regional governor Dmytro Lunin" of the body, "emergency service" the
    "State Emergency Service of Ukraine". Its role words must all be in that source's name or
    the words that name it in the text, else (when no source's do) in the sentence of its
    claim ("Lunin, the governor of the region, told ..."); a shorter name of another ("Lunin"
    of "Dmytro Lunin") is the same source; two sources decide nothing."""
    from .voices import name_words

    role = _words(name)
    named: list[tuple[str, dict, dict]] = []
    for other in claims:
        chain = other.get("chain") or []
        k = claim_speaker(other)
        if other is not claim and chain and k < len(chain) - 1 and chain[k] != name \
                and name_words(chain[k]) - role_nouns():
            named.append((chain[k], other, other if k == 0 else {}))  # its words if it heads
    for wider in (False, True):
        found: dict[str, dict] = {}
        for source, other, own in named:
            said = " ".join((source, (own.get("claimant") or {}).get("text") or "",
                             _around_name(own) if wider else ""))
            if role <= _words(said):
                found.setdefault(source, other)
        for short in [n for n in found if any(_ends_with(longer, n) for longer in found
                                              if longer != n)]:
            del found[short]  # "Lunin" and "Dmytro Lunin" are one source
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


#: Most words on either side of a source's name in its sentence that may describe it ("Lunin,
#: the governor of the region, told"): words farther off are another phrase's ("witnesses
#: said civilians were killed by the military council's jets" names no witness a council).
APPOSITION_WORDS = 8


def _around_name(claim: dict) -> str:
    """The words of the claim's sentence within APPOSITION_WORDS of its claimant's name, the
    whole sentence where the offsets are unknown."""
    sentence = claim.get("sentence") or ""
    mention = claim.get("claimant") or {}
    if mention.get("start") is None or claim.get("start") is None:
        return sentence
    at = mention["start"] - claim["start"]
    end = at + len(mention.get("text") or "")
    if not 0 <= at <= end <= len(sentence):
        return sentence
    around = " ".join(sentence[:at].split()[-APPOSITION_WORDS:]
                      + sentence[end:].split()[:APPOSITION_WORDS])
    return _agents().sub(" ", around)


@cache
def _agents() -> re.Pattern[str]:
    """A word after one of the pack's `role_agent_words` (an article between): the agent of
    what the sentence tells ("videos posted by activists"), no role of the source named."""
    words = "|".join(sorted(pack_words("reconcile", "role_agent_words")))
    return re.compile(rf"\b(?:{words})\s+(?:(?:the|a|an)\s+)?[^\W\d_]+", re.IGNORECASE)


def _ends_with(longer: str, short: str) -> bool:
    a, b = _WORD.findall(longer.lower()), _WORD.findall(short.lower())
    return len(a) > len(b) and a[-len(b):] == b


def is_medium(claimant: dict | None) -> bool:
    """A claim's claimant is a news medium: an outlet the outlets pack knows (sector MED:
    "WAFA", "Qatar's Al Jazeera reported"), a name holding "news agency", or one whose last
    words are a medium's kind (pack `medium_heads`: "Vivo radio", "a private television
    channel"). A medium reports the tolls others give; it is no party to the incident, and no
    witness of the land it broadcasts in."""
    if not claimant:
        return False
    text = (claimant.get("text") or "").lower()
    words = _WORD.findall(text)
    return claimant.get("sector") == "MED" or "news agency" in text or any(
        " ".join(words[-k:]) in medium_heads() for k in (1, 2) if len(words) > k)


@cache
def medium_heads() -> frozenset[str]:
    """Last words that make a claimant a news medium ("radio", "tv channel"), lower case."""
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "medium_heads", list))
