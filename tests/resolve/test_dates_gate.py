"""The date pattern's first-words lookahead is a shortcut only: it finds what the pattern
without it finds, in any text made of the pack's own words and others."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.resolve.dates import _pack, _regex, month_names

_LOOKBEHIND = r"(?<![\w])"


def _ungated() -> re.Pattern[str]:
    gated = _regex().pattern
    body = gated[gated.index("(?:", len(_LOOKBEHIND)):]
    return re.compile(_LOOKBEHIND + body, re.IGNORECASE)


def _words() -> list[str]:
    p = _pack()
    words = [*month_names(), *(n for ns in p["weekdays"].values() for n in ns), *p["numbers"],
             *p["relative"], *p["weekday_modifiers"], *p["year_prepositions"], *p["ago_units"],
             *p["past_units"], "the", "past", "last", "end", "of", "ago", "2019", "14th", "3",
             "2020-02-11", "Sept.", "Thé", "Ünited", "aLL", "-", ",", "mid-"]
    return [str(w) for w in words]


WORDS = st.sampled_from(_words())
SEPARATORS = st.sampled_from([" ", "  ", ", ", "-", ".", "\n", "", "'s "])


@settings(deadline=None, max_examples=300)
@given(st.lists(st.tuples(WORDS, SEPARATORS), max_size=12).map(
    lambda parts: "".join((w.upper() if i % 3 == 0 else w) + s
                          for i, (w, s) in enumerate(parts))))
def test_gate_changes_no_match(text):
    def found(pattern: re.Pattern[str]) -> list:
        return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]

    assert found(_regex()) == found(_ungated())


def test_gate_on_own_sentence():
    text = "In mid-February, three days ago and on Tuesday the 4th of March 2021, shelling went on."
    assert [m.group() for m in _regex().finditer(text)] == \
        [m.group() for m in _ungated().finditer(text)] != []
