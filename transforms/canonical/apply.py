"""The canonicalization step: one pure function from an extracted article to the same article
with ``canonical`` and ``key`` on every entity and titles split into positions."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from transforms.canonical.forms import (
    canonical_body,
    canonical_person,
    canonical_place,
    key,
    split_title,
    warm,
)
from transforms.clean.normalize import fold
from transforms.records import Article, DocumentRef, Event, Extraction, Organization, Person, Position

# Distinct titles, bodies and places repeat across articles: remembering the last ones makes the
# step cheap (the functions are pure); a few MB at most.
_CACHE = 50_000


@lru_cache(maxsize=_CACHE)
def position(title: str) -> Position:
    """The :class:`Position` of one title as written."""
    parts = split_title(title)
    return Position(
        text=title,
        canonical=parts.canonical,
        key=parts.key,
        role=parts.role,
        organization=parts.organization,
        organization_key=key(parts.organization) if parts.organization else None,
        qualifier=parts.qualifier,
        former=parts.former,
    )


@lru_cache(maxsize=_CACHE)
def _body(name: str) -> tuple[str, str]:
    canonical = canonical_body(name)
    return canonical, key(canonical)


@lru_cache(maxsize=_CACHE)
def _place(name: str) -> str:
    return canonical_place(name)


@lru_cache(maxsize=_CACHE)
def _person(name: str) -> tuple[str, str]:
    canonical = canonical_person(name)
    return canonical, key(canonical)


def document_key(ref: str) -> str:
    """Key of a document reference: folded, no spaces, upper case ("08-QĐ/TW" -> "08-QD/TW")."""
    return "".join(fold(ref).split()).upper()


def canonical_person_entity(person: Person) -> Person:
    """A person with ``canonical``, ``key`` and one position per title."""
    canonical, person_key = _person(person.name)
    return replace(
        person,
        canonical=canonical,
        key=person_key,
        positions=tuple(position(t) for t in person.titles),
    )


def canonical_organization(org: Organization) -> Organization:
    """An organization with its canonical name and key."""
    canonical, body_key = _body(org.name)
    return replace(org, canonical=canonical, key=body_key)


def canonical_document(doc: DocumentRef) -> DocumentRef:
    """A document reference with ``canonical`` (type and reference) and ``key`` (the folded ref)."""
    if doc.ref:
        canonical = f"{doc.type} {doc.ref}" if doc.type else doc.ref
        return replace(doc, canonical=canonical, key=document_key(doc.ref))
    text = " ".join(doc.text.split())
    return replace(doc, canonical=text or None, key=key(text) or None)


def canonical_event(event: Event) -> Event:
    """An event with its name in canonical case (abbreviations expanded) and key."""
    canonical, event_key = _body(event.name)
    return replace(event, canonical=canonical, key=event_key)


def canonicalize_extraction(extraction: Extraction) -> Extraction:
    """Every entity of an extraction with its canonical form and key (texts as written kept)."""
    return replace(
        extraction,
        people=tuple(canonical_person_entity(p) for p in extraction.people),
        organizations=tuple(canonical_organization(o) for o in extraction.organizations),
        documents=tuple(canonical_document(d) for d in extraction.documents),
        events=tuple(canonical_event(e) for e in extraction.events),
        places_canonical=tuple(_place(p) for p in extraction.places),
    )


def canonicalize(article: Article) -> Article:
    """The article with canonical forms and keys on every entity (pure; idempotent).

    Args:
        article: An article as built by extraction.

    Returns:
        The same article; people gain ``canonical``, ``key`` and ``positions`` (role,
        organization, qualifier, former), organizations, documents and events ``canonical``
        and ``key``, and the extraction ``places_canonical``.
    """
    return replace(article, extraction=canonicalize_extraction(article.extraction))


# the data files are read and the regexes compiled once, at import (not in the first article
# of a streaming job, whose latency decides whether the next poll sees it written)
warm()
