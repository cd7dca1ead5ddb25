"""Outlets: signature lines, URL domains and aliases give outlet, original outlet, byline."""

import pytest

from fogofwar.clean.outlets import canonical_outlet, outlet_from_url, outlet_info, read_signatures

GR_DISCLAIMER = ("Disclaimer: The contents of this article are of sole responsibility of the "
                 "author(s). The Centre for Research on Globalization will not be responsible "
                 "for any inaccurate or incorrect statement in this article.")


@pytest.mark.parametrize(
    ("lines", "expected", "signature_lines"),
    [
        # ZeroHedge repost marker (000)
        (["Via Zerohedge", "Amid the ongoing offensive..."], ("Zero Hedge", None, None), {0}),
        # ZeroHedge byline signature (002)
        (["Text.", "Article written by Tyler Durden for Zero Hedge", "0 Comments"],
         ("Zero Hedge", None, "Tyler Durden"), {1}),
        # South Front author box plus Global Research disclaimer (003/004): a repost
        (["Text.", "Articles by: South Front", GR_DISCLAIMER],
         ("Global Research", "South Front", None), {1}),
        # author box alone: the author outlet is the publisher
        (["Text.", "Articles by: South Front"], ("South Front", None, None), {1}),
        # author box naming a person
        (["Text.", GR_DISCLAIMER, "Articles by: Jane Roe"], ("Global Research", None, "Jane Roe"),
         {2}),
        # "Via" something that is not a known outlet is not a signature
        (["Via Twitter user @someone"], (None, None, None), set()),
        # attribution tail is not a signature (000)
        (["— Jerusalem Post"], (None, None, None), set()),
        # plain byline line
        (["By Jane Roe", "Turkish troops entered Idlib."], (None, None, "Jane Roe"), {0}),
    ],
)
def test_read_signatures(lines, expected, signature_lines):
    signed = read_signatures(lines)
    assert (signed.outlet, signed.original_outlet, signed.byline) == expected
    assert signed.lines == signature_lines


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.zerohedge.com/geopolitical/2016-redux", "Zero Hedge"),  # www subdomain
        ("https://southfront.org/video-turkey/", "South Front"),
        ("https://www.globalresearch.ca/video-turkey/5703593", "Global Research"),
        ("https://tass.com/world/1117899", "TASS"),
        ("https://notzerohedge.com/x", None),  # suffix match must be on a dot boundary
        ("https://example.org/", None),
        (None, None),
        # issue 17, found by hypothesis: unbalanced IPv6 brackets made urlsplit raise
        # ValueError, which stopped a whole ingest at a JSONL record with such a url
        ("[", None),
        ("http://[::1", None),
        ("https://zerohedge.com]/a", None),
    ],
)
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Zerohedge", "Zero Hedge"),  # alias
        ("the Jerusalem Post", "Jerusalem Post"),  # leading article
        ("Centre for Research on Globalization", "Global Research"),
        ("Some Blog", "Some Blog"),  # unknown names pass through unchanged
    ],
)
def test_canonical_outlet(name, canonical):
    assert canonical_outlet(name) == canonical


@pytest.mark.parametrize(
    ("name", "country", "state_owned"),
    [
        ("Zero Hedge", "USA", False),
        ("South Front", "RUS", False),
        ("Global Research", "CAN", False),
        ("SANA", "SYR", True),  # Syrian state agency
        ("Anadolu Agency", "TUR", True),  # Turkish state agency
    ],
)
def test_outlet_info_country_and_ownership(name, country, state_owned):
    info = outlet_info(name)
    assert (info.country, info.state_owned) == (country, state_owned)


# --- issue 13: outlet from the URL for pages as they come -------------------------------------

@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.aa.com.tr/en/middle-east/story/1", "Anadolu Agency"),  # state agency
        ("https://www.dawn.com/news/1883194/five-fc-men", "Dawn"),  # national daily
        ("https://english.lokmat.com/international/x", "Lokmat English"),  # longest domain wins
        ("https://www.lokmat.com/x", "Lokmat"),
        ("https://www.garoweonline.com/en/news/somalia/x", "Garowe Online"),
        ("http://www.dailymail.co.uk./wires/reuters/article-1/x", "Daily Mail"),  # trailing dot
        ("https://malaysia.news.yahoo.com/haiti-gangs-x", "Yahoo News"),  # aggregator
        ("https://english.almayadeen.net/news/politics/x", "Al Mayadeen English"),
        ("https://www.presstv.ir/Detail/2016/11/26/495312/x", "Press TV"),
    ],
)
def test_outlet_from_url_in_the_pack(url, outlet):
    assert outlet_from_url(url) == outlet


def test_pack_has_300_outlets_each_with_a_domain():
    from fogofwar.clean.outlets import outlets

    entries = outlets()
    assert len(entries) >= 300
    assert all(o.domains for o in entries)
    domains = [d for o in entries for d in o.domains]
    assert len(domains) == len(set(domains))  # one outlet per domain


@pytest.mark.parametrize(
    ("url", "lines", "name"),
    [
        # the page spells the run-together domain: its own spelling wins
        ("https://www.kismayotimes.com/x", ["Text.", "© 2021 Kismayo Times"], "Kismayo Times"),
        ("https://ij-reportika.com/x", ["IJ Reportika staff reported."], "IJ Reportika"),
        # no spelling on the page: common words of the domain
        ("https://dailypremiumbulletin.com/2025/x", ["Text."], "Daily Premium Bulletin"),
        ("https://gettotext.com/x", [], "Get to Text"),
        # a word of outlet names may keep one rarer word beside it, and a number
        ("https://www.riverbankpost.com/x", [], "Riverbank Post"),
        ("https://quillnews7.com/x", [], "Quill News 7"),
        ("https://eastfmonline.com/x", [], "East FM Online"),
        # a country ending is cut off when the rest is common words
        ("https://thebeaconng.com/x", [], "The Beacon"),
        # a label that is only a word of outlet names keeps its ending
        ("https://news.am/eng/x", [], "News.Am"),
        # a blog host's subdomain is the site, not the host
        ("https://quietvalleynotes.wordpress.com/2019/x", [], "Quiet Valley Notes"),
        ("https://www.quietvalleynotes.blogspot.com/x", [], "Quiet Valley Notes"),
        # a coined name before words of outlet names is one word, the name words apart; a
        # coined part of three letters or fewer is initials
        ("https://lokmattimes.com/x", [], "Lokmat Times"),
        ("https://zorvakonline.com/x", [], "Zorvak Online"),
        ("https://qtvpress.com/x", [], "QTV Press"),
        ("https://thezorvakproject.org/x", [], "The Zorvak Project"),
        ("https://brelmabreakingnews.com/x", [], "Brelma Breaking News"),
        # not common words: the label itself, hyphens as spaces
        ("http://www.allgalgaduud.net/2017/x", ["Text."], "Allgalgaduud"),
        # a coined name English cuts into words ending in a bare function word stays whole
        ("https://www.bellona.com/x", [], "Bellona"),
        ("https://sunina.net/x", [], "Sunina"),
        ("https://news-frontier-xq.info/x", [], "News Frontier Xq"),
        # a rare three-letter part is a fragment of a coined name, a leading "the" stays apart
        ("https://thenepalger.com/x", [], "The Nepalger"),
        ("https://lidmarket.com/x", [], "Lidmarket"),
        ("https://theorist.com/x", [], "Theorist"),
        # numeric CDN hosts and bare IPs name no outlet
        ("https://599046384.r.worldcdn.net/Detail/x", ["Text."], None),
        ("http://10.0.0.1/x", [], None),
        (None, ["Text."], None),
    ],
)
def test_site_name_for_unknown_domains(url, lines, name):
    from fogofwar.clean.sitenames import site_name

    assert site_name(url, lines) == name


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["Body.", "© 2020 Some News Agency. All rights reserved."], "Some News Agency"),
        (["Body.", "Copyright © 2019-2021 Dawn Media Group"], "Dawn"),  # pack alias
        (["Body.", "Copyright 2020 The Associated Press. All rights reserved."],
         "Associated Press"),
        (["Body.", "Copyright law is strict in France."], None),  # not a notice
    ],
)
def test_outlet_from_footer(lines, outlet):
    from fogofwar.clean.outlets import outlet_from_footer

    assert outlet_from_footer(lines) == outlet


@pytest.mark.parametrize(
    ("doc", "outlet"),
    [
        # as given beats everything
        ({"outlet": "zerohedge", "url": "https://tass.com/x"}, "Zero Hedge"),
        # the pack's outlet for the URL beats a credit line naming an agency
        ({"url": "https://www.ensonhaber.com/x", "text": "Title here now\nAA | 04.06.2019\n"
                                                        "Body of the story goes on here."},
         "Ensonhaber"),
        # no URL: the masthead
        ({"text": "Garowe Online\nSoldiers killed in attack on base\nBody text here."},
         "Garowe Online"),
        # no URL, no masthead: the copyright line
        ({"text": "Body text here.\n© 2020 Some News Agency"}, "Some News Agency"),
    ],
)
def test_outlet_sources_in_order(doc, outlet):
    from fogofwar.clean import Cleaner
    from fogofwar.records import Document

    text = doc.pop("text", "Soldiers were killed in an attack on a base on Sunday, police said.")
    (article,) = Cleaner().clean_batch([Document(source="t", text=text, **doc)])
    assert article.outlet == outlet
