"""Feeds: RSS and Atom items out; entity bombs, external entities and non-feeds refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.errors import FetchError, FetchRefused
from fogofwar.ingest.feeds import FeedItem, parse_feed

FEED_URL = "http://news.example/feeds/idlib.xml"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Idlib news</title>
<item><title>Saraqib  shelled</title><link>http://news.example/a/1</link>
  <guid isPermaLink="false">item-1</guid><pubDate>Mon, 03 Feb 2020 09:30:00 GMT</pubDate></item>
<item><title>No guid here</title><link>/a/2</link></item>
<item><title>No link: nothing to fetch</title><description>x</description></item>
<item><title>Same guid again</title><link>http://news.example/a/1</link>
  <guid isPermaLink="false">item-1</guid></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
<entry><id>tag:news.example,2020:1</id><title>Ankara says</title>
  <link href="http://news.example/b/1"/><updated>2020-02-28T12:00:00Z</updated></entry>
</feed>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>http://news.example/a/1</link></item></channel></rss>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title>
<item><title>&xxe;</title><link>http://news.example/a/1</link></item></channel></rss>"""

EXTERNAL_DTD_PARAMETER = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://169.254.169.254/evil.dtd"> %remote;]>
<rss version="2.0"><channel><title>t</title></channel></rss>"""

# An RSS 0.91 feed with the classic public DOCTYPE and no entities is fine.
RSS091 = b"""<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
 "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title>
<item><title>Old item</title><link>http://news.example/old</link></item></channel></rss>"""


def test_rss_items_with_keys_links_titles_and_days():
    feed = parse_feed(RSS, FEED_URL)
    assert feed.title == "Idlib news"
    assert feed.items == [
        # guid is the key; whitespace in titles collapsed; pubDate as a UTC day
        FeedItem(key="item-1", url="http://news.example/a/1", title="Saraqib shelled",
                 published="2020-02-03"),
        # no guid: the link is the key; a relative link is made absolute against the feed
        FeedItem(key="http://news.example/a/2", url="http://news.example/a/2",
                 title="No guid here", published=None),
    ]  # the entry without a link and the repeated guid are left out


def test_atom_entries():
    feed = parse_feed(ATOM, FEED_URL)
    assert feed.items == [FeedItem(key="tag:news.example,2020:1", url="http://news.example/b/1",
                                   title="Ankara says", published="2020-02-28")]


def test_rss091_doctype_without_entities_is_accepted():
    assert [i.url for i in parse_feed(RSS091, FEED_URL).items] == ["http://news.example/old"]


@pytest.mark.parametrize("data, reason", [
    (BILLION_LAUGHS, "feed declares XML entities"),
    (EXTERNAL_ENTITY, "feed declares XML entities"),
    (EXTERNAL_DTD_PARAMETER, "refused: "),
])
def test_entity_tricks_are_refused_before_feedparser(data, reason):
    with pytest.raises(FetchRefused) as exc:
        parse_feed(data, FEED_URL)
    message = str(exc.value)
    assert message.startswith(f"{FEED_URL}: refused: ") and reason in message
    assert "\n" not in message


@pytest.mark.parametrize("data, reason", [
    (b"<rss><channel><title>unclosed", "not well-formed XML"),
    (b"\x00\x01binary", "not well-formed XML"),
    (b"<html><body><p>a web page</p></body></html>", "not an RSS or Atom feed"),
    # issue 17, found by fuzz/fuzz_feeds.py: an encoding Python does not know made expat's
    # handler raise LookupError, which escaped parse_feed and would stop `watch`
    (b'<?xml version="1.0" encoding="UTF-6"?><rss version="2.0"><channel></channel></rss>',
     "unknown encoding: UTF-6"),
])
def test_non_feeds_are_one_line_errors(data, reason):
    with pytest.raises(FetchError, match=reason):
        parse_feed(data, FEED_URL)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=2000),
                 st.text(max_size=500).map(lambda t: (
                     "<rss version='2.0'><channel><item><title>" + t
                     + "</title><link>" + t + "</link></item></channel></rss>").encode())))
def test_parse_feed_raises_only_fetch_errors(data):
    # property (issue 17): untrusted feed bytes never crash the parser
    try:
        feed = parse_feed(data, FEED_URL)
    except FetchError as exc:
        assert "\n" not in str(exc)
    else:
        assert all(item.key and item.url for item in feed.items)
