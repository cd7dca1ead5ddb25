"""bench/entities.py's own gold reading and span matching, on inline hand-written samples."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from entities import Span, load_re3d, match, summarise  # noqa: E402

GOLD = [Span("d", 0, 5, "Organisation"),    # "Syria"
        Span("d", 18, 24, "Location"),      # "Israel"
        Span("d", 30, 47, "Person")]        # "the Foreign Secretary"


@pytest.mark.parametrize(
    ("pred", "overlap", "expected"),
    [
        # exact offsets and type: a true positive
        ([Span("d", 0, 5, "Organisation")], False, {"Organisation": (1, 0, 0)}),
        # same span, wrong type: a false positive of one type and a miss of the other
        ([Span("d", 0, 5, "Location")], False,
         {"Location": (0, 1, 1), "Organisation": (0, 0, 1)}),
        # partial span: a miss when exact, a hit when overlapping
        ([Span("d", 34, 47, "Person")], False, {"Person": (0, 1, 1)}),
        ([Span("d", 34, 47, "Person")], True, {"Person": (1, 0, 0)}),
        # two predictions overlapping one gold span: only one may take it
        ([Span("d", 30, 33, "Person"), Span("d", 34, 47, "Person")], True,
         {"Person": (1, 1, 0)}),
        # a prediction in another document does not match
        ([Span("e", 0, 5, "Organisation")], True, {"Organisation": (0, 1, 1)}),
    ],
)
def test_match_counts(pred, overlap, expected):
    counts = match(GOLD, pred, overlap)
    for kind, (tp, fp, fn) in expected.items():
        assert (counts[kind]["tp"], counts[kind]["fp"], counts[kind]["fn"]) == (tp, fp, fn)


def test_summarise_micro_sums_entity_types_only():
    # micro averages Person/Organisation/Location/Nationality; Quantity is reported apart
    counts = match(GOLD + [Span("d", 50, 52, "Quantity")],
                   [Span("d", 0, 5, "Organisation"), Span("d", 50, 52, "Quantity")], False)
    out = summarise(counts, ("Organisation", "Location", "Person", "Quantity"))
    assert out["micro"]["tp"] == 1 and out["micro"]["fn"] == 2
    assert out["Quantity"]["f1"] == 1.0


def test_load_re3d_keeps_confident_rows_of_scored_types(tmp_path):
    # confidence 0 rows are rejected alternatives; Weapon is not a type fogofwar predicts
    folder = tmp_path / "BBC Online"
    folder.mkdir()
    doc = {"_id": "D1", "text": "Syria has accused Israel of bombarding an area."}
    rows = [
        {"documentId": "D1", "begin": 0, "end": 5, "type": "Location", "confidence": 0},
        {"documentId": "D1", "begin": 0, "end": 5, "type": "Organisation", "confidence": 1},
        {"documentId": "D1", "begin": 18, "end": 24, "type": "Organisation", "confidence": 0.7},
        {"documentId": "D1", "begin": 28, "end": 38, "type": "Weapon", "confidence": 1},
    ]
    (folder / "documents.json").write_text(json.dumps(doc) + "\n")
    (folder / "entities.json").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    texts, gold = load_re3d(tmp_path)
    assert texts == {"D1": doc["text"]}
    assert gold == {Span("D1", 0, 5, "Organisation"), Span("D1", 18, 24, "Organisation")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Votel", True),  # a capitalised title before a name the model typed ORG
        ("Foreign Secretary Philip Hammond", True),  # a two-word title
        ("Syrian officials", False),  # no title at all
        ("spokesman Peskov", False),  # lowercase role words are not titles
    ],
)
def test_titled_mention_reads_as_person(text, expected):
    from entities import _titled
    titles = {"Gen.": "MIL", "Foreign Secretary": "GOV", "spokesman": "GOV"}
    assert _titled(text, titles) is expected
