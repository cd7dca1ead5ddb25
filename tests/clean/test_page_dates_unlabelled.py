"""Pages with no published date read (issue 14, session 27): the store's label over a navigation
trail, a label run into its month, a dateline in another language, a credited opening ("Town
(Agency) March 3, 2021 ..."), the line under a lone "Date" label, a tail stamp to the second,
URL forms 2016-07/20/, august_1_2008 and /052024/, and a site's "today" bar above the headline
giving way to the body's earlier dated opening. Every sentence here is made up."""

from datetime import date

import pytest

from fogofwar.clean import Cleaner
from fogofwar.clean.datelines import date_from_lines, date_from_url, dated_opening
from fogofwar.records import Document

STORY = ("Gunmen attacked a police checkpoint outside the river town on Tuesday night, killing "
         "four officers and wounding two, a provincial spokesman told reporters.")
MORE = ("The spokesman said reinforcements had been sent to the area and that a search for the "
        "attackers was under way in the surrounding villages.")


def _clean(text: str, url: str = "https://example.org/news/checkpoint-attack"):
    (article,) = Cleaner().clean_batch([Document(source="f.jsonl#L1", text=text, url=url)])
    published = article.published.isoformat() if article.published else None
    return published, article.published_precision


def test_the_stores_label_is_no_today_bar_over_a_breadcrumb():
    text = "date 2021-03-04 Home » Four officers killed at checkpoint\n\n" + STORY + "\n\n" + MORE
    assert _clean(text) == ("2021-03-04", "day")


def test_a_label_in_capitals_run_into_its_month():
    text = ("Four officers killed at checkpoint\n\nPUBLISHED ONMarch 04, 2021 9:15 PM\n\n"
            + STORY + "\n\n" + MORE)
    assert _clean(text) == ("2021-03-04", "day")


@pytest.mark.parametrize(("line", "expected"), [
    ("jueves, 4 de marzo de 2021", date(2021, 3, 4)),
    ("4 mars 2021", date(2021, 3, 4)),
])
def test_a_dateline_in_another_language(line, expected):
    found = date_from_lines(["Four officers killed at checkpoint", line, STORY], None, 0, 2)
    assert found is not None and (found.value, found.precision) == (expected, "day")


def test_a_sentence_in_another_language_is_no_dateline():
    line = "La policía dijo el jueves que cuatro agentes murieron en marzo de 2021 en el pueblo"
    assert date_from_lines(["Four officers killed at checkpoint", line], None, 0, 1) is None


@pytest.mark.parametrize("opening", [
    "Rivertown (Some Agency) March 4, 2021 Gunmen attacked a police checkpoint",
    "RIVERTOWN (Some News / Other Agency - 04th March, 2021) Gunmen attacked a checkpoint",
])
def test_a_credited_opening_dates_the_story(opening):
    assert dated_opening([opening], 0) == date(2021, 3, 4)


def test_a_credit_with_no_date_dates_nothing():
    assert dated_opening(["RIVERTOWN (Some Agency) - Gunmen attacked a checkpoint"], 0) is None


def test_an_opening_under_image_placeholders_is_found():
    lines = ["![]() |"] * 6 + ["Rivertown (Some Agency) March 4, 2021 " + STORY]
    assert dated_opening(lines, None) == date(2021, 3, 4)


def test_the_line_under_a_lone_date_label_anywhere_on_the_page():
    lines = (["Four officers killed at checkpoint", STORY] + [MORE] * 20
             + ["Date", "2021.03.04 / 21:15", "Author", "Staff"] + [MORE] * 12)
    found = date_from_lines(lines, None, 0, 1)
    assert found is not None and found.value == date(2021, 3, 4)


def test_a_tail_stamp_to_the_second_is_the_pages_date():
    lines = ["Four officers killed at checkpoint", STORY] + [MORE] * 20 + ["04 march 2021 21:15:07"]
    found = date_from_lines(lines, None, 0, 1)
    assert found is not None and found.value == date(2021, 3, 4)


def test_a_bare_date_in_the_tail_is_still_another_storys():
    lines = ["Four officers killed at checkpoint", STORY] + [MORE] * 20 + ["04 march 2021"]
    assert date_from_lines(lines, None, 0, 1) is None


@pytest.mark.parametrize(("url", "expected", "precision"), [
    ("http://en.example.cn/2021-03/04/content_12345678.htm", date(2021, 3, 4), "day"),
    ("http://example.ge/issues/1234_march_4_2021/1234_checkpoint.html", date(2021, 3, 4), "day"),
    ("http://example.org/news/21/03/04/checkpoint_attack", date(2021, 3, 4), "day"),
    ("https://example.net/en/032021/Society/12345/checkpoint-attack.htm", date(2021, 3, 1),
     "month"),
])
def test_unusual_url_forms(url, expected, precision):
    found = date_from_url(url)
    assert found is not None and (found.value, found.precision) == (expected, precision)


def test_two_digit_folders_after_today_are_no_date():
    assert date_from_url("http://example.org/news/99/03/04/checkpoint_attack") is None


def test_a_today_bar_above_the_headline_gives_way_to_the_dated_opening():
    text = ("• Sunday, 11 July 2021\n\nFour officers killed at checkpoint\n\n"
            "Rivertown, 4 March 2021 (Agency) - " + STORY + "\n\n" + MORE)
    assert _clean(text) == ("2021-03-04", "day")
