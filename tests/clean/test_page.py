"""Single-page boilerplate (issue 13): each rule on a page laid out as real pages are, the title,
and the guard that no body sentence carrying a figure is ever lost."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.clean.text import normalise_lines

from .helpers import clean, rules_of

BODY = [
    "At least seven soldiers were killed when militants attacked a base near Galcad on Friday, "
    "officials said.",
    "The army said its forces killed 40 fighters and destroyed five pick-up trucks in the "
    "counter-attack.",
]


@pytest.mark.parametrize(
    ("lines", "line", "rule"),
    [
        # a dateline under the headline (state agency layout)
        (["Soldiers killed in attack on base", "Newsroom | 10.02.2020 - 16:02", *BODY],
         "Newsroom | 10.02.2020 - 16:02", "dateline"),
        # a breadcrumb menu (Press TV layout)
        (["News / Yemen / News", "Soldiers killed in attack on base", *BODY],
         "News / Yemen / News", "menu"),
        # navigation glued together as copied (Radio Dalsan layout)
        (["× HomeAbout usAdvertisementContact us", "Soldiers killed in attack on base", *BODY],
         "× HomeAbout usAdvertisementContact us", "menu"),
        # the headline repeated (Tasnim layout)
        (["Soldiers killed in attack on base", "Soldiers killed in attack on base", *BODY],
         "Soldiers killed in attack on base", "repeated_title"),
        # a short line repeated
        (["Soldiers killed in attack on base", "Somali News", BODY[0], "Somali News", BODY[1]],
         "Somali News", "repeated_line"),
        # a list of other stories under its header (People's Daily layout)
        ([*BODY, "Related Stories", "- Army chief takes charge", "- Minister visits border"],
         "- Minister visits border", "related_block"),
        # headlines listed without a header (AP hosted layout)
        ([*BODY, "Death toll rises after storm", "Veterans seek benefits",
          "Court hears petitions on burial"], "Veterans seek benefits", "headline_run"),
        # an agency credit on its own line
        ([*BODY, "Reuters"], "Reuters", "credit"),
        # the masthead of the page's own outlet (Garowe Online layout)
        ([*BODY, "GAROWE ONLINE"], "GAROWE ONLINE", "masthead"),
        # the writer's initials after the story (SANA layout)
        ([*BODY, "H. Zain/Ghossoun"], "H. Zain/Ghossoun", "signoff"),
        ([*BODY, "Fedaa al-Rahai"], "Fedaa al-Rahai", "signoff"),
        ([*BODY, "Stay tuned with 24 News HD Android App"],
         "Stay tuned with 24 News HD Android App", "app_promo"),
        # widgets
        ([*BODY, "Please enter your comment!"], "Please enter your comment!", "comment_prompt"),
        ([*BODY, "We use cookies to improve your experience."],
         "We use cookies to improve your experience.", "cookie_notice"),
        ([*BODY, "Stay current - Follow FMT on WhatsApp, Google news and Telegram"],
         "Stay current - Follow FMT on WhatsApp, Google news and Telegram", "follow_channels"),
        ([*BODY, "The post Drone strike kills commander appeared first on Iraqi News."],
         "The post Drone strike kills commander appeared first on Iraqi News.", "feed_footer"),
        ([*BODY, "Become a Scroll member today!"], "Become a Scroll member today!",
         "membership_promo"),
        ([*BODY, "By Staff, Agencies"], "By Staff, Agencies", "author_box"),
        ([*BODY, "Fighting rages on in Tripoli. [Photo: Internet]"],
         "Fighting rages on in Tripoli. [Photo: Internet]", "photo_caption_credit"),
        ([*BODY, "Image copyright AP"], "Image copyright AP", "image_furniture"),
        ([*BODY, "Remember meForgot password?"], "Remember meForgot password?", "login_widget"),
        ([*BODY, "• 09:01AM"], "• 09:01AM", "timestamp"),
        ([*BODY, "Video PlayerClose"], "Video PlayerClose", "video_player"),
        ([*BODY, "Click here"], "Click here", "read_more"),
        # another list of stories under its header
        ([*BODY, "What Others Are Reading Right Now", "- Army chief takes charge"],
         "- Army chief takes charge", "related_block"),
    ],
)
def test_each_rule_takes_its_line(lines, line, rule):
    article = clean(lines, url="https://garoweonline.com/en/news/x")
    assert rules_of(article).get(line) == rule
    assert all(sentence in article.text for sentence in BODY)


@pytest.mark.parametrize("cut", ["Mortar", "Officials...", "Beni"])
def test_a_lone_word_where_the_page_stops_is_no_signoff(cut):
    article = clean(["Soldiers killed in attack on base", *BODY, cut])
    assert cut not in article.removed


@pytest.mark.parametrize("signoff", ["KNA", "J.K.", "R. Obi/Kano"])
def test_initials_still_sign_off(signoff):
    article = clean(["Soldiers killed in attack on base", *BODY, signoff])
    assert rules_of(article).get(signoff) == "signoff"


def test_lines_above_the_headline_are_furniture():
    # with the headline known, a slogan and a section line above it go
    article = clean(["The voice of the free press", "Africa news today",
                     "Soldiers killed in attack on base", *BODY],
                    title="Soldiers killed in attack on base")
    assert set(rules_of(article).values()) == {"above_title"} and len(article.removed) == 2
    assert article.text.startswith(BODY[0])


def test_date_label_and_title_on_one_line():
    # " date 2022-12-04 <headline>": the date is read, the headline is the title
    article = clean(["date 2022-12-04 3 policemen killed in terrorist attack in NW Pakistan",
                     *BODY])
    assert article.title == "3 policemen killed in terrorist attack in NW Pakistan"
    assert (str(article.published), article.published_from) == ("2022-12-04", "date 2022-12-04")


def test_bulleted_figures_stay():
    # a bulleted statement carrying figures is the story, not a list of headlines (002)
    bullets = ["• 115 regime targets have been struck", "• 101 regime soldiers neutralized",
               "• 3 tanks and 2 mortars destroyed"]
    article = clean([BODY[0], *bullets, BODY[1]])
    assert article.removed == [] and all(b in article.text for b in bullets)


def test_hard_wrapped_paragraphs_stay():
    # text wrapped at a fixed width (TR-News, PDF copies): fragments, not headlines
    wrapped = ["An auto manufacturers trade group earlier this month urged the president to",
               "establish a presidential advisory committee to coordinate the regulators. The",
               "Alliance of Automobile Manufacturers also called on the administration to",
               "conduct a comprehensive regulatory review of all regulations in 2017."]
    article = clean(wrapped)
    assert article.removed == []


@pytest.mark.parametrize(
    ("lines", "meta", "title"),
    [
        # the metadata's title wins; its copy on the page leaves the body
        (["Troops killed", *BODY], {"title": "Troops killed"}, "Troops killed"),
        # the headline, not the section name above it
        (["World", "Soldiers killed in attack on base", *BODY], {},
         "Soldiers killed in attack on base"),
        # a slogan and a headline: the one matching the URL's slug
        (["The voice of the nation today", "Soldiers killed in attack on base", *BODY],
         {"url": "https://x.com/news/soldiers-killed-in-attack-on-base"},
         "Soldiers killed in attack on base"),
        # no headline line: spelled out from the slug
        (BODY, {"url": "https://x.com/2024/hezbollah-member-killed-in-israeli-airstrike"},
         "Hezbollah member killed in israeli airstrike"),
        # a leading article id is no part of the headline (it would read as a toll of 102364)
        (BODY, {"url": "https://x.com/news/102364-town-is-under-fire-there-are-dead"},
         "Town is under fire there are dead"),
        # a short number opening the slug is the headline's own ("5 killed in ...")
        (BODY, {"url": "https://x.com/2024/5-killed-in-strike-on-town"},
         "5 killed in strike on town"),
        # no headline and no slug: none
        (BODY, {}, None),
        # alt text run into the headline as copied (Digital Journal layout)
        (["article imageColombian police die in clash", *BODY], {},
         "Colombian police die in clash"),
    ],
)
def test_title(lines, meta, title):
    assert clean(lines, **meta).title == title


SEED_FURNITURE = [
    "READ ALSO The Jobs Report is a Mess, December Will Be Messier", "0 Comments", "*",
    "Newsroom | 10.02.2020 - 16:02", "date 2022-08-14", "Home | World | Politics",
    "Related Stories", "Latest News", "Share on linkedin", "Please enter your name here",
    "Advertisement", "Most Read", "Tags: Syria, Idlib", "By Staff, Agencies",
    "Subscribe to our newsletter for daily updates", "Reuters",
]
WORDS = ["troops", "soldiers", "civilians", "militants", "killed", "wounded", "attacked",
         "shelled", "village", "province", "near", "the", "army", "said", "officials", "in",
         "Idlib", "Saraqib", "Mogadishu", "Kharkiv", "Gaza", "reported", "least", "more", "than"]
FIGURE = st.one_of(st.integers(1, 100_000).map(str),
                   st.sampled_from(["five", "dozens", "1,000", "2-4", "40%"]))


@st.composite
def body_sentence(draw) -> str:
    # a body sentence: at least `body_min_words` (8) words, ending like a sentence
    before = draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=15))
    after = draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=15))
    text = " ".join([*before, draw(FIGURE), *after])
    return text[:1].upper() + text[1:] + draw(st.sampled_from([".", ".", "!", "?", '."']))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(body_sentence().map(lambda s: ("body", s)),
                          st.sampled_from(SEED_FURNITURE).map(lambda s: ("furniture", s))),
                min_size=1, max_size=25),
       st.sampled_from([None, "https://www.dawn.com/news/1/x-y-z", "https://unknown.example/a"]))
def test_cleaning_never_loses_a_body_sentence_with_a_figure(page, url):
    # property (issue 13): whatever furniture surrounds them, body sentences carrying a figure
    # are all in the cleaned text
    article = clean([line for _, line in page], url=url)
    for kind, line in page:
        if kind == "body":
            assert re.sub(r"\s+", " ", line) in article.text


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=["Cs"]), max_size=60), max_size=20))
def test_no_line_is_silently_lost(lines):
    # property: every line of any page ends in the text, in `removed` (with a rule) or in the
    # title; cleaning never drops a line without saying so
    article = clean(lines)
    assert len(article.removed) == len(article.removed_rules)
    kept = [*article.text.split("\n\n"), *article.removed, article.title or ""]
    for line in normalise_lines("\n".join(lines)):  # characters repaired, lines as split
        assert any(line in part or part in line for part in kept if part), line


def test_a_line_python_calls_blank_but_repair_makes_visible_is_kept():
    # "\x85" is whitespace to str.strip but a Windows-1252 ellipsis to the repair step
    # (found by the property test above)
    article = clean(["\x85"])
    assert "…" in article.text
