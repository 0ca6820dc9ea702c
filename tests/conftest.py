"""Shared test helpers: where ../shared is, and the real local Elasticsearch for integration tests."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BANTIN_SHARED", ROOT.parent / "shared"))
SEEDS = ROOT / "seeds"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test (with the reason) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the project)")
    return path


@pytest.fixture(scope="session")
def es_url() -> Iterator[str]:
    """URL of a real Elasticsearch: $BANTIN_TEST_ES_URL, else a test node started here on port 9250."""
    given = os.environ.get("BANTIN_TEST_ES_URL")
    if given:
        yield given
        return
    from deploy.local.cluster import LocalCluster, down, running_pid, up

    cluster = LocalCluster(name="test", port=int(os.environ.get("BANTIN_TEST_ES_PORT", "9250")))
    already = running_pid(cluster) is not None
    url = up(cluster, heap="512m")
    yield url
    if not already and os.environ.get("BANTIN_TEST_ES_KEEP") != "1":
        down(cluster)


def _fresh_alias(es_url: str) -> Iterator[str]:
    from tests.support.es import drop_alias

    alias = f"test-{uuid.uuid4().hex[:10]}"
    yield alias
    drop_alias(es_url, alias)


@pytest.fixture()
def es_index(es_url: str) -> Iterator[str]:
    """A fresh alias name for one test; its indices are deleted afterwards."""
    yield from _fresh_alias(es_url)


@pytest.fixture()
def other_index(es_url: str) -> Iterator[str]:
    """A second fresh alias (like ``es_index``), for comparing two runs; deleted afterwards."""
    yield from _fresh_alias(es_url)
