"""Fetch one page or feed over HTTP(S) with every limit a hostile server could test.

URLs come from users, feeds and redirects, so each hop is checked (scheme, host, resolved
address at connect time, see netguard), redirects are followed by hand up to a cap, the body is
streamed and cut off at a byte cap counted after decompression (a gzip bomb stops at the cap,
not in memory), a whole fetch has a deadline as well as connect and read timeouts, and the
content type must be what the caller asked for. Every failure is a FetchError whose one-line
message names the URL and the reason.
"""

from __future__ import annotations

import ssl
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import Message

import httpcore
import httpx

from .. import config
from ..errors import FetchError, FetchRefused
from .decode import DecodeProblem, decode_bytes
from .netguard import Guard, GuardedTransport, Refused, Resolver, Unresolved, system_resolver

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                        "application/xml", "text/xml"})
MAX_URL_LENGTH = 8192
USER_AGENT = "fogofwar/0.1 (+https://pypi.org/project/fogofwar/)"
_SCHEMES = ("http", "https")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def shown(value: object, limit: int = 300) -> str:
    """A value as safe to print on one terminal line: no control characters, bounded length."""
    text = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in str(value)[:limit])
    return text + ("…" if len(str(value)) > limit else "")


def check_url(value: object) -> httpx.URL:
    """An absolute http(s) URL with a host and no credentials, or FetchRefused saying why.

    This is the parser for URLs from feeds and users; anything else it meets raises only
    FetchRefused (a property test feeds it arbitrary strings).
    """
    try:
        return _parse_url(value)
    except Refused as exc:
        raise FetchRefused(f"{shown(value)}: refused: {exc}") from None


def _parse_url(value: object) -> httpx.URL:
    if not isinstance(value, str):
        raise Refused("not a URL")
    text = value.strip()
    if len(text) > MAX_URL_LENGTH:
        raise Refused(f"URL longer than {MAX_URL_LENGTH} characters")
    if not text.isprintable() or " " in text:
        raise Refused("URL contains spaces or control characters")
    try:
        url = httpx.URL(text)
        host, port = url.host, url.port
    except (httpx.InvalidURL, ValueError, TypeError, UnicodeError) as exc:
        raise Refused(f"not a valid URL ({shown(exc, 120)})") from None
    if url.scheme not in _SCHEMES:
        raise Refused("only http and https URLs are fetched")
    if not host:
        raise Refused("URL has no host")
    if url.userinfo:
        raise Refused("URL carries credentials")
    if port is not None and not 0 < port < 65536:
        raise Refused(f"bad port {port}")
    return url


def is_url(value: str) -> bool:
    """Whether a command-line argument is meant as a URL rather than a path."""
    return value.strip().lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class FetchPolicy:
    """Limits for one run; defaults from config. `resolver` and `network` are the seams tests
    use to simulate DNS answers and to route test addresses to a local server."""

    allow_private: bool = False
    max_bytes: int = config.FETCH_MAX_BYTES
    connect_timeout: float = config.FETCH_CONNECT_TIMEOUT
    read_timeout: float = config.FETCH_READ_TIMEOUT
    total_timeout: float = config.FETCH_TOTAL_TIMEOUT
    max_redirects: int = config.FETCH_MAX_REDIRECTS
    resolver: Resolver = field(default=system_resolver)
    network: httpcore.NetworkBackend | None = None
    clock: Callable[[], float] = field(default=time.monotonic)
    #: TLS trust (default: certifi's CAs); for a private CA, or a test's self-signed server
    ssl_context: ssl.SSLContext | None = None


@dataclass
class Fetched:
    """A response body that passed every check."""

    url: str            # after redirects
    content_type: str   # media type, lower case, no parameters
    charset: str | None
    body: bytes

    def text(self) -> str:
        """The body as text: the declared charset if it works, else detected (ingest.decode)."""
        if self.charset:
            try:
                return self.body.decode(self.charset)
            except (LookupError, UnicodeDecodeError):
                pass
        try:
            return decode_bytes(self.body)
        except DecodeProblem as exc:
            raise FetchError(f"{shown(self.url)}: {exc}") from None


def _media_type(header: str | None) -> tuple[str, str | None]:
    message = Message()
    message["content-type"] = header or ""
    charset = message.get_param("charset")
    return message.get_content_type() if header else "", (
        charset if isinstance(charset, str) else None)


def _inflater(encoding: str) -> Callable[[bytes, int], Iterator[bytes]] | None:
    """A decompressor that never returns more than the room left, or None for identity."""
    if encoding in ("", "identity"):
        return None
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise Refused(f"unsupported content encoding {shown(encoding, 40)!r}")
    # 47 = auto-detect a gzip or zlib header; servers that send raw deflate are rare and refused
    engine = zlib.decompressobj(47)

    def inflate(data: bytes, room: int) -> Iterator[bytes]:
        while data:
            out = engine.decompress(data, room + 1)
            room -= len(out)
            yield out
            if room < 0:
                return
            data = engine.unconsumed_tail

    return inflate


def _is_redirect(response: httpx.Response) -> bool:
    """A redirect to follow: 301/302/303/307/308 with a Location (httpx also counts 300/304)."""
    return response.status_code in _REDIRECTS and "location" in response.headers


class Failed(Exception):
    """The server answered, but not with a usable body (HTTP error, empty body)."""


def _location(url: httpx.URL, response: httpx.Response) -> str:
    """The absolute URL a redirect points to."""
    try:
        return str(url.join(response.headers["location"]))
    except (httpx.InvalidURL, ValueError, UnicodeError):
        raise Refused("redirect to an invalid URL") from None


class Fetcher:
    """One HTTP client for a run (connections reused across items of a feed)."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        guard = Guard(self.policy.allow_private, self.policy.resolver)
        self._client = httpx.Client(
            transport=GuardedTransport(guard, self.policy.network, self.policy.ssl_context),
            follow_redirects=False, trust_env=False,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"})

    def get(self, url: str, accept: frozenset[str] = PAGE_TYPES) -> Fetched:
        """Fetch `url` if every hop, the type and the size pass; else FetchError naming it."""
        start = self.policy.clock()
        try:
            return self._follow(_parse_url(url), accept, start + self.policy.total_timeout)
        except Failed as exc:
            raise FetchError(f"{shown(url)}: {exc}") from None
        except Refused as exc:
            raise FetchRefused(f"{shown(url)}: refused: {exc}") from None
        except Unresolved as exc:
            raise FetchError(f"{shown(url)}: {exc}") from None
        except httpx.TimeoutException:
            raise FetchError(f"{shown(url)}: timed out") from None
        except zlib.error:
            raise FetchError(f"{shown(url)}: corrupt compressed body") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise FetchError(f"{shown(url)}: {shown(exc, 200) or type(exc).__name__}") from None

    def _follow(self, url: httpx.URL, accept: frozenset[str], deadline: float) -> Fetched:
        """GET `url`, following redirects by hand so each hop is checked like the first."""
        headers = {"Accept": ", ".join(sorted(accept)) + ", */*;q=0.1"}
        first = url
        for hop in range(self.policy.max_redirects + 1):
            try:
                with self._client.stream("GET", url, headers=headers,
                                         timeout=self._timeout(deadline)) as response:
                    if not _is_redirect(response):
                        return self._accept(response, accept, deadline, first)
                    location = _location(url, response)
            except Refused as exc:
                if hop == 0:
                    raise
                raise Refused(f"redirect to {shown(url)}: {exc}") from None
            try:
                url = _parse_url(location)
            except Refused as exc:
                raise Refused(f"redirect to {shown(location)}: {exc}") from None
        raise Refused(f"more than {self.policy.max_redirects} redirects")

    def _timeout(self, deadline: float) -> httpx.Timeout:
        left = deadline - self.policy.clock()
        if left <= 0:
            raise Refused(f"took longer than {self.policy.total_timeout:g}s")
        return httpx.Timeout(min(self.policy.read_timeout, left),
                             connect=min(self.policy.connect_timeout, left))

    def _accept(self, response: httpx.Response, accept: frozenset[str], deadline: float,
                url: httpx.URL) -> Fetched:
        """The body if the status and the type are right; `url` is the one first asked for."""
        if not 200 <= response.status_code < 300:
            moved = "" if response.url == url else f" at {shown(response.url)}"
            raise Failed(f"HTTP {response.status_code} {shown(response.reason_phrase, 60)}"
                         f"{moved}")
        media, charset = _media_type(response.headers.get("content-type"))
        if media not in accept:
            raise Refused(f"content type {shown(media, 80) or '(none)'!r} is not one of "
                          f"{', '.join(sorted(accept))}")
        body = self._read(response, deadline)
        if not body.strip():
            raise Failed("empty body")
        return Fetched(url=str(response.url), content_type=media, charset=charset, body=body)

    def _read(self, response: httpx.Response, deadline: float) -> bytes:
        """The body, streamed, decompressed here, stopped as soon as it passes the cap."""
        cap = self.policy.max_bytes
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > cap:
            raise Refused(f"body of {length} bytes is over the {cap}-byte cap")
        inflate = _inflater(response.headers.get("content-encoding", "").strip().lower())
        body, raw = bytearray(), 0
        for chunk in response.iter_raw():
            raw += len(chunk)
            parts = inflate(chunk, cap - len(body)) if inflate else (chunk,)
            for part in parts:
                body += part
                if len(body) > cap or raw > cap:
                    raise Refused(f"body is over the {cap}-byte cap"
                                  + (" after decompression" if inflate else ""))
            if self.policy.clock() > deadline:
                raise Refused(f"took longer than {self.policy.total_timeout:g}s")
        return bytes(body)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
