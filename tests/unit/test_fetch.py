"""The Fetcher against a real HTTP server on 127.0.0.1 (tests/support/feedserver.py)."""

from __future__ import annotations

import base64
import contextlib
import gzip
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest

from tests.support.feedserver import FeedServer
from transforms.sources.feeds import parse_feed
from transforms.sources.fetch import USER_AGENT, Fetcher, FetchSettings, internal_kind

# Short timeouts and no politeness delay; the test server on 127.0.0.1 is explicitly allowed.
FAST = FetchSettings(
    connect_timeout=2.0,
    read_timeout=2.0,
    total_timeout=10.0,
    min_delay=0.0,
    max_per_host=4,
    allow_hosts=("127.0.0.1",),
)


def rss(*titles: str) -> str:
    items = "".join(
        f"<item><title>{t}</title><link>/tin/{i}.htm</link><guid>g{i}</guid></item>"
        for i, t in enumerate(titles)
    )
    head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Kênh</title>'
    return f"{head}{items}</channel></rss>"


@pytest.fixture()
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture()
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(FAST) as client:
        yield client


def test_plain_fetch_sends_our_user_agent(server: FeedServer, fetcher: Fetcher) -> None:
    server.set("/feed.rss", rss("Một"), headers={"Content-Type": "application/rss+xml; charset=utf-8"})
    result = fetcher.fetch_feed(server.url("/feed.rss"))
    assert result.ok and result.status == 200 and result.error_reason is None
    assert result.content_type == "application/rss+xml; charset=utf-8"
    assert result.data == rss("Một").encode()
    assert result.final_url == result.url == server.url("/feed.rss")
    assert result.elapsed_s >= 0
    assert server.hits_for("/feed.rss")[0].headers["user-agent"] == USER_AGENT


def test_feed_items_change_between_polls(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.url("/feed.rss")
    server.set("/feed.rss", rss("Tin một"), etag='"v1"')
    first = fetcher.fetch_feed(url)
    assert [e.title for e in parse_feed(first.data, url=url).entries] == ["Tin một"]
    assert parse_feed(first.data, url=url).entries[0].link == server.url("/tin/0.htm")

    unchanged = fetcher.fetch_feed(url, etag=first.etag)
    assert unchanged.not_modified and unchanged.data == b"" and unchanged.etag == '"v1"'

    server.set("/feed.rss", rss("Tin hai", "Tin một"), etag='"v2"')
    second = fetcher.fetch_feed(url, etag=first.etag)
    assert second.status == 200 and second.etag == '"v2"'
    assert [e.title for e in parse_feed(second.data, url=url).entries] == ["Tin hai", "Tin một"]
    assert server.count("/feed.rss") == 3


def test_last_modified_gives_304(server: FeedServer, fetcher: Fetcher) -> None:
    stamp = "Sat, 07 Mar 2026 01:00:00 GMT"
    server.set("/f", rss("x"), last_modified=stamp)
    first = fetcher.fetch_feed(server.url("/f"))
    assert first.last_modified == stamp
    again = fetcher.fetch_feed(server.url("/f"), last_modified=first.last_modified)
    assert again.not_modified and again.ok and again.last_modified == stamp
    assert server.hits_for("/f")[1].headers["if-modified-since"] == stamp


def test_timeout_on_a_slow_path(server: FeedServer) -> None:
    server.set("/slow", "late", delay=2.0)
    with Fetcher(replace(FAST, read_timeout=0.3)) as client:
        result = client.fetch(server.url("/slow"))
    assert result.error_reason == "timeout" and not result.ok
    assert result.data == b"" and result.error_message


@pytest.mark.parametrize("chunked", [False, True])
def test_size_cap(server: FeedServer, chunked: bool) -> None:
    server.set("/big", b"x" * 300_000, chunked=chunked)
    with Fetcher(replace(FAST, max_bytes=100_000)) as client:
        result = client.fetch(server.url("/big"))
        assert result.error_reason == "too_large" and result.data == b""
        server.set("/small", b"ok")
        assert client.fetch(server.url("/small")).data == b"ok"  # the pool still works


def test_size_cap_counts_decompressed_bytes(server: FeedServer) -> None:
    server.set("/bomb", b"\0" * 2_000_000, gzip=True)
    with Fetcher(replace(FAST, max_bytes=100_000)) as client:
        assert client.fetch(server.url("/bomb")).error_reason == "too_large"


def test_gzip_is_decoded(server: FeedServer, fetcher: Fetcher) -> None:
    body = rss("Nén gzip").encode()
    server.set("/gz", body, gzip=True)
    result = fetcher.fetch(server.url("/gz"))
    assert result.ok and result.data == body
    assert "gzip" in server.hits_for("/gz")[0].headers["accept-encoding"]


def test_bad_gzip_is_an_error_value(server: FeedServer, fetcher: Fetcher) -> None:
    server.set("/badgz", b"not gzip at all", headers={"Content-Encoding": "gzip"})
    assert fetcher.fetch(server.url("/badgz")).error_reason == "bad_encoding"


def test_redirects_are_followed(server: FeedServer, fetcher: Fetcher) -> None:
    server.redirect("/r1", "/r2", status=301)
    server.redirect("/r2", server.url("/final"), status=307)
    server.set("/final", "đích")
    result = fetcher.fetch(server.url("/r1"))
    assert result.ok and result.data == "đích".encode()
    assert result.url == server.url("/r1") and result.final_url == server.url("/final")


def test_redirect_loop(server: FeedServer, fetcher: Fetcher) -> None:
    server.redirect("/loop", "/loop")
    result = fetcher.fetch(server.url("/loop"))
    assert result.error_reason == "too_many_redirects"
    assert server.count("/loop") == FAST.max_redirects + 1


def test_redirect_to_another_scheme(server: FeedServer, fetcher: Fetcher) -> None:
    server.redirect("/ftp", "ftp://example.com/file")
    assert fetcher.fetch(server.url("/ftp")).error_reason == "bad_scheme"


@pytest.mark.parametrize("status", [404, 410, 500, 503])
def test_http_errors(server: FeedServer, fetcher: Fetcher, status: int) -> None:
    server.set("/e", "error page", status=status)
    result = fetcher.fetch(server.url("/e"))
    assert result.error_reason == f"http_{status}" and result.status == status and result.data == b""


def test_unknown_path_is_404(server: FeedServer, fetcher: Fetcher) -> None:
    assert fetcher.fetch(server.url("/nothing")).error_reason == "http_404"


@pytest.mark.parametrize(
    "url", ["ftp://example.com/x", "file:///etc/passwd", "javascript:alert(1)", "http://"]
)
def test_only_http_and_https(fetcher: Fetcher, url: str) -> None:
    result = fetcher.fetch(url)
    assert result.error_reason in ("bad_scheme", "bad_url") and result.status is None


def test_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with Fetcher(FAST) as client:
        result = client.fetch(f"http://127.0.0.1:{port}/")
    assert result.error_reason == "connection" and result.status is None


def test_robots_disallow_is_respected_for_articles(server: FeedServer, fetcher: Fetcher) -> None:
    server.set(
        "/robots.txt", "User-agent: *\nDisallow: /private/\n\nUser-agent: bantin\nDisallow: /no-bantin/\n"
    )
    server.set("/private/a.htm", "secret")
    server.set("/no-bantin/a.htm", "secret")
    server.set("/public/a.htm", "bài báo")
    assert fetcher.fetch_article(server.url("/public/a.htm")).ok
    blocked = fetcher.fetch_article(server.url("/no-bantin/a.htm"))
    assert blocked.error_reason == "robots_disallowed" and blocked.status is None
    assert fetcher.fetch_article(server.url("/private/a.htm")).ok  # the bantin group replaces the * group
    assert server.count("/no-bantin/a.htm") == 0
    assert server.count("/robots.txt") == 1  # cached per host
    # feeds are not subject to robots.txt
    assert fetcher.fetch_feed(server.url("/no-bantin/a.htm")).ok


def test_robots_checked_at_every_redirect_hop(server: FeedServer, fetcher: Fetcher) -> None:
    server.set("/robots.txt", "User-agent: *\nDisallow: /private/\n")
    server.redirect("/go", "/private/x")
    server.set("/private/x", "secret")
    assert fetcher.fetch_article(server.url("/go")).error_reason == "robots_disallowed"
    assert server.count("/private/x") == 0


def test_robots_missing_means_allowed(server: FeedServer, fetcher: Fetcher) -> None:
    server.set("/a.htm", "bài")
    result = fetcher.fetch_article(server.url("/a.htm"))
    assert result.ok and result.notes == ()
    assert server.count("/robots.txt") == 1


def test_robots_server_error_means_allowed_with_a_note(server: FeedServer, fetcher: Fetcher) -> None:
    server.set("/robots.txt", "oops", status=500)
    server.set("/a.htm", "bài")
    result = fetcher.fetch_article(server.url("/a.htm"))
    assert result.ok
    assert result.notes and "robots.txt" in result.notes[0] and "http_500" in result.notes[0]


def test_politeness_delay_between_requests_to_one_host(server: FeedServer) -> None:
    server.set("/a", "a")
    server.set("/b", "b")
    delay = 0.3
    with Fetcher(replace(FAST, min_delay=delay)) as client:
        client.fetch(server.url("/a"))
        client.fetch(server.url("/b"))
        client.fetch(server.url("/a"))
    hits = server.hits_for()
    assert [h.path for h in hits] == ["/a", "/b", "/a"]
    gaps = [later.start - earlier.start for earlier, later in itertools.pairwise(hits)]
    assert all(gap >= delay * 0.95 for gap in gaps), gaps


def test_politeness_across_threads(server: FeedServer) -> None:
    """Four threads, one host, 0.2 s apart: the server sees the starts spaced, whatever the threads do."""
    for i in range(4):
        server.set(f"/t{i}", "x")
    delay = 0.2
    with Fetcher(replace(FAST, min_delay=delay)) as client:
        threads = [threading.Thread(target=client.fetch, args=(server.url(f"/t{i}"),)) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    starts = sorted(hit.start for hit in server.hits_for())
    assert len(starts) == 4
    assert all(b - a >= delay * 0.95 for a, b in itertools.pairwise(starts)), starts


def test_max_one_request_in_flight_per_host(server: FeedServer) -> None:
    server.set("/slow1", "1", delay=0.3)
    server.set("/slow2", "2", delay=0.3)
    with Fetcher(replace(FAST, max_per_host=1)) as client:
        threads = [threading.Thread(target=client.fetch, args=(server.url(p),)) for p in ("/slow1", "/slow2")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    first, second = sorted(server.hits_for(), key=lambda hit: hit.start)
    assert first.end is not None and second.start >= first.end  # never overlapping


def test_gzip_body_of_feed_parses(server: FeedServer, fetcher: Fetcher) -> None:
    server.set("/feed.gz.rss", gzip.decompress(gzip.compress(rss("A", "B").encode())), gzip=True)
    result = fetcher.fetch_feed(server.url("/feed.gz.rss"))
    assert len(parse_feed(result.data, url=result.final_url, content_type=result.content_type).entries) == 2


class DripServer:
    """A raw TCP server on 127.0.0.1 that sends its answer one byte at a time, ``pause`` apart."""

    def __init__(self, answer: bytes, pause: float = 1.0, limit: int = 40, head: int = 0) -> None:
        self.answer, self.pause, self.limit, self.head = answer, pause, limit, head
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.sent = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/drip"

    def _serve(self) -> None:
        with contextlib.suppress(OSError):
            conn, _ = self.sock.accept()
            with conn:
                conn.recv(65536)
                conn.sendall(self.answer[: self.head])  # e.g. the headers at once
                # bounded (``limit`` bytes), so that a client without a total deadline ends too
                for byte in self.answer[self.head : self.head + self.limit]:
                    conn.sendall(bytes([byte]))
                    self.sent += 1
                    time.sleep(self.pause)

    def close(self) -> None:
        self.sock.close()


BODY = b"x" * 1000
DRIP_BODY = b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + BODY


@pytest.mark.parametrize(
    ("answer", "head"),
    [(DRIP_BODY, len(DRIP_BODY) - len(BODY)), (b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 200, 0)],
    ids=["body", "headers"],
)
def test_total_deadline_holds_against_a_slow_drip(answer: bytes, head: int) -> None:
    """Headers at once then one body byte a second (or headers one byte a second): every read is
    well within the read timeout, so only a deadline enforced on every read stops the fetch."""
    server = DripServer(answer, pause=0.25, limit=160, head=head)  # 40 s of drip at most
    try:
        settings = replace(FAST, read_timeout=5.0, total_timeout=2.0)
        with Fetcher(settings) as client:
            result = client.fetch(server.url)
        assert result.error_reason == "timeout" and not result.ok, result
        assert result.elapsed_s < settings.total_timeout + 1.0, result.elapsed_s
        assert server.sent < 20  # the fetch stopped reading, the drip did not run its course
    finally:
        server.close()


def test_internal_address_kinds() -> None:
    assert internal_kind("127.0.0.1") == "loopback" and internal_kind("::1") == "loopback"
    assert internal_kind("::ffff:127.0.0.1") == "loopback"  # IPv4-mapped IPv6
    for private in ("10.1.2.3", "172.16.5.4", "192.168.1.1", "fd12::1"):
        assert internal_kind(private) == "private", private
    assert internal_kind("169.254.169.254") == "metadata" and internal_kind("fd00:ec2::254") == "metadata"
    assert internal_kind("100.100.100.200") == "metadata"
    assert internal_kind("169.254.7.7") == "link-local" and internal_kind("fe80::1") == "link-local"
    assert internal_kind("0.0.0.0") == "unspecified" and internal_kind("224.0.0.1") == "multicast"
    assert internal_kind("100.64.0.1") == "non-public"  # carrier-grade NAT
    assert internal_kind("203.113.131.1") is None and internal_kind("2001:4860:4860::8888") is None


def test_internal_addresses_are_refused_by_default(server: FeedServer) -> None:
    server.set("/feed.rss", rss("nội bộ"))
    with Fetcher(replace(FAST, allow_hosts=())) as client:
        result = client.fetch(server.url("/feed.rss"))
        named = client.fetch(server.url("/feed.rss", host="localhost"))
    assert result.error_reason == "blocked_address" and "loopback" in (result.error_message or "")
    assert named.error_reason == "blocked_address"
    assert server.count("/feed.rss") == 0  # refused before connecting


def test_redirect_to_another_internal_address_is_refused(server: FeedServer) -> None:
    """127.0.0.1 is allowed (the feed's own host); a hop to 127.0.0.2 (a second server) is not."""
    with FeedServer(host="127.0.0.2") as other:
        other.set("/admin", "bí mật")
        server.redirect("/go", other.url("/admin"))
        with Fetcher(FAST) as client:
            result = client.fetch(server.url("/go"))
            assert result.error_reason == "blocked_address", result
            assert other.count("/admin") == 0
            allowed = replace(FAST, allow_hosts=("127.0.0.0/8",))
        with Fetcher(allowed) as client:
            assert client.fetch(server.url("/go")).data == "bí mật".encode()  # a network can be listed


def test_a_name_is_resolved_checked_and_pinned(server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A public-looking name that resolves to an internal address is refused; listed by name, it is
    fetched from the address that was checked, with its own Host header."""
    real = socket.getaddrinfo

    def resolve(host: str, *args: object, **kwargs: object) -> object:
        return real("127.0.0.1" if host in ("feeds.test", "intranet.test") else host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    server.set("/f", "tin")
    with Fetcher(replace(FAST, allow_hosts=("feeds.test",))) as client:
        refused = client.fetch(f"http://intranet.test:{server.port}/f")
        result = client.fetch(f"http://feeds.test:{server.port}/f")
    assert refused.error_reason == "blocked_address"
    assert result.ok and result.data == b"tin"
    assert server.hits_for("/f")[0].headers["host"] == f"feeds.test:{server.port}"


def test_credentials_in_a_url_go_to_their_origin_only_and_never_into_the_result(server: FeedServer) -> None:
    with FeedServer() as other:
        other.set("/moved", "ở đây")
        server.redirect("/private/feed", other.url("/moved"))
        with Fetcher(FAST) as client:
            result = client.fetch(f"http://reader:p%40ss@127.0.0.1:{server.port}/private/feed")
        expected = "Basic " + base64.b64encode(b"reader:p@ss").decode()
        assert server.hits_for("/private/feed")[0].headers["authorization"] == expected
        assert "authorization" not in other.hits_for("/moved")[0].headers  # another origin
    assert result.ok and result.url == server.url("/private/feed")
    assert "reader" not in repr(result) and "p%40ss" not in repr(result)
