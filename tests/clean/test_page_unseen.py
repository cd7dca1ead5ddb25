"""Furniture of sites the rules had not seen (round c520-c527): credits, pay-walls, captions,
image ids, neighbouring-story links, bylines under the headline, a section's name run into a
machine date, a masthead glued to the headline and outlets named by their initials. Every line
here is written for the test; none is copied from the conflict set."""

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fogofwar.clean.boilerplate import boilerplate_name
from fogofwar.clean.sitenames import site_name

from .helpers import clean, rules_of

BODY = [
    "Gunmen killed nine farmers and burned a granary near Dori on Tuesday, a local official "
    "said.",
    "The regional governor said 14 people were wounded and taken to the district hospital.",
]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Original article from AFP", "origin_credit"),
        ("This story first appeared on The Sahel Observer", "origin_credit"),
        ("Read the full report at Radio Kivu", "origin_credit"),
        ("(Source: agencies)", "origin_credit"),
        ("Like our Facebook page: Dori Daily", "follow_page"),
        ("Follow our Telegram channel", "follow_page"),
        ("_44120391_market", "image_id"),
        ("Smoke rises over the market after the raid. / Dori Media", "caption_slash_credit"),
        ("File picture of a checkpoint outside Dori.", "file_photo_caption"),
        ("Soldiers guard the road out of Dori, 3 March 2021.", "caption_dated"),
        ("Residents carry belongings from a burned house in Kaya, Burkina Faso, Feb. 9, 2022.",
         "caption_dated"),
        ("Read this story for free:", "paywall"),
        ("$2.50/week*", "paywall"),
        ("*Billed as $10 every month. Cancel anytime.", "paywall"),
        ("This article is for subscribers only", "paywall"),
        ("Link to this article: https://example.org/a/1", "page_address"),
        ("Next Post Floods cut the road to Kaya", "adjacent_story"),
        ("Previous Herders and farmers sign a truce in Djibo", "adjacent_story"),
        ("Back to top button", "skip_link"),
        ("This site uses Akismet to reduce spam.", "comment_form"),
        ("Have your say", "widget_sentence"),
        ("3 bloggers like this:", "widget_sentence"),
        ("Dori market after the attack (Supplied).", "photo_caption_credit"),
        ("Posted on :", "page_furniture"),
        ("Updated: 12 03 , 2021 09:40", "page_furniture"),
        ("- Make us your homepage -", "page_furniture"),
        ("By Amadou Sawadogo, Jr.", "author_box"),
        ("0412-market-raid.jpg Traders return to the market in Dori.", "image_file_name"),
        ("Troops kill 12 rebels near the border, while a soldier dies in a separate …",
         "truncated_teaser"),
        ("Governor of Kaya killed in an amb...", "truncated_teaser"),
        ("Key Takeaways", "page_furniture"),
        ("Firefighters at a burned market in Dori, Burkina Faso, in this handout picture "
         "released on May 2, 2023.", "photo_caption_lead"),
        ("Avatar photo", "page_furniture"),
    ],
)
def test_each_new_pattern_names_its_line(line, rule):
    assert boilerplate_name(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentence writes "on" before a day; a caption a comma
        "Militants killed 27 soldiers in an attack on the base at Djibo on March 4, 2022.",
        "Next week the army will send two more battalions to the north, the minister said.",
        "Previous attacks on the town killed at least 30 people, residents said.",
        "Photos released by the army showed burned vehicles at the checkpoint.",
        "Police said the gunmen, who arrived on motorcycles, fled towards the border.",
        "Subscribers to the militia's channel were told to avoid the main road.",
        "The army said 12 fighters were killed, 4 March 2022 being the deadliest day.",
        # a weekday before the comma: the story's day (round chains23)
        "The police chief rejected the claim in a statement sent to a radio station in Kaya on "
        "Monday, March 7, 2022.",
    ],
)
def test_story_sentences_match_no_new_pattern(line):
    assert boilerplate_name(line) is None


def test_names_under_the_headline_are_bylines():
    # (three in a row would be a run of headlines, taken as such)
    for names in (["Awa Ouedraogo", "Dori, Burkina Faso"], ["Sahel Correspondent"]):
        lines = ["Gunmen kill nine farmers near Dori", *names, *BODY]
        article = clean(lines)
        assert article.title == lines[0]
        assert {rules_of(article).get(line) for line in names} == {"byline"}
    assert all(sentence in article.text for sentence in BODY)


def test_a_bare_by_over_the_writers_name_goes():
    lines = ["Gunmen kill nine farmers near Dori", "By", "By Awa Ouedraogo", *BODY]
    assert rules_of(clean(lines)).get("By") == "byline"


def test_a_dateline_in_capitals_on_its_own_line_stays():
    # "DORI" and "OUAGADOUGOU, Burkina Faso" open the story's first sentence
    for place in ("DORI", "OUAGADOUGOU, Burkina Faso"):
        article = clean(["Gunmen kill nine farmers near Dori", place, *BODY])
        assert place not in article.removed
        assert place in article.text


def test_no_byline_is_taken_below_the_first_body_sentence():
    lines = ["Gunmen kill nine farmers near Dori", BODY[0], "Heavy Losses", BODY[1]]
    assert "Heavy Losses" not in clean(lines).removed


def test_a_headline_ending_in_says_over_a_section_stamp():
    lines = ["Nine farmers killed in northern Burkina Faso, governor says",
             "africa2023-11-02 18:05:12", *BODY]
    article = clean(lines)
    assert article.title == lines[0]
    assert rules_of(article).get("africa2023-11-02 18:05:12") == "dateline"
    assert article.published.isoformat() == "2023-11-02"


def test_a_headline_ending_in_says_over_a_date_label():
    lines = ["Nine farmers killed near Dori, governor says", "Updated: 02 11 , 2023 18:05",
             *BODY]
    article = clean(lines)
    assert article.title == lines[0]


def test_a_masthead_glued_to_the_headline():
    lines = ["Sahel Voice Nine farmers killed near Dori", "Nine farmers killed near Dori", *BODY]
    article = clean(lines)
    assert article.title == "Nine farmers killed near Dori"
    assert lines[0] in article.removed


def test_a_headline_in_capitals_below_the_story_is_a_teaser():
    teaser = "TROOPS PULL OUT OF BORDER TOWN AHEAD OF TALKS"
    article = clean(["Gunmen kill nine farmers near Dori", BODY[0], teaser, BODY[1]])
    assert rules_of(article).get(teaser) == "shouted_teaser"
    # the story's own headline in capitals, above the body, is the title
    article = clean(["GUNMEN KILL NINE FARMERS NEAR DORI", *BODY])
    assert article.title == "GUNMEN KILL NINE FARMERS NEAR DORI"


def test_an_aggregators_age_run_into_the_headline():
    lines = ["Nine farmers killed near Dori12 min ago", *BODY]
    assert clean(lines).title == "Nine farmers killed near Dori"


def test_a_page_closing_on_its_own_outlet():
    lines = ["Nine farmers killed near Dori", *BODY, "From Sahel Voice"]
    article = clean(lines, url="https://www.sahelvoice.example/world/nine-farmers-killed")
    assert article.outlet == "Sahel Voice"
    assert rules_of(article).get("From Sahel Voice") == "masthead"


def test_a_pay_wall_is_no_body():
    lines = ["Nine farmers killed near Dori", *BODY, "Read this story for free:",
             "$1 for the first 4 weeks*", "*Billed as $12 every four weeks. Cancel any time."]
    article = clean(lines)
    assert "$1" not in article.text and "Billed" not in article.text


@pytest.mark.parametrize(
    ("url", "lines", "name"),
    [
        ("https://www.cpj.org/x", ["Photo: Committee to Protect Journalists"],
         "Committee to Protect Journalists"),
        ("https://msf.org/x", ["© Médecins Sans Frontières"], "Médecins Sans Frontières"),
        # a Title Case headline's words run on into the next capitalised word: no name
        ("https://nta.ng/x", ["Nigerian Troops Attack Bandit Camps"], "Nta"),
        # two letters would match too many pairs of words
        ("https://ab.example/x", ["Army Base attacked"], "Ab"),
    ],
)
def test_an_outlet_named_by_its_initials(url, lines, name):
    assert site_name(url, lines) == name


NAMES = st.sampled_from(["Awa Ouedraogo", "By", "Dori, Burkina Faso", "Sahel Correspondent",
                         "DORI", "Heavy Losses", "AFP", "Read this story for free:",
                         "$1 for the first 4 weeks*", "Next Post Floods cut the road",
                         "_44120391_market", "africa2023-11-02 18:05:12"])
WORDS = ["gunmen", "farmers", "killed", "wounded", "near", "Dori", "Kaya", "the", "army", "said",
         "officials", "in", "village", "on", "Tuesday", "at", "least", "residents"]


@st.composite
def sentence(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=8, max_size=20))
    figure = str(draw(st.integers(1, 500)))
    text = " ".join([*words[:4], figure, *words[4:]])
    return text[:1].upper() + text[1:] + draw(st.sampled_from([".", "!", '."']))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Nine farmers killed near Dori, governor says", "Gunmen kill nine"]),
       st.lists(st.one_of(sentence().map(lambda s: ("body", s)),
                          NAMES.map(lambda s: ("other", s))), min_size=1, max_size=20))
def test_a_body_sentence_is_never_lost(headline, page):
    # property: whatever name lines, bylines, stamps and offers stand under the headline, every
    # body sentence is in the cleaned text
    article = clean([headline, *(line for _, line in page)])
    for kind, line in page:
        if kind == "body":
            assert re.sub(r"\s+", " ", line) in article.text


@settings(max_examples=100, deadline=None)
@given(st.from_regex(r"[a-z]{1,6}", fullmatch=True),
       st.lists(st.text(max_size=40), max_size=5))
def test_initials_name_is_the_pages_words_or_the_label(label, lines):
    # property: the outlet is words the page writes (a spelling or the initials' name), else a
    # reading of the label's own letters, or of them less a country code ending them
    # ("thecitizenng" -> "The Citizen"; "acabua" -> "A Cab"). "www" is a host prefix, no label
    # ("https://www.org/x" is the site "org")
    assume(label != "www")
    name = site_name(f"https://{label}.org/x", lines)
    squashed = re.sub(r"[\W_]+", "", (name or "").casefold())
    assert name is None or squashed.startswith(label) or squashed == label[:-2] or all(
        word in " ".join(lines) for word in name.split())
