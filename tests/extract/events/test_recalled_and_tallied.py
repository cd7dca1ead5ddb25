"""Recalled and tallied events (round undated15), on sentences of our own: an event told with
"previously" or "formerly" outside the lede is one the page recalls (background), and a count
over a time phrase marked "alone" ("In 2021 alone", "this year alone") tallies a stretch, no
occurrence."""

from __future__ import annotations

from datetime import date

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article

LEDE = "Drones struck a fuel depot in Kharkiv on Tuesday, killing four workers, the governor said."


def _events(text: str, published: date | None = None) -> list:
    art = Article(id="r1", source="test", text=text, outlet="Test Wire", published=published,
                  published_precision="day" if published else None)
    return analyse_batch([art])[0].events


def test_an_event_told_as_previous_is_recalled_on_an_undated_page():
    text = (f"{LEDE}\n\nThe depot had been previously struck in a rebel drone attack in 2019, "
            "officials said.")
    evs = _events(text)
    assert any("Kharkiv" in e.sentence and not e.background for e in evs)
    recalled = [e for e in evs if "previously" in e.sentence]
    assert recalled and all(e.background for e in recalled)


def test_without_the_adverb_the_later_paragraph_is_not_recalled_by_it():
    text = f"{LEDE}\n\nThe depot was struck in a second drone attack an hour later, officials said."
    evs = [e for e in _events(text) if "second drone" in e.sentence]
    assert evs and not any(e.background for e in evs)


def test_a_tally_over_a_year_marked_alone_is_no_event():
    text = (f"{LEDE}\n\nIn 2021 alone, aid groups said over 500 civilians were killed in raids "
            "in the south of the country.")
    assert not [e for e in _events(text) if "2021 alone" in e.sentence]


def test_a_tally_of_this_year_alone_is_no_event():
    text = f"{LEDE}\n\nThis year alone, militants have killed 40 teachers in the province."
    assert not [e for e in _events(text) if "year alone" in e.sentence]


def test_a_time_phrase_without_alone_keeps_its_event():
    text = f"{LEDE}\n\nIn March, militants killed 40 teachers in an attack on a school in Izium."
    assert [e for e in _events(text) if "teachers" in e.sentence]


def test_events_placed_before_the_latest_incident_are_recalled():
    # round disputes24: a tally of earlier strikes told "before the latest incident" gave the
    # page's incident a row "strikes 15"
    text = (f"{LEDE}\n\nBefore the latest attack, there were nine other drone strikes on fuel "
            "depots in the region between 2019 and 2024, officials said.")
    recalled = [e for e in _events(text) if "nine other" in e.sentence]
    assert recalled and all(e.background for e in recalled)


def test_events_before_this_weeks_raid_are_recalled():
    text = (f"{LEDE}\n\nBefore this week's raid, gunmen had burned two schools in the district, "
            "residents said.")
    recalled = [e for e in _events(text) if "burned" in e.sentence]
    assert recalled and all(e.background for e in recalled)


def test_before_an_unmarked_noun_recalls_nothing():
    # "before dawn" places the news in its night, it recalls nothing
    text = (f"{LEDE}\n\nA second drone hit the depot's gate shortly before dawn, killing a guard, "
            "officials said.")
    evs = [e for e in _events(text) if "second drone" in e.sentence]
    assert evs and not any(e.background for e in evs)
