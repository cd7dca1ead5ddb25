"""Publication dates in the forms the dates issue (#14) found on dev pages with none read: day-
first and glued URL dates, query dates, labelled and byline date lines, CMS timestamps in the
tail, a bracketed date after the headline, an opening news dateline refining a URL's month, and
a page dated the day before its URL. Dates from URLs are untrusted text: property-tested."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.clean import Cleaner
from fogofwar.clean.datelines import FIRST_YEAR, date_from_lines, date_from_url, opening_day
from fogofwar.records import Document


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # dashes are day-first, as in `ingest.dateforms`
        ("http://english.pravda.ru/news/hotspots/13-12-2007/102780-x-0", date(2007, 12, 13)),
        ("https://x.com/news/05-11-2024/slug", date(2024, 11, 5)),
        # a month name glued between year and day, or day and year
        ("https://twocircles.net/2008oct18/russian_troops_attacked.html", date(2008, 10, 18)),
        ("https://x.com/24dec2024-airstrike", date(2024, 12, 24)),
        # year, month name, day, then letters of the file name
        ("https://rediff.com/news/2008/jun/22jk.htm", date(2008, 6, 22)),
        # a DDMMYYYY path token (with one digit of serial)
        ("https://rudaw.net/english/middleeast/iraq/071220214-amp", date(2021, 12, 7)),
        # a query value that is only a date
        ("https://rantburg.com/comments.php?D=2010-01-27&ID=288941&HC=1", date(2010, 1, 27)),
    ],
)
def test_more_url_forms(url, expected):
    found = date_from_url(url)
    assert found is not None and (found.value, found.precision) == (expected, "day")


@pytest.mark.parametrize(
    "url",
    [
        "https://x.com/13/12/2007/slug",  # slashes: either way round, so not read
        # a Unix timestamp on a site whose shape the outlets pack does not give (newstimetr.com
        # closes its slugs with one: outlets.yaml url_dates)
        "https://x.com/boko-haram-kill-several-1748084403",
        "https://ksaplayers.com/Ksahome/NewsDetial/?nid=30825051",  # an id in the query
        "https://x.com/2020-election-results",  # no month name
        "https://x.com/a/12345678",  # not DDMMYYYY (month 34)
        "https://x.com/report/1850/05/03/x",  # before 1900
    ],
)
def test_not_url_dates(url):
    assert date_from_url(url) is None


def test_url_date_after_the_pages_own_is_not_taken():
    url = "https://x.com/2020/02/10/slug"
    early = date_from_url(url, latest=date(2020, 2, 9))  # only the month is still sound
    assert (early.value, early.precision) == (date(2020, 2, 1), "month")
    assert date_from_url(url, latest=date(2020, 1, 31)) is None
    assert date_from_url(url, latest=date(2020, 2, 10)).value == date(2020, 2, 10)


URL_CHARS = st.sampled_from(list("0123456789/-_.?=&abcdefghijklmnoprstuvyADJMNOS:"))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(URL_CHARS, max_size=60).map("".join),
                 st.builds(lambda y, m, d, sep, tail: f"https://x.com/{d}{sep}{m}{sep}{y}/{tail}",
                           st.integers(0, 2999), st.integers(0, 99), st.integers(0, 99),
                           st.sampled_from(["-", "_", ".", "/", ""]), st.text(max_size=10))),
       st.one_of(st.none(), st.dates()))
def test_url_dates_properties(url, latest):
    # never raises; never before 1900 nor after the page's own date; always a real day
    found = date_from_url("https://example.org/" + url if "//" not in url else url, latest)
    if found is not None:
        assert found.value.year >= FIRST_YEAR
        assert latest is None or found.value <= latest
        assert found.precision in ("day", "month") and found.source == "url"
        assert found.precision == "day" or found.value.day == 1


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a labelled line with a byline and a call to comment
        (["Posted by Adriaan Alsema on Feb 9, 2009 Leave a comment", "Six soldiers killed",
          "Six soldiers were killed Monday in an attack by FARC guerrillas, sources said."],
         date(2009, 2, 9)),
        # a byline with a place and an agency credit
        (["by Staff Writers Arbil, Iraq (AFP) July 17, 2011",
          "At least two rebels were killed during clashes along the border, the sides said."],
         date(2011, 7, 17)),
        # a CMS timestamp in the tail, unlabelled
        (["Baku, October 4, AZERTAC",
          "Turkish security forces neutralized at least three terrorists, the ministry said.",
          "World 2020-10-04 13:06:00"], date(2020, 10, 4)),
        # a bracketed date after the headline, with an Arabic month name
        (["US-Saudi air strikes hit capital of Sanaa [05/نوفمبر/2017]",
          "SANNA, Nov 5 (Saba) – The fighter jets waged on Sunday four strikes on the capital."],
         date(2017, 11, 5)),
    ],
)
def test_more_date_lines(lines, expected):
    found = date_from_lines(lines, body_start=len(lines) - 1 if len(lines) > 2 else 1)
    assert found is not None and found.value == expected


def test_a_long_sentence_with_a_date_is_no_labelled_line():
    lines = ["Posted on the wall of the ministry were the names of the soldiers killed on "
             "Feb 9, 2009 in the attack on the base near the town"]
    assert date_from_lines(lines, body_start=0) is None


def test_opening_dateline_gives_the_day_of_the_urls_month():
    lines = ["SANAA, June 19: Eleven people were killed in an attack, officials said."]
    assert opening_day(lines, 0, date(2010, 6, 1)) == date(2010, 6, 19)
    assert opening_day(lines, 0, date(2010, 7, 1)) is None  # another month: no day
    assert opening_day(["Eleven people were killed on June 19."], 0, date(2010, 6, 1)) is None


def _clean(text: str, url: str):
    (article,) = Cleaner().clean_batch([Document(source="f.jsonl#L1", text=text, url=url)])
    return article.published, article.published_precision


BODY = "Eleven people were killed in an attack on the intelligence headquarters, officials said."


def test_publication_date_refined_and_ordered():
    # the URL's month and the opening dateline's day
    assert _clean("SANAA, June 19: " + BODY, "https://x.com/2010/06/yemen.html") == (
        date(2010, 6, 19), "day")
    # a page dated the day before its URL's date is dated by the page
    assert _clean("10 December 2013\n\nSomalia: elder killed\n\n" + BODY,
                  "http://allafrica.com/stories/201312110184.html") == (date(2013, 12, 10), "day")
    # a page date weeks away from the URL's (a related story's) leaves the URL's
    assert _clean("February 5, 2023\n\nStrike on Dnipro\n\n" + BODY,
                  "https://x.com/2023/01/15/dnipro") == (date(2023, 1, 15), "day")


def test_a_page_published_the_day_after_its_url_is_dated_by_its_published_line():
    # a story first posted one evening and republished, revised, the next morning: the text as
    # stored is the later one, and its "early on Wednesday" is that Wednesday
    body = "Seven fishermen were detained at sea early on Wednesday, the coast guard said."
    url = "https://news.example.org/region/2021/06/15/fishermen-detained-coast-guard"
    assert _clean("Fishermen detained\n\nPublished June 16,2021\n\n" + body, url) == (
        date(2021, 6, 16), "day")
    assert _clean("Fishermen detained\n\nLast updated: 16 June 2021\n\n" + body, url) == (
        date(2021, 6, 16), "day")
    # an unlabelled date line the day after the URL's is not the page's statement: the URL's
    assert _clean("Fishermen detained\n\nJune 16, 2021\n\n" + body, url) == (
        date(2021, 6, 15), "day")
    # two days after is another story's date: the URL's
    assert _clean("Fishermen detained\n\nPublished June 17, 2021\n\n" + body, url) == (
        date(2021, 6, 15), "day")
