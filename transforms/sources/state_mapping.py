"""Fields the adaptive poller and source health add to the feed state index (issue 13).

Kept apart from the base state template so that both the template and an existing
state index (``dynamic: strict``) get them: :func:`add_tracking_fields` puts them into
the mapping of an index made before they existed (adding fields is always allowed).

Two kinds of documents live in the state index: one per feed (``doc_kind: feed``, id
the SHA-1 of the URL, as before) and one per feed and day with new items
(``doc_kind: day``) for the Kibana panel "items per source per day".
"""

from __future__ import annotations

from typing import Any

TRACKING_PROPERTIES: dict[str, Any] = {
    "doc_kind": {"type": "keyword"},
    "name": {"type": "keyword"},
    "kind": {"type": "keyword"},
    "tags": {"type": "keyword"},
    "interval": {"type": "float"},
    "next_poll": {"type": "date"},
    "body_hash": {"type": "keyword", "index": False},
    "day": {"type": "date", "format": "yyyy-MM-dd"},
    "items": {"type": "integer"},
    "health": {
        "properties": {
            "status": {"type": "keyword"},
            "failure_score": {"type": "float"},
            "failures": {"type": "integer"},
            "failures_total": {"type": "integer"},
            "polls": {"type": "integer"},
            "last_success": {"type": "date"},
            "last_error": {"type": "keyword", "ignore_above": 1024},
            "last_error_at": {"type": "date"},
            "moved_to": {"type": "keyword"},
            "last_new_at": {"type": "date"},
            "daily": {"type": "object", "enabled": False},
        }
    },
}


def add_tracking_fields(client: Any, index: str) -> None:
    """Add :data:`TRACKING_PROPERTIES` to the mapping of ``index`` (idempotent)."""
    client.indices.put_mapping(index=index, properties=TRACKING_PROPERTIES)
