"""A URL that files a page by year and month name with no day ("/2004/Sep/106094.htm",
"/news/2015/May/99465/slug") dates the page to that month (clean/datelines.date_from_url,
stop 52). Before, only a numbered month ("/2004/09/") or a worded one with its day
("/2004/sep/04/") was read, and a page whose text gave no date of its own stayed undated."""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.clean.datelines import date_from_url


@pytest.mark.parametrize(("url", "month"), [
    ("http://news.example.org/english/2004/Sep/106094.htm", date(2004, 9, 1)),
    ("https://www.example.com/news4/2015/May/99465/gunmen_attack_a_convoy.aspx",
     date(2015, 5, 1)),
    ("http://example.net/archive/2011/March/item-12.html", date(2011, 3, 1)),
])
def test_a_year_and_a_month_name_give_the_month(url, month):
    found = date_from_url(url)
    assert found is not None and (found.value, found.precision) == (month, "month")


def test_the_day_after_them_still_gives_the_day():
    found = date_from_url("https://www.example.com/world/2004/sep/04/siege-ends")
    assert found is not None and (found.value, found.precision) == (date(2004, 9, 4), "day")


@pytest.mark.parametrize("url", [
    "http://example.com/2011/Mayor/1.html",  # a word that is no month
    "http://example.com/2011/news/12345.html",
])
def test_no_month_name_no_date(url):
    assert date_from_url(url) is None


def test_a_month_after_the_pages_own_date_is_not_taken():
    assert date_from_url("http://example.com/2004/Sep/1.htm", latest=date(2004, 8, 20)) is None
