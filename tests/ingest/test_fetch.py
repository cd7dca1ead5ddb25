"""The fetcher (issue 17, "Fetcher"): addresses, redirects, size, compression, type, time.

Only 127.0.0.1 is ever connected to. Tests of refused addresses pass a network backend that
fails the test if a socket is opened, so they prove the refusal comes before connecting; tests
of a public host simulate its DNS answer and route that one address to the local server.
"""

from __future__ import annotations

import gzip
import itertools
import shutil
import ssl
import subprocess
from ipaddress import IPv4Address, IPv6Address

import httpcore
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fogofwar.errors import FetchError, FetchRefused
from fogofwar.ingest.fetch import FEED_TYPES, Fetcher, FetchPolicy, check_url
from fogofwar.ingest.netguard import METADATA, address_problem

PAGE = "<html><head><title>T</title></head><body><p>Shelling in Saraqib.</p></body></html>"
PUBLIC = "93.184.216.34"  # a public address: simulated, routed to the local server


class NoNetwork(httpcore.NetworkBackend):
    """Fails the test if anything tries to open a socket."""

    def connect_tcp(self, host, port, *args, **kwargs):
        raise AssertionError(f"connected to {host}:{port}")


class RoutedNetwork(httpcore.NetworkBackend):
    """Opens sockets only for PUBLIC, and to the local server; records every connect."""

    def __init__(self, port: int) -> None:
        self.port, self.connects, self.real = port, [], httpcore.SyncBackend()

    def connect_tcp(self, host, port, *args, **kwargs):
        self.connects.append(host)
        assert host == PUBLIC, f"tried to connect to {host}"
        return self.real.connect_tcp("127.0.0.1", self.port, *args, **kwargs)


def hosts(table: dict[str, list[str]]):
    """A resolver from a table, so no DNS query leaves the machine."""
    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise OSError(f"unknown host {host}")
        return table[host]
    return resolve


def get(url: str, accept=None, **policy):
    with Fetcher(FetchPolicy(**policy)) as fetcher:
        return fetcher.get(url, accept) if accept else fetcher.get(url)


def one_line(exc: pytest.ExceptionInfo) -> str:
    message = str(exc.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_fetches_a_local_page_with_allow_private(server):
    url = server.add("/a.html", PAGE)
    page = get(url, allow_private=True)
    assert page.content_type == "text/html" and page.charset == "utf-8"
    assert page.text() == PAGE and page.url == url


@pytest.mark.parametrize("url, reason", [
    ("http://127.0.0.1:9/", "127.0.0.1 is a loopback address"),
    ("http://10.1.2.3/", "10.1.2.3 is a private address"),
    ("http://192.168.0.1/", "is a private address"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud metadata address"),
    ("http://169.254.10.1/", "is a link-local address"),
    ("http://[::1]:8000/", "::1 is a loopback address"),
    ("http://[fd00:ec2::254]/", "cloud metadata"),
    ("http://[::ffff:127.0.0.1]/", "loopback address (inside ::ffff:7f00:1)"),
    ("http://100.64.0.1/", "not a public address"),             # carrier-grade NAT
    ("http://0.0.0.0/", "unspecified address"),
    ("http://224.0.0.1/", "multicast address"),
    ("http://[2001:db8::1]/", "private address"),               # documentation prefix
    ("http://[64:ff9b::7f00:1]/", "loopback address (inside"),  # NAT64 of 127.0.0.1
    ("http://[2002:a9fe:a9fe::1]/", "cloud metadata"),          # 6to4 of 169.254.169.254
    ("http://2130706433/", "loopback address"),                 # 127.0.0.1 as one number
])
def test_refuses_non_public_addresses_before_connecting(url, reason):
    with pytest.raises(FetchRefused) as exc:
        get(url, network=NoNetwork())
    assert one_line(exc).startswith(f"{url}: refused: ")
    assert reason in str(exc.value)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.integers(0, 2**32 - 1).map(IPv4Address),
                 st.integers(0, 2**128 - 1).map(IPv6Address)), st.booleans())
def test_address_problem_allows_only_public_addresses(ip, allow_private):
    # property: without --allow-private, only global addresses pass; metadata never does
    problem = address_problem(ip, allow_private)
    if problem is None and not allow_private:
        assert ip.is_global
    if ip in METADATA:
        assert problem and "metadata" in problem


@pytest.mark.parametrize("url", ["http://169.254.169.254/", "http://[fd00:ec2::254]/",
                                 "http://0.0.0.0/", "http://[::ffff:169.254.169.254]/"])
def test_metadata_and_unspecified_stay_refused_with_allow_private(url):
    with pytest.raises(FetchRefused):
        get(url, allow_private=True, network=NoNetwork())


@pytest.mark.parametrize("answers, reason", [
    (["10.0.0.5"], "host intranet.example resolves to 10.0.0.5"),
    # one public and one private answer is a rebinding trick: refused as a whole
    ([PUBLIC, "127.0.0.1"], "resolves to 127.0.0.1"),
    (["::1"], "resolves to ::1"),
])
def test_a_host_is_refused_if_any_answer_is_not_public(answers, reason):
    with pytest.raises(FetchRefused) as exc:
        get("http://intranet.example/x", resolver=hosts({"intranet.example": answers}),
            network=NoNetwork())
    assert reason in one_line(exc)


def test_connects_to_exactly_the_address_it_checked(server):
    server.add("/a.html", PAGE)
    calls = []

    def resolver(host, port):
        calls.append(host)
        return [PUBLIC]

    network = RoutedNetwork(server.port)
    page = get(f"http://news.example:{server.port}/a.html", resolver=resolver, network=network)
    assert page.text() == PAGE
    assert calls == ["news.example"] and network.connects == [PUBLIC]


@pytest.mark.parametrize("target, answers, reason", [
    ("http://intranet.example/secret", {"intranet.example": ["10.0.0.7"]}, "10.0.0.7"),
    ("http://127.0.0.1:{port}/secret", {}, "127.0.0.1 is a loopback address"),
    ("http://169.254.169.254/latest/", {}, "cloud metadata"),
    ("file:///etc/passwd", {}, "file:/etc/passwd: only http and https"),
])
def test_every_redirect_is_checked_again(server, target, answers, reason):
    target = target.format(port=server.port)
    server.routes["/secret"] = (200, {"Content-Type": "text/html"}, b"secret")
    server.redirect("/go", target)
    network = RoutedNetwork(server.port)
    with pytest.raises(FetchRefused) as exc:
        get(f"http://news.example:{server.port}/go", network=network,
            resolver=hosts({"news.example": [PUBLIC], **answers}))
    assert one_line(exc).startswith(f"http://news.example:{server.port}/go: refused: redirect to")
    assert reason in str(exc.value)
    assert server.requests == ["/go"] and network.connects == [PUBLIC]


def test_redirects_are_followed_up_to_the_cap(server):
    server.redirect("/a", "/b")
    server.add("/b", PAGE)
    assert get(server.url("/a"), allow_private=True).url == server.url("/b")
    server.redirect("/loop", "/loop")
    with pytest.raises(FetchRefused, match="more than 5 redirects"):
        get(server.url("/loop"), allow_private=True)
    assert server.requests.count("/loop") == 6


@pytest.mark.parametrize("omit_length", [False, True])
def test_body_over_the_cap_is_refused(server, omit_length):
    server.omit_length = omit_length
    url = server.add("/big.html", "<p>" + "x" * 5000 + "</p>")
    with pytest.raises(FetchRefused, match="over the 4096-byte cap") as exc:
        get(url, allow_private=True, max_bytes=4096)
    assert one_line(exc).startswith(f"{url}: refused: ")
    assert get(url, allow_private=True, max_bytes=8192).body.startswith(b"<p>xxx")


def test_gzip_bomb_is_stopped_at_the_cap(server):
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)  # 64 MB in ~64 KB
    assert len(bomb) < 100_000
    url = server.add("/bomb.html", bomb, content_encoding="gzip")
    with pytest.raises(FetchRefused, match="over the 1048576-byte cap after decompression"):
        get(url, allow_private=True, max_bytes=1024 * 1024)


def test_gzip_and_deflate_bodies_are_decoded(server):
    import zlib

    url = server.add("/z.html", gzip.compress(PAGE.encode()), content_encoding="gzip")
    assert get(url, allow_private=True).text() == PAGE
    url = server.add("/d.html", zlib.compress(PAGE.encode()), content_encoding="deflate")
    assert get(url, allow_private=True).text() == PAGE
    url = server.add("/br.html", b"\x0b\x02\x80", content_encoding="br")
    with pytest.raises(FetchRefused, match="unsupported content encoding 'br'"):
        get(url, allow_private=True)
    url = server.add("/bad.html", b"not gzip at all", content_encoding="gzip")
    with pytest.raises(FetchError, match="corrupt compressed body"):
        get(url, allow_private=True)


@pytest.mark.parametrize("content_type, accept, ok", [
    ("text/html; charset=utf-8", None, True),
    ("application/xhtml+xml", None, True),
    ("text/plain", None, True),
    ("image/png", None, False),
    ("application/octet-stream", None, False),
    ("", None, False),                               # no type at all
    ("application/rss+xml", FEED_TYPES, True),
    ("application/atom+xml; charset=utf-8", FEED_TYPES, True),
    ("text/xml", FEED_TYPES, True),
    ("text/html", FEED_TYPES, False),                # a web page where a feed was expected
])
def test_content_type_must_match_what_was_asked(server, content_type, accept, ok):
    url = server.add("/x", PAGE, content_type=content_type)
    if ok:
        assert get(url, accept, allow_private=True).body == PAGE.encode()
    else:
        with pytest.raises(FetchRefused, match="content type"):
            get(url, accept, allow_private=True)


def test_http_errors_are_one_line_failures_not_refusals(server):
    with pytest.raises(FetchError) as exc:
        get(server.url("/missing"), allow_private=True)
    assert not isinstance(exc.value, FetchRefused)
    assert one_line(exc) == f"{server.url('/missing')}: HTTP 404 Not Found"
    # after a redirect the message names the URL asked for and where it ended
    server.redirect("/moved", "/missing")
    with pytest.raises(FetchError) as exc:
        get(server.url("/moved"), allow_private=True)
    assert one_line(exc) == (f"{server.url('/moved')}: HTTP 404 Not Found "
                             f"at {server.url('/missing')}")
    # a 3xx that is no redirect (no Location) is not a page either
    server.add("/choices", PAGE, status=300)
    with pytest.raises(FetchError, match="HTTP 300"):
        get(server.url("/choices"), allow_private=True)


def test_a_fetch_past_its_deadline_is_refused(server):
    # a fake clock that moves 40 s per reading: the 60 s deadline passes while the body is read
    ticks = itertools.count(0, 40)
    url = server.add("/slow.html", PAGE)
    with pytest.raises(FetchRefused, match="took longer than 60s"):
        get(url, allow_private=True, clock=lambda: next(ticks))


def test_unresolvable_host_is_a_failure():
    with pytest.raises(FetchError, match="cannot resolve host nowhere.example"):
        get("http://nowhere.example/", resolver=hosts({}), network=NoNetwork())


@pytest.mark.parametrize("url, reason", [
    ("ftp://example.com/x", "only http and https"),
    ("http:///path", "no host"),
    ("http://user:pw@example.com/", "credentials"),
    ("http://exa mple.com/", "spaces or control characters"),
    ("http://example.com/\x1b[2J", "control characters"),
    ("not a url", "spaces"),
    ("javascript:alert(1)", "only http and https"),
])
def test_check_url_refuses_with_a_reason(url, reason):
    with pytest.raises(FetchRefused, match="refused: .*" + reason):
        check_url(url)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), st.text().map(lambda s: "http://" + s),
                 st.builds(lambda a, b: f"https://{a}/{b}", st.text(), st.text())))
def test_check_url_raises_only_fetch_refused(text):
    # property (issue 17): the URL parser takes arbitrary input without crashing
    try:
        url = check_url(text)
    except FetchRefused as exc:
        assert "\n" not in str(exc)
    else:
        assert url.scheme in ("http", "https") and url.host


@pytest.fixture
def tls_server(server, tmp_path):
    """The local server on HTTPS with a self-signed certificate for news.example."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=news.example",
                    "-addext", "subjectAltName=DNS:news.example"],
                   check=True, capture_output=True)
    server.use_tls(str(cert), str(key))
    server.add("/a.html", PAGE)
    return server, ssl.create_default_context(cafile=str(cert))


def test_https_checks_the_certificate_against_the_host_not_the_address(tls_server):
    # the socket goes to the checked address, TLS still verifies the URL's host name
    server, context = tls_server
    names = {"news.example": [PUBLIC], "impostor.example": [PUBLIC]}
    page = get(f"https://news.example:{server.port}/a.html", resolver=hosts(names),
               network=RoutedNetwork(server.port), ssl_context=context)
    assert page.text() == PAGE
    with pytest.raises(FetchError, match="certificate verify failed") as exc:
        get(f"https://impostor.example:{server.port}/a.html", resolver=hosts(names),
            network=RoutedNetwork(server.port), ssl_context=context)
    one_line(exc)


def test_a_server_that_never_answers_times_out(server):
    # the server holds the request until the test ends; only the read timeout ends the wait
    server.stalled.add("/stall")
    with pytest.raises(FetchError, match="timed out") as exc:
        get(server.url("/stall"), allow_private=True, read_timeout=0.2)
    assert one_line(exc) == f"{server.url('/stall')}: timed out"


HEADER_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)


# the server fixture is shared on purpose: each example overwrites the one route it uses
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(status=st.sampled_from([200, 204, 300, 301, 302, 303, 304, 307, 308, 400, 404, 500, 503]),
       content_type=st.one_of(st.sampled_from(["text/html", "text/plain; charset=bogus",
                                               "application/rss+xml", "text/html; charset=utf-16"]),
                              HEADER_TEXT),
       encoding=st.one_of(st.sampled_from(["", "gzip", "deflate", "identity"]), HEADER_TEXT),
       location=st.one_of(st.none(), HEADER_TEXT, st.just("/other")),
       body=st.binary(max_size=300))
def test_any_server_answer_is_a_page_or_one_fetch_error(server, status, content_type, encoding,
                                                         location, body):
    # property: whatever a server sends back, fetching raises nothing but FetchError
    headers = {"Content-Type": content_type, "Content-Encoding": encoding}
    if location is not None:
        headers["Location"] = location
    server.routes["/any"] = (status, headers, body)
    server.routes["/other"] = (200, {"Content-Type": "text/html"}, b"<p>other</p>")
    try:
        page = get(server.url("/any"), allow_private=True)
        page.text()
    except FetchError as exc:
        assert "\n" not in str(exc)
