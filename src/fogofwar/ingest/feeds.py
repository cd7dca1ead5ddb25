"""RSS and Atom feeds: bytes in, the items to ingest out, with no XML entity ever expanded.

feedparser copes with every feed dialect but sits on a SAX parser that would still expand
internal entities (billion laughs). So the bytes are first parsed by defusedxml, which refuses
any entity declaration and external reference; only a feed that passes reaches feedparser,
always as a byte stream (feedparser treats a string as a URL or a path to open).
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass
from datetime import date
from xml.etree.ElementTree import ParseError

import defusedxml
import defusedxml.ElementTree
import feedparser

from ..errors import FetchError, FetchRefused
from .fetch import shown

MAX_TITLE = 500


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: where its page is and what the feed says about it."""

    key: str                    # the entry's id (guid), else its link: what "seen" means
    url: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD (UTC), day precision


@dataclass
class Feed:
    url: str
    title: str | None
    items: list[FeedItem]


def vet_xml(data: bytes, url: str) -> None:
    """Refuse XML that declares entities or references external ones, or is not well formed.

    Ill-formed feeds are refused rather than handed to feedparser's lenient parser, because
    only a document defusedxml has read through is known to be free of entity tricks.
    """
    try:
        defusedxml.ElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True,
                                          forbid_external=True)
    except defusedxml.EntitiesForbidden:
        raise FetchRefused(f"{shown(url)}: refused: feed declares XML entities") from None
    except defusedxml.ExternalReferenceForbidden:
        raise FetchRefused(f"{shown(url)}: refused: feed references an external entity") from None
    except defusedxml.DefusedXmlException as exc:
        raise FetchRefused(f"{shown(url)}: refused: {shown(exc, 120)}") from None
    except (ParseError, ValueError) as exc:
        raise FetchError(f"{shown(url)}: feed is not well-formed XML ({shown(exc, 120)})") from None
    except LookupError as exc:  # an encoding Python does not know: <?xml encoding="UTF-6"?>
        raise FetchError(f"{shown(url)}: feed is not readable XML ({shown(exc, 120)})") from None


def _day(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except ValueError:
                return None
    return None


def _text(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return " ".join(value.split())[:MAX_TITLE]


def _item(entry: dict) -> FeedItem | None:
    link = _text(entry.get("link"))
    if not link:
        return None
    key = _text(entry.get("id")) or link
    return FeedItem(key=key, url=link, title=_text(entry.get("title")), published=_day(entry))


def parse_feed(data: bytes, url: str) -> Feed:
    """The items of an RSS/Atom feed, links made absolute against the feed's URL.

    Entries without a link are left out (there is no page to fetch); a document that is
    XML but no feed is a FetchError.
    """
    vet_xml(data, url)
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.entries:
        raise FetchError(f"{shown(url)}: not an RSS or Atom feed")
    items, keys = [], set()
    for entry in parsed.entries:
        item = _item(entry)
        if item is not None and item.key not in keys:
            keys.add(item.key)
            items.append(item)
    return Feed(url=url, title=_text(parsed.feed.get("title")), items=items)
