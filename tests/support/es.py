"""Reading back what a test run wrote to the real Elasticsearch."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

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


@contextlib.contextmanager
def own_node(name: str, port: int) -> Iterator[LocalCluster]:
    """A local node for one test that stops, pauses or restarts it (never the shared test node).

    ``BANTIN_TEST_<NAME>_PORT`` overrides the port.
    """
    from deploy.local.cluster import LocalCluster, down, up

    env = f"BANTIN_TEST_{name.removeprefix('test-').upper().replace('-', '_')}_PORT"
    cluster = LocalCluster(name=name, port=int(os.environ.get(env, str(port))))
    up(cluster, heap="384m")
    try:
        yield cluster
    finally:
        down(cluster)
