"""Month-days without a year on a page with no publication date (issue 14): the year comes from
a full date the same text gives, when one lies within `anchor_days`, and from nothing else."""

from datetime import date

from fogofwar.resolve.dates import resolve_dates


def _values(text: str, published=None, precision=None) -> dict[str, date | None]:
    return {r.text: r.value for r in resolve_dates(text, published, precision)}


def test_month_day_takes_the_year_of_a_full_date_nearby():
    text = ("Several photographs appeared Saturday, February 15, 2020, on social networks. "
            "Indeed, on February 14, a group attacked the village. On Feb. 10 and 12 too.")
    got = _values(text)
    assert got["February 14"] == date(2020, 2, 14)
    assert got["Feb. 10"] == date(2020, 2, 10) and got["12"] == date(2020, 2, 12)
    # the weekday beside its full date is that day (session 32: test_dates_apposed_weekday)
    assert got["Saturday"] == date(2020, 2, 15)
    assert _values("Indeed, on Saturday a group attacked the village.")["on Saturday"] is None


def test_across_new_year_the_nearest_year():
    got = _values("Fighting resumed on January 2, 2021 after the attack of December 30.")
    assert got["December 30"] == date(2020, 12, 30)


def test_no_full_date_near_enough_leaves_it_unresolved():
    assert _values("The war began in March 15, 2011. On November 29, rebels attacked.")[
        "November 29"] is None
    assert _values("On November 29, rebels attacked the village.")["November 29"] is None


def test_a_states_start_takes_no_year_from_the_reports_dates():
    got = _values("The strikes near daily since March 15 hit the centre on April 28, 2025.")
    assert got["March 15"] is None and got["April 28, 2025"] == date(2025, 4, 28)


def test_a_publication_date_is_used_as_before():
    got = _values("On February 14, a group attacked. It was March 1, 2019 when it ended.",
                  date(2020, 2, 20), "day")
    assert got["February 14"] == date(2020, 2, 14)
