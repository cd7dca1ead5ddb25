"""bench/attribution.py's own brat reading, span matching and pairing, on an inline sample."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from attribution import (  # noqa: E402
    Predicted,
    match_spans,
    pairing,
    parse_ann,
    score,
)

# Hand-written for: 'Turkey sent tanks, the ministry said. According to SANA, ten died.'
#                    0         1         2         3         4         5         6
#                    0123456789012345678901234567890123456789012345678901234567890123456
ANN = "\n".join([
    "T1\tSource 19 31\tthe ministry",
    "T2\tCue 32 36\tsaid",
    "T3\tContent 0 17\tTurkey sent tanks",
    "T4\tAttribution 32 36\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    "T5\tCue 38 50\tAccording to",
    "T6\tSource 51 55\tSANA",
    "T7\tContent 57 66;67 67\tten died",
    "T8\tAttribution 38 50\tAccording to",
    "E2\tAttribution:T8 Cue:T5 Source:T6 Content:T7",
    "T9\tCue 0 3\tx",
    "T10\tAttribution 0 3\tx",
    "E3\tAttribution:T10 Cue:T9",  # no content: not an attribution we can score
])


def test_parse_ann_ties_spans_and_keeps_fragments():
    gold = parse_ann(ANN)
    assert len(gold) == 2  # the relation without content is left out
    assert gold[0].source == ((19, 31),) and gold[0].cue == ((32, 36),)
    assert gold[1].content == ((57, 66), (67, 67))  # a discontinuous span keeps its fragments


@pytest.mark.parametrize(("pred", "exact", "expected"), [
    # exact match on the outer extent of the fragments
    ([(57, 67)], True, (1, 0, 2)),
    # one character off is no exact match, but overlaps
    ([(20, 31)], True, (0, 1, 3)),
    ([(20, 31)], False, (1, 0, 2)),
    # one gold span matches one prediction only; duplicates count once
    ([(0, 5), (6, 17), (6, 17)], False, (1, 1, 2)),
])
def test_match_spans(pred, exact, expected):
    gold = [((0, 17),), ((19, 31),), ((57, 66), (67, 67))]
    assert match_spans(gold, pred, exact) == expected


def test_pairing_needs_content_then_checks_source():
    gold = parse_ann(ANN)
    right = Predicted(content=(0, 17), cues=[(32, 36)], sources=[(23, 31)])
    wrong = Predicted(content=(57, 66), cues=[(38, 50)], sources=[(0, 6)])
    # both contents found; only the first names an overlapping source
    assert pairing(gold, [right, wrong]) == (1, 2)
    # no content found: nothing to pair
    assert pairing(gold, [Predicted(content=(40, 45))]) == (0, 0)


def test_score_sums_counts_into_f1():
    gold = parse_ann(ANN)
    pred = [Predicted(content=(0, 17), cues=[(32, 36)], sources=[(19, 31)])]
    result = score([(gold, pred)])
    assert result["cue_exact"]["tp"] == 1 and result["cue_exact"]["fn"] == 1
    assert result["source_exact"]["precision"] == 1.0 and result["source_exact"]["recall"] == 0.5
    assert result["pairing"] == {"accuracy": 1.0, "correct": 1, "matched": 1}


def test_written_sources_keep_the_outer_voice_as_polnear_marks_it():
    from attribution import written_sources
    source = {"text": "X", "start": 0, "end": 1}
    told = {"text": "Reuters", "start": 7, "end": 14, "kind": "recipient"}
    voice = {"text": "Reuters", "start": 20, "end": 27, "kind": "voice"}
    beside = {"text": "Y", "start": 30, "end": 31, "kind": "beside"}
    assert written_sources({"relays": [told]}, source) == [source]  # "X told Reuters"
    assert written_sources({"relays": [voice]}, source) == [voice]  # "according to Reuters"
    assert written_sources({"relays": [beside]}, source) == [source, beside]
    old = {"text": "AP", "start": 40, "end": 42}  # an export before schema 1.5: every relay
    assert written_sources({"relays": [old]}, source) == [source, old]
