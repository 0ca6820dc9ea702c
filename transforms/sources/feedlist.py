"""The list of feeds to poll: ``seeds/feeds.yaml``, an OPML export of a feed reader, or a CSV file.

Issue 13 keys (YAML keys, CSV columns, OPML attributes; see
:mod:`transforms.sources.feedimport`): ``kind`` (feed | sitemap), ``min_interval``,
``max_interval`` (adaptive polling bounds: 600, 10m, 2h, 1d), ``tags``, ``outlet``,
``province``.

YAML layout::

    feeds:
      - url: https://vnexpress.net/rss/thoi-su.rss
        name: VnExpress - Thời sự
        language: vi          # default vi
        poll_interval: 900    # seconds, default 900
        enabled: true         # default true

OPML: every ``<outline xmlUrl="...">`` at any depth is a feed; ``title`` (else
``text``) is its name, and the optional ``language``/``pollInterval`` attributes are
read when present. URLs are canonicalized; a URL listed twice is kept once (the
first entry wins).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from transforms.records import FeedConfig
from transforms.sources.feedimport import EXTRA_KEYS, FeedImportError, csv_rows, opml_extras, with_extras
from transforms.sources.urls import canonicalize_url

DEFAULT_POLL_INTERVAL = 900
MIN_POLL_INTERVAL = 60  # politeness: no outlet wants to be polled more than once a minute


class FeedListError(ValueError):
    """A feed list that cannot be used; the message names the file and the entry."""


def _is_loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host == "localhost" or host.startswith("127.") or host == "::1"


def _interval(value: Any, where: str, loopback: bool = False) -> int:
    if value is None:
        return DEFAULT_POLL_INTERVAL
    if isinstance(value, bool):
        raise FeedListError(f"{where}: poll_interval must be a number of seconds, not {value!r}")
    try:
        seconds = int(value)
    except (TypeError, ValueError) as exc:
        raise FeedListError(f"{where}: poll_interval must be a number of seconds, not {value!r}") from exc
    if seconds < (1 if loopback else MIN_POLL_INTERVAL):  # a feed on this machine is our own
        raise FeedListError(
            f"{where}: poll_interval {seconds} s is below the minimum of {MIN_POLL_INTERVAL} s"
        )
    return seconds


def _feed(url: Any, name: Any, language: Any, interval: Any, enabled: Any, where: str) -> FeedConfig:
    if not isinstance(url, str) or not url.strip():
        raise FeedListError(f"{where}: missing url")
    try:
        canonical = canonicalize_url(url)
    except ValueError as exc:
        raise FeedListError(f"{where}: {exc}") from exc
    if enabled is not None and not isinstance(enabled, bool):
        raise FeedListError(f"{where}: enabled must be true or false, not {enabled!r}")
    return FeedConfig(
        url=canonical,
        name=str(name).strip() if name else None,
        language=str(language).strip() if language else "vi",
        poll_interval=_interval(interval, where, _is_loopback(canonical)),
        enabled=True if enabled is None else enabled,
    )


def _from_yaml(text: str, path: str) -> list[FeedConfig]:
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise FeedListError(f"{path}: not valid YAML: {exc}") from exc
    items = doc.get("feeds") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise FeedListError(f"{path}: expected a top-level 'feeds:' list")
    feeds: list[FeedConfig] = []
    for i, item in enumerate(items, start=1):
        where = f"{path}: feed {i}"
        if isinstance(item, str):
            item = {"url": item}
        if not isinstance(item, dict):
            raise FeedListError(f"{where}: expected a mapping with a url, got {item!r}")
        unknown = set(item) - {"url", "name", "language", "poll_interval", "enabled"} - EXTRA_KEYS
        if unknown:
            raise FeedListError(f"{where}: unknown keys {sorted(unknown)}")
        feeds.append(_with_extras(_entry(item, where), item, where))
    return feeds


def _entry(item: dict[str, Any], where: str) -> FeedConfig:
    return _feed(
        item.get("url"), item.get("name"), item.get("language"), item.get("poll_interval"),
        item.get("enabled"), where,
    )  # fmt: skip


def _with_extras(feed: FeedConfig, item: dict[str, Any], where: str) -> FeedConfig:
    # feeds (issue 13): kind, adaptive polling bounds and tags (transforms/sources/feedimport.py)
    try:
        return with_extras(feed, item, where)
    except FeedImportError as exc:
        raise FeedListError(str(exc)) from exc


def _from_csv(text: str, path: str) -> list[FeedConfig]:
    # feeds (issue 13): CSV feed lists
    try:
        rows = csv_rows(text, path)
    except FeedImportError as exc:
        raise FeedListError(str(exc)) from exc
    return [_with_extras(_entry(row, where), row, where) for row, where in rows]


def _from_opml(text: str, path: str) -> list[FeedConfig]:
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise FeedListError(f"{path}: OPML is not well-formed XML: {exc}") from exc
    feeds: list[FeedConfig] = []
    for i, outline in enumerate(root.iter("outline"), start=1):
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        if not url:
            continue  # a folder
        name = outline.get("title") or outline.get("text")
        where = f"{path}: outline {i}"
        feed = _feed(url, name, outline.get("language"), outline.get("pollInterval"), None, where)
        feeds.append(_with_extras(feed, opml_extras(dict(outline.attrib)), where))
    return feeds


def load_feed_list(path: str) -> tuple[FeedConfig, ...]:
    """Read the feeds to poll from a YAML feed list or an OPML file.

    Args:
        path: ``seeds/feeds.yaml``-style YAML, or OPML (``.opml``/``.xml`` or content starting with ``<``).

    Returns:
        The feeds in file order, canonical URLs, duplicates removed (disabled ones included).

    Raises:
        FeedListError: Unreadable file, bad syntax, or an entry without a usable URL.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FeedListError(f"{path}: cannot read feed list: {exc}") from exc
    is_opml = path.lower().endswith((".opml", ".xml")) or text.lstrip().startswith("<")
    if path.lower().endswith((".csv", ".tsv")):
        feeds = _from_csv(text, path)  # feeds (issue 13)
    else:
        feeds = _from_opml(text, path) if is_opml else _from_yaml(text, path)
    seen: set[str] = set()
    unique: list[FeedConfig] = []
    for feed in feeds:
        if feed.url not in seen:
            seen.add(feed.url)
            unique.append(feed)
    return tuple(unique)
