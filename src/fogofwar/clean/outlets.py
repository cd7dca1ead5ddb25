"""Outlets from `outlets.yaml`: names, aliases, domains, and signature lines in the text.

Syndicated war reporting travels: a South Front piece reposted by Global Research names its
origin only in an author box ("Articles by: South Front") and its publisher only in a site
disclaimer. Reading those lines is how an article gets both its outlet and original outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..errors import PackError
from ..packs import load_pack, require
from .patterns import compile_pattern, named_patterns
from .sitenames import host_of

PACK = "outlets"


@dataclass(frozen=True)
class Outlet:
    """What the pack knows about one outlet."""

    name: str
    aliases: tuple[str, ...] = ()
    id: str | None = None
    state_aligned: bool | None = None
    domains: tuple[str, ...] = ()
    country: str | None = None
    state_owned: bool | None = None
    alignment: str | None = None
    #: The armed group (actor id) whose own medium it is: its figures speak for that party.
    party: str | None = None
    evidence: tuple[re.Pattern[str], ...] = ()


@dataclass
class Signed:
    """What signature lines say about an article, and which lines they are."""

    outlet: str | None = None
    original_outlet: str | None = None
    byline: str | None = None
    lines: set[int] = field(default_factory=set)


def _strings(entry: dict, key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PackError(f"{PACK}.yaml: {where}.{key} must be a list of strings")
    return tuple(value)


def _outlet(entry: object, where: str) -> Outlet:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise PackError(f"{PACK}.yaml: {where} must be a mapping with a 'name' string")
    for key in ("state_owned", "state_aligned"):
        if entry.get(key) is not None and not isinstance(entry.get(key), bool):
            raise PackError(f"{PACK}.yaml: {where}.{key} must be true, false or null")
    for key in ("id", "party"):
        if entry.get(key) is not None and not isinstance(entry.get(key), str):
            raise PackError(f"{PACK}.yaml: {where}.{key} must be a string")
    evidence = tuple(compile_pattern(p, PACK, f"{where}.evidence[{i}]")
                     for i, p in enumerate(_strings(entry, "evidence", where)))
    return Outlet(name=entry["name"], aliases=_strings(entry, "aliases", where),
                  domains=tuple(d.lower() for d in _strings(entry, "domains", where)),
                  country=entry.get("country"), state_owned=entry.get("state_owned"),
                  id=entry.get("id"), state_aligned=entry.get("state_aligned"),
                  alignment=entry.get("alignment"), party=entry.get("party"),
                  evidence=evidence)


@cache
def outlets() -> tuple[Outlet, ...]:
    pack = load_pack(PACK)
    return tuple(_outlet(e, f"outlets[{i}]")
                 for i, e in enumerate(require(pack, PACK, "outlets", list)))


@cache
def signatures() -> tuple[tuple[str, re.Pattern[str]], ...]:
    pack = load_pack(PACK)
    return tuple(named_patterns(require(pack, PACK, "signatures", list), PACK, "signatures"))


def _name_key(text: str) -> str:
    key = re.sub(r"[^\w.&]+", " ", text.casefold()).strip()
    return key.removeprefix("the ")


@cache
def _by_name() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    for outlet in outlets():
        for name in (outlet.name, *outlet.aliases):
            table.setdefault(_name_key(name), outlet)
    return table


def outlet_info(name: str | None) -> Outlet | None:
    """The pack's entry for an outlet name or alias ("Zerohedge" -> Zero Hedge), or None."""
    return _by_name().get(_name_key(name)) if name else None


@cache
def _by_web_name() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    for outlet in outlets():
        for name in (outlet.name, *outlet.aliases):
            words = _name_key(name).split()
            if len(words) >= 2:
                table.setdefault("".join(words), outlet)
    return table


def outlet_by_web_name(word: str | None) -> Outlet | None:
    """The outlet a single lower-case word names by running its name's words together, as
    its web address does ("reported malaymail" -> Malay Mail); names of one word are left
    out, since those are often common words ("dawn", "nation")."""
    if not word or not word.islower() or not word.isalpha():
        return None
    return _by_web_name().get(word)


def canonical_outlet(name: str | None) -> str | None:
    """The canonical spelling of a known outlet; unknown names are returned as given."""
    info = outlet_info(name)
    return info.name if info else name


@cache
def _by_domain() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    for outlet in outlets():
        for domain in outlet.domains:
            table.setdefault(domain, outlet)
    return table


def outlet_from_url(url: str | None) -> str | None:
    """The outlet whose domain (or a parent domain of the host) serves the URL.

    The longest matching domain wins, so `news.example.com` can be listed apart from
    `example.com`.
    """
    if not url:
        return None
    parts = host_of(url).split(".")
    table = _by_domain()
    for start in range(len(parts) - 1):
        outlet = table.get(".".join(parts[start:]))
        if outlet is not None:
            return outlet.name
    return None


@cache
def _footer_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    pack = load_pack(PACK)
    return tuple(named_patterns(require(pack, PACK, "footers", list), PACK, "footers"))


def outlet_from_footer(lines: list[str]) -> str | None:
    """The publisher a copyright or masthead line names ("© 2020 Some News Agency"): the
    pack's spelling when it knows the name, else the name as written."""
    for line in reversed(lines):
        for _name, pattern in _footer_patterns():
            match = pattern.search(line)
            if match and match.groupdict().get("outlet"):
                name = match.group("outlet").strip(" .,-|")
                if len(name) >= 2:
                    return canonical_outlet(name)
    return None


def outlet_from_masthead(lines: list[str], head: int = 5) -> str | None:
    """A known outlet's name standing alone in the page's first lines (its masthead)."""
    for line in lines[:head]:
        first = re.split(r"\s+[|\-–—:]\s+", line)[0]
        info = outlet_info(first) if len(first.split()) <= 6 else None
        if info is not None:
            return info.name
    return None


def _read_signature(line: str, signed: Signed, authors: list[str]) -> bool:
    """Apply the first signature pattern matching the line; True if one did."""
    for _name, pattern in signatures():
        match = pattern.search(line)
        if not match:
            continue
        found = {k: v.strip() for k, v in match.groupdict().items() if v and v.strip()}
        if "outlet" in found and outlet_info(found["outlet"]) is None:
            continue
        if "outlet" in found:
            signed.outlet = signed.outlet or canonical_outlet(found["outlet"])
        if "author" in found and outlet_info(found["author"]):
            authors.append(outlet_info(found["author"]).name)
        elif "author" in found:
            signed.byline = signed.byline or found["author"]
        if "byline" in found:
            signed.byline = signed.byline or found["byline"]
        return True
    return False


def _evidence(lines: list[str]) -> str | None:
    for outlet in outlets():
        if any(p.search(line) for p in outlet.evidence for line in lines):
            return outlet.name
    return None


def read_signatures(lines: list[str]) -> Signed:
    """Outlet, original outlet and byline from signature and evidence lines.

    An author that is itself an outlet ("Articles by: South Front") is the original outlet
    when other lines show a different publisher, and the outlet when nothing else does.
    """
    signed = Signed()
    authors: list[str] = []
    for index, line in enumerate(lines):
        if _read_signature(line, signed, authors):
            signed.lines.add(index)
    signed.outlet = signed.outlet or _evidence(lines)
    for author in authors:
        if signed.outlet is None:
            signed.outlet = author
        elif author != signed.outlet and signed.original_outlet is None:
            signed.original_outlet = author
    return signed
