"""Statement units: quotes merged across sentences, line breaks ending a statement unless they
cut a hard-wrapped sentence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.extract.units import is_quote_only, is_quoted, quote_depths, statement_units


@pytest.mark.parametrize("text,expected", [
    # a quote-only paragraph (seed 000)
    ("“Turkey with complete sincerity wants Syria’s stability and security.”", True),
    # a quote followed by its attribution is not quote-only
    ("“Five of our troops were killed,” the Turkish Defense Ministry said.", False),
    # scare quotes in single marks are not reported speech
    ("The Turkish Defense Ministry even announced that ‘regime forces’ had fled.", False),
])
def test_quote_only(text, expected):
    assert is_quote_only(text) is expected


@pytest.mark.parametrize("text,expected", [
    # curly double quotes
    ("He vowed to “hit regime forces everywhere” if Turkish soldiers are harmed.", True),
    # straight double quotes
    ('He said "we will respond" on Monday.', True),
    # apostrophes and single scare quotes only
    ("Erdogan’s ‘safe zone’ plan.", False),
])
def test_is_quoted(text, expected):
    assert is_quoted(text) is expected


def test_quote_spanning_sentences_is_one_unit(nlp):
    # seed 001: two quoted sentences and "he said" are one statement
    text = ("“Over the past two days, more than 800 militants have been pulled to the zone. "
            "According to reconnaissance data, terrorists are planning an offensive,” he said.")
    units = statement_units(nlp(text))
    assert len(units) == 1 and units[0].text.endswith("he said.")


def test_lines_split_and_paragraphs_count(nlp):
    # seed 002: bullet lines carry no full stop but are separate statements
    text = ("LATEST — Ministry of National Defense on the attack:\n• 115 regime targets have been "
            "struck\n• 101 regime soldiers have been neutralized\n\nTurkey called on Moscow.")
    units = statement_units(nlp(text))
    assert [u.text for u in units] == [
        "LATEST — Ministry of National Defense on the attack:",
        "• 115 regime targets have been struck",
        "• 101 regime soldiers have been neutralized",
        "Turkey called on Moscow.",
    ]
    assert units[0].paragraph < units[-1].paragraph


@pytest.mark.parametrize("text,expected", [
    # a hard-wrapped sentence (blank lines between its lines) is one statement
    ("Six guards were killed in an ambush near the\n\nborder town, police sources told AFP.",
     ["Six guards were killed in an ambush near the\n\nborder town, police sources told AFP."]),
    ("Rebels shelled the market,\nkilling nine people, the mayor said.",
     ["Rebels shelled the market,\nkilling nine people, the mayor said."]),
    # a finished line, or a new line in capitals, still ends the statement
    ("Six guards were killed.\n\nthe mayor spoke later on radio.",
     ["Six guards were killed.", "the mayor spoke later on radio."]),
    ("Latest news\n\nRebels shelled the market, the mayor said.",
     ["Latest news", "Rebels shelled the market, the mayor said."]),
])
def test_wrapped_lines_join(nlp, text, expected):
    assert [u.text for u in statement_units(nlp(text))] == expected


def test_each_call_gives_its_own_list_of_the_same_units(nlp):
    first = nlp("Troops advanced. “We hold the bridge,” he said.")
    a = statement_units(first)
    b = statement_units(first)
    assert a is not b and [u.span for u in a] == [u.span for u in b]
    b.pop()  # one caller's list is its own
    assert len(statement_units(first)) == len(a) == 2
    other = nlp("Shelling continued overnight.")
    assert [u.text for u in statement_units(other)] == ["Shelling continued overnight."]
    assert [u.text for u in statement_units(first)] == [u.text for u in a]


def _depths_char_by_char(text: str) -> list[int]:
    """The reference: quote depth after each character, read one character at a time."""
    depths, depth, straight_open = [0], 0, False
    for ch in text:
        if ch in "“«„":
            depth += 1
        elif ch in "”»":
            depth = max(0, depth - 1)
        elif ch == '"':
            depth += -1 if straight_open else 1
            straight_open = not straight_open
        elif ch == "\n":
            depth, straight_open = 0, False
        depths.append(depth)
    return depths


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab “”«»„"\n\'')), max_size=60))
def test_quote_depths_filled_by_runs_match_char_by_char(text: str) -> None:
    assert list(quote_depths(text)) == _depths_char_by_char(text)


def test_quote_depths_on_a_sentence() -> None:
    depths = quote_depths('He said “we “will” hold”.\nThen "no"')
    assert max(depths) == 2
    assert depths[-1] == 0 and depths[len(depths) - 4] == 1


@pytest.mark.parametrize(("before", "piece", "gap", "expected"), [
    # the parser ended a sentence at a bracket inside one line (round c402-c409)
    ("Raiders burned 30 huts in northern Equatoria", "[NE] on Friday, elders told AFP.", " ",
     True),
    ("Raiders burned 30 huts in northern Equatoria,", "which elders said was the third raid.",
     " ", True),
    # a sentence that ended, or a line break, is no cut
    ("Raiders burned 30 huts.", "[Photo] Elders said so.", " ", False),
    ("Raiders burned 30 huts in northern Equatoria", "[NE] on Friday.", "\n", False),
    ("Raiders burned 30 huts in northern Equatoria", "Elders said so.", " ", False),
])
def test_cut_short(before, piece, gap, expected):
    from fogofwar.extract.units import _cut_short
    assert _cut_short(before, piece, gap) is expected


def test_a_bracket_inside_a_sentence_keeps_it_one_unit(nlp):
    text = ("Raiders burned 30 huts in the north of the Central African Republic [CAR] on "
            "Friday, elders told the AFP news agency.")
    units = statement_units(nlp(text))
    assert len(units) == 1


def test_a_label_cut_off_at_its_colon_joins_what_it_heads(nlp):
    """A headline's place label ("Dorvel: Rebels kill village chief") is one statement with
    the words it heads; a colon after a lower-case speaker ("He said:") is no label."""
    texts = [u.text for u in statement_units(nlp("Dorvel: Rebels kill village chief"))]
    assert texts == ["Dorvel: Rebels kill village chief"]
    said = [u.text for u in statement_units(nlp("He said: Nobody was hurt in the blast."))]
    assert all(not t.startswith("He said:") or len(t) > 9 for t in said)


@pytest.mark.parametrize(("before", "piece", "gap", "expected"), [
    # the parser cut before a closing attribution set off by a comma (round chains25b)
    ("The convoy was heading for the rebels' camp near the border — and we are still looking "
     "into why it was hit", ", the colonel said.", " ", True),
    ("Six guards were killed at the river checkpoint", "; two attackers were captured.", " ",
     True),
    # a line break, or a piece opening on a word, is no such cut
    ("Six guards were killed at the river checkpoint", ", the colonel said.", "\n", False),
    ("Six guards were killed.", "The colonel said so.", " ", False),
])
def test_a_piece_opening_on_a_comma_continues(before, piece, gap, expected):
    from fogofwar.extract.units import _continues
    assert _continues(before, piece, gap) is expected
