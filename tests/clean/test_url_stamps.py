"""Page dates from URL stamps written without padding, outlets' own URL shapes, and masthead
lines that date the site, not the page (round pagedate33). URLs and lines written for the
tests."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.clean.datelines import date_from_lines, date_from_url


def test_an_unpadded_stamp_under_its_month_folder_gives_the_day():
    # 2011, 3, 27, 09:15:42 and a serial: the day of one digit would leave no time
    got = date_from_url("https://news.example.org/world/2011/03/2011327091542123456.html")
    assert got is not None and (got.value, got.precision) == (date(2011, 3, 27), "day")
    # 2012, 11, 5, 14:02:03; 2012, 1, 15 at 14:02:03 reads too, but November's folder
    # settles it
    got = date_from_url("https://news.example.org/a/2012/11/2012115140203777.html")
    assert got is not None and (got.value, got.precision) == (date(2012, 11, 5), "day")


def test_a_stamp_of_another_month_than_its_folder_is_not_read():
    # an archive re-stamped years later: the folder's month stays, the stamp is not the day
    got = date_from_url("https://news.example.org/archive/2003/02/2010617121314999.html")
    assert got is not None and (got.value, got.precision) == (date(2003, 2, 1), "month")


def test_a_stamp_that_reads_two_ways_stays_the_folders_month():
    # 2015, 1, 1 then 12:30:45, or 2015, 1, 11 then 23:04:5x: two days, none is taken
    got = date_from_url("https://news.example.org/x/2015/01/201511123045999.html")
    assert got is not None and (got.value, got.precision) == (date(2015, 1, 1), "month")


def test_a_stamp_after_today_is_not_read():
    got = date_from_url("https://news.example.org/x/2099/01/2099124101010555.html")
    assert got is None or got.precision != "day"


def test_an_outlets_own_url_shape_gives_the_day():
    got = date_from_url("https://www.telegraphindia.com/1110318/asp/nation/story_1.asp")
    assert got is not None and (got.value, got.precision) == (date(2011, 3, 18), "day")
    got = date_from_url("https://www.arabstoday.net/en/amp/12/army-says-five-killed-150317083015")
    assert got is not None and (got.value, got.precision) == (date(2017, 3, 15), "day")


def test_a_month_first_short_year_outlet_is_read_month_first():
    # a site writing MM/DD/YY folders: read as YY/MM/DD, /07/15/12/ is no day and /04/02/11/
    # would be 2004-02-11, nine years early
    got = date_from_url("http://news.abs-cbn.com/world/04/02/11/troops-clash-with-rebels")
    assert got is not None and (got.value, got.precision) == (date(2011, 4, 2), "day")
    got = date_from_url("https://news.abs-cbn.com/regions/07/15/12/ambush-kills-two")
    assert got is not None and got.value == date(2012, 7, 15)
    # the generic short-year folders of any other site stay year first
    got = date_from_url("http://radio.example.org/news/13/11/01/chief-killed-in-strike")
    assert got is not None and got.value == date(2013, 11, 1)


def test_month_first_folders_after_several_sections():
    # the sections before the folders may be two or three deep; /09/03/14/ read year first
    # would be 2009-03-14, five years early
    got = date_from_url("https://news.abs-cbn.com/video/nation/regions/09/03/14/convoy-hit")
    assert got is not None and got.value == date(2014, 9, 3)


@pytest.mark.parametrize(("url", "day"), [
    # a story id (country, desk code, six characters) closing the path, then YYYYMMDD
    ("https://www.reuters.com/article/topNews/idUSTRE6A21B720101103", date(2010, 11, 3)),
    ("https://uk.reuters.com/article/convoy-ambushed-idUKKBN1AB2C320170722", date(2017, 7, 22)),
    # MMDDYYYY closing the slug after the source's name
    ("https://briefly.co/anchor/World_news/story/village-raid-leaves-nine-dead--afp--03092024",
     date(2024, 3, 9)),
    # a 1, YYMMDD and a five-digit serial closing the slug
    ("https://www.business-standard.com/article/news-ani/six-killed-in-blast-119072300412_1.html",
     date(2019, 7, 23)),
    # MMDDYYYY and a time to the second
    ("https://www.benarnews.org/english/news/thai/bomb-hits-patrol-11022018094512.html",
     date(2018, 11, 2)),
    # a DDMMYY folder after the sections
    ("https://www.deccanchronicle.com/nation/current-affairs/040318/troops-repel-attack.html",
     date(2018, 3, 4)),
    # a Unix time in seconds closing the slug (2021-06-15 08:00 UTC)
    ("https://www.newstimetr.com/gunmen-storm-a-northern-village-1623744000", date(2021, 6, 15)),
    # YYYYMMDD and a ten-digit serial
    ("https://sputniknews.com/asia/202001141077945123-shelling-kills-four/", date(2020, 1, 14)),
])
def test_outlets_own_url_shapes_give_their_day(url, day):
    got = date_from_url(url)
    assert got is not None and (got.value, got.precision) == (day, "day")


def test_an_outlets_shape_with_a_day_of_no_calendar_or_to_come_is_not_read():
    # month 13 of a business-standard serial; a reuters id dated after today
    assert date_from_url("https://www.business-standard.com/article/x-killed-119132300412_1.html") \
        is None
    assert date_from_url("https://www.reuters.com/article/idUSTRE6A21B720991103") is None
    assert date_from_url("https://www.newstimetr.com/gunmen-storm-a-village-1999999999") is None


def test_an_outlets_shape_is_not_read_on_another_site():
    assert date_from_url("https://other.example.com/1110318/asp/nation/story_1.asp") is None


def test_an_outlets_shape_with_no_real_day_is_not_read():
    assert date_from_url("https://www.telegraphindia.com/1111345/asp/nation/story_1.asp") is None


def test_a_since_masthead_is_not_the_pages_date():
    lines = ["The Evening Courier", "Since 2nd April, 1987", "Share This Page",
             "Rebels shell the market", "Northtown, June 4 (Agency): Shells hit a market here "
             "today, killing nine traders, officials said."]
    assert date_from_lines(lines, title_index=3) is None


def test_established_and_copyright_lines_are_not_the_pages_date():
    for masthead in ("Established 12 May 1998", "© 3 January 2001 The Courier"):
        lines = ["The Courier", masthead, "Rebels shell the market",
                 "Posted on 5 June 2014", "Shells hit a market, killing nine traders."]
        got = date_from_lines(lines, title_index=2)
        assert got is not None and got.value == date(2014, 6, 5)


PATH_PARTS = st.sampled_from(["/", "2009", "05", "5", "16", "132116", "859535", "-", "_", ".html",
                              "1060731", "091016161212", "0", "9", "99", "2400", "13", "--",
                              "idUSTRE6A21B7", "_1.html", "1190723", "00412", "1077945123",
                              "1623744000", "9999999999", "-1"])
URLS = st.lists(st.one_of(PATH_PARTS, st.text(max_size=6)), max_size=16).map(
    lambda parts: "https://www.example.org/" + "".join(parts))
HOSTS = st.sampled_from(["www.aljazeera.com", "www.telegraphindia.com", "mail.arabstoday.net",
                         "www.globalpost.com", "www.shine.cn", "news.abs-cbn.com",
                         "www.reuters.com", "briefly.co",
                         "www.business-standard.com", "www.benarnews.org",
                         "www.deccanchronicle.com", "sputniknews.com", "www.newstimetr.com",
                         "example.org"])


@settings(max_examples=300, deadline=None)
@given(HOSTS, URLS)
def test_any_url_gives_a_real_date_or_none(host, url):
    got = date_from_url(url.replace("www.example.org", host, 1))
    assert got is None or (got.value >= date(1900, 1, 1) and got.precision in ("day", "month"))
