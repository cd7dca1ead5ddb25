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
