"""Pattern boilerplate: seed furniture lines are caught, seed reporting lines are not."""

import re

import pytest

from fogofwar.clean.boilerplate import boilerplate_name
from fogofwar.clean.patterns import named_patterns
from fogofwar.errors import PackError


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("READ ALSO NDAA Seeks To Halt Trump's Troop Withdrawals From Afghanistan & Germany",
         "related_teaser"),  # ZeroHedge teaser (000)
        ("Read more: Turkey sends convoy", "related_teaser_colon"),  # mixed-case teaser
        ("Aleppo, AFP file image.", "photo_credit_agency"),  # caption with agency (000)
        ("Idlib. Reuters photo", "photo_credit_agency"),  # other agency and order
        ("Damascus, AFP/Getty Images", "photo_credit_agency"),  # agency pair
        ("Photo: Anadolu Agency", "photo_credit_label"),  # labelled credit
        ("Note to readers: please click the share buttons above or below.", "share_request"),
        ("Support South Front in its endeavors. If you’re able, please support the project.",
         "donate_request"),  # donation plea (003/004)
        ("Please donate to keep us independent", "donate_request"),
        ("Disclaimer: The contents of this article are of sole responsibility of the author(s).",
         "disclaimer"),
        ("www.globalresearch.ca contains copyrighted material the use of which has not always "
         "been specifically authorized by the copyright owner.", "copyright"),
        ("© 2020 Some Media Group. All rights reserved.", "copyright"),
        ("For media inquiries: [email protected]", "media_contact"),
        ("0 Comments", "comments"),  # comment counter (002)
        ("Leave a comment", "comments"),
        ("*", "separator"),  # lone star before the footer (003/004)
        ("Subscribe to our newsletter for daily updates", "subscribe_request"),
        # general page furniture seen across the conflict dev set (issue 11), written afresh
        ("ALSO READ: Army says border calm after clashes", "related_teaser_colon"),
        ("(Reporting by Jane Doe; Editing by John Roe)", "author_box"),  # wire credit line
        ("Post Author: webadmin", "author_box"),
        ("Bureau Report", "author_box"),
        ("Troops on patrol in the valley. (Representational image)", "photo_caption_credit"),
        ("In this photo provided by the regional governor, firefighters work at the scene",
         "photo_caption_lead"),
        ("Screengrab from footage shared online", "photo_caption_lead"),
        ("Smoke rises over the port after the strike. © AFP", "photo_caption_lead"),
        ("Short Url", "page_furniture"),
        ("- Order Reprints", "page_furniture"),
        ("Photo of author", "page_furniture"),
        ("Small Medium Large Email Print", "page_furniture"),
        ('[caption caption="Residents at the market"][/caption]', "page_furniture"),
        ("afp/ab/cd", "page_furniture"),  # desk initials closing a wire story
        ("https://example.org/news/2024/strike.html", "page_furniture"),  # a bare link
        ("THIS IS A BREAKING NEWS UPDATE.", "page_furniture"),
        ("Follow our socials WhatsApp, Facebook and X", "platform_list"),
        ("Read us on Telegram and YouTube", "platform_list"),
        ("Available only for personal, non-commercial use.", "legal_footer"),
        ("Terms of use | Privacy policy", "legal_footer"),
        ("Story Code : 42", "story_code"),
        ("< a min read", "reading_time"),
        ("Reading time: 3 minutes", "reading_time_label"),
        ("#Border #Clashes #Army", "hashtag_line"),
        ("market-blast-aftermath_02.JPG", "image_file_name"),
        ("Spread the love", "widget_sentence"),
        ("Share this story with your friends!", "widget_sentence"),
        ("There are no comments on this story.", "widget_sentence"),
        ("(With inputs from Reuters)", "inputs_credit"),
        ("Click here to join our Telegram channel for breaking news.", "channel_invite"),
        # an embedded post's attribution and bare picture link
        ("— Rima Tahan (@rimatahan) March 3, 2023", "embedded_post"),
        ("pic.twitter.com/Qx81zLpA — Border Desk (@borderdesk) March 3, 2023", "embedded_post"),
        ("6 hours ago 14", "age_line"),
        ("• 3 years ago", "age_line"),
        ("Notify of", "comment_widget"),
        ("2 comments so far, add yours", "comment_widget"),
        ("- Digg this", "share_items"),
        ("Listen to this article", "page_widget"),
        ("Displaced families queue for water near the camp gate (AFP)", "caption_agency_close"),
        ("A burnt-out truck on the border road (Omar Said/PA)", "caption_agency_close"),
        ("Soldiers patrol a market in Gao. REUTERS/Omar Said", "caption_agency_close"),
        ("Foto: Sahel Wire", "credit_label_other"),
        ("| Source: KNA", "piped_credit"),
        ("compiled from wire reports", "desk_credit"),
        ("Adjust font size:", "font_size_widget"),
        ("Tiada ulasan:", "comments_other_languages"),
        ("No hay comentarios:", "comments_other_languages"),
        ("Publicar un comentario", "comments_other_languages"),
        ("12 + 7 =", "site_pointer"),
        ("Fighters on a pickup near Gao in 2019Image source, Sahel Wire",
         "caption_agency_close"),
    ],
)
def test_furniture_is_matched(line, name):
    assert boilerplate_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        # attribution tail of a quoted passage (000): attribution, not boilerplate
        "Syrian insurgents carried out at least three car bomb attacks against government forces "
        "west of Aleppo on Saturday and opened a new front northeast of the city. — Jerusalem Post",
        "— Jerusalem Post",
        # reporting that mentions support, photographs, comments or copyright in passing
        "Amid the military advance, in the latest embarrassment to the US State Department, the "
        "Syrian and Russian governments said they’ve recovered proof of US support for the "
        "anti-Assad al-Qaeda insurgent terrorists, publishing photographs of crates of weapons "
        "and supplies to state-run SANA.",
        "The US and NATO vowed to support Turkey, but so far they have limited this support to "
        "public encouragement for further military actions in Idlib.",
        "• 115 regime targets have been struck",  # bullet of a quoted statement (002)
        "The battle for Idlib is ongoing.",
        "SANA released new footage.",  # short sentence naming an agency is not a caption
        "Video: Turkey Supports Al Qaeda Against Syrian Forces in Idlib",  # a headline
        # reporting that names platforms, photos or updates in passing
        "Follow-up strikes hit the Telegram building and Facebook offices",
        "The ministry said on Telegram and Twitter that 12 people were killed.",
        "In this town, 12 people were killed on Friday.",
        "#1 priority for the army, he said, is the #2 road.",  # hashtags inside a sentence
        "The militants shared photo.jpg files of the attack on Telegram.",
        "There are no comments from the ministry so far, the agency said.",
        "With inputs from villagers, the army located the camp (officials said).",
        "Also read out at the rally was a statement from the commander.",
        # a story's last sentence credited to its agency, and an embedded post's own words
        "The army said twelve fighters were killed in the raid. (AFP)",
        "Red Cross teams reached the town on Sunday, the agency said.",
        "For more than a week, residents said they could not visit the market.",
        "Twelve dead and 30 hurt after the strike on the depot. #Kharkiv "
        "pic.twitter.com/Qx81zLpA — Border Desk (@borderdesk) March 3, 2023",
        # a whole wire story sent as one paragraph, ending with its notice (issue 12: the
        # article was lost whole)
        "HELENA, Mont. (AP) - Montana and CoreCivic are at an impasse in negotiations to "
        "extend the private prison company's contract to run the correctional center in "
        "Shelby. Villa said Thursday the two sides agreed to some provisions, including "
        "extending the contract to 2021. Copyright 2018 The Associated Press. All rights "
        "reserved.",
    ],
)
def test_reporting_is_not_matched(line):
    assert boilerplate_name(line) is None


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([{"name": "x", "pattern": "("}], "boilerplate.yaml: patterns[0].pattern: invalid regex"),
        ([{"pattern": "x"}], "boilerplate.yaml: patterns[0] must be a mapping with a 'name'"),
        ([{"name": "x", "pattern": ""}], "patterns[0].pattern must be a non-empty string"),
    ],
)
def test_bad_pack_entries_name_file_and_key(entries, message):
    # a malformed pack fails at load with the file and key named
    with pytest.raises(PackError, match=re.escape(message)):
        named_patterns(entries, "boilerplate", "patterns")


def test_top_branches_split_only_at_top_level_bars():
    from fogofwar.clean.patterns import top_branches
    assert top_branches(r"(?i)^(a|b)c|[|(]x\||d(?:e|f)|[]|]y") == \
        ["^(a|b)c", r"[|(]x\|", "d(?:e|f)", "[]|]y"]
    assert top_branches("^only one") == ["^only one"]


@pytest.mark.parametrize("source", [
    r"(?i)^(reprinted|shared) with permission\b|\bnot for redistribution\b",
    r"^\s*[-*]+\s*$|\bshare on (facebook|x)\b|^tags?:",
    r"(?i)\bwatch live\b|^live\s*:|\(\s*video\s*\)\s*$",
])
def test_split_patterns_match_the_lines_the_whole_pattern_matches(source):
    from fogofwar.clean.patterns import split_anchored
    whole = re.compile(source)
    anchored, free = split_anchored(whole)
    assert anchored is not None and free is not None
    lines = ["Reprinted with permission of the author.", "The text is NOT for redistribution.",
             "  --- ", "Tags: Aleppo, shelling", "Please share on Facebook today",
             "Live: updates from the front", "Watch live as the minister speaks",
             "Footage of the strike (video)", "Shelling resumed overnight, residents said.",
             "Share on Facebook", "with permission, not for redistribution", ""]
    for line in lines:
        assert bool(whole.search(line)) == bool(anchored.search(line) or free.search(line))


@pytest.mark.parametrize("source", [r"(a)x|^\1y", r"(?x)^a | b", r"^a|(?#c|d)b", r"^ab", r"a|b"])
def test_patterns_a_split_could_change_stay_whole(source):
    from fogofwar.clean.patterns import split_anchored
    whole = re.compile(source)
    assert split_anchored(whole) == (None, whole)
