"""The geoparse benchmark's own parsing and scoring, on small hand-written samples."""

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import geoparse  # noqa: E402

TEXT = "Talks in Ankara, then Aleppo."


@pytest.mark.parametrize(
    ("phrase", "given", "expected"),
    [
        ("Ankara", 9, 9),     # offset right: kept
        ("Ankara", 11, 9),    # start too large by 2 (the TR-News quirk): repaired
        ("Aleppo", 30, 22),   # off by 8, still inside the +-10 window
        ("Moscow", 9, None),  # phrase not there: dropped
    ],
)
def test_fix_offset(phrase, given, expected):
    assert geoparse.fix_offset(TEXT, phrase, given) == expected


def test_summarize_counts_unresolved_as_max_error():
    # errors 0, 100, 500 km and one unresolved -> 2 of 4 within 161 km; mean over 4 with 20039
    s = geoparse.summarize([0.0, 100.0, 500.0, None])
    assert s["n"] == 4 and s["unresolved"] == 1
    assert s["acc161"] == 0.5
    assert s["mean_km"] == pytest.approx((0 + 100 + 500 + 20039) / 4, abs=0.1)
    assert s["median_km"] == 300.0


@pytest.mark.parametrize(
    ("errors", "expected"),
    [
        ([0.0, 0.0], 0.0),                      # perfect -> 0
        ([20039.0], 1.0),                       # worst -> 1
        ([100.0], math.log(101) / math.log(20040)),  # one error: its normalised log
    ],
)
def test_auc(errors, expected):
    assert geoparse.auc(errors) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("pred", "gold", "exact", "pairs"),
    [
        # exact match needs the same boundaries; "the UK" vs "UK" only overlaps
        ([(0, 6), (10, 12)], [(0, 6), (14, 16), (11, 12)], True, [(0, 0)]),
        ([(0, 6), (10, 12)], [(0, 6), (14, 16), (11, 12)], False, [(0, 0), (1, 2)]),
        # one prediction spanning two gold spans matches only one of them
        ([(0, 20)], [(0, 5), (10, 15)], False, [(0, 0)]),
        # touching but not overlapping spans do not match
        ([(0, 5)], [(5, 9)], False, []),
    ],
)
def test_match_spans(pred, gold, exact, pairs):
    assert geoparse.match_spans(pred, gold, exact) == pairs


def test_distance_km_one_degree_of_latitude():
    # a degree of latitude is about 111 km
    assert geoparse.distance_km((35.0, 36.0), (36.0, 36.0)) == pytest.approx(111.2, abs=0.5)


def test_same_id_hits_counts_the_right_entry_even_with_a_distant_point():
    # gold Canada (GeoNames 6251999) at GeoNames' own point; a resolver that picks the same
    # entry with another centre point is right by id; a wrong entry 2,000 km off is not
    from types import SimpleNamespace as P

    import spacy

    text = "Canada and Ankara."
    doc = spacy.blank("en")(text)
    gd = geoparse.GoldDoc(text, (
        geoparse.Gold(0, 6, "Canada", 60.10867, -113.64258, 6251999),
        geoparse.Gold(11, 17, "Ankara", 39.91987, 32.85427, 323786)))
    picks = [P(geonames_id=6251999, lat=60.0, lon=-95.0),    # same id, ~1,000 km away
             P(geonames_id=1, lat=40.0, lon=10.0)]           # wrong entry, far
    hits, scored = geoparse.same_id_hits(doc, gd, lambda d, spans, **kw: picks[:len(spans)])
    assert (hits, scored) == (1, 2)


def test_offset_map_follows_cleaning():
    # the cleaner dropped a leading line: gold offsets move with the text
    old, new = "Share this!\nTalks in Ankara.", "Talks in Ankara."
    move = geoparse.offset_map(old, new)
    start = old.index("Ankara")
    assert new[move(start):move(start + 5) + 1] == "Ankara"
    assert move(0) is None  # "Share this!" is gone


def test_score_export_doc_counts_found_placed_and_same_id():
    # Ankara found and within 161 km; Aleppo found at a far point but with its own GeoNames id;
    # Idlib not exported at all
    text = "Talks in Ankara, then Aleppo and Idlib."
    gold = geoparse.GoldDoc(text, (
        geoparse.Gold(9, 15, "Ankara", 39.92, 32.85, 323786),
        geoparse.Gold(22, 28, "Aleppo", 36.20, 37.16, 170063),
        geoparse.Gold(33, 38, "Idlib", 35.93, 36.63, 169389)))
    art = {"text": text, "places": [
        {"start": 9, "end": 15, "lat": 39.93, "lon": 32.86, "geonames_id": 323786},
        {"start": 22, "end": 28, "lat": 30.0, "lon": 30.0, "geonames_id": 170063}]}
    counts, errors = [0, 0, 0, 0], []
    geoparse.score_export_doc(gold, art, counts, errors)
    assert counts == [3, 2, 1, 2]
    assert errors[0] < 5 and errors[1] > 161


def test_a_headline_place_does_not_match_a_body_toponym_by_its_offsets():
    # articles 1.7: a headline's place has offsets into the title, which may overlap a body
    # toponym's offsets ("Aleppo" at 0-6 of the title, "Talks in" at 0-8 of the body)
    text = "Talks in Ankara."
    gold = geoparse.GoldDoc(text, (geoparse.Gold(9, 15, "Ankara", 39.92, 32.85, 323786),))
    art = {"text": text, "places": [
        {"start": 6, "end": 12, "lat": 36.2, "lon": 37.16, "geonames_id": 170063,
         "in_title": True}]}
    counts, errors = [0, 0, 0, 0], []
    geoparse.score_export_doc(gold, art, counts, errors)
    assert counts == [1, 0, 0, 0]
