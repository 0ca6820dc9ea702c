"""A real HTTP proxy on 127.0.0.1 in front of Elasticsearch, for fault tests.

It forwards every request to the upstream node and can, per request, answer 429
(bulk requests) or 503 (requests to chosen paths) itself, run a hook (e.g. stop the
real node), or drop the connection when the upstream is gone, so tests see what a client
sees when a cluster is overloaded or goes away. It records the headers it saw (to check
credentials were sent).
"""

from __future__ import annotations

import http.client
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

TOO_MANY = (
    b'{"error":{"root_cause":[{"type":"es_rejected_execution_exception",'
    b'"reason":"rejected execution (queue capacity 1)"}],'
    b'"type":"es_rejected_execution_exception","reason":"rejected execution"},"status":429}'
)

UNAVAILABLE = (
    b'{"error":{"root_cause":[{"type":"unavailable_shards_exception","reason":"node restarting"}],'
    b'"type":"unavailable_shards_exception","reason":"node restarting"},"status":503}'
)


class EsProxy:
    """Start with ``with EsProxy(upstream) as proxy:``; ``proxy.url`` is where clients go."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 9200)
        self.reject_bulks = 0  # answer this many bulk requests with HTTP 429
        self.after_bulk: Callable[[int], None] | None = None  # called after bulk number n was relayed
        self.bulks = 0
        # answer requests whose path contains KEY with HTTP 503, N times (-1: always)
        self.unavailable: dict[str, int] = {}
        self.refused: dict[str, int] = {}
        self.rejected = 0
        self.auth_headers: list[str] = []
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _relay(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                if self.headers.get("Authorization"):
                    proxy.auth_headers.append(self.headers["Authorization"])
                if proxy._refuse(self.path):
                    self._answer(503, UNAVAILABLE)
                    return
                is_bulk = self.path.split("?")[0].endswith("/_bulk")
                if is_bulk:
                    with proxy.lock:
                        proxy.bulks += 1
                        number = proxy.bulks
                        reject = proxy.rejected < proxy.reject_bulks
                        if reject:
                            proxy.rejected += 1
                    if reject:
                        self._answer(429, TOO_MANY)
                        return
                try:
                    conn = http.client.HTTPConnection(*proxy.upstream, timeout=30)
                    headers = {
                        k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")
                    }
                    conn.request(self.command, self.path, body=body, headers=headers)
                    response = conn.getresponse()
                    data = response.read()
                    status = response.status
                    ctype = response.getheader("Content-Type", "application/json")
                    conn.close()
                except OSError:
                    # the node is gone: the client sees a dropped connection, as without a proxy
                    self.close_connection = True
                    self.connection.close()
                    return
                if is_bulk and proxy.after_bulk is not None:
                    proxy.after_bulk(number)
                self._answer(status, data, ctype)

            def _answer(self, status: int, data: bytes, ctype: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("X-Elastic-Product", "Elasticsearch")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _relay

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _refuse(self, path: str) -> bool:
        with self.lock:
            for key, left in self.unavailable.items():
                if key in path and left != 0:
                    self.unavailable[key] = left - 1 if left > 0 else left
                    self.refused[key] = self.refused.get(key, 0) + 1
                    return True
        return False

    def __enter__(self) -> EsProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
