"""Exports: JSON lines, ACLED-like CSV, GeoJSON, and the shipped JSON Schemas.

Inputs are articles in the export shape built from sentences of the demo articles 003 and 004
(South Front, reposted by Global Research).
"""

from __future__ import annotations

import copy
import csv
import io
import json
from datetime import date

import orjson
import pytest
from jsonschema import Draft202012Validator, ValidationError

from fogofwar.present.export import (
    CSV_COLUMNS,
    fatalities,
    load_schema,
    validate,
    write_csv_events,
    write_geojson_events,
    write_jsonl,
)
from fogofwar.reconcile import build_incidents, outlet_framing
from fogofwar.records import Claim, Event, Figure, Mention, Place

# 004: the February 10 attack near Saraqib and its toll.
S_ATTACK = ("On February 10, \u2018al-Qaeda freedom fighters\u2019 launched a powerful attack on "
            "positions of pro-government forces near Saraqib.")
S_TOLL = ("At least 5 Turkish personnel were reportedly killed in the retaliatory strikes by the "
          "Syrian Army.")
# 003: the pro-government count of militants killed.
S_CLAIM = ("Pro-government sources claimed that 40 militants were also killed, but this number "
           "remains unconfirmed.")


def mention(text: str, phrase: str, **kw) -> Mention:
    start = text.index(phrase)
    return Mention(phrase, start, start + len(phrase), **kw)


def saraqib(text: str) -> Place:
    start = text.index("Saraqib")
    return Place("Saraqib", start, start + 7, "Saraqib", 166911, 35.86209, 36.80555, "SY", "09",
                 "PPL", "town")


def article(aid: str, text: str, claims: list[Claim], events: list[Event], **kw) -> dict:
    base = {"id": aid, "source": f"demo/{aid}.txt", "url": None, "outlet": "Global Research",
            "original_outlet": "South Front", "title": None, "byline": None,
            "published": "2020-02-15", "published_precision": "day", "text": text,
            "removed": ["Articles by: South Front"], "duplicate_of": None,
            "removed_rules": ["signature"], "published_from": "metadata",
            "actors": [], "places": [],
            "claims": [{**c.to_dict(), "narrator": c.narrator} for c in claims],
            "events": [e.to_dict() for e in events]}
    return {**base, **kw}


def south_front_004() -> dict:
    text = f"{S_ATTACK} {S_TOLL}"
    rebels = mention(text, "al-Qaeda freedom fighters", actor_id="HTS", name="Hayat Tahrir "
                     "al-Sham", country="SYR", sector="REB", side="opposition")
    loyal = mention(text, "pro-government forces", side="government")
    army = mention(text, "Syrian Army", actor_id="SYR_MIL", name="Syrian Arab Army",
                   country="SYR", sector="MIL", side="government")
    turks = mention(text, "Turkish personnel", actor_id="TUR_MIL", country="TUR", side="turkey")
    toll = Figure("At least 5 Turkish personnel", 5, 5, None, False, "Turkish personnel",
                  "killed")
    start = text.index(S_TOLL)
    claims = [Claim("c1", S_ATTACK, 0, len(S_ATTACK), False, None, None, None, ["South Front"],
                    narrator=True),
              Claim("c2", S_TOLL, start, start + len(S_TOLL), False, None, "reportedly", None,
                    ["South Front"], [toll], narrator=True)]
    events = [Event("e1", "ASSAULT", None, rebels, loyal, saraqib(text), date(2020, 2, 10),
                    "day", [], "c1", S_ATTACK),
              Event("e2", "ASSAULT", "artillery", army, turks, None, None, None, [toll], "c2",
                    S_TOLL)]
    art = article("art-004", text, claims, events)
    art["actors"] = [m.to_dict() for m in (rebels, loyal, army, turks)]
    art["places"] = [saraqib(text).to_dict()]
    return art


def south_front_003() -> dict:
    text = S_CLAIM
    sources = mention(text, "Pro-government sources", side="government")
    forty = Figure("40 militants", 40, None, None, False, "militants", "killed")
    claim = Claim("c1", text, 0, len(text), False, "claimed", "unconfirmed", sources,
                  ["Pro-government sources", "South Front"], [forty])
    nayrab = Place("Nayrab", 0, 0, "Nayrab", 163915, 35.8736, 36.7361, "SY", "09", "PPL", "town")
    event = Event("e1", "ASSAULT", None, None, None, nayrab, date(2020, 2, 10), "day", [forty],
                  "c1", text)
    art = article("art-003", text, [claim], [event], url="https://www.globalresearch.ca/x")
    art["actors"] = [sources.to_dict()]
    return art


@pytest.fixture
def articles() -> list[dict]:
    return [south_front_003(), south_front_004()]


def test_write_jsonl_one_parseable_object_per_line(articles):
    out = io.BytesIO()
    assert write_jsonl(articles, out) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert [orjson.loads(line) for line in lines] == articles


def test_sample_articles_validate(articles):
    for art in articles:
        validate(art, "article")


def test_csv_one_row_per_event_with_acled_columns(articles):
    out = io.StringIO()
    assert write_csv_events(articles, out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 3
    claimed, attack, toll = rows
    # the relayed claim: claimant, chain joined, hedge, fatalities from the killed figure
    assert claimed["claimant"] == "Pro-government sources"
    assert claimed["chain"] == "Pro-government sources > South Front"
    assert claimed["hedge"] == "unconfirmed"
    assert (claimed["fatalities_low"], claimed["fatalities_high"]) == ("40", "40")
    # a located event: coordinates, place and both actors with side
    assert (attack["location"], attack["latitude"], attack["longitude"]) == (
        "Saraqib", "35.86209", "36.80555")
    assert (attack["actor1"], attack["actor1_side"]) == ("Hayat Tahrir al-Sham", "opposition")
    assert (attack["actor2"], attack["actor2_side"]) == ("pro-government forces", "government")
    assert attack["event_date"] == "2020-02-10" and attack["source"] == "Global Research"
    # narration: the chain is the outlet; "at least 5" is open upwards; no place, no coordinates
    assert toll["claimant"] == "South Front" and toll["hedge"] == "reportedly"
    assert (toll["fatalities_low"], toll["fatalities_high"]) == ("5", "")
    assert toll["latitude"] == "" and toll["notes"] == S_TOLL


def test_geojson_one_point_per_located_event(articles):
    out = io.StringIO()
    assert write_geojson_events(articles, out) == 2
    fc = json.loads(out.getvalue())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 2
    nayrab, attack = fc["features"]
    assert nayrab["geometry"] == {"type": "Point", "coordinates": [36.7361, 35.8736]}
    assert attack["properties"]["location"] == "Saraqib"
    assert attack["properties"]["event_id"] == "e1"
    assert attack["properties"]["sub_event_type"] is None


def test_geojson_with_no_located_event_is_an_empty_collection():
    assert write_geojson_events([], out := io.StringIO()) == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


def fig(value=None, low=None, high=None, category="killed") -> dict:
    return {"text": "", "value": value, "low": low, "high": high, "approx": False,
            "counts": None, "category": category}


@pytest.mark.parametrize("figures, expected", [
    ([fig(40)], (40, 40)),                               # "40 militants were also killed"
    ([fig(5, low=5)], (5, None)),                        # "At least 5 Turkish personnel"
    ([fig(5), fig(1)], (6, 6)),                          # "five Turkish soldiers and a civilian"
    ([fig(40, high=40)], (0, 40)),                       # "up to 40": open downwards
    ([fig(5), fig(5, category="injured")], (5, 5)),      # "5 killed and 5 injured": killed only
    ([fig(115, category="targets")], (None, None)),      # "115 regime targets": no fatalities
    ([fig(100, low=100), fig(3)], (103, None)),          # any open figure leaves high open
])
def test_fatalities(figures, expected):
    assert fatalities(figures) == expected


def test_reconcile_outputs_validate(articles):
    # the incident and outlet exports as reconcile computes them conform to the schemas
    incidents = build_incidents(articles)
    assert incidents
    for inc in incidents:
        validate(inc, "incident")
    outlets = outlet_framing(articles)
    assert [o["outlet"] for o in outlets] == ["South Front"]
    for o in outlets:
        validate(o, "outlet")


INCIDENT = {
    "id": "inc-1", "type": "ASSAULT",
    "place": {"text": "Saraqib", "start": 0, "end": 7, "name": "Saraqib", "geonames_id": 166911,
              "lat": 35.86, "lon": 36.81, "country": "SY", "admin1": "09", "feature_code": "PPL",
              "precision": "town", "within": None},
    "date_start": "2020-02-10", "date_end": "2020-02-10", "articles": ["a", "b"],
    "mentioned_in": [],
    "events": ["e1", "e2"],
    "figures": [{"category": "killed", "claimant": "Turkish Defense Ministry", "side": "turkey",
                 "low": 5, "high": 5, "articles": ["a"]},
                {"category": "killed", "claimant": "South Front", "side": None, "low": 5,
                 "high": None, "articles": ["b"]}],
    "contradictions": [{"category": "killed", "values": ["40", "5"],
                        "claimants": ["Pro-government sources", "South Front"]}],
    "revisions": [{"category": "injured", "claimant": "Turkish Defense Ministry",
                   "claimants": ["Turkish Defense Ministry"], "side": "turkey",
                   "values": ["5", "45"], "latest": "45", "articles": ["a", "b"]}],
    "corroboration": "cross-side",
    "date_inherited": [],
}
OUTLET = {"outlet": "South Front", "articles": 2,
          "terms": {"Syrian Army": 3, "\u2018regime forces\u2019": 1},
          "labels": {"SYR_MIL": {"Syrian Army": 3}},
          "terms_per_article": {"Syrian Army": 1.5, "\u2018regime forces\u2019": 0.5},
          "scare_quotes": {"\u2018regime forces\u2019": 1},
          "loaded_verbs": {"capture": 2}, "loaded_verbs_per_article": {"capture": 1.0}}


@pytest.mark.parametrize("kind, record", [("incident", INCIDENT), ("outlet", OUTLET)])
def test_hand_built_records_validate(kind, record):
    validate(record, kind)


def _without(record: dict, path: tuple) -> dict:
    rec = copy.deepcopy(record)
    target = rec
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return rec


def _with(record: dict, path: tuple, value) -> dict:
    rec = copy.deepcopy(record)
    target = rec
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return rec


def _record(which: str) -> dict:
    return {"003": south_front_003, "004": south_front_004, "incident": lambda: INCIDENT,
            "outlet": lambda: OUTLET}[which]()


@pytest.mark.parametrize("which, kind, path", [
    ("003", "article", ("duplicate_of",)),                  # nullable but still required
    ("003", "article", ("removed",)),                       # boilerplate must be kept
    ("003", "article", ("claims", 0, "chain")),             # a claim without its chain
    ("003", "article", ("claims", 0, "claimant", "side")),  # a claimant missing a field
    ("004", "article", ("events", 1, "figures", 0, "category")),  # figure with no category
    ("004", "article", ("events", 0, "place", "lat")),      # an event place missing lat
    ("incident", "incident", ("corroboration",)),
    ("incident", "incident", ("figures", 1, "claimant")),   # figures name their claimant
    ("outlet", "outlet", ("labels",)),
])
def test_schema_rejects_missing_required_field(which, kind, path):
    record = _record(which)
    validate(record, kind)  # the complete record passes
    with pytest.raises(ValidationError):
        validate(_without(record, path), kind)


@pytest.mark.parametrize("which, kind, path, value", [
    ("003", "article", ("published",), "15/02/2020"),        # not YYYY[-MM[-DD]]
    ("003", "article", ("published_precision",), "hour"),    # not a known precision
    ("003", "article", ("extra",), 1),                       # no additional top-level fields
    ("003", "article", ("claims", 0, "quote"), "yes"),       # quote is a boolean
    ("003", "article", ("actors", 0, "role"), "source"),     # no extra fields in a Mention
    ("incident", "incident", ("corroboration",), "two-sources"),  # not a corroboration level
    ("incident", "incident", ("figures", 0, "category"), "dead"),  # not a figure category
    ("outlet", "outlet", ("terms", "regime"), "many"),       # counts are integers
])
def test_schema_rejects_wrong_values(which, kind, path, value):
    record = _record(which)
    validate(record, kind)
    with pytest.raises(ValidationError):
        validate(_with(record, path, value), kind)


@pytest.mark.parametrize("kind", ["article", "incident", "outlet"])
def test_schema_is_versioned_draft_2020_12_with_every_field_required(kind):
    schema = load_schema(kind)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith(f"/{kind}.schema.json")
    # major version 1: every 1.0 field is still there; minor versions only add
    assert schema["version"].startswith("1.") and "version" in schema["description"]
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == set(schema["properties"])


def test_unknown_schema_kind():
    with pytest.raises(ValueError, match="unknown schema kind"):
        load_schema("incidents")
