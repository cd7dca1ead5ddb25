"""Events a page recalls rather than reports (extract/events/background.py), on sentences of
our own: "since" phrases, how a long state began, old dates and recap words outside the lede,
and the rest of a recap paragraph; the page's news around them stays news."""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.extract.events.background import is_recap_date
from fogofwar.records import Article

LEDE = "Drones struck a fuel depot in Kharkiv on Tuesday, killing four workers, the governor said."


def _events(text: str, published: date | None = date(2024, 5, 10)) -> list:
    art = Article(id="b1", source="test", text=text, outlet="Test Wire", published=published,
                  published_precision="day" if published else None)
    return analyse_batch([art])[0].events


def _flags(text: str, published: date | None = date(2024, 5, 10)) -> dict[str, bool]:
    """trigger -> background, for the triggers of the text (the last one's flag if repeated)."""
    return {(e.trigger or "").lower(): e.background for e in _events(text, published)}


@pytest.mark.parametrize("phrase, recap", [
    ("last week", True), ("Earlier this month", True), ("the previous year", True),
    ("last year's", True), ("last night", False), ("last Monday", False),
    ("on Tuesday", False), ("Two days ago", False), (None, False),
])
def test_recap_date_phrases(phrase, recap):
    assert is_recap_date(phrase) is recap


def test_the_lede_is_news_and_its_day_is_not_background():
    flags = _flags(LEDE)
    assert flags and not any(flags.values())


def test_an_earlier_week_in_a_later_paragraph_is_background_with_its_paragraph():
    text = (f"{LEDE}\n\nEarlier this week, officials reported that missiles struck a shopping "
            "centre in Poltava, killing 11 people. According to rescuers, 30 were injured.")
    evs = _events(text)
    assert not any(e.background for e in evs if "Kharkiv" in e.sentence)
    recalled = [e for e in evs if "Kharkiv" not in e.sentence]
    assert recalled and all(e.background for e in recalled)  # "30 were injured" goes with it


def test_the_next_paragraph_at_the_recalled_site_goes_with_it():
    text = (f"{LEDE}\n\nEarlier this week, missiles struck a shopping centre in Poltava.\n\n"
            "The army said the strike was on a weapons depot next to the shopping centre.")
    evs = [e for e in _events(text) if "army said" in e.sentence]
    assert evs and all(e.background for e in evs)


def test_an_old_date_outside_the_lede_is_background_and_inside_it_news():
    old = "In 2019, militants killed 40 villagers in an attack on Maiduguri."
    late = _events(f"{LEDE}\n\n{old}")
    assert [e.background for e in late if "Maiduguri" in e.sentence] == [True] * len(
        [e for e in late if "Maiduguri" in e.sentence])
    assert any("Maiduguri" in e.sentence for e in late)
    # the same sentence as the page's lede: a late report of that attack, still its news
    assert not any(e.background for e in _events(old))


def test_what_since_names_is_recalled():
    text = f"{LEDE}\n\nIt was the deadliest attack since the bombing of a market in Kramatorsk."
    flags = _flags(text)
    assert flags["bombing"] is True
    # the page's own attack, compared: never recalled; since round events24b a superlative
    # predicate that ranks it is no event of its own (`generic.ranks_an_act`)
    assert flags.get("attack") is not True


def test_since_yesterdays_attack_is_the_pages_news():
    text = ("Three soldiers were found dead near Bria, the army said on Friday.\n\nThey had "
            "been missing since yesterday's attack on their convoy.")
    assert _flags(text, date(2024, 5, 10)).get("attack") is False


def test_how_a_long_state_began_is_recalled():
    text = f"{LEDE}\n\nThe conflict began in 2014 when separatists seized government buildings."
    assert _flags(text)["seized"] is True
    # the same clause about fighting that broke out is the page's news
    news = "Fighting broke out on Monday when rebels attacked an army post near Goma."
    assert not any(e.background for e in _events(news))


def test_a_war_launched_in_a_clause_of_time_is_recalled():
    # the war dates what the page tells; a war launched in the main clause is the news
    text = (f"{LEDE}\n\nThe rebels began raiding convoys shortly after the army "
            "launched its war on the northern provinces.")
    assert _flags(text)["war"] is True
    news = "The army launched a war on the rebels in the north on Monday, officials said."
    assert not any(e.background for e in _events(news))


def test_a_campaign_since_an_undated_time_is_background_not_since_last_thursday():
    since = f"{LEDE}\n\nSince mid-March, the air force has bombed rebel positions in the hills."
    assert _flags(since, None)["bombed"] is True
    recent = (f"{LEDE}\n\nClashes have raged since last Thursday as rebels attacked army "
              "positions around the town.")
    assert not any(e.background for e in _events(recent, None))


def test_a_recap_date_of_another_clause_says_nothing_of_this_event():
    # "New fighting", not "The fighting": a definite act under "come" is the lede's act told
    # again and no event (round evprec27), so the fighting here is a new one
    text = (f"{LEDE}\n\nNew fighting comes after an air strike last week killed a rebel "
            "commander near the town.")
    flags = _flags(text)
    assert flags.get("strike", flags.get("killed")) is True  # the air strike of last week
    assert flags["fighting"] is False


UNDATED = ("Drones struck a fuel depot near Kharkiv, killing four workers, the governor said.\n\n"
           "Russian forces captured the village of Ocheretyne in March 2023, officials said.")


def _undated(removed: list[str], rules: list[str]) -> dict[str, bool]:
    art = Article(id="b2", source="test", text=UNDATED, outlet="Test Wire", removed=removed,
                  removed_rules=rules)
    return {(e.trigger or "").lower(): e.background for e in analyse_batch([art])[0].events}


def test_an_undated_page_is_as_late_as_its_removed_photo_caption():
    caption = "Firefighters work at the burning depot near Kharkiv, Ukraine, June 4, 2024."
    flags = _undated([caption], ["caption_dated"])
    assert flags["captured"] and not flags["struck"]  # March 2023 is long before June 2024
    # the page's own events alone give it no later day; a removed line that is no photo
    # caption of its news (a file picture, a related story) dates nothing
    assert not any(_undated([], []).values())
    assert not any(_undated([caption], ["file_photo_caption"]).values())
    assert not any(_undated([caption], ["related_block"]).values())
