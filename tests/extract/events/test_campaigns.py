"""A campaign's start and a war's clause of time (extract/events/campaigns.py), on sentences of
our own: "began targeting ships in November, shortly after X launched its war on Y" recalls
when a campaign began and dates it by a war; neither dates nor places a report of the page,
and a start told of one day is still one attack."""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article

LEDE = "Airstrikes hit a fuel depot in Hodeidah on Thursday, killing 20 workers, officials said."


def _events(text: str, published: date | None = date(2025, 4, 18)) -> list:
    art = Article(id="k1", source="test", text=text, outlet="Test Wire", published=published,
                  published_precision="day" if published else None)
    return analyse_batch([art])[0].events


def _by_trigger(text: str, published: date | None = date(2025, 4, 18)) -> dict:
    return {(e.trigger or "").lower(): e for e in _events(text, published)}


@pytest.mark.parametrize("published", [date(2025, 4, 18), None])
def test_a_campaign_begun_after_a_war_is_recalled_and_not_placed_at_the_war(published):
    text = (f"{LEDE}\n\nThe rebels began targeting shipping lanes in November, shortly after "
            "Israel launched its war on Gaza, which has killed thousands of people.")
    evs = _by_trigger(text, published)
    assert evs["targeting"].background is True
    assert evs["targeting"].place is None or evs["targeting"].place.text != "Gaza"
    assert evs["strikes" if "strikes" in evs else "hit"].background is False


@pytest.mark.parametrize("sentence", [
    "The militia started shelling border towns last year.",
    "The insurgents began attacking convoys in 2019.",
    "The group began to attack aid trucks in early January.",
])
def test_a_start_dated_by_a_month_or_a_year_is_recalled(sentence):
    # on an undated page, where no date of the page makes the start an old one
    evs = [e for e in _events(f"{LEDE}\n\n{sentence}", None) if e.sentence == sentence]
    assert evs and all(e.background for e in evs)


@pytest.mark.parametrize("sentence", [
    "Gunmen began shooting villagers in the early hours of Saturday, residents said.",
    "Troops started shelling the town on October 5, the mayor said.",
    "Fighters began attacking the checkpoint at dawn, police said.",
])
def test_a_start_told_of_one_day_is_news(sentence):
    evs = [e for e in _events(sentence, date(2024, 10, 6)) if e.sentence == sentence]
    assert evs and not any(e.background for e in evs)


def test_a_war_clause_places_only_its_war():
    text = (f"{LEDE}\n\nShortly after Russia launched its invasion of Ukraine, saboteurs blew up "
            "a rail bridge.")
    evs = [e for e in _events(text) if "saboteurs" in e.sentence and e.trigger != "invasion"]
    assert evs and all(e.place is None or e.place.text != "Ukraine" for e in evs)


def test_a_place_of_the_acts_own_clause_stays():
    text = ("The rebels attacked a convoy near Kidal in November, shortly after the army "
            "launched its war on the north.")
    evs = [e for e in _events(text, date(2024, 11, 20)) if e.trigger == "attacked"]
    assert evs and evs[0].place is not None and evs[0].place.text == "Kidal"
