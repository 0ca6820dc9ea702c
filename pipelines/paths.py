"""Where bantin keeps its files: the cache folder (Elasticsearch, Flink, run locks)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """``$BANTIN_HOME``, else ``$XDG_CACHE_HOME/bantin``, else ``~/.cache/bantin``.

    As root the default is ``/var/cache/bantin``: the local Elasticsearch runs as an
    unprivileged user, who cannot reach folders under ``/root``.
    """
    if os.environ.get("BANTIN_HOME"):
        return Path(os.environ["BANTIN_HOME"])
    if os.geteuid() == 0:
        return Path("/var/cache/bantin")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "bantin"
