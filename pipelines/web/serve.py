"""``bantin serve``: run the web application with Waitress (threaded, pure Python)."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pipelines.flags import Flag, add_es_flags, add_flags, settings_from_flags
from transforms.es.client import ES_ERRORS

log = logging.getLogger(__name__)
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
# enough for a few readers at once on a small machine; each thread mostly waits on Elasticsearch
THREADS = 8


FLAGS = (
    Flag(
        "--host",
        "address to listen on (default %(default)s: this machine only; anything else opens the pages "
        "to the network, without authentication)",
        default=DEFAULT_HOST,
    ),
    Flag("--port", "port (default %(default)s)", default=DEFAULT_PORT, type=int),
    Flag(
        "--people-index",
        "people alias, used when it exists (default: from --index, bantin-articles -> bantin-people)",
    ),
    Flag("--threads", "worker threads (default %(default)s)", default=THREADS, type=int),
)
"""The flags of ``bantin serve`` besides the Elasticsearch ones."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of ``bantin serve``."""
    add_flags(parser, FLAGS)
    add_es_flags(parser, "articles alias (mentions alias derived)")


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve_command(args: argparse.Namespace) -> int:
    """Run ``bantin serve`` until interrupted; 2 on bad options or an unreachable cluster."""
    import waitress

    from pipelines.web.app import WebConfig, create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("elastic_transport").setLevel(logging.WARNING)  # one line per request otherwise
    settings = settings_from_flags(args, timeout=10.0)
    if not 0 < args.port < 65536:
        print(f"error: --port {args.port} is not a port", file=sys.stderr)
        return 2
    client = settings.client()
    try:
        if not client.indices.exists_alias(name=args.index) and not client.indices.exists(index=args.index):
            print(
                f"error: no index {args.index!r} at {_redacted(settings.url)}: ingest first (bantin run)",
                file=sys.stderr,
            )
            return 2
    except ES_ERRORS as exc:
        print(
            f"error: Elasticsearch at {_redacted(settings.url)} is unavailable ({type(exc).__name__}); "
            "start it with `bantin es up` or pass --es-url",
            file=sys.stderr,
        )
        return 2
    if not is_loopback(args.host):
        log.warning("listening on %s: the pages are reachable from the network, without a login", args.host)
    app = create_app(WebConfig(settings, args.index, args.people_index), client)
    print(f"bantin serve: http://{args.host}:{args.port}/ (Ctrl-C to stop)", flush=True)
    try:
        waitress.serve(app, host=args.host, port=args.port, threads=args.threads, ident="bantin")
    except KeyboardInterrupt:
        pass
    finally:
        client.close()
    return 0


@contextmanager
def in_background(app: Any, threads: int = 4) -> Iterator[str]:
    """Serve the WSGI ``app`` with Waitress on a free 127.0.0.1 port in a thread; yield its base URL.

    For the page benchmark and the browser tests: the same server as ``bantin serve``.
    """
    import waitress

    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=threads, ident="bantin")
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.close()


def _redacted(url: str) -> str:
    """The URL without user and password."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit(parts._replace(netloc=netloc))
    return url
