"""Round dates53: a date right after "since" that an event is ranked against ("the worst clash
since 2009", a headline's "Deadliest Raid Since 2016") is read as such on the words alone; a
yearless day on a retrospective page takes the year of the full date told just before it."""

from __future__ import annotations

from datetime import date

from fogofwar.resolve.dates import is_duration_start, is_ranked_since, resolve_dates


def _read(text: str, published: date | None = date(2011, 5, 2)) -> list[tuple[str, date | None]]:
    return [(r.text, r.value) for r in resolve_dates(text, published)]


def test_a_ranked_since_is_told_by_its_words():
    for text in ("The raid on the depot was the worst clash in the valley since 2009.",
                 "About 40 Killed in Dorvel in Deadliest Raid Since 2016",
                 "It was the first shelling of the town since March 2012, a monitor said."):
        (ref,) = [r for r in resolve_dates(text, date(2017, 5, 2)) if r.value
                  and r.value.year in (2009, 2012, 2016)]
        assert is_ranked_since(text, ref), text
        assert is_duration_start(text, ref), text


def test_a_plain_since_is_no_ranking():
    for text in ("The militia has held the pass since 2009.",
                 "The most senior officer has been held since March 2012.",
                 "Fighting in the worst-hit district has gone on ever since 2016."):
        (ref,) = resolve_dates(text, date(2017, 5, 2))
        assert not is_ranked_since(text, ref), text


def test_a_yearless_day_takes_the_year_of_a_full_date_told_before_it():
    """A retrospective page: "On November 12, 1991 ... on November 13" tells 1991's days, not
    those of the page's own year."""
    text = ("Troops fired on mourners on November 12, 1991. Survivors say the shooting went on "
            "until November 13, when the bodies were taken away.")
    assert _read(text, date(2016, 11, 20)) == [("November 12, 1991", date(1991, 11, 12)),
                                                ("November 13", date(1991, 11, 13))]


def test_a_yearless_day_far_from_the_full_date_keeps_the_publications_year():
    text = "The siege began on March 2, 2014. On November 13, troops shelled the market."
    assert _read(text, date(2016, 11, 20))[1] == ("November 13", date(2016, 11, 13))


def test_a_yearless_day_nearer_the_publication_keeps_its_year():
    text = "Gunmen attacked a convoy on December 28, 2019. On January 3, troops struck back."
    assert _read(text, date(2020, 1, 10))[1] == ("January 3", date(2020, 1, 3))


def test_a_future_or_a_start_keeps_the_publications_year():
    text = "Talks first met on June 5, 1989. The leaders will meet again on June 3."
    assert _read(text, date(2017, 5, 1))[1] == ("June 3", date(2017, 6, 3))
    text = "The war began on June 5, 1989. The army has held the pass since June 3."
    assert _read(text, date(2017, 6, 20))[1] == ("June 3", date(2017, 6, 3))
