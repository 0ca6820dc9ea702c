"""HTTP fetching of feeds and article pages: polite, bounded, and with errors as values.

:class:`Fetcher` wraps one urllib3 connection pool (urllib3 comes with the
Elasticsearch client). It never follows feedparser's own HTTP code. Each call
returns a :class:`~transforms.records.FetchResult`; nothing raises for network or
HTTP trouble. Rules:

* http and https only, at most ``max_redirects`` redirects (each hop checked);
* no internal addresses (SSRF): every hop's host is resolved and refused when any
  of its addresses is loopback, private, link-local (cloud metadata), shared or
  reserved, unless the host is listed in ``allow_hosts``; the connection then goes
  to the address that was checked (no second lookup that DNS rebinding could change);
* connect and read timeouts, plus a total deadline per fetch enforced on every read:
  a watchdog shuts the socket down when it passes, so a server that drips one byte
  a second (in the headers or the body) cannot hold a worker past ``total_timeout``;
* bodies are streamed and abandoned beyond ``max_bytes`` (after gzip/deflate
  decoding, so a compression bomb is stopped too);
* credentials in a URL (``https://user:pass@host/feed``) are sent as HTTP Basic
  auth to that origin only and never appear in a result (``url``/``final_url`` are
  redacted), so nothing downstream can store or print them;
* conditional requests from stored validators: a 304 gives ``not_modified``;
* politeness per host: at least ``min_delay`` seconds between the starts of two
  requests, at most ``max_per_host`` at once, across threads (Beam runs DoFns on
  several threads of one worker);
* robots.txt for article pages (cached per host): 4xx means no rules, 5xx or no
  answer means allowed with a note on the result.

In a Beam DoFn, build the :class:`FetchSettings` in the constructor (it pickles),
create ``Fetcher(settings)`` in ``setup()`` and call ``close()`` in ``teardown()``.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import (
    DecodeError,
    HTTPError,
    LocationParseError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    SSLError,
)
from urllib3.exceptions import TimeoutError as Urllib3Timeout

from transforms.records import FetchResult

USER_AGENT = "bantin/0.1 (+https://github.com/bantin/bantin)"
ROBOTS_AGENT = "bantin"  # the product token robots.txt groups are matched against
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_ACCEPT_FEED = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5"
)
_ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
# cloud metadata endpoints (AWS/GCP/Azure/OpenStack, Alibaba, AWS IPv6): named in the refusal
_METADATA = frozenset({"169.254.169.254", "100.100.100.200", "fd00:ec2::254"})


@dataclass(frozen=True)
class FetchSettings:
    """Limits and manners of a :class:`Fetcher`; picklable, so a DoFn can carry it.

    Attributes:
        connect_timeout: Seconds to establish a connection.
        read_timeout: Seconds to wait for any bytes of the response.
        total_timeout: Seconds for the whole fetch of one URL, redirects included,
            enforced on every read.
        max_bytes: Largest body accepted (decoded size); larger ones give ``too_large``.
        max_redirects: Redirects followed before ``too_many_redirects``.
        user_agent: ``User-Agent`` header.
        min_delay: Seconds between the starts of two requests to one host.
        max_per_host: Requests in flight to one host at once.
        respect_robots: Check robots.txt before fetching article pages.
        robots_ttl: Seconds a host's robots.txt is cached.
        robots_max_bytes: Largest robots.txt read (RFC 9309 asks for at least 500 KiB).
        allow_hosts: Host names, addresses or networks (``127.0.0.1``, ``10.0.0.0/8``,
            ``intranet.example``) that may be fetched although they are internal.
    """

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    min_delay: float = 1.0
    max_per_host: int = 2
    respect_robots: bool = True
    robots_ttl: float = 24 * 3600.0
    robots_max_bytes: int = 512 * 1024
    allow_hosts: tuple[str, ...] = ()


class _HostGate:
    """Spacing and concurrency of requests to one host."""

    def __init__(self, max_concurrent: int) -> None:
        self._slots = threading.BoundedSemaphore(max(1, max_concurrent))
        self._lock = threading.Lock()
        self._next_start = 0.0
        self.delay = 0.0

    @contextmanager
    def slot(self, min_delay: float) -> Iterator[None]:
        self._slots.acquire()
        try:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start)
                self._next_start = start + max(min_delay, self.delay)
            if start > now:
                time.sleep(start - now)
            yield
        finally:
            self._slots.release()


@dataclass
class _Robots:
    parser: RobotFileParser | None  # None: no rules (allow all)
    fetched_at: float
    note: str | None


class _Failed(Exception):
    """Internal: one fetch failed with a reason code and a sentence."""

    def __init__(self, reason: str, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.status = status


_CURRENT = threading.local()  # the connection the calling thread is using (for its watchdog)


class _WatchedConnection(HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:  # every request, new or reused connection
        _CURRENT.conn = self
        super().request(*args, **kwargs)


class _WatchedTLSConnection(HTTPSConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _CURRENT.conn = self
        super().request(*args, **kwargs)


class _Pool(HTTPConnectionPool):
    ConnectionCls = _WatchedConnection


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedTLSConnection


class _Watchdog:
    """Shuts the current connection's socket down when the fetch's deadline passes."""

    def __init__(self, seconds: float) -> None:
        _CURRENT.conn = None
        self.fired = False
        self._timer = threading.Timer(max(0.0, seconds), self._fire, args=(_CURRENT.__dict__,))
        self._timer.daemon = True
        self._timer.start()

    def _fire(self, current: dict[str, Any]) -> None:
        self.fired = True
        sock = getattr(current.get("conn"), "sock", None)
        if sock is not None:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # a blocked recv() returns at once

    def cancel(self) -> None:
        self._timer.cancel()


def redact_url(url: str) -> str:
    """The URL without user-info (``https://user:pass@host/x`` -> ``https://host/x``)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.rsplit("@", 1)[-1].lower()


def _check_scheme(url: str) -> None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as exc:
        raise _Failed("bad_url", f"not a valid URL: {redact_url(url)!r}") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _Failed("bad_scheme", f"only http and https URLs are fetched, not {redact_url(url)!r}")
    if not parts.hostname:
        raise _Failed("bad_url", f"URL without host: {redact_url(url)!r}")


def internal_kind(address: str) -> str | None:
    """Why an IP address is internal (``loopback``, ``private``, ``metadata``...), or None when public.

    Args:
        address: An IPv4 or IPv6 address (IPv4-mapped IPv6 is judged as the IPv4 it maps).
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if str(ip) in _METADATA:
        return "metadata"
    for kind in ("loopback", "unspecified", "link_local", "multicast", "private", "reserved"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-public"


def _allowed(host: str, address: str, allow: tuple[str, ...]) -> bool:
    for entry in allow:
        entry = entry.strip().lower().strip("[]")
        if entry == host:
            return True
        with suppress(ValueError):
            if ipaddress.ip_address(address.split("%", 1)[0]) in ipaddress.ip_network(entry, strict=False):
                return True
    return False


def _basic_auth(url: str) -> str | None:
    """An ``Authorization`` header from a URL's user-info, if it has one."""
    parts = urlsplit(url)
    if parts.username is None:
        return None
    user, password = unquote(parts.username), unquote(parts.password or "")
    return str(urllib3.util.make_headers(basic_auth=f"{user}:{password}")["authorization"])


def _auth_for(url: str, credentials: tuple[tuple[str, str], str | None]) -> str | None:
    """The ``Authorization`` of a hop: its own user-info, else the first URL's on the same origin only."""
    origin, auth = credentials
    return _basic_auth(url) or (auth if _origin(url) == origin else None)


def _failure(exc: BaseException, url: str) -> _Failed:
    """A urllib3 or socket exception as a reason code and a sentence (credentials never included)."""
    netloc = _origin(url)[1]
    if isinstance(exc, SSLError):
        return _Failed("tls", f"TLS error with {netloc}: {exc}")
    if isinstance(exc, NameResolutionError | NewConnectionError):  # before timeouts: a subclass
        return _Failed("connection", f"cannot connect to {netloc}: {exc}")
    if isinstance(exc, Urllib3Timeout | socket.timeout):
        return _Failed("timeout", f"no answer from {netloc} in time ({type(exc).__name__})")
    if isinstance(exc, DecodeError):
        return _Failed("bad_encoding", f"{redact_url(url)} sent a body that does not decompress: {exc}")
    if isinstance(exc, LocationParseError):
        return _Failed("bad_url", f"not a valid URL: {redact_url(url)!r}")
    if isinstance(exc, ProtocolError | HTTPError | OSError):
        return _Failed("connection", f"connection to {netloc} failed: {exc}")
    return _Failed("fetch", f"fetching {redact_url(url)} failed: {exc}")


class Fetcher:
    """A polite, bounded HTTP client; thread-safe; errors come back as results.

    Args:
        settings: Limits and manners (defaults: 10 MB, 5 redirects, 1 s between requests per host).
    """

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._pool = urllib3.PoolManager(
            num_pools=64, maxsize=max(1, self.settings.max_per_host), block=False
        )
        self._pool.pool_classes_by_scheme = {"http": _Pool, "https": _TLSPool}  # watched connections
        self._headers = {"User-Agent": self.settings.user_agent, "Accept-Encoding": "gzip, deflate"}
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[tuple[str, str], _Robots] = {}
        self._robots_locks: dict[tuple[str, str], threading.Lock] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close all pooled connections (DoFn ``teardown``)."""
        self._pool.clear()

    def _gate(self, netloc: str) -> _HostGate:
        with self._lock:
            gate = self._gates.get(netloc)
            if gate is None:
                gate = self._gates[netloc] = _HostGate(self.settings.max_per_host)
            return gate

    def fetch_feed(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """Fetch a feed (conditional when validators are given); robots.txt is not consulted.

        Args:
            url: Feed URL.
            etag: ``ETag`` of the last successful fetch.
            last_modified: ``Last-Modified`` of the last successful fetch.
        """
        return self.fetch(
            url, etag=etag, last_modified=last_modified, check_robots=False, accept=_ACCEPT_FEED
        )

    def fetch_article(self, url: str) -> FetchResult:
        """Fetch an article page, honouring robots.txt.

        Args:
            url: Page URL.
        """
        return self.fetch(
            url,
            check_robots=self.settings.respect_robots,
            accept=_ACCEPT_PAGE,
        )

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        check_robots: bool = False,
        accept: str | None = None,
    ) -> FetchResult:
        """Fetch one URL, following redirects; never raises for network or HTTP errors.

        Args:
            url: http(s) URL (user-info in it is sent as Basic auth to its origin only).
            etag: Sent as ``If-None-Match``.
            last_modified: Sent as ``If-Modified-Since``.
            check_robots: Consult the host's robots.txt first (and at every redirect hop).
            accept: ``Accept`` header.

        Returns:
            The result: ``ok`` for 2xx and 304, else ``error_reason`` says why; its
            ``url`` and ``final_url`` never carry credentials.
        """
        started = time.monotonic()
        deadline = started + self.settings.total_timeout
        current = url
        notes: list[str] = []
        moved_to: str | None = None  # feeds (issue 13): first permanent redirect
        retry_after: str | None = None  # feeds (issue 13): Retry-After of an error answer
        headers = self._request_headers(accept, etag, last_modified)
        credentials = (_origin(url), _basic_auth(url))
        try:
            for hop in range(self.settings.max_redirects + 1):
                _check_scheme(current)
                if check_robots:
                    self._check_robots(current, notes)
                auth = _auth_for(current, credentials)
                hop_headers = {**headers, "Authorization": auth} if auth else headers
                status, response_headers, data = self._request(current, hop_headers, deadline)
                if status in _REDIRECTS:
                    following = self._next_hop(current, status, response_headers.get("location"), hop)
                    if status in (301, 308) and moved_to is None and hop == 0:
                        moved_to = redact_url(following)
                    current = following
                    continue
                if status != 304 and not 200 <= status < 300:
                    retry_after = response_headers.get("retry-after")
                    shown = redact_url(current)
                    raise _Failed(f"http_{status}", f"the server answered HTTP {status} for {shown}", status)
                validators = (etag, last_modified) if status == 304 else (None, None)
                return FetchResult(
                    url=redact_url(url),
                    final_url=redact_url(current),
                    status=status,
                    content_type=response_headers.get("content-type"),
                    data=data,
                    etag=response_headers.get("etag") or validators[0],
                    last_modified=response_headers.get("last-modified") or validators[1],
                    error_reason=None,
                    error_message=None,
                    elapsed_s=time.monotonic() - started,
                    notes=tuple(notes),
                    moved_to=moved_to,
                )
            raise _Failed("too_many_redirects", f"more than {self.settings.max_redirects} redirects")
        except _Failed as failed:
            return FetchResult(
                url=redact_url(url),
                final_url=redact_url(current),
                status=failed.status,
                content_type=None,
                data=b"",
                etag=None,
                last_modified=None,
                error_reason=failed.reason,
                error_message=failed.message,
                elapsed_s=time.monotonic() - started,
                notes=tuple(notes),
                retry_after=retry_after,
                moved_to=moved_to,
            )

    def _request_headers(
        self, accept: str | None, etag: str | None, last_modified: str | None
    ) -> dict[str, str]:
        """The fetcher's headers plus ``Accept`` and the conditional-request validators that are set."""
        headers = dict(self._headers)
        for name, value in (
            ("Accept", accept),
            ("If-None-Match", etag),
            ("If-Modified-Since", last_modified),
        ):
            if value:
                headers[name] = value
        return headers

    def _next_hop(self, current: str, status: int, location: str | None, hop: int) -> str:
        if not location:
            raise _Failed("bad_redirect", f"{status} redirect without a Location header", status)
        if hop == self.settings.max_redirects:
            shown = redact_url(location)
            raise _Failed(
                "too_many_redirects",
                f"more than {self.settings.max_redirects} redirects, last to {shown}",
                status,
            )
        return urljoin(current, location.strip())

    def _resolve(self, host: str, port: int) -> str:
        """The address to connect to; refuses a host with any internal address unless allowed."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise _Failed("connection", f"cannot resolve {host}: {exc}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        for address in addresses:
            kind = internal_kind(address)
            if kind and not _allowed(host, address, self.settings.allow_hosts):
                raise _Failed(
                    "blocked_address",
                    f"{host} is {address}, a {kind} address: not fetched (list it in --allow-host to allow)",
                )
        return addresses[0]

    def _request(
        self, url: str, headers: dict[str, str], deadline: float
    ) -> tuple[int, dict[str, str], bytes]:
        """One request (no redirects followed) to the checked address: status, lowercased headers, body."""
        parts = urlsplit(url)
        scheme, netloc = _origin(url)
        host = (parts.hostname or "").lower()
        port = parts.port or (443 if scheme == "https" else 80)
        max_bytes = self.settings.max_bytes
        address = self._resolve(host, port)  # before the slot: the spacing is of the requests only
        with self._gate(netloc).slot(self.settings.min_delay):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _Failed(
                    "timeout", f"gave up on {redact_url(url)} after {self.settings.total_timeout:g} s"
                )
            tls = {"server_hostname": host, "assert_hostname": host} if scheme == "https" else None
            pool = self._pool.connection_from_host(address, port=port, scheme=scheme, pool_kwargs=tls)
            timeout = urllib3.Timeout(
                connect=min(self.settings.connect_timeout, remaining),
                read=min(self.settings.read_timeout, remaining),
            )
            target = urlunsplit(("", "", parts.path or "/", parts.query, ""))
            watchdog = _Watchdog(deadline - time.monotonic())
            response: Any = None
            try:
                response = pool.urlopen(
                    "GET",
                    target,
                    headers={**headers, "Host": netloc},
                    redirect=False,
                    retries=False,
                    preload_content=False,
                    timeout=timeout,
                    assert_same_host=False,
                )
                status = int(response.status)
                response_headers = {k.lower(): v for k, v in response.headers.items()}
                if status in _REDIRECTS or status == 304 or not 200 <= status < 300:
                    response.drain_conn()
                    return status, response_headers, b""
                declared = response_headers.get("content-length", "")
                if (
                    declared.isdigit()
                    and int(declared) > max_bytes
                    and "content-encoding" not in response_headers
                ):
                    raise _Failed(
                        "too_large",
                        f"{redact_url(url)} is {int(declared):,} bytes, more than the {max_bytes:,} allowed",
                        status,
                    )
                chunks: list[bytes] = []
                total = 0
                for chunk in response.stream(_CHUNK, decode_content=True):
                    total += len(chunk)
                    if total > max_bytes:
                        raise _Failed(
                            "too_large",
                            f"{redact_url(url)} is more than the {max_bytes:,} bytes allowed",
                            status,
                        )
                    chunks.append(chunk)
                if watchdog.fired or time.monotonic() > deadline:  # a cut body may look complete
                    raise _Failed("timeout", self._late(url), status)
                return status, response_headers, b"".join(chunks)
            except _Failed:
                if response is not None:
                    response.close()  # abandon the connection, do not read the rest
                raise
            except (HTTPError, OSError) as exc:
                if response is not None:
                    response.close()
                raise (_Failed("timeout", self._late(url)) if watchdog.fired else _failure(exc, url)) from exc
            finally:
                watchdog.cancel()
                if response is not None:
                    response.release_conn()

    def _late(self, url: str) -> str:
        return f"{redact_url(url)} took more than the {self.settings.total_timeout:g} s allowed"

    def _check_robots(self, url: str, notes: list[str]) -> None:
        scheme, netloc = _origin(url)
        robots = self._robots_for(scheme, netloc)
        if robots.note and robots.note not in notes:
            notes.append(robots.note)
        if robots.parser is not None and not robots.parser.can_fetch(ROBOTS_AGENT, url):
            raise _Failed("robots_disallowed", f"robots.txt of {netloc} disallows {url}")

    def _robots_for(self, scheme: str, netloc: str) -> _Robots:
        key = (scheme, netloc)
        with self._lock:
            lock = self._robots_locks.setdefault(key, threading.Lock())
        with lock:  # one fetch of robots.txt per host, whatever the number of threads
            cached = self._robots.get(key)
            if cached is not None and time.monotonic() - cached.fetched_at < self.settings.robots_ttl:
                return cached
            robots = self._load_robots(scheme, netloc)
            self._robots[key] = robots
            if robots.parser is not None:
                delay = robots.parser.crawl_delay(ROBOTS_AGENT)
                if delay:
                    self._gate(netloc).delay = min(float(delay), 60.0)
            return robots

    def _load_robots(self, scheme: str, netloc: str) -> _Robots:
        robots_url = urlunsplit((scheme, netloc, "/robots.txt", "", ""))
        result = self.fetch(robots_url, check_robots=False, accept="text/plain")
        now = time.monotonic()
        if result.ok and result.status is not None and 200 <= result.status < 300:
            parser = RobotFileParser(robots_url)
            parser.parse(
                result.data[: self.settings.robots_max_bytes].decode("utf-8", "replace").splitlines()
            )
            return _Robots(parser, now, None)
        reason = result.error_reason or ""
        if reason.startswith("http_4"):
            return _Robots(None, now, None)  # no robots.txt: no rules
        return _Robots(None, now, f"robots.txt of {netloc} unavailable ({reason}); fetched anyway")
