"""A country name that is the short form of two states' names, read as the state the article
is about (issue 14).

"Congo" shortens both the Republic of the Congo and the Democratic Republic of the Congo, and
"Korea" both Koreas; the gazetteer gives such a name one state, or none. A report says which
it means by everything else it names: towns and provinces that lie in one of the states
("Goma", "North Kivu"), the state named in full ("Democratic Republic of Congo"), nationality
words ("Congolese") and the pack actors it quotes (M23, whose country is DR Congo). Each of
those votes once per distinct name (or actor) for the state it lies in; the state with the
most votes is the one meant. With no vote, or a tie, the gazetteer's reading stands, and so
does a namesake town it gives when the town's country has as many votes. The names and their
states are in the `places` pack (`shared_country_names`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from ..errors import PackError
from ..packs import load_pack
from . import gazetteer, ranking
from .gazetteer import Entry


@cache
def shared_names() -> dict[str, tuple[str, ...]]:
    """Folded shared name -> the ISO2 codes of the states it may stand for (pack)."""
    table = load_pack("places").get("shared_country_names", {})
    if not isinstance(table, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and len(v) >= 2 for k, v in table.items()):
        raise PackError("places.yaml: shared_country_names must map names to lists of codes")
    return {ranking.name_key(k): tuple(str(c) for c in v) for k, v in table.items()}


@cache
def state(iso2: str) -> Entry | None:
    """The gazetteer's country row for an ISO2 code."""
    name = gazetteer.country_name(gazetteer.iso3(iso2) or "")
    rows = [e for e, _ in gazetteer.candidates(name, fuzzy_min_len=99) if e.country == iso2
            and e.fcode.startswith("PCL")] if name else []
    return rows[0] if rows else None


def _iso2(iso3: str) -> str | None:
    return next((c for c in _codes() if gazetteer.iso3(c) == iso3), None)


@cache
def _codes() -> tuple[str, ...]:
    return tuple(sorted({c for codes in shared_names().values() for c in codes}))


def votes(codes: Sequence[str], chosen: Sequence[Entry | None], keys: Sequence[str], key: str,
          actor_countries: Sequence[tuple[str, str]] = ()) -> Counter[str]:
    """Votes per state among `codes`: one per distinct other name whose place lies in it, one
    per distinct pack actor (id, ISO3) of it. Mentions of the shared name itself (`key`) do
    not vote."""
    named: dict[str, set[str]] = {}
    for e, k in zip(chosen, keys, strict=True):
        if e is not None and k != key and e.country in codes:
            named.setdefault(e.country, set()).add(k)
    for actor, iso3 in set(actor_countries):
        code = _iso2(iso3)
        if code in codes:
            named.setdefault(code, set()).add(f"actor:{actor}")
    return Counter({c: len(v) for c, v in named.items()})


def decided(chosen: Sequence[Entry | None], keys: Sequence[str],
            actor_countries: Sequence[tuple[str, str]] = ()) -> list[Entry | None]:
    """`chosen` with each shared country name read as the state the article votes for (see
    the module doc). The gazetteer's reading stands when it is a place (a namesake town,
    "Koréa" in Côte d'Ivoire) in a country with as many votes. `keys`: the mentions' names as
    `ranking.name_key` keys."""
    table, out = shared_names(), list(chosen)
    for i, key in enumerate(keys):
        codes = table.get(key)
        if codes is None:
            continue
        own = chosen[i].country if chosen[i] is not None else None
        count = votes((*codes, *((own,) if own and own not in codes else ())), chosen, keys,
                      key, actor_countries)
        ranked = [(c, n) for c, n in count.most_common() if c in codes]
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            continue
        if own not in codes and count[own] >= ranked[0][1]:
            continue
        out[i] = state(ranked[0][0]) or chosen[i]
    return out
