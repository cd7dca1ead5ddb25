"""Which addresses fogofwar may connect to, checked where the socket is opened.

Page and feed URLs are untrusted input (a feed item, a redirect), so a fetcher that followed
them blindly could be aimed at the host's own services or a cloud metadata endpoint. The check
lives in the network backend that httpx uses for every connection, redirects included: the host
is resolved here, every address it resolves to is checked, and the socket is opened to a checked
address, so a DNS answer that changes between a check and the connect (rebinding) has nowhere
to slip through.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from ipaddress import IPv4Address, IPv6Address, IPv6Network, ip_address

import httpcore
import httpx

IP = IPv4Address | IPv6Address
#: host, port -> the addresses it resolves to (strings, as getaddrinfo gives them)
Resolver = Callable[[str, int], list[str]]

#: Cloud instance-metadata endpoints: never fetched, even with --allow-private (AWS/GCP/Azure/
#: Oracle, AWS ECS task metadata, AWS IMDS over IPv6, Alibaba Cloud).
METADATA = frozenset(ip_address(a) for a in (
    "169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200"))
#: IPv6 prefixes that carry an IPv4 address in their last 32 bits (NAT64).
_NAT64 = (IPv6Network("64:ff9b::/96"), IPv6Network("64:ff9b:1::/48"))


class Refused(Exception):
    """An address or host fogofwar will not connect to; the message says why."""


class Unresolved(Exception):
    """The host name does not resolve."""


def system_resolver(host: str, port: int) -> list[str]:
    """The host's addresses from the system resolver (getaddrinfo)."""
    return [info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


def _embedded_v4(ip: IP) -> Iterator[IPv4Address]:
    """IPv4 addresses hidden inside an IPv6 one (mapped, 6to4, Teredo, NAT64)."""
    if isinstance(ip, IPv4Address):
        return
    for inner in (ip.ipv4_mapped, ip.sixtofour, ip.teredo[1] if ip.teredo else None):
        if inner is not None:
            yield inner
    if any(ip in net for net in _NAT64):
        yield IPv4Address(int(ip) & 0xFFFFFFFF)


def address_problem(ip: IP, allow_private: bool) -> str | None:
    """Why fogofwar must not connect to `ip`, or None if it may.

    Metadata, multicast and unspecified addresses are never fetched; loopback, private,
    link-local, shared (CGNAT) and reserved ones only with `allow_private`.
    """
    for inner in _embedded_v4(ip):
        problem = address_problem(inner, allow_private)
        if problem:
            return f"{problem} (inside {ip})"
    if ip in METADATA:
        return f"{ip} is a cloud metadata address"
    if ip.is_multicast or ip.is_unspecified:
        return f"{ip} is a {'multicast' if ip.is_multicast else 'unspecified'} address"
    if allow_private:
        return None
    for kind in ("loopback", "link_local", "private", "reserved"):
        if getattr(ip, f"is_{kind}"):
            return f"{ip} is a {kind.replace('_', '-')} address"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


def parse_ip(text: str) -> IP | None:
    """An IP address from a host or getaddrinfo string ('[::1]', 'fe80::1%eth0'), else None."""
    try:
        return ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


@dataclass
class Guard:
    """The address policy and the resolver every connection goes through."""

    allow_private: bool = False
    resolver: Resolver = field(default=system_resolver)

    def addresses(self, host: str, port: int) -> list[str]:
        """Checked addresses for `host`; Refused if any of them is not allowed.

        One bad answer refuses the host: a name that resolves to both a public and a private
        address is a rebinding trick, not a mirror.
        """
        literal = parse_ip(host)
        if literal is not None:
            answers = [str(literal)]
        else:
            try:
                answers = self.resolver(host, port)
            except (OSError, UnicodeError, ValueError) as exc:
                raise Unresolved(f"cannot resolve host {host}: {exc}") from None
        checked = []
        for answer in answers:
            ip = parse_ip(answer)
            if ip is None:
                raise Refused(f"host {host} resolved to {answer!r}, not an IP address")
            problem = address_problem(ip, self.allow_private)
            if problem:
                where = "" if literal is not None else f"host {host} resolves to {ip}: "
                raise Refused(f"{where}{problem}")
            checked.append(answer)
        if not checked:
            raise Unresolved(f"host {host} has no addresses")
        return checked


class GuardedBackend(httpcore.NetworkBackend):
    """An httpcore network backend that connects only to addresses the Guard allows.

    `network` opens the actual sockets (httpcore's own by default); tests swap in one that
    routes a public test address to a local server, so no traffic leaves the machine.
    """

    def __init__(self, guard: Guard, network: httpcore.NetworkBackend | None = None) -> None:
        self.guard = guard
        self.network = network or httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable | None = None) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in self.guard.addresses(host, port):
            try:
                return self.network.connect_tcp(address, port, timeout, local_address,
                                                socket_options)
            except httpcore.ConnectError as exc:  # try the host's next address
                last = exc
        raise last or httpcore.ConnectError(f"cannot connect to {host}")

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable | None = None) -> httpcore.NetworkStream:
        raise Refused("unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        self.network.sleep(seconds)


_EXCEPTIONS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProtocolError, httpx.ProtocolError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
)


@contextmanager
def _as_httpx() -> Iterator[None]:
    """httpcore's exceptions as httpx's, so callers catch one family."""
    try:
        yield
    except (httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError,
            httpcore.UnsupportedProtocol) as exc:
        for source, target in _EXCEPTIONS:
            if isinstance(exc, source):
                raise target(str(exc) or type(exc).__name__) from exc
        raise


class _Body(httpx.SyncByteStream):
    def __init__(self, stream) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx():
            yield from self._stream

    def close(self) -> None:
        if hasattr(self._stream, "close"):
            self._stream.close()


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool whose every connection goes through the Guard.

    Built from public httpcore pieces rather than by patching httpx's own transport, and with
    no proxy support on purpose: a proxy would make the connect-time check meaningless.
    """

    def __init__(self, guard: Guard, network: httpcore.NetworkBackend | None = None,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        # TLS is checked against the URL's host name (httpcore passes it as server_hostname),
        # not against the address the socket was opened to
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(), max_connections=8, retries=0,
            network_backend=GuardedBackend(guard, network))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=request.url.raw_scheme, host=request.url.raw_host,
                             port=request.url.port, target=request.url.raw_path),
            headers=request.headers.raw, content=request.stream, extensions=request.extensions)
        with _as_httpx():
            response = self._pool.handle_request(core)
        return httpx.Response(status_code=response.status, headers=response.headers,
                              stream=_Body(response.stream), extensions=response.extensions)

    def close(self) -> None:
        self._pool.close()

