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
    from tests.support.es import checkout_tag, free_port

    # this checkout's node (its own data folder): another checkout's suite never stops it; the port
    # is 9250 unless that is taken (then a free one), or BANTIN_TEST_ES_PORT; a kept node is reused
    cluster = LocalCluster(name=f"test-{checkout_tag()}")
    port_file = cluster.root / "port"
    already = running_pid(cluster) is not None and port_file.exists()
    given = os.environ.get("BANTIN_TEST_ES_PORT")
    port = int(port_file.read_text()) if already else int(given) if given else free_port(9250)
    cluster = LocalCluster(name=cluster.name, port=port)
    url = up(cluster, heap="512m")
    port_file.write_text(str(port))
    yield url
    if not already and os.environ.get("BANTIN_TEST_ES_KEEP") != "1":
        down(cluster)


@pytest.fixture(scope="session", autouse=True)
def _own_lock_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Run locks in a folder of this run's own (``BANTIN_LOCK_DIR``): a run of the default index
    elsewhere on the machine, or another suite, never holds the lock a test's run needs."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BANTIN_LOCK_DIR", str(tmp_path_factory.mktemp("locks")))
        yield


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
