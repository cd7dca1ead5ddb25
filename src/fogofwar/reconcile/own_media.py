"""A party's own medium as a figure's claimant: it speaks for the party or state it belongs to.

Media speak for no party (claimant_sides.py): a wire that carries a ministry's toll is no voice
of the ministry's side. But a medium that is a party's own and gives a figure as its claimant
(no other voice named before it: the chain already tells who claims through whom) gives that
party's count, as the set's gold sides it: the Houthis' Al-Masirah, "state media" on a page
about Pakistan, the Palestinian agency WAFA, "Israeli media". Read so, one side's count moving
from a medium's 35 to its ministry's 68 is that side's revision, not a medium's figure beside
it, and a party's medium disputes the other side as the party does.

A medium is a party's own when
- the outlets pack says so: an outlet its state owns (`state_owned`, its country's side) or a
  group's channel (`party`: Al-Masirah `houthis`, whose side is the land it governs);
- its page writes it so: "state media", "the official news agency", "state-run television"
  (pack `state_media_words` with a `media_nouns` ending: the state its own words, the words
  before it or the page's places name), "Houthi-run television", "the Hamas-affiliated channel"
  (a named group with an `owner_media_suffixes` ending);
- it is a party's national media, named by its demonym only ("Israeli media", "a Russian news
  agency").
A state's medium (owned, described or national) speaks so only for a state that is a party on
its page (`page_parties`).
A medium named otherwise (Reuters, "a French news agency" on a war France is no side of) keeps
no side.
"""

from __future__ import annotations

import re
from functools import cache

from ..annotate.packdata import actor_packs
from ..clean.outlets import outlets
from ..packs import pack_words
from ..resolve.nonstate import group_named
from .titles import country_before, home_country


def media_nouns() -> frozenset[str]:
    """A medium's kind words ("media", "news agency"), lower case, from the reconcile pack."""
    return pack_words("reconcile", "media_nouns")


def state_media_words() -> frozenset[str]:
    """Words that make a described medium its state's own ("state", "official")."""
    return pack_words("reconcile", "state_media_words")


@cache
def owner_suffixes() -> tuple[str, ...]:
    """Endings of a hyphened owner word ("-run", "-controlled"), lower case."""
    return tuple(sorted(pack_words("reconcile", "owner_media_suffixes")))


@cache
def _packed() -> dict[str, tuple[str | None, str | None]]:
    """Outlet id -> (ISO3 of the state owning it, actor id of the group owning it)."""
    return {o.id: (o.country if o.state_owned else None, o.party)
            for o in outlets() if o.id and ((o.state_owned and o.country) or o.party)}


def _words(text: str) -> list[str]:
    """A name's words, lower case, hyphens kept, spaces around a hyphen closed ("rebel -run")."""
    return re.sub(r"\s*-\s*", "-", text.lower().replace("\u2019", "'")).split()


def _ends_as_medium(words: list[str]) -> bool:
    """The words end with a medium's kind ("... news agency", "... media")."""
    return any(" ".join(words[-k:]) in media_nouns() for k in (1, 2, 3) if len(words) >= k)


def own_medium_side(m: dict, art: dict, is_medium: bool) -> str | None:
    """The side of the party or state whose own medium the claimant is (see module), else
    None. `is_medium`: the claimant is a medium (speakers.is_medium), or its words name one."""
    from .claimant_sides import country_side, group_party

    words = _words(m.get("text") or "")
    if not words or not (is_medium or _ends_as_medium(words)):
        return None
    country, party = _packed().get(m.get("actor_id") or "", (None, None))
    if party:
        return group_party(party)
    if country:
        return country_side(country) if country in page_parties(art) else None
    for w in re.sub(r"\s*-\s*", "-", m.get("text") or "").split():
        # "Houthi-run television", "the Hamas-controlled channel"
        if w.lower().endswith(owner_suffixes()) and (
                group := group_named(w.rsplit("-", 1)[0])):
            return group_party(group)
    owned = owner_named_side(m, art)
    if owned:  # "X radio, which is owned by the opposition leader Y"
        return owned
    if set(words) & state_media_words():
        code = state_of_medium(m, art, words)
        return country_side(code) if code and code in page_parties(art) else None
    return national_medium_side(m, art, words)


def owner_verbs() -> frozenset[str]:
    """Participles that name a medium's owner after it ("owned", "run"), lower case."""
    return pack_words("reconcile", "media_owner_verbs")


def owner_named_side(m: dict, art: dict) -> str | None:
    """The side of the owner the page names right after a medium ("Radio X, which is owned by
    the opposition leader Y, said", "Radio X, owned by Y's party"): the side Y's own mention
    gives without the page's land (claimant_sides: its name, title, party, or the page's other
    mentions of it). None where no such phrase follows, or its owner has no side of its own."""
    from .claimant_sides import named_side

    text, end = art.get("text") or "", m.get("end")
    if end is None:
        return None
    found = re.match(r"\s*,\s*(?:(?:which|that)\s+(?:is|was)\s+)?(\w+)\s+by\s+", text[end:end + 40])
    if not found or found.group(1).lower() not in owner_verbs():
        return None
    at = end + found.end()
    owner = next((o for o in sorted(art.get("actors", []), key=lambda o: o.get("start") or 0)
                  if o.get("start") is not None and at <= o["start"] < at + 40
                  and "," not in text[at:o["start"]]), None)
    if owner is None:
        return None
    return named_side(owner, art)


def state_of_medium(m: dict, art: dict, words: list[str]) -> str | None:
    """ISO3 of the state a described state medium is of: a demonym among its own words
    ("Iranian state television"), else its mention's country, else a demonym right before it
    ("Syria's state media"); a bare "state media" is the page's own land's. A name the packs
    do not know among its words ("the official Saharawi news agency SPS") says no state."""
    demonyms = actor_packs().demonyms
    own = [demonyms[w] for w in (m.get("text") or "").split() if demonyms.get(w)]
    if own:
        return own[-1]
    if m.get("country"):
        return m["country"]
    rest = [w for w in words if w not in ("a", "an", "the") and w not in state_media_words()]
    if rest and " ".join(rest) not in media_nouns():
        return None
    return country_before(m, art) or home_country(art)


def national_medium_side(m: dict, art: dict, words: list[str]) -> str | None:
    """A party's national media named by its demonym only ("Israeli media", "a Russian news
    agency"): its state's side where a conflict pack makes that state a side or it is the
    page's own land; a named outlet, or a state no side of the page's war, keeps none."""
    code = m.get("country")
    if not code or m.get("actor_id"):
        return None
    demonyms = {d.lower() for d in actor_packs().demonyms}
    rest = [w for w in words if w not in ("a", "an", "the") and w not in demonyms]
    if not rest or " ".join(rest) not in media_nouns():
        return None
    if code in page_parties(art):
        from .claimant_sides import country_side
        return country_side(code)
    return None


def page_parties(art: dict) -> frozenset[str]:
    """ISO3 of the states a medium of which speaks for a party on the page: the states the
    loaded conflict packs make sides, the page's own land (titles.home_country) and the
    countries of its events' actors and targets. Qatar's Al Jazeera on a page of the Gaza war
    is none of them: a state's medium of a war its state does not fight is a witness."""
    codes = set(actor_packs().state_sides) | {home_country(art)}
    for ev in art.get("events", []):
        codes |= {(ev.get(k) or {}).get("country") for k in ("actor", "target")}
    return frozenset(c for c in codes if c)
