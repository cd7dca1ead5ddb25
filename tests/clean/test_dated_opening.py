"""A body that opens on a full date and a dash ("March 3, 2021 - ...") is dated by it (issue 14:
a copy of a wire story whose page and URL give no date but whose first line is the wire's own
dateline, written without a place)."""

from datetime import date

from fogofwar.clean import Cleaner
from fogofwar.clean.datelines import dated_opening
from fogofwar.records import Document

STORY = ("Gunmen attacked a checkpoint outside the town on Tuesday, killing four policemen, "
         "a provincial spokesman said.")


def _clean(text: str, url: str):
    (article,) = Cleaner().clean_batch([Document(source="f.jsonl#L1", text=text, url=url)])
    return article.published, article.published_precision


def test_a_full_date_and_a_dash_open_the_body():
    assert dated_opening(["March 3, 2021 - " + STORY], 0) == date(2021, 3, 3)
    assert dated_opening(["Four police killed", "3 March 2021 — " + STORY], 1) == date(2021, 3, 3)
    assert dated_opening(["Sept. 14, 2019 -- " + STORY], 0) == date(2019, 9, 14)


def test_a_date_inside_a_sentence_or_without_a_year_is_no_opening():
    assert dated_opening(["Four policemen were killed on March 3, 2021 - officials said."],
                         0) is None
    assert dated_opening(["March 3 - " + STORY], 0) is None  # no year: the day is not known
    assert dated_opening(["March 2021 - " + STORY], 0) is None  # a month is no day


def test_the_opening_dates_a_page_that_gives_no_other_date():
    text = "Four policemen killed at a checkpoint\nMarch 3, 2021 - " + STORY
    assert _clean(text, "https://example.org/news/item/771-four-policemen-killed") == (
        date(2021, 3, 3), "day")


def test_the_opening_refines_a_month_and_yields_to_a_days_date():
    text = "Four policemen killed at a checkpoint\nMarch 3, 2021 - " + STORY
    assert _clean(text, "https://example.org/2021/03/four-policemen-killed") == (
        date(2021, 3, 3), "day")
    # another month than the URL's: the URL's month stands
    assert _clean(text, "https://example.org/2021/05/four-policemen-killed") == (
        date(2021, 5, 1), "month")
    # a URL's day is the page's own
    assert _clean(text, "https://example.org/2021/03/04/four-policemen-killed") == (
        date(2021, 3, 4), "day")


def test_a_wire_dateline_with_its_place_and_credit_around_the_full_date():
    # round pages23: the place may lead the date, a credit or the place follow it
    assert dated_opening(["GULU, Uganda, Feb 09, 2004 (AP) — " + STORY], 0) == date(2004, 2, 9)
    assert dated_opening(["July 3, 2006 (ABECHE) — " + STORY], 0) == date(2006, 7, 3)
    assert dated_opening(["KHOROG, May 2, 2012, Pamir-Press – " + STORY], 0) == date(2012, 5, 2)
    # a sentence's own words before the date are no place of a dateline
    assert dated_opening(["On July 3, 2006 — " + STORY], 0) is None


def test_a_date_under_a_standfirst_that_repeats_the_lede_is_the_pages():
    # round pages23: the lede printed as a standfirst (cut with an ellipsis), then byline and
    # date, then the lede again: the date is in the page's head, not in a list after the body
    lede = ("Gunmen attacked a checkpoint outside the town on Tuesday, killing four policemen, "
            "a provincial spokesman said")
    text = "\n".join([lede + "...", "By", "Staff", "March 4, 2019", lede + " on Wednesday.",
                      "The spokesman said two attackers were also killed in the exchange."])
    assert _clean(text, "https://example.org/latest/4411-checkpoint-attack") == (
        date(2019, 3, 4), "day")


def test_a_press_release_opens_on_its_sender_and_a_date_closed_by_a_colon():
    # the sender, its acronym in brackets, a semicolon, the full date and a colon
    line = ("Some Rights Group (SRG); March 4, 2021: Security forces fired on a crowd of "
            "mourners in the provincial capital, the group said.")
    assert dated_opening([line], 0) == date(2021, 3, 4)
    # a colon after a bare full date opens the body as a dash does
    assert dated_opening(["4 March 2021: " + STORY], 0) == date(2021, 3, 4)


def test_a_colon_after_a_date_inside_a_sentence_is_no_opening():
    assert dated_opening(["The group said on March 4, 2021: security forces fired first."],
                         0) is None
    # a sender without its acronym is a sentence's subject, not a release's head
    assert dated_opening(["Some Rights Group; March 4, 2021: " + STORY], 0) is None


def test_the_release_opening_dates_a_page_that_gives_no_other_date():
    text = ("Mourners fired on in the provincial capital\n"
            "Some Rights Group (SRG); March 4, 2021: " + STORY)
    assert _clean(text, "https://example.org/en/articles/5121/") == (date(2021, 3, 4), "day")
