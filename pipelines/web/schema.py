"""Which fields the indices have: canonical keys when the canonicalization step wrote them.

The pages use the canonical fields (``people.canonical``, ``person_id``, the ``bantin-people``
index...) when the mappings have them and the fields as written otherwise, so they work on
today's indices and improve when the canonical keys land, without a restart: the mappings are
read again every :data:`REFRESH_SECONDS`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

# mappings are re-read this often, so a reindex with new fields shows up without a restart
REFRESH_SECONDS = 60.0

# first mapped field wins: canonical forms first, the text as written last
# first mapped field wins: canonical forms first (issue 10's `canonical` fields), as written last
ARTICLE_CANDIDATES: dict[str, tuple[str, ...]] = {
    "person": ("people.canonical", "people.name"),
    "title": ("people.positions.canonical", "people.titles"),
    "organization": ("organizations.canonical", "organizations.name"),
    "document": ("documents.ref",),  # references are canonical already ("05-CT/TW"): the page key
    "publisher": ("publisher",),
}
MENTION_CANDIDATES: dict[str, tuple[str, ...]] = {
    "person": ("person_canonical", "person"),
    "person_id": ("person_id",),
    "title": ("title_canonical", "title"),
    "organization": ("organization_canonical", "organization"),
}


def mapped_fields(mapping: dict[str, Any]) -> set[str]:
    """Every field path of an index mapping (``people.name``, ``people.name.text``...)."""
    found: set[str] = set()

    def walk(props: dict[str, Any], prefix: str) -> None:
        for name, spec in props.items():
            path = f"{prefix}{name}"
            if not isinstance(spec, dict):
                continue
            if spec.get("type") not in (None, "object", "nested") or "properties" not in spec:
                found.add(path)
            for sub in spec.get("fields") or {}:
                found.add(f"{path}.{sub}")
            walk(spec.get("properties") or {}, f"{path}.")

    walk(mapping.get("properties") or {}, "")
    return found


def first_mapped(candidates: Sequence[str], fields: set[str]) -> str | None:
    """The first of ``candidates`` present in ``fields``."""
    return next((c for c in candidates if c in fields), None)


@dataclass(frozen=True)
class Schema:
    """The fields the pages aggregate and filter on.

    Attributes:
        articles: Field per facet of the articles index (``person`` -> ``people.name``...).
        mentions: Field per role in the mentions index (``person``, ``person_id``...).
        people_index: The people alias when it exists (one document per resolved person).
        canonical: True when any canonical field is in use.
    """

    articles: dict[str, str]
    mentions: dict[str, str]
    people_index: str | None = None

    @property
    def canonical(self) -> bool:
        """Any canonical key in use."""
        raw = {"people.name", "people.titles", "organizations.name", "documents.ref", "publisher"}
        return bool(set(self.articles.values()) - raw) or "person_id" in self.mentions

    @classmethod
    def raw(cls) -> Schema:
        """The fields as written (what every index has)."""
        return cls(
            articles={k: v[-1] for k, v in ARTICLE_CANDIDATES.items()},
            mentions={k: v[-1] for k, v in MENTION_CANDIDATES.items() if k != "person_id"},
        )

    @classmethod
    def from_mappings(
        cls, articles: dict[str, Any], mentions: dict[str, Any], people_index: str | None
    ) -> Schema:
        """The schema of indices with these mappings."""
        a_fields, m_fields = mapped_fields(articles), mapped_fields(mentions)
        raw = cls.raw()
        art = {k: first_mapped(v, a_fields) or raw.articles[k] for k, v in ARTICLE_CANDIDATES.items()}
        men: dict[str, str] = {}
        for k, v in MENTION_CANDIDATES.items():
            got = first_mapped(v, m_fields)
            if got:
                men[k] = got
            elif k in raw.mentions:
                men[k] = raw.mentions[k]
        return cls(articles=art, mentions=men, people_index=people_index)


def _mapping_of(client: Any, alias: str) -> dict[str, Any]:
    body = client.indices.get_mapping(index=alias).body
    # an alias may point at several indices (during a reindex): the newest name wins
    latest = sorted(body)[-1]
    return dict(body[latest].get("mappings") or {})


class SchemaCache:
    """The :class:`Schema` of the live indices, re-read every :data:`REFRESH_SECONDS`."""

    def __init__(self, articles: str, mentions: str, people: str, ttl: float = REFRESH_SECONDS) -> None:
        self.articles, self.mentions, self.people, self.ttl = articles, mentions, people, ttl
        self._lock = threading.Lock()
        self._value: Schema | None = None
        self._at = 0.0

    def get(self, client: Any) -> Schema:
        """The current schema (the fields as written when a mapping cannot be read)."""
        with self._lock:
            if self._value is not None and time.monotonic() - self._at < self.ttl:
                return self._value
        try:
            articles = _mapping_of(client, self.articles)
            mentions = (
                _mapping_of(client, self.mentions) if client.indices.exists(index=self.mentions) else {}
            )
            people = self.people if client.indices.exists(index=self.people) else None
            value = Schema.from_mappings(articles, mentions, people)
        except Exception as exc:  # the pages still work on the raw fields; the error is logged once
            log.warning(
                "could not read the index mappings (%s); using the fields as written", type(exc).__name__
            )
            value = Schema.raw()
        with self._lock:
            self._value, self._at = value, time.monotonic()
        return value
