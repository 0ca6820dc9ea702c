"""A real HTTP server on 127.0.0.1 for tests of fetching and feed polling.

Routes are a dict ``path -> Route`` that tests change between requests (a feed's
items can change between two polls). The server answers conditional requests
(ETag / Last-Modified -> 304), delays given paths, redirects, gzips when asked,
streams chunked bodies of unknown length, and records every request (path, time
on the server's monotonic clock, start and end) so tests can assert spacing and
ordering measured where it matters: at the server.

Usage::

    with FeedServer() as server:
        server.set("/feed.xml", rss_bytes, headers={"Content-Type": "application/rss+xml"})
        url = server.url("/feed.xml")
"""

from __future__ import annotations

import contextlib
import gzip as gzip_module
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


@dataclass
class Route:
    """What the server answers for one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the response starts
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False  # compress when the client accepts gzip
    chunked: bool = False  # no Content-Length: chunked transfer encoding


@dataclass
class Hit:
    """One request as the server saw it (recorded before the answer, so a client never sees
    an answer before its request is in the log)."""

    path: str
    start: float  # time.monotonic() when the request was read
    headers: dict[str, str]
    end: float | None = None  # time.monotonic() just before the answer's last bytes were sent


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    _hit: Hit

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        start = time.monotonic()
        owner = self.server.owner
        path = self.path
        with owner.lock:
            owner.counts[path] += 1
            route = owner.routes.get(path) or owner.routes.get(path.split("?", 1)[0])
        headers = {k.lower(): v for k, v in self.headers.items()}
        self._hit = Hit(path, start, headers)
        with owner.lock:
            owner.hits.append(self._hit)
        # the client may give up (size cap, timeout): that is what some tests want
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._answer(route, headers)

    def _answer(self, route: Route | None, headers: dict[str, str]) -> None:
        if route is None:
            self._send(404, {"Content-Type": "text/plain"}, b"not found")
            return
        if route.delay:
            time.sleep(route.delay)
        extra = dict(route.headers)
        if route.etag:
            extra["ETag"] = route.etag
        if route.last_modified:
            extra["Last-Modified"] = route.last_modified
        fresh = (route.etag is not None and headers.get("if-none-match") == route.etag) or (
            route.last_modified is not None and headers.get("if-modified-since") == route.last_modified
        )
        if fresh and route.status == 200:
            self._send(304, extra, b"")
            return
        body = route.body
        if route.gzip and "gzip" in headers.get("accept-encoding", ""):
            body = gzip_module.compress(body)
            extra["Content-Encoding"] = "gzip"
        self._send(route.status, extra, body, chunked=route.chunked)

    def _send(self, status: int, headers: dict[str, str], body: bytes, *, chunked: bool = False) -> None:
        self._hit.end = time.monotonic()
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status == 304:
            self.end_headers()
            return
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(0, len(body), 16384):
                piece = body[i : i + 16384]
                self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: FeedServer


class FeedServer:
    """A threaded HTTP server on 127.0.0.1 (or another loopback address) with a random free port."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host  # another loopback address (127.0.0.2) plays an internal host
        self.routes: dict[str, Route] = {}
        self.counts: Counter[str] = Counter()
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        self._server = _Server((host, 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="feedserver", daemon=True
        )

    @property
    def port(self) -> int:
        """The port the server listens on."""
        return int(self._server.server_address[1])

    def url(self, path: str, host: str | None = None) -> str:
        """Absolute URL of a path on this server."""
        return f"http://{host or self.host}:{self.port}{path}"

    def start(self) -> FeedServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def set(self, path: str, body: bytes | str = b"", **options: object) -> Route:
        """Serve ``body`` at ``path`` (replacing what was there); options are :class:`Route` fields."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        route = Route(body=data, **options)  # type: ignore[arg-type]
        with self.lock:
            self.routes[path] = route
        return route

    def redirect(self, path: str, to: str, status: int = 302) -> Route:
        """Answer ``path`` with a redirect to ``to`` (a path or an absolute URL)."""
        return self.set(path, b"", status=status, headers={"Location": to})

    def count(self, path: str) -> int:
        """Requests received for ``path``."""
        with self.lock:
            return self.counts[path]

    def hits_for(self, path: str | None = None) -> list[Hit]:
        """Requests received (for one path, or all), in arrival order."""
        with self.lock:
            return [hit for hit in self.hits if path is None or hit.path == path]
