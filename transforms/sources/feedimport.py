"""Feed lists at scale: the issue-13 keys of YAML entries, CSV files and OPML attributes.

Every form gives :class:`~transforms.records.FeedConfig` with, besides url/name/
language/poll_interval/enabled, the source ``kind`` (``feed`` or ``sitemap``), the
adaptive polling bounds ``min_interval``/``max_interval`` (seconds, or ``10m``,
``2h``, ``1d``) and tags (``outlet``, ``province``, ``language`` and any other).

CSV: a header row; ``url`` is required, the known columns are ``name``, ``kind``,
``language``, ``poll_interval``, ``min_interval``, ``max_interval``, ``enabled``,
``tags`` (``key=value;key=value``); any other column (``outlet``, ``province``...)
is a tag. OPML: ``type="sitemap"`` (or ``kind``) on an outline makes it a sitemap;
``minInterval``, ``maxInterval``, ``outlet``, ``province``, ``category`` are read.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from transforms.records import FeedConfig

KINDS = ("feed", "sitemap")
EXTRA_KEYS = frozenset({"kind", "min_interval", "max_interval", "tags", "outlet", "province"})
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_KNOWN_COLUMNS = {"url", "name", "kind", "language", "poll_interval", "min_interval", "max_interval",
                  "enabled", "tags"}  # fmt: skip
MIN_BOUND = 60.0  # politeness: no outlet is polled more often than once a minute


class FeedImportError(ValueError):
    """A feed list entry that cannot be used (the message names the file and the entry)."""


def duration(value: Any, where: str, loopback: bool = False) -> float | None:
    """Seconds from ``600``, ``"10m"``, ``"2h"``, ``"1d"``; None when empty.

    Raises:
        FeedImportError: Not a duration, or below one minute for a feed that is not on this machine.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise FeedImportError(f"{where}: {value!r} is not a duration")
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise FeedImportError(f"{where}: {value!r} is not a duration (600, 10m, 2h, 1d)")
        seconds = float(match.group(1)) * _UNITS[match.group(2).lower()]
    if seconds < (1 if loopback else MIN_BOUND):
        raise FeedImportError(f"{where}: interval {seconds:g} s is below the minimum of {MIN_BOUND:g} s")
    return seconds


def _tags(value: Any, where: str) -> list[tuple[str, str]]:
    if value is None or value == "":
        return []
    if isinstance(value, dict):
        return [(str(k), str(v)) for k, v in value.items() if v not in (None, "")]
    if isinstance(value, str):
        pairs = []
        for part in value.split(";"):
            if "=" in part:
                key, _, val = part.partition("=")
                pairs.append((key.strip(), val.strip()))
            elif part.strip():
                pairs.append(("tag", part.strip()))
        return pairs
    if isinstance(value, list):
        return [("tag", str(v)) for v in value]
    raise FeedImportError(f"{where}: tags must be a mapping, a list or 'key=value;...', not {value!r}")


def with_extras(feed: FeedConfig, item: dict[str, Any], where: str) -> FeedConfig:
    """``feed`` with the issue-13 keys of a list entry (``kind``, bounds, tags) applied.

    Args:
        feed: The entry as the base reader made it.
        item: The raw entry (a YAML mapping, a CSV row, OPML attributes with snake_case keys).
        where: ``file: entry n`` for messages.

    Raises:
        FeedImportError: A bad kind, duration or tags value, or bounds the wrong way round.
    """
    kind = str(item.get("kind") or "feed").strip().lower()
    if kind == "rss" or kind == "atom":
        kind = "feed"
    if kind not in KINDS:
        raise FeedImportError(f"{where}: kind must be feed or sitemap, not {kind!r}")
    loopback = feed.url.startswith(("http://127.", "http://localhost", "https://127.", "https://localhost"))
    low = duration(item.get("min_interval"), where, loopback)
    high = duration(item.get("max_interval"), where, loopback)
    if low is not None and high is not None and low > high:
        raise FeedImportError(f"{where}: min_interval {low:g} s is above max_interval {high:g} s")
    tags = _tags(item.get("tags"), where)
    for key in ("outlet", "province"):
        if item.get(key):
            tags.append((key, str(item[key]).strip()))
    if feed.language:
        tags.append(("language", feed.language))
    unique = tuple(dict.fromkeys(tags))
    return FeedConfig(
        url=feed.url, name=feed.name, language=feed.language, poll_interval=feed.poll_interval,
        enabled=feed.enabled, kind=kind, min_interval=low, max_interval=high, tags=unique,
    )  # fmt: skip


def csv_rows(text: str, path: str) -> list[tuple[dict[str, Any], str]]:
    """The rows of a CSV feed list as (entry, where); extra columns become ``tags``.

    Raises:
        FeedImportError: No header, or no ``url`` column.
    """
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    if not reader.fieldnames or "url" not in [f.strip().lower() for f in reader.fieldnames]:
        raise FeedImportError(f"{path}: a CSV feed list needs a header row with a 'url' column")
    rows = []
    for i, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k is not None}
        if not any(row.values()):
            continue
        extra = {k: v for k, v in row.items() if k not in _KNOWN_COLUMNS and v}
        entry: dict[str, Any] = {k: v for k, v in row.items() if k in _KNOWN_COLUMNS and v != ""}
        tags = _tags(entry.get("tags"), f"{path}: line {i}") + list(extra.items())
        entry["tags"] = dict(tags) if tags else None
        if "enabled" in entry:
            entry["enabled"] = entry["enabled"].lower() in ("1", "true", "yes", "y")
        rows.append((entry, f"{path}: line {i}"))
    return rows


def opml_extras(attributes: dict[str, str]) -> dict[str, Any]:
    """The issue-13 keys of an OPML ``<outline>``."""
    kind = attributes.get("kind") or ("sitemap" if attributes.get("type", "").lower() == "sitemap" else None)
    tags = {k: attributes[k] for k in ("outlet", "province", "category") if attributes.get(k)}
    return {
        "kind": kind,
        "min_interval": attributes.get("minInterval"),
        "max_interval": attributes.get("maxInterval"),
        "tags": tags or None,
    }
