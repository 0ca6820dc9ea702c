"""Elasticsearch documents of an article: the article itself, with folded copies, and its mentions.

Pure functions in the manner of elasticsearch-py's action helpers: an
:class:`~transforms.records.Article` in, bulk actions (plain dicts) out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

from transforms.canonical.mentions import with_canonical_fields
from transforms.clean.normalize import fold
from transforms.ids import near_duplicate_key
from transforms.records import Article, Extraction
from transforms.republish import title_key


def fold_ref(ref: str) -> str:
    """Search key of a document reference: folded, no spaces, upper case ("08-QĐ/TW" -> "08-QD/TW")."""
    return "".join(fold(ref).split()).upper()


def article_document(article: Article, ingested_at: str) -> dict[str, Any]:
    """The ``_source`` of an article, with the accent-free ``folded`` copies used by search."""
    doc = article.to_dict()
    doc["ingested_at"] = ingested_at
    doc["near_key"] = near_duplicate_key(article.id, article.body)
    doc["title_key"] = title_key(article.source.url, article.title)  # feeds2 (issue 13): cross-run dedup
    people = doc.get("people") or []
    doc["folded"] = {
        "title": fold(article.title or article.title_inferred or ""),
        "lead": fold(article.lead or ""),
        "body": fold(article.body),
        "people": [fold(p["name"]) for p in people],
        "titles": sorted({fold(t) for p in people for t in p.get("titles", ())}),
        "organizations": [fold(o["name"]) for o in doc.get("organizations") or []],
        "places": [fold(p) for p in doc.get("places") or []],
        "documents": [fold_ref(d["ref"]) for d in doc.get("documents") or [] if d.get("ref")],
    }
    return doc


def ingest_stamp() -> str:
    """The ``ingested_at`` of a write and the ``since`` of a run's own resolution: UTC, to the millisecond.

    Milliseconds, not seconds: a run lists the mentions written at or after its start, and an
    earlier run that wrote within the same second would otherwise be listed with it.
    """
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def index_action(article: Article, index: str, ingested_at: str | None = None) -> dict[str, Any]:
    """A bulk ``index`` action with the article's deterministic ``_id`` (idempotent writes)."""
    stamp = ingested_at or ingest_stamp()
    return {
        "_op_type": "index",
        "_index": index,
        "_id": article.id,
        "_source": article_document(article, stamp),
    }


def _mention_id(article_id: str, *parts: object) -> str:
    key = "|".join(str(p) for p in parts)
    return f"{article_id}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


def _mentions(ex: Extraction) -> Iterator[tuple[tuple[object, ...], dict[str, Any]]]:
    """(id parts, fields) of every mention, by kind."""
    for person in ex.people:
        for title in person.titles or (None,):
            folded = {"person": fold(person.name), "title": fold(title or "")}
            fields = {"person": person.name, "title": title, "mentions": person.mentions, "folded": folded}
            yield ("person", person.name, title), fields
    for org in ex.organizations:
        folded = {"organization": fold(org.name)}
        yield (
            ("organization", org.name),
            {"organization": org.name, "mentions": org.mentions, "folded": folded},
        )
    for ref in ex.documents:
        fields = {"document_ref": ref.ref, "document_type": ref.type, "document_issuer": ref.issuer}
        yield ("document", ref.ref or ref.text), fields
    for event in ex.events:
        fields = {"event_name": event.name, "event_session": event.session, "event_expanded": event.expanded}
        fields["place"] = event.place
        if event.date:
            fields["date"] = event.date
        yield ("event", event.name, event.date), fields
    for place in ex.places:
        yield ("place", place), {"place": place}


def mention_documents(article: Article, ingested_at: str) -> list[tuple[str, dict[str, Any]]]:
    """One ``(id, document)`` per person-title, organization, document reference, event and place.

    Ids are derived from the article id and the mention, so re-runs overwrite them.
    """
    ex = article.extraction
    base: dict[str, Any] = {
        "article_id": article.id,
        "article_title": article.title or article.title_inferred,
        "date": ex.event_date or (article.published or "")[:10] or None,
        "published": article.published,
        "event_date": ex.event_date,
        "publisher": article.publisher,
        "source_kind": article.source.kind,
        "ingested_at": ingested_at,
    }
    docs = [
        (_mention_id(article.id, *parts), {**base, "kind": parts[0], **fields})
        for parts, fields in _mentions(ex)
    ]
    # canon (issue 10): canonical forms, keys and person_id of every mention
    return with_canonical_fields(article, docs)


def mention_actions(article: Article, index: str, ingested_at: str) -> list[dict[str, Any]]:
    """Bulk ``index`` actions of :func:`mention_documents`."""
    return [
        {"_op_type": "index", "_index": index, "_id": doc_id, "_source": doc}
        for doc_id, doc in mention_documents(article, ingested_at)
    ]


def article_actions(
    article: Article, index: str, mentions_index: str | None, ingested_at: str | None = None
) -> list[dict[str, Any]]:
    """The article's ``index`` action, then its mentions' (none when ``mentions_index`` is None)."""
    action = index_action(article, index, ingested_at)
    if mentions_index is None:
        return [action]
    return [action, *mention_actions(article, mentions_index, action["_source"]["ingested_at"])]
