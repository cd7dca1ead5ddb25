"""The date ablation of `bench/conflict.py --undate`: which article loses its date, what is
taken away (the URL's date, the page's date lines) and what is kept (the story as found)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from fogofwar.clean.datelines import date_from_url  # noqa: E402
from scoring.undated import chosen, has_clue, score, undated_text, undated_url  # noqa: E402

PAGE = ("Rebels shell a market in Dorvale\n"
        "By Staff | 12.03.2021 - 09:14\n"
        "DORVALE, March 12 (Wire) - Shells hit the market on Friday, killing four.\n"
        "More stories\n")
BOILER = ["By Staff | 12.03.2021 - 09:14", "More stories"]


def test_one_article_per_incident_rotates():
    incs = [{"id": "x1", "articles": ["a", "b", "c", "z"]},
            {"id": "x2", "articles": ["d", "e"]}, {"id": "x3", "articles": ["f", "y"]}]
    dated = {"a", "b", "c", "d", "e", "f"}  # z and y: pages with no date of their own
    assert chosen(incs, 0, dated) == {"a": "x1", "e": "x2"}
    assert chosen(incs, 1, dated) == {"b": "x1", "d": "x2"}


def test_the_urls_date_goes_and_its_host_stays():
    url = undated_url("https://news.example.org/2021/03/12/rebels-shell-market-4-dead/")
    assert url.startswith("https://news.example.org/") and "2021" not in url
    assert date_from_url(url) is None


def test_the_date_line_goes_and_the_story_stays_as_found():
    text = undated_text(PAGE, BOILER)
    assert "12.03.2021" not in text
    assert "DORVALE, March 12 (Wire) - Shells hit the market on Friday, killing four." in text
    assert "More stories" in text  # boilerplate with no date is kept


def test_a_story_naming_a_weekday_gives_a_clue():
    assert has_clue(PAGE, BOILER)
    assert not has_clue("Shells hit the market, killing four.\n", [])


def test_score_counts_joined_and_out():
    incs = [{"id": "x1", "articles": ["a", "b"]}]
    arts = {"a": {"id": "A", "published": None}, "b": {"id": "B", "published": "2021-03-12"}}
    joined = score({"a": "x1"}, incs, arts, [{"id": "I", "articles": ["A", "B"]}],
                   {"a": True}, lambda gi, gid: ["no_date"])
    assert joined["joined"] == 1 and joined["undated_with_clue"] == "1/1"
    apart = score({"a": "x1"}, incs, arts, [{"id": "I", "articles": ["B"]}],
                  {"a": False}, lambda gi, gid: ["no_date"])
    assert apart["joined"] == 0 and apart["out_because"] == {"no_date": 1}


def test_no_clue_takes_the_day_dates_and_keeps_the_weekday():
    from scoring.undated import unday
    page = ("Mortars fall on Kesselton\n"
            "9 November 2022\n"
            "KESSELTON, Nov 9 (Wire) - Mortars fell on Tuesday, Nov. 8, wounding two.\n"
            "Sep 3, 2021 — The depot burned on 3 September and again in October.\n"
            "Filed 2022-11-09 / 09.11.2022\n")
    text = unday(page)
    assert "9 November" not in text and "Nov 9" not in text and "Nov. 8" not in text
    assert "KESSELTON, (Wire) - Mortars fell on Tuesday, wounding two." in text
    assert "The depot burned and again in October." in text  # a month alone stays
    assert "2022-11-09" not in text and "09.11.2022" not in text
    assert "\n9 November 2022\n" not in text and text.startswith("Mortars fall on Kesselton\n")
    assert not has_clue(text.replace("Tuesday", "day"), [])
