"""Actor and place packs load, merge and validate."""

from fogofwar.annotate.packdata import actor_packs, place_words, supplement_places


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
