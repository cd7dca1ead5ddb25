"""Actor and place packs load, merge and validate."""

import copy
import re

import pytest

from fogofwar.annotate import packdata
from fogofwar.annotate.packdata import actor_packs, place_words, supplement_places
from fogofwar.errors import PackError
from fogofwar.packs import load_pack


def test_conflict_pack_gives_states_their_side():
    # states take their side from syria2020 state_sides; IGOs from actor_sides
    actors = actor_packs().actors
    assert (actors["syr"].side, actors["rus"].side, actors["tur"].side) == (
        "syria_gov", "russia", "turkey")
    assert actors["un"].side == "un"


def test_state_owned_media_take_their_state_side():
    # TASS is state-owned Russian media: side russia; Reuters is not state media: no side
    actors = actor_packs().actors
    assert actors["tass"].state_owned and actors["tass"].side == "russia"
    assert actors["reuters"].side is None


def test_every_supplement_place_has_a_source():
    # the brief requires a source note for every coordinate in the supplement
    assert all(p["source"] for p in supplement_places())


def test_place_words_map_province_to_admin1():
    words, preps = place_words()
    assert words["province"] == "ADM1" and words["city"] == "PPL"
    assert "in" in preps


# --- the global pack: every UN member state, media, IGOs (issue 5) ---------------------------



def test_every_un_member_state_is_an_actor():
    # 193 UN members plus the two observer states, each a GPE with sector GOV and its ISO3
    states = [a for a in actor_packs().actors.values() if a.kind == "GPE"]
    assert len(states) == 195
    assert all(a.sector == "GOV" and a.id == a.country.lower() for a in states)


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("Iraqi", "IRQ"),        # adjective from the states block
        ("Lebanese", "LBN"),     # -ese adjective, no plural generated
        ("Emirati", "ARE"),      # hand-fixed demonym
        ("Turks", "TUR"),        # noun form added by hand
        ("US", "USA"),           # abbreviation from the extra demonyms
        ("Kurdish", None),       # a people without a state
    ],
)
def test_demonyms_map_to_their_state(word, iso3):
    assert actor_packs().demonyms[word] == iso3


@pytest.mark.parametrize(
    ("actor_id", "country", "side"),
    [
        ("xinhua", "CHN", None),            # state-owned, but China has no side in Syria 2020
        ("ria", "RUS", "russia"),           # state-owned Russian agency takes Russia's side
        ("daily_sabah", "TUR", "turkey"),   # privately owned, pro-government: state_aligned
        ("reuters", "GBR", None),           # independent agency: no side
        ("unhcr", None, "un"),              # IGO whose side the conflict pack gives (actor_sides)
        ("isis", None, "jihadist"),         # conflict pack armed group
    ],
)
def test_media_and_igo_sides(actor_id, country, side):
    actor = actor_packs().actors[actor_id]
    assert (actor.country, actor.side) == (country, side)


def _packs_with(monkeypatch, edits):
    """actor_packs over the real packs with `edits[name](pack)` applied to a copy of each."""
    def patched(name):
        pack = copy.deepcopy(load_pack(name))
        if name in edits:
            edits[name](pack)
        return pack
    monkeypatch.setattr(packdata, "load_pack", patched)
    return packdata.actor_packs.__wrapped__


def _add_actor(pack_name, **fields):
    return {pack_name: lambda p: p["actors"].append(fields)}


@pytest.mark.parametrize(
    ("edits", "message"),
    [
        # an id used twice across the global and the conflict pack
        (_add_actor("syria2020", id="tass", name="TASS copy", kind="ORG"),
         "syria2020.yaml: actors[", ),
        # a side the conflict pack does not declare
        (_add_actor("syria2020", id="x1", name="X", kind="ORG", side="martians"),
         "unknown side 'martians'"),
        # a sector outside the global pack's sectors
        (_add_actor("actors_global", id="x2", name="X", kind="ORG", sector="SPACE"),
         "sector 'SPACE' is not one of"),
        # a country that is not ISO alpha-3
        (_add_actor("syria2020", id="x3", name="X", kind="ORG", country="SY"),
         "country 'SY' is not an ISO 3166 alpha-3 code"),
        # state_sides pointing at an undeclared side
        ({"syria2020": lambda p: p["state_sides"].update(JOR="jordan")},
         "syria2020.yaml: state_sides['JOR']: unknown side 'jordan'"),
        # a demonym given to two states
        ({"actors_global": lambda p: p["states"][0]["demonyms"].append("Syrian")},
         "demonym 'Syrian' already names"),
        # actor_sides naming an actor no pack has
        ({"syria2020": lambda p: p["actor_sides"].update(nobody="un")},
         "actor_sides: unknown actor id 'nobody'"),
        # the sectors key itself is missing
        ({"actors_global": lambda p: p.pop("sectors")},
         "actors_global.yaml: missing key 'sectors'"),
        # a role noun mapped to an undeclared sector
        ({"actors_global": lambda p: p["role_nouns"].update(wizards="MAGIC")},
         "actors_global.yaml: role_nouns['wizards']: sector 'MAGIC' is not one of"),
    ],
)
def test_bad_packs_fail_naming_file_and_key(monkeypatch, edits, message):
    build = _packs_with(monkeypatch, edits)
    with pytest.raises(PackError, match=re.escape(message)):
        build("syria2020")


def test_duplicate_id_names_the_id(monkeypatch):
    # the message says which id is duplicated, so the author can find it
    build = _packs_with(monkeypatch, _add_actor("syria2020", id="tass", name="T", kind="ORG"))
    with pytest.raises(PackError, match="duplicate id 'tass'"):
        build("syria2020")


@pytest.mark.parametrize(
    ("env", "names"),
    [
        (None, ("syria2020",)),                       # unset: the default conflict
        ("syria2020", ("syria2020",)),                # one pack
        (" syria2020 , other ", ("syria2020", "other")),  # spaces trimmed, order kept
        ("other,other,syria2020", ("other", "syria2020")),  # repeats dropped
    ],
)
def test_conflict_names_from_env(monkeypatch, env, names):
    if env is None:
        monkeypatch.delenv("FOGOFWAR_PACKS", raising=False)
    else:
        monkeypatch.setenv("FOGOFWAR_PACKS", env)
    assert packdata.conflict_names() == names


def test_empty_env_list_is_an_error(monkeypatch):
    # "," names no pack at all: a clear error, not a silent default
    monkeypatch.setenv("FOGOFWAR_PACKS", ",")
    with pytest.raises(PackError, match="FOGOFWAR_PACKS"):
        packdata.conflict_names()


def test_missing_conflict_pack_is_a_pack_error():
    # a typo in FOGOFWAR_PACKS names the missing file
    with pytest.raises(PackError, match="nosuchwar.yaml"):
        packdata.actor_packs.__wrapped__("nosuchwar")


def test_second_conflict_pack_adds_actors_and_first_pack_wins_on_sides(monkeypatch):
    # a second conflict pack: its actors and sides join; a state it maps differently keeps
    # the first pack's side
    second = {"sides": ["russia2", "ukraine"], "state_sides": {"RUS": "russia2", "UKR": "ukraine"},
              "actors": [{"id": "ukr_army", "name": "Armed Forces of Ukraine", "kind": "ORG",
                          "country": "UKR", "sector": "MIL", "side": "ukraine"}]}
    real = load_pack

    def patched(name):
        return copy.deepcopy(second) if name == "ukraine_test" else real(name)
    monkeypatch.setattr(packdata, "load_pack", patched)
    packs = packdata.actor_packs.__wrapped__(("syria2020", "ukraine_test"))
    assert packs.actors["ukr_army"].side == "ukraine"
    assert packs.actors["ukr"].side == "ukraine"
    assert packs.actors["rus"].side == "russia"
    assert {"ukraine", "russia2", "syria_gov"} <= packs.sides


@pytest.mark.parametrize(
    ("noun", "sector"),
    [
        ("officials", "GOV"),  # "Hungarian officials"
        ("police", "MIL"),  # "Ugandan police": no police sector, so MIL
        ("rebels", "REB"),  # "Syrian rebels"
        ("forces", "MIL"),  # every force noun is a role noun too
    ],
)
def test_role_nouns_map_to_sectors(noun, sector):
    assert packdata.actor_packs().role_nouns[noun] == sector


def test_outlets_pack_is_the_one_list_of_media():
    # issue 13: media live only in outlets.yaml; those with an id are MED actors
    from fogofwar.clean.outlets import outlets

    assert not [a for a in load_pack("actors_global")["actors"] if a.get("sector") == "MED"]
    actors = actor_packs().actors
    with_id = [o for o in outlets() if o.id]
    assert len(with_id) >= 70
    for outlet in with_id:
        actor = actors[outlet.id]
        assert (actor.name, actor.sector, actor.country) == (outlet.name, "MED", outlet.country)
    # a state-aligned private outlet takes its state's side like state media (syria2020)
    assert actors["daily_sabah"].side == "turkey" and actors["sana"].side == "syria_gov"
