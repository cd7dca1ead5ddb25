"""Headlines: where the title was read (a printed line, or the URL's slug) and Title Case
headlines put in sentence case for the parser (issue 11). Headlines written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fogofwar.clean import Cleaner
from fogofwar.clean.title import is_lower_case, is_title_case, name_case, sentence_case
from fogofwar.records import Document

BODY = ("Suspected bandits on Sunday killed nine soldiers at a checkpoint in Zamfara state, "
        "police and residents say. The gunmen fled into the forest after the attack.")


def test_title_case_is_told_from_sentence_case():
    assert is_title_case("Gunmen Kill 9 Soldiers In Zamfara Checkpoint Attack")
    assert is_title_case("Rebels Kill 2 Peacekeepers in Central African Republic")
    assert not is_title_case("Gunmen kill 9 soldiers in Zamfara checkpoint attack")
    assert not is_title_case("GUNMEN KILL 9 SOLDIERS")


def test_words_the_body_writes_in_lower_case_are_lowered_and_names_kept():
    title = "Gunmen Kill 9 Soldiers At Zamfara Checkpoint, Police Say"
    assert sentence_case(title, BODY) == "Gunmen kill 9 soldiers at Zamfara checkpoint, police say"


def test_acronyms_and_the_first_word_keep_their_case():
    title = "Police Say ISWAP Fighters Attacked Soldiers Near Zamfara"
    body = "The police say fighters of ISWAP attacked the soldiers near a town in Zamfara."
    assert sentence_case(title, body) == "Police say ISWAP fighters attacked soldiers near Zamfara"


def test_a_word_the_body_never_uses_is_read_as_a_common_word():
    title = "Airstrikes Hit Three Rebel Strongholds In Zamfara"
    assert sentence_case(title, BODY) == "Airstrikes hit three rebel strongholds in Zamfara"


def test_a_sentence_case_headline_is_left_alone():
    title = "Gunmen kill nine Soldiers in Zamfara"
    assert sentence_case(title, BODY) == title


@given(st.text(max_size=80), st.text(max_size=200))
def test_sentence_case_keeps_the_length(title, body):
    assert len(sentence_case(title, body)) == len(title)


@given(st.text(max_size=80), st.text(max_size=200))
def test_name_case_keeps_the_length_and_the_letters(title, body):
    # a lower-case headline is parsed in its recased form and its offsets read against the
    # headline itself: only the case of whole words may change
    cased = name_case(title, body)
    assert len(cased) == len(title) and cased.casefold() == title.casefold()


def clean_one(text: str, url: str):
    return Cleaner().clean_batch([Document(source="t", text=text, url=url)])[0]


def test_a_printed_headline_that_spells_the_slug_is_printed():
    url = "https://example.org/news/13-gunmen-killed-in-shootout-with-police"
    page = "13 gunmen killed in shootout with police\n\n" + BODY
    article = clean_one(page, url)
    assert article.title == "13 gunmen killed in shootout with police"
    assert article.title_printed is True


def test_a_title_spelled_from_the_slug_is_not_printed():
    url = "https://example.org/news/13-gunmen-killed-in-shootout-with-police"
    article = clean_one(BODY, url)
    assert article.title and article.title_printed is False


def test_a_headline_glued_to_the_body_is_taken_as_the_page_spells_it():
    url = "https://example.org/2021/05/militants-storm-kenya-s-lamu-base-kill-three"
    page = ("Militants Storm Kenya’s Lamu Base, Kill Three :   Gunmen stormed a military camp in "
            "Lamu county on Tuesday, killing three soldiers, police said.\n\n" + BODY)
    article = clean_one(page, url)
    assert article.title == "Militants Storm Kenya’s Lamu Base, Kill Three"


def test_the_slug_is_matched_on_whole_words_only():
    url = "https://example.org/news/army-base-hit-hard"
    # the line holds the slug's letters, but from inside "barmy": the slug itself is the title
    page = "Officials called the barmy base hit hard claim foolish, he said.\n\n" + BODY
    article = clean_one(page, url)
    assert article.title == "Army base hit hard"


def test_a_date_opening_the_slug_is_no_part_of_the_title():
    # round c570-c577: "2007-10-23-…" had given the title "10 23 …", read as two figures
    url = "https://example.org/article/2009-04-17-rebels-storm-border-post-near-lake"
    article = clean_one(BODY, url)
    assert article.title == "Rebels storm border post near lake"
    url = "https://example.org/article/102364-gunmen-storm-border-post"
    assert clean_one(BODY, url).title == "Gunmen storm border post"


def test_a_slug_keeps_its_closing_figure_and_possessives_but_not_ids():
    from fogofwar.clean.title import slug_title

    assert slug_title("https://x.com/news/toll-from-depot-blast-rises-to-64-7731902", 4) == \
        "Toll from depot blast rises to 64"
    assert slug_title("https://x.com/w/gunmen-kill-nine-in-zamfara-raid-c-884213", 4) == \
        "Gunmen kill nine in zamfara raid"
    assert slug_title("https://x.com/w/zamfara-raid-leaves-nine-dead-news-12-03-24/", 4) == \
        "Zamfara raid leaves nine dead news"
    assert slug_title("https://x.com/w/depot-blast-kills-nine-report-9fQ2kLm7Zx", 4) == \
        "Depot blast kills nine report"
    assert slug_title("https://x.com/w/blast-in-north-kivu-s-beni-kills-nine", 4) == \
        "Blast in north kivu's beni kills nine"
    assert slug_title("https://x.com/w/blast-in-beni-039-s-market-kills-nine", 4) == \
        "Blast in beni's market kills nine"


def test_a_slug_title_takes_the_apostrophes_the_page_writes():
    page = ("Gunmen stormed Beni’s central market on Sunday and killed nine traders, police "
            "said.\n\n" + BODY)
    article = clean_one(page, "https://x.com/w/gunmen-hit-benis-market-kill-nine")
    assert article.title == "Gunmen hit Beni’s market kill nine"


def test_a_title_bar_suffix_and_a_section_glued_in_front_are_trimmed():
    page = ("Africa Gunmen kill nine soldiers at Zamfara checkpoint | Daily Lantern\n\n" + BODY)
    article = clean_one(page, "https://x.com/w/gunmen-kill-nine-soldiers-at-zamfara-checkpoint")
    assert article.title == "Gunmen kill nine soldiers at Zamfara checkpoint"


def test_the_line_holding_the_whole_slug_beats_a_repeated_deck():
    deck = "Nine soldiers were killed at a checkpoint in Zamfara on Sunday"
    page = ("Gunmen kill nine soldiers in Zamfara\n\n" + deck + "\n\n" + deck + ".\n\n" + BODY)
    article = clean_one(page, "https://x.com/w/gunmen-kill-nine-soldiers-in-zamfara")
    assert article.title == "Gunmen kill nine soldiers in Zamfara"


def test_a_line_of_widget_symbols_is_no_title():
    page = "+ ↺ − 16 px\n\nGunmen kill nine soldiers in Zamfara\n\n" + BODY
    article = clean_one(page, "https://x.com/news/8812")
    assert article.title == "Gunmen kill nine soldiers in Zamfara"


# --- lower-case headlines (a URL slug's words): names as the body spells them (titles41) ---

SLUG_BODY = ("The Houthis said on Monday that a US strike hit the port. The UN envoy called "
             "for calm, and the army said us troops were not involved.")


def test_a_lower_case_headline_takes_the_bodys_names():
    title = "Yemen port strike kills 12 houthis say as un envoy calls for calm"
    assert name_case(title, SLUG_BODY) == \
        "Yemen port strike kills 12 Houthis say as UN envoy calls for calm"


def test_a_word_the_body_also_writes_in_lower_case_stays():
    # "army" and "us" are written in lower case in the body too: no name
    title = "Strike on port denied by army as us troops stay"
    assert name_case(title, SLUG_BODY) == title


def test_only_lower_case_headlines_are_respelled():
    assert is_lower_case("Dr congo says rebels killed 50")
    assert not is_lower_case("Houthis say US strike hit the port")
    title = "Houthis say us strike hit the port"
    assert name_case(title, SLUG_BODY) == title  # a printed headline with its own capitals
    assert len(name_case("dr congo says", "The DR Congo army said")) == len("dr congo says")
    assert name_case("Dr congo says", "The DR Congo army said") == "DR Congo says"
