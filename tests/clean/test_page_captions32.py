"""Captions and copies a page carries between its paragraphs (round boiler32): a caption closing
on its picture's credit above more of the story, a line holding its own text twice. Every line
here is written for the test; none is copied from the conflict set."""

import pytest

from fogofwar.clean.boilerplate import boilerplate_name
from fogofwar.clean.page import closing_credit, is_doubled

from .helpers import clean, rules_of

TITLE = "Gunmen kill nine farmers near Dori"
LEDE = ("Gunmen killed nine farmers and burned a granary near Dori on Tuesday, a local official "
        "said.")
MORE = "The regional governor said 14 people were wounded and taken to the district hospital."


@pytest.mark.parametrize("caption", [
    "Villagers gather beside a burned granary outside Dori, Burkina Faso, March 2. "
    "(Jane Roe/Reuters)",
    "Soldiers stand guard at the gate of the district hospital in Dori on Tuesday. (AFP)",
    "Smoke rises over the market in the north of the province [AFP]",
    "Relatives wait outside the morgue in the regional capital on Wednesday. (Reuters/Ann Lee)",
    "A burned truck lies by the road into the town of Dori. (Photo/Dori Media) |",
    "Residents return to the market after the raid, on Wednesday, March 3, 2021. (John "
    "Doe/The New York Times)",
])
def test_a_caption_closing_on_its_credit_above_the_story_goes(caption):
    article = clean([TITLE, caption, LEDE, MORE])
    assert caption in rules_of(article)  # caption_credit, or a pattern written for its credit
    assert LEDE in article.text and MORE in article.text


def test_wire_copy_closing_on_its_outlet_stays():
    """A paragraph ending on the outlet's credit reports someone: it is the story's."""
    credited = ("Gunmen killed nine farmers near Dori on Tuesday, the governor of the region "
                "said. (Reuters)")
    article = clean([TITLE, credited, MORE])
    assert credited in article.text


def test_the_rule_takes_a_caption_no_pattern_knows():
    caption = "Relatives wait outside the morgue of the regional capital on Wednesday. [AFP]"
    assert rules_of(clean([TITLE, caption, LEDE, MORE])).get(caption) == "caption_credit"


def test_the_last_paragraph_with_a_credit_stays():
    """No story below it: the copy's own close ("... a hospital. (AFP)")."""
    last = "Fourteen people were wounded and taken to the district hospital in Dori. (AFP)"
    article = clean([TITLE, LEDE, MORE, last])
    assert last in article.text


@pytest.mark.parametrize(("line", "kind"), [
    ("Troops patrol the road. (Jane Roe/Reuters)", "maker"),
    ("Troops patrol the road. (AP Photo/Jane Roe)", "maker"),
    ("Troops patrol the road (© -)", "maker"),
    ("Troops patrol the road. (AFP)", "outlet"),
    ("The blockade has cut the town off. (T/RE1/P2)", None),
    ("The town was cut off for a week (local time)", None),
])
def test_closing_credit(line, kind):
    assert closing_credit(line) == kind


@pytest.mark.parametrize(("line", "doubled"), [
    ("Soldiers patrol the market in DoriSoldiers patrol the market in Dori", True),
    ("Nine farmers killed near Dori | Nine farmers killed near Dori", True),
    ("Nine farmers killed near Dori", False),
    ("Dori Dori", False),
    # a sentence over and over (filler, a chant) is no alt text beside its caption
    (" ".join(["Shelling went on all night."] * 8), False),
])
def test_is_doubled(line, doubled):
    assert is_doubled(line) is doubled


def test_a_caption_written_twice_on_one_line_goes():
    doubled = ("Soldiers patrol the burned market in Dori on Wednesday morning."
               "Soldiers patrol the burned market in Dori on Wednesday morning.")
    article = clean([TITLE, doubled, LEDE, MORE])
    assert rules_of(article).get(doubled) == "doubled_line"


def test_a_browser_title_above_its_bare_headline_goes_and_the_headline_stays():
    browser = "Gunmen kill nine farmers near Dori | World | The Sahel Courier"
    article = clean([browser, "Updated: 3 March 2021", TITLE, LEDE, MORE])
    assert rules_of(article).get(browser) == "browser_title"
    assert article.title == TITLE
    assert TITLE not in rules_of(article)


def test_a_headline_with_its_deck_after_a_dash_is_no_browser_title():
    """After the dash a sentence of the story, not a site's name: the rule leaves the line."""
    decked = f"{TITLE} - the governor said 14 more were wounded in the raid on the granary"
    article = clean([decked, TITLE, LEDE, MORE])
    assert rules_of(article).get(decked) != "browser_title"


@pytest.mark.parametrize("cut", [
    "The governor said the attackers had come from the",
    "\"We buried them before the rains came and",
    "Witnesses counted at least three t",
])
def test_a_subheading_above_the_story_cut_where_the_page_stops_stays(cut):
    """The page stops mid-sentence under a subheading: neither is a sign-off or a headline."""
    subheading = "Fear in Dori"
    article = clean([TITLE, LEDE, MORE, subheading, cut])
    assert subheading in article.text and cut in article.text


def test_a_list_of_headlines_cut_at_its_last_item_still_goes():
    """No body sentence just above: the cut line ends a list of other stories."""
    related = ["Rebels seize two towns in the north", "Floods cut the road to Kaya",
               "Army chief visits troops at the border", "Aid convoy reaches the camp at"]
    article = clean([TITLE, LEDE, MORE, "Scroll for more", "Read the full report today",
                     "Photo gallery of the week", *related])
    assert all(line in rules_of(article) for line in related[:3])


def test_readers_comments_under_the_story_go():
    comments = ["Leave a Reply", "Shame on the army, again", "Same story every dry season --",
                "You can use these tags: <a> <b> <i>"]
    article = clean([TITLE, LEDE, MORE, *comments])
    assert all(line in rules_of(article) for line in comments)
    assert LEDE in article.text and MORE in article.text


def test_a_comments_link_above_the_story_takes_nothing():
    article = clean([TITLE, "View Comments", LEDE, MORE])
    assert LEDE in article.text and MORE in article.text


@pytest.mark.parametrize(("line", "rule"), [
    ("Farmers bury their dead in Kaya, Burkina Faso, Tuesday, March 2, 2021. The army said the "
     "attackers came at dawn.", "caption_weekday_dated"),
    ("Download the Sahel Courier app now for the latest news from the region",
     "app_promo"),
    ("Stay informed by installing our browser extension. Never miss a headline.", "app_promo"),
    ("You are here: Home > World > Africa", "breadcrumb"),
    ("(Translated by Jane Roe, volunteer)", "author_box"),
])
def test_pack_patterns_of_round_boiler32(line, rule):
    assert boilerplate_name(line) == rule


def test_a_story_sentence_dated_after_on_is_no_wire_caption():
    line = "The army retook the town on Tuesday, March 2, 2021, a spokesman said."
    assert boilerplate_name(line) is None


def test_another_storys_attributed_headline_between_paragraphs_goes():
    teaser = "Floods cut the road to Kaya for a week: ministry"
    article = clean([TITLE, LEDE, teaser, MORE])
    assert rules_of(article).get(teaser) == "attributed_teaser"
    assert LEDE in article.text and MORE in article.text


def test_a_subheading_in_the_storys_own_words_stays():
    subheading = "Gunmen burned a granary near Dori: local official"
    article = clean([TITLE, LEDE, subheading, MORE])
    assert subheading in article.text


def test_a_headline_printed_with_a_list_mark_is_the_slugs_own_line():
    """The title spelt from the URL: its line on the page, bulleted, is the headline printed,
    not a repeat of it to strike out."""
    bulleted = "• Gunmen kill nine farmers near Dori"
    article = clean([bulleted, LEDE, MORE],
                    url="https://sahel.example/news/gunmen-kill-nine-farmers-near-dori")
    assert bulleted not in rules_of(article)
