"""Reading back what a test run wrote to the real Elasticsearch."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.conftest import ROOT
from transforms.es.client import EsSettings
from transforms.es.indices import alias_for

if TYPE_CHECKING:
    from deploy.local.cluster import LocalCluster


def indexed_docs(es_url: str, alias: str) -> dict[str, dict[str, Any]]:
    """Every document behind ``alias`` (refreshed first), by id; empty when the alias is missing."""
    client = EsSettings(url=es_url).client()
    try:
        if not client.indices.exists_alias(name=alias):
            return {}
        client.indices.refresh(index=alias)
        hits = client.search(index=alias, size=10_000, query={"match_all": {}})["hits"]["hits"]
        return {h["_id"]: h["_source"] for h in hits}
    finally:
        client.close()


def drop_alias(es_url: str, alias: str) -> None:
    """Delete every index named ``ALIAS*`` (articles, mentions, feed state) and the templates."""
    client = EsSettings(url=es_url).client()
    try:
        client.indices.delete(index=f"{alias}*", ignore_unavailable=True, allow_no_indices=True)
    finally:
        client.close()
    drop_templates(es_url, alias, alias_for(alias, "mentions"))


def drop_templates(es_url: str, *names: str) -> None:
    """Delete these index templates (those that exist)."""
    client = EsSettings(url=es_url).client()
    try:
        for name in names:
            client.options(ignore_status=404).indices.delete_index_template(name=name)
    finally:
        client.close()


def run_argv(inputs: Path | str, es_url: str, alias: str, dead_letters: Path | str) -> list[str]:
    """``bantin run`` flags for one input into one alias."""
    return [
        "--input",
        str(inputs),
        "--es-url",
        es_url,
        "--index",
        alias,
        "--dead-letter-dir",
        str(dead_letters),
    ]


def checkout_tag() -> str:
    """A short hash of this checkout's path: it keeps two checkouts' test nodes apart."""
    return hashlib.sha1(str(ROOT).encode("utf-8")).hexdigest()[:8]


def _bindable(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port(preferred: int | None = None) -> int:
    """A port nothing listens on: ``preferred`` when free, else one of ``$BANTIN_TEST_NODE_PORTS``.

    ``BANTIN_TEST_NODE_PORTS`` (``LOW-HIGH``, e.g. ``9340-9359``) keeps the nodes of a test run in
    a range of ports given to it; the scan starts at an offset from the process id, so two suites
    started together rarely try the same one. Without it, the system picks a free port.
    """
    if preferred is not None and _bindable(preferred):
        return preferred
    given = os.environ.get("BANTIN_TEST_NODE_PORTS")
    if given:
        low, high = (int(p) for p in given.split("-"))
        span = high - low + 1
        for n in range(span):
            port = low + (os.getpid() + n) % span
            if _bindable(port):
                return port
        raise RuntimeError(f"no free port in BANTIN_TEST_NODE_PORTS={given}")
    from deploy.runners.jobserver import free_port as any_free_port

    return any_free_port()


@contextlib.contextmanager
def own_node(name: str) -> Iterator[LocalCluster]:
    """A local node for one test that stops, pauses or restarts it (never the shared test node).

    The node is this run's own: its name (hence its data, logs and pid file in the cache folder)
    is ``NAME-<checkout>-<pid>``, and its port ``BANTIN_TEST_<NAME>_PORT``, else a free one
    (:func:`free_port`), so two suites on one machine never share or stop each other's node.
    Its folder is deleted when it stops.
    """
    from deploy.local.cluster import LocalCluster, down, up

    env = f"BANTIN_TEST_{name.removeprefix('test-').upper().replace('-', '_')}_PORT"
    port = int(os.environ[env]) if os.environ.get(env) else free_port()
    cluster = LocalCluster(name=f"{name}-{checkout_tag()}-{os.getpid()}", port=port)
    try:
        up(cluster, heap="384m")
        yield cluster
    finally:
        down(cluster)
        shutil.rmtree(cluster.root, ignore_errors=True)
