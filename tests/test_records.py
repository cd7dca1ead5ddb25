"""The records' export dicts: the flat fast path must give what dataclasses.asdict gives."""

from dataclasses import asdict

from fogofwar.records import Claim, Figure, Mention, Place, SourceSpan, flat_dict


def test_flat_dict_matches_asdict_in_keys_order_and_values():
    place = Place("Kherson", 3, 10, name="Kherson", geonames_id=706448, lat=46.6, lon=32.6,
                  country="UA", precision="town", role="actor")
    span = SourceSpan("he", 0, 2)
    for record in (place, span, Mention("Kyiv", 0, 4, actor_id="ua.gov", side="UA")):
        got = flat_dict(record)
        assert list(got.items()) == list(asdict(record).items())


def test_to_dict_shapes_are_unchanged():
    mention = Mention("the army", 4, 12, actor_class="security_forces")
    assert mention.to_dict()["class"] == "security_forces"
    assert "actor_class" not in mention.to_dict()
    fig = Figure("12", 12.0, 12.0, 12.0, False, "people", "killed", start=5, end=7)
    assert fig.to_dict() == {"text": "12", "value": 12.0, "low": 12.0, "high": 12.0,
                             "approx": False, "counts": "people", "category": "killed"}


def test_each_call_gives_a_fresh_dict():
    place = Place("Odesa", 0, 5)
    first = place.to_dict()
    first["name"] = "changed"
    assert place.to_dict()["name"] is None and place.name is None


def test_nested_records_still_export_through_their_own_to_dict():
    claim = Claim("c1", "He said.", 0, 8, False, "said", None,
                  Mention("he", 0, 2, actor_class="civilians"), ["TASS"],
                  source=SourceSpan("he", 0, 2))
    d = claim.to_dict()
    assert d["claimant"]["class"] == "civilians"
    assert d["source"] == {"text": "he", "start": 0, "end": 2}
