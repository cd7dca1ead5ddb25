"""The one most common item of a count, None on an empty count or a tie at the top."""

from collections import Counter

from fogofwar.tally import sole_leader


def test_one_key_leading_is_the_leader():
    assert sole_leader(Counter({"KEN": 3, "SOM": 1})) == "KEN"
    assert sole_leader(Counter({("NGA", "Borno"): 2})) == ("NGA", "Borno")


def test_a_tie_at_the_top_or_no_count_names_none():
    assert sole_leader(Counter({"ISR": 2, "PSE": 2, "LBN": 1})) is None
    assert sole_leader(Counter()) is None
