"""bench/events.py's own scoring: gold type mapping, gold actor codes, macro-F1, and scoring of
sentences with no event, on a hand-written sample (no gold data read)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from fogofwar.records import Event, Mention

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_events", BENCH / "events.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.parametrize("raw,mapped", [
    ("DEMAND", "REQUEST"),      # PLOVER 0.5 DEMAND is today's REQUEST
    ("DISAPPROVE", "ACCUSE"),   # CAMEO2PLOVER-2021: 11x -> ACCUSE (disapprove)
    ("INVESTIGATE", "ACCUSE"),  # CAMEO2PLOVER-2021: 09x -> ACCUSE (investigate)
    ("FIGHT", "FIGHT"),         # unchanged types pass through
])
def test_gold_type(bench, raw, mapped):
    assert bench.gold_type(raw) == mapped


@pytest.mark.parametrize("field,codes", [
    ([{"actorText": "Hungarian", "code": "HUN"}, {"actorText": "UN", "code": "IGO"}], {"HUN"}),
    ("", set()),                     # no target recorded
    ("diplomatic", set()),           # a stray string in the target field
    ([{"actorText": "x", "code": "JAP"}], {"JAP"}),  # codes are kept as written
])
def test_gold_codes(bench, field, codes):
    assert bench.gold_codes(field) == codes


def _event(kind, country=None):
    actor = Mention("x", 0, 1, country=country) if country else None
    return Event("e", kind, None, actor, None, None, None, None, [], None, "s")


def test_score_counts_missing_event_as_wrong(bench):
    coded = [
        ({"event": "DEMAND", "source": [{"code": "USA"}], "target": ""}, _event("REQUEST", "USA")),
        ({"event": "FIGHT", "source": [{"code": "SYR"}], "target": ""}, _event("ASSAULT", "TUR")),
        ({"event": "AGREE", "source": "", "target": ""}, None),
    ]
    result = bench.score(coded)
    assert result["type_accuracy"] == round(1 / 3, 3)
    assert result["no_event"] == 1
    assert result["source_scored"] == 2 and result["source_country_accuracy"] == 0.5
    assert result["top_confusions"] == {"FIGHT->ASSAULT": 1, "AGREE->NONE": 1}


def test_macro_f1(bench):
    # REQUEST: P=1 R=1 F=1; FIGHT: F=0; AGREE: F=0 -> macro 1/3
    pairs = [("REQUEST", "REQUEST"), ("FIGHT", "ASSAULT"), ("AGREE", "NONE")]
    assert bench.macro_f1(pairs) == round(1 / 3, 3)
