"""The second dedup key: one publisher re-publishing a story under a changed URL (issue 13).

Media Cloud treats a story whose normalized title was already published by the
same outlet within a few days as a duplicate. The key is ``publisher host`` +
normalized title (case and diacritics folded, ``đ`` -> ``d``, punctuation and
spacing removed, so a copy re-typed in another tone-mark style or without marks
matches); it is stored in the article's ``title_key`` field, so that later runs find
it in the index. Two articles with the same key whose publication dates are at
most :data:`WINDOW_DAYS` apart are the same story. Titles shorter than
:data:`MIN_TITLE_CHARS` (``Tin vắn``, ``Ảnh``) are too generic to be a key.

A later copy is *flagged* (``duplicate_of``), not dropped: a dropped item would
never count as ingested and would be fetched again at every poll.
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from urllib.parse import urlsplit

from transforms.clean.normalize import fold
from transforms.sources.health import from_iso

WINDOW_DAYS = 3.0  # re-publications seen in practice come within hours to a couple of days
MIN_TITLE_CHARS = 20  # shorter titles repeat for different stories (rubrics, "Tin vắn")
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def publisher_host(url: str | None) -> str | None:
    """The outlet of a URL: its host without ``www.`` / ``m.`` (``m.vnexpress.net`` -> ``vnexpress.net``)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    for prefix in ("www.", "m.", "amp."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host or None


def normalize_title(title: str) -> str:
    """A title reduced to its words: case and diacritics folded, punctuation and spacing removed."""
    text = fold(unicodedata.normalize("NFC", title))
    return " ".join(_NOT_WORD.sub(" ", text).split())


def title_key(url: str | None, title: str | None) -> str | None:
    """``host|normalized title``, or None when there is no usable host or title."""
    host = publisher_host(url)
    if not host or not title:
        return None
    words = normalize_title(title)
    if len(words) < MIN_TITLE_CHARS:
        return None
    return f"{host}|{words}"


def close_in_time(a: str | None, b: str | None, days: float = WINDOW_DAYS) -> bool:
    """True when two publication dates are at most ``days`` apart (an unknown date matches)."""
    sa, sb = from_iso(a), from_iso(b)
    if sa is None or sb is None:
        return True
    return abs(sa - sb) <= days * 86400


class RecentTitles:
    """Title keys seen recently by this worker: key -> (article id, published).

    Args:
        limit: Most keys remembered (oldest forgotten first; flat memory over months).
    """

    def __init__(self, limit: int = 200_000) -> None:
        self.limit = limit
        self._seen: OrderedDict[str, tuple[str, str | None]] = OrderedDict()

    def owner(self, key: str | None, article_id: str, published: str | None) -> str | None:
        """The id of an earlier article with this key, close in time, other than ``article_id``."""
        if key is None:
            return None
        seen = self._seen.get(key)
        if seen and seen[0] != article_id and close_in_time(seen[1], published):
            return seen[0]
        return None

    def remember(self, key: str | None, article_id: str, published: str | None) -> None:
        """Remember ``key`` as first seen with this article (the first one stays the owner)."""
        if key is None or key in self._seen:
            return
        self._seen[key] = (article_id, published)
        if len(self._seen) > self.limit:
            self._seen.popitem(last=False)
