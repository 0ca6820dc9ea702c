"""Canonical fields of the mention documents (``bantin-mentions``): keys for aggregations.

The sink builds one mention document per person-title, organization, document, event and
place; :func:`with_canonical_fields` adds the canonical forms and keys of the article's
(canonicalized) entities to them, and an empty ``person_id`` that people resolution fills.
"""

from __future__ import annotations

from typing import Any

from transforms.canonical.apply import canonicalize, position
from transforms.canonical.forms import key
from transforms.records import Article


def with_canonical_fields(
    article: Article, docs: list[tuple[str, dict[str, Any]]]
) -> list[tuple[str, dict[str, Any]]]:
    """The mention documents of ``article`` with canonical forms, keys and ``person_id``.

    Args:
        article: The article the mentions come from (canonicalized here if it is not yet).
        docs: ``(id, document)`` pairs as the sink made them.

    Returns:
        The same pairs, documents updated in place.
    """
    ex = article.extraction
    if any(p.key is None for p in ex.people) or any(o.key is None for o in ex.organizations):
        ex = canonicalize(article).extraction
    people = {p.name: p for p in ex.people}
    orgs = {o.name: o for o in ex.organizations}
    places = dict(zip(ex.places, ex.places_canonical, strict=False))
    refs = {d.ref: d for d in ex.documents if d.ref}
    events = {e.name: e for e in ex.events}
    for _, doc in docs:
        kind = doc.get("kind")
        if kind == "person":
            person = people.get(doc.get("person", ""))
            if person is not None:
                doc["person_canonical"] = person.canonical
                doc["person_key"] = person.key
            doc["person_id"] = None
            title = doc.get("title")
            if title:
                pos = next((p for p in person.positions if p.text == title), None) if person else None
                pos = pos or position(title)
                doc.update(
                    {
                        "title_canonical": pos.canonical,
                        "title_key": pos.key,
                        "role": pos.role,
                        "role_key": key(pos.role),
                        "title_organization": pos.organization,
                        "title_organization_key": pos.organization_key,
                        "qualifier": pos.qualifier,
                        "former": pos.former,
                    }
                )
        elif kind == "organization":
            org = orgs.get(doc.get("organization", ""))
            if org is not None:
                doc["organization_canonical"] = org.canonical
                doc["organization_key"] = org.key
        elif kind == "place":
            canonical = places.get(doc.get("place", ""))
            if canonical:
                doc["place_canonical"] = canonical
                doc["place_key"] = key(canonical)
        elif kind == "document":
            ref = refs.get(doc.get("document_ref") or "")
            if ref is not None:
                doc["document_key"] = ref.key
        elif kind == "event":
            event = events.get(doc.get("event_name", ""))
            if event is not None:
                doc["event_canonical"] = event.canonical
                doc["event_key"] = event.key
    return docs
