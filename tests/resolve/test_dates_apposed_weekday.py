"""A weekday with the date of its day beside it ("on Thursday, April 17, 2025"): the date says
which Thursday (session 32). With no publication date the weekday alone reads as nothing, and
an event whose sentence names it took no day at all; with one, counting back from it picks the
latest such weekday, weeks or months from the date beside it. Every sentence here is made up."""

from datetime import date

from fogofwar.resolve.dates import resolve_dates


def _values(text: str, published=None) -> dict[str, date | None]:
    return {r.text: r.value for r in resolve_dates(text, published)}


def test_weekday_takes_the_day_beside_it_on_an_undated_page():
    got = _values("Gunmen killed six farmers near the dam on Friday, March 7, 2025.")
    assert got["on Friday"] == date(2025, 3, 7)
    got = _values("Gunmen killed six farmers near the dam on Friday 7 March 2025.")
    assert got["on Friday"] == date(2025, 3, 7)


def test_weekday_takes_an_anchored_month_day():
    got = _values("Six farmers died near the dam on Friday, March 7. The governor spoke on "
                  "Monday, March 10, 2025 at a briefing.")
    assert got["on Friday"] == date(2025, 3, 7)
    assert got["on Monday"] == date(2025, 3, 10)


def test_weekday_takes_the_day_beside_it_over_the_publication_date():
    got = _values("Gunmen killed six farmers near the dam on Friday, March 7.",
                  date(2025, 6, 10))
    assert got["on Friday"] == date(2025, 3, 7)


def test_a_day_of_another_weekday_leaves_both_as_read():
    got = _values("Gunmen killed six farmers near the dam on Thursday, March 7, 2025.")
    assert got["on Thursday"] is None
    assert got["March 7, 2025"] == date(2025, 3, 7)


def test_a_date_further_on_is_not_the_weekdays():
    got = _values("Gunmen struck on Friday and the army said on March 7, 2025 that six died.")
    assert got["on Friday"] is None
