"""The global pack of armed non-state actors: loaded beside actors_global, no sides of its
own, overridden by a conflict pack entry with the same id (issue 11). A small fixture stands
in for actors_armed.yaml so the loader's rules are tested whatever the shipped pack holds."""

from __future__ import annotations

import copy
import re

import pytest

from fogofwar.annotate import packdata
from fogofwar.errors import PackError
from fogofwar.packs import load_pack

FIXTURE = {"actors": [
    {"id": "al_shabaab", "name": "al-Shabaab", "kind": "ORG", "country": "SOM", "sector": "REB",
     "type": "jihadist", "operates_in": ["SOM", "KEN"], "aliases": ["al-Shabab", "Al-Shabab"]},
    {"id": "hezbollah", "name": "Hezbollah", "kind": "ORG", "country": "LBN", "sector": "REB",
     "type": "militia", "operates_in": ["LBN", "SYR"], "aliases": ["Hizballah"]},
    {"id": "wagner", "name": "Wagner Group", "kind": "ORG", "country": "RUS", "sector": "MIL",
     "type": "pmc", "operates_in": ["UKR", "MLI", "CAF"], "aliases": ["Wagner"]},
]}


def _build(monkeypatch, armed=FIXTURE, edit=None):
    """actor_packs over the real packs plus `armed` as actors_armed.yaml."""
    def patched(name):
        if name == packdata.ARMED_PACK:
            pack = copy.deepcopy(armed)
            if edit:
                edit(pack)
            return pack
        return load_pack(name)
    monkeypatch.setattr(packdata, "load_pack", patched)
    monkeypatch.setattr(packdata, "has_pack", lambda name: True)
    return packdata.actor_packs.__wrapped__("syria2020")


def test_armed_groups_load_beside_the_global_pack(monkeypatch):
    # a group no conflict pack knows comes in with its type, operating countries, no side
    actor = _build(monkeypatch).actors["al_shabaab"]
    assert (actor.country, actor.sector, actor.type, actor.operates_in, actor.side) == (
        "SOM", "REB", "jihadist", ("SOM", "KEN"), None)
    assert _build(monkeypatch).actors["wagner"].sector == "MIL"  # PMCs are MIL


def test_conflict_pack_entry_overrides_and_gives_the_side(monkeypatch):
    # syria2020's hezbollah keeps its side; the global entry adds its alias and type
    actor = _build(monkeypatch).actors["hezbollah"]
    assert actor.side == "syria_gov"
    assert actor.type == "militia" and "Hizballah" in actor.aliases
    assert "Hizbollah" in actor.aliases  # the conflict pack's own aliases stay


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        # the global armed pack never gives a side
        (lambda p: p["actors"][0].update(side="jihadist"), "no 'side' here"),
        # a type outside the documented list
        (lambda p: p["actors"][0].update(type="pirates"), "type 'pirates' is not one of"),
        # operating countries must be ISO3
        (lambda p: p["actors"][0].update(operates_in=["SO"]),
         "operates_in 'SO' is not an ISO 3166 alpha-3 code"),
        # an id twice inside the armed pack is still a duplicate
        (lambda p: p["actors"].append(dict(p["actors"][0])), "duplicate id 'al_shabaab'"),
    ],
)
def test_bad_armed_entries_fail_naming_the_key(monkeypatch, edit, message):
    with pytest.raises(PackError, match=re.escape(message)):
        _build(monkeypatch, edit=edit)
