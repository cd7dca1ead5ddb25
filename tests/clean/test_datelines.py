"""Publication dates from the page's lines and its URL, and warnings for unreadable ones
(issue 13)."""

from datetime import date

import pytest

from fogofwar.clean import Cleaner
from fogofwar.clean.datelines import (
    date_from_lines,
    date_from_url,
    is_dateline,
    split_date_prefixes,
)
from fogofwar.records import Document


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.cnn.com/2016/12/10/europe/x/index.html", (date(2016, 12, 10), "day")),
        ("https://x.com/2020-02-10-slug", (date(2020, 2, 10), "day")),
        ("http://www.moberlymonitor.com/news/20170508/x", (date(2017, 5, 8), "day")),
        ("https://allafrica.com/stories/201912091101.html", (date(2019, 12, 9), "day")),
        ("https://en.radiodalsan.com/72348/2022/01/slug/", (date(2022, 1, 1), "month")),
        # a slug opening with its headline's count is no day ("20 killed in ...")
        ("https://x.blogspot.com/2013/01/20-killed-in-blasts.html", (date(2013, 1, 1), "month")),
        ("https://x.com/2015/06/3_soldiers_die.html", (date(2015, 6, 1), "month")),
        ("https://x.com/2015/06/03/3-soldiers-die", (date(2015, 6, 3), "day")),
        ("https://www.aljazeera.com/gallery/2023/1/16/x", (date(2023, 1, 16), "day")),
        ("https://24newshd.tv/10-Aug-2024/up-to-100-killed", (date(2024, 8, 10), "day")),
        ("https://news.example.org/world/2021/mar/05/slug", (date(2021, 3, 5), "day")),
        ("https://news.example.org/2021/sports/05/slug", None),  # a section, not a month
        ("https://news.example.org/en/article/slug/20190314093012771204.html",
         (date(2019, 3, 14), "day")),  # a stamp to the second, then a serial
        ("https://news.example.org/en/article/20190314993012771204.html", None),  # no time
        ("https://x.com/a/12345678", None),  # not a date
        ("https://x.com/2020/13/40/x", None),  # no such date
        (None, None),
    ],
)
def test_date_from_url(url, expected):
    found = date_from_url(url)
    assert (found.value, found.precision) == expected if expected else found is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Newsroom | 10.02.2020 - 16:02", True),
        ("date 2022-08-14", True),
        ("Updated Feb. 10, 2020, 4:02 PM ET", True),
        ("Source: Xinhua| 2018-01-08 17:02:22|Editor: Lifang", True),
        ("July 28, 2022 2:55 pmby The Kyiv Independent news desk", True),
        # sentences and fragments that mention a date are not datelines
        ("The attack on February 10, 2020 killed five soldiers near Saraqib.", False),
        ("in Litchfield Superior Court on April 7.", False),
        ("7:58 AM ET", False),
    ],
)
def test_is_dateline(line, expected):
    assert is_dateline(line) is expected


def test_date_under_the_headline_beats_a_today_bar_and_a_related_list():
    lines = ["11/27/2024", "Three soldiers killed in ambush", "Monday January 11, 2021",
             "MOGADISHU - Three soldiers were killed on Sunday evening in an ambush, police said.",
             "Related Articles", "Other story headline here", "05-11-2024"]
    found = date_from_lines(lines, title_index=1, body_start=3)
    assert (found.value, found.source) == (date(2021, 1, 11), "Monday January 11, 2021")
    # without the title, the first dateline in the head; never the related list's date
    assert date_from_lines(lines[1:], body_start=2).value == date(2021, 1, 11)
    assert date_from_lines(lines[3:], body_start=0) is None


def test_a_date_above_the_navigation_trail_is_the_sites_today_bar():
    # a site's bar prints the day the page was saved above its breadcrumb trail, months after
    # the story; the story gives no day of its own, so the page has none
    lines = ["Tuesday, March 4, 2025", "Home > World > Africa", "",
             "Shelling hits market in border town", "",
             "Five traders were killed when shells hit the market on Friday, officials said."]
    assert date_from_lines(lines, title_index=3, body_start=5) is None
    glued = ["Tuesday, March 4, 2025", "HomeWorldShelling hits market in border...",
             "Shelling hits market in border town",
             "Five traders were killed when shells hit the market on Friday, officials said."]
    assert date_from_lines(glued, title_index=2, body_start=3) is None
    # a date line above a headline that is no trail still dates the page
    plain = ["Tuesday, March 4, 2025", "Homes burned as fighting spreads to the hills",
             "Dozens of homes were burned on Monday as the fighting spread, residents said."]
    assert date_from_lines(plain, title_index=1, body_start=2).value == date(2025, 3, 4)


def test_date_label_glued_to_the_first_line_is_split_off():
    lines, split = split_date_prefixes([" date 2022-12-04 3 policemen killed in NW Pakistan",
                                        "Body."])
    assert lines == ["date 2022-12-04", "3 policemen killed in NW Pakistan", "Body."]
    assert split == {0}


def clean(text: str, **meta) -> tuple:
    doc = Document(source="f.jsonl#L3", text=text, **meta)
    (article,) = Cleaner().clean_batch([doc])
    return article, doc.warnings


BODY = "Three soldiers were killed in an attack on a base near Saraqib on Sunday, police said."


@pytest.mark.parametrize(
    ("text", "meta", "expected", "warned"),
    [
        # metadata in any form, with its precision
        (BODY, {"published": "Feb. 10, 2020"}, (date(2020, 2, 10), "day", "metadata"), False),
        # no year in metadata: the URL's year completes it
        (BODY, {"published": "December 9", "url": "https://x.com/2016/12/10/a-b-c"},
         (date(2016, 12, 9), "day", "metadata"), False),
        # a time only: warned, the URL's date instead
        (BODY, {"published": "7:58 AM ET", "url": "https://x.com/2015/01/03/a-b-c"},
         (date(2015, 1, 3), "day", "url"), True),
        # nothing else dates it: null with a warning, the record is kept
        (BODY, {"published": "Wed Nov 23"}, (None, None, None), True),
        # no metadata: the dateline, with the line it came from
        ("Newsroom | 10.02.2020 - 16:02\n" + BODY, {},
         (date(2020, 2, 10), "day", "Newsroom | 10.02.2020 - 16:02"), False),
    ],
)
def test_publication_date_sources(text, meta, expected, warned):
    article, warnings = clean(text, **meta)
    assert (article.published, article.published_precision, article.published_from) == expected
    assert bool(warnings) is warned
    if warned:
        assert warnings[0].startswith("field 'published': bad published date")
        assert "\n" not in warnings[0]


def test_dateline_after_a_repeated_headline_and_caption_dates_the_page():
    """A standfirst reads like body text, but the headline printed again under it, with a
    photo caption and the dateline, still belongs to the page's head: the dateline dates it."""
    text = ("Rebels shell border villages, nine dead\n"
            "The shelling comes a day after talks between the two sides broke down again.\n"
            "Rebels shell border villages, nine dead\n"
            "A man walks past a burnt house in the village, March 3, 2021. / Reuters\n"
            "March 3, 2021\n\n" + BODY)
    article, _ = clean(text)
    assert (article.published, article.published_precision) == (date(2021, 3, 3), "day")
