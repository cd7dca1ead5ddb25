"""A war's toll told as what the war or conflict has done is no incident's toll (round
figures18: the conflict's "more than 100,000 civilians" read as one prison strike's dead).
Sentences written for the test."""

import pytest

from fogofwar.reconcile.incidents import is_running_total


@pytest.mark.parametrize("sentence", [
    "According to aid agencies, the conflict in Eastland has resulted in killing more than "
    "50,000 civilians and wounding hundreds of thousands.",
    "The raid was one of the deadliest in six years of war in Eastland that have claimed tens "
    "of thousands of lives.",
    "The region is gripped by a decade-old insurgency that has claimed thousands of lives.",
    "The fighting has left at least 1,200 people dead, officials said.",
])
def test_a_wars_toll_is_a_running_total(sentence):
    assert is_running_total(sentence)


@pytest.mark.parametrize("sentence", [
    "Troops killed two suspected rebels on Monday, officials said, as part of a "
    "counter-insurgency operation that has claimed three lives.",
    "Airstrikes on the prison killed at least 60 inmates, the health ministry said.",
    "The war planes struck the depot twice, killing 12 guards.",
])
def test_one_strikes_toll_is_none(sentence):
    assert not is_running_total(sentence)


def test_a_wave_across_the_country_is_a_running_total_one_crackdowns_count_is_not():
    from fogofwar.reconcile.incidents import is_spread_report

    wave = "Nine gunmen were killed as the army pressed offensives across the country."
    assert is_running_total(wave)
    assert is_running_total("Thirty died across the country in the night's air strikes.")
    count = "A police source put the deaths at 300 to 400 across the country."
    assert not is_running_total(count)
    # the events of a report spread over the country still join no incident
    assert is_spread_report(count) and is_spread_report("Riots broke out across the country.")
