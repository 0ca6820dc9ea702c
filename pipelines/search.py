"""``bantin search``: ranked, highlighted search over the articles, with or without diacritics."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from pipelines.flags import settings_from_flags
from transforms.canonical.forms import canonical_body, key, split_title
from transforms.clean.normalize import fold
from transforms.es.client import ES_ERRORS
from transforms.es.documents import fold_ref

# what a hit shows, and its highlighted fragments
HIT_FIELDS = ("id", "title", "title_inferred", "source", "published", "event_date", "people", "documents")
HIGHLIGHT: dict[str, Any] = {
    "fields": {"body": {}, "folded.body": {}},
    "fragment_size": 160,
    "number_of_fragments": 2,
    "pre_tags": ["«"],
    "post_tags": ["»"],
}


def _any_of(*clauses: dict[str, Any]) -> dict[str, Any]:
    """A query that one of ``clauses`` satisfies."""
    return {"bool": {"should": list(clauses)}}


def build_query(
    text: str = "",
    person: str | None = None,
    title: str | None = None,
    org: str | None = None,
    doc: str | None = None,
    since: str | None = None,
    until: str | None = None,
    size: int = 10,
) -> dict[str, Any]:
    """The search request body.

    Matching runs on the accent-free ``folded.*`` copies, so "dang uy khoi" and
    "Đảng ủy Khối" select the same articles; the accented fields only add to the
    score of exact spellings.
    """
    must: list[dict[str, Any]] = []
    should: list[dict[str, Any]] = []
    filters: list[dict[str, Any]] = []
    if text.strip():
        must.append(
            {
                "multi_match": {
                    "query": fold(text),
                    "fields": ["folded.title^3", "folded.lead^2", "folded.body"],
                    "operator": "and",
                }
            }
        )
        should.append(
            {"multi_match": {"query": text, "fields": ["title^3", "lead^2", "body"], "type": "phrase"}}
        )
    if person:
        must.append({"match_phrase": {"folded.people": fold(person)}})
    if title:
        # as written, or the same office in any spelling (canonical key, issue 10)
        office = split_title(title).key
        must.append(
            _any_of(
                {"match_phrase": {"folded.titles": fold(title)}},
                {"term": {"people.positions.key": office}},
            )
        )
    if org:
        body = key(canonical_body(org))
        must.append(
            _any_of(
                {"match_phrase": {"folded.organizations": fold(org)}},
                {"term": {"organizations.key": body}},
                {"term": {"people.positions.organization_key": body}},
            )
        )
    if doc:
        filters.append({"term": {"folded.documents": fold_ref(doc)}})
    if since or until:
        bounds = {k: v for k, v in (("gte", since), ("lte", until)) if v}
        filters.append(_any_of({"range": {"published": bounds}}, {"range": {"event_date": bounds}}))
    query: dict[str, Any] = {
        "bool": {"must": must or [{"match_all": {}}], "should": should, "filter": filters}
    }
    return {
        "query": query,
        "size": size,
        "_source": list(HIT_FIELDS),
        "highlight": HIGHLIGHT,
        # facets on the canonical forms (issue 10): one bucket per canonical entity. A sub-aggregation
        # cannot label a key bucket, because an article's entities are plain arrays, not nested objects
        "aggs": {
            "people": _canonical_facet("people.canonical"),
            "titles": _canonical_facet("people.positions.canonical"),
            "documents": {"terms": {"field": "documents.ref", "size": 10}},
            "organizations": _canonical_facet("organizations.canonical"),
        },
    }


def _canonical_facet(field: str, size: int = 10) -> dict[str, Any]:
    """A terms aggregation on a canonical-form field (its key is the fold of that form)."""
    return {"terms": {"field": field, "size": size}}


def facet_label(bucket: dict[str, Any]) -> str:
    """The label of a facet bucket: the canonical form it counts."""
    return str(bucket["key"])


def hit_summary(hit: dict[str, Any]) -> dict[str, Any]:
    """One hit as the ``--json`` object: id, title, score, source, people, documents, snippets."""
    src = hit.get("_source", {})
    highlight = hit.get("highlight", {})
    return {
        "id": hit["_id"],
        "title": src.get("title") or src.get("title_inferred"),
        "score": hit.get("_score"),
        "source": src.get("source"),
        "published": src.get("published"),
        "event_date": src.get("event_date"),
        "people": [p.get("name") for p in src.get("people") or []],
        "documents": [d.get("ref") for d in src.get("documents") or [] if d.get("ref")],
        "snippets": highlight.get("body") or highlight.get("folded.body") or [],
    }


def search_command(args: argparse.Namespace) -> int:
    """Run ``bantin search``; exit 0 with hits, 1 without, 2 when Elasticsearch fails."""
    settings = settings_from_flags(args)
    client = settings.client()
    body = build_query(
        args.query, args.person, args.title, args.org, args.doc, args.since, args.until, args.size
    )
    try:
        response = client.search(index=args.index, **body).body
    except ES_ERRORS as exc:
        from transforms.deadletters import redact

        print(redact(f"error: search at {settings.url} failed: {exc}"), file=sys.stderr)
        return 2
    finally:
        client.close()
    hits = [hit_summary(h) for h in response["hits"]["hits"]]
    if args.json:
        for hit in hits:
            print(json.dumps(hit, ensure_ascii=False))
        return 0 if hits else 1
    total = response["hits"]["total"]["value"]
    print(f"{total} articles")
    for n, hit in enumerate(hits, 1):
        where = (hit["source"] or {}).get("path") or (hit["source"] or {}).get("url")
        print(f"{n}. [{hit['score']:.2f}] {hit['title'] or '(no title)'}  ({where})")
        for snippet in hit["snippets"]:
            print(f"     … {snippet} …")
        if hit["people"]:
            print(f"     people: {', '.join(hit['people'][:6])}")
        if hit["documents"]:
            print(f"     documents: {', '.join(hit['documents'][:6])}")
    for name, agg in response.get("aggregations", {}).items():
        buckets = agg.get("buckets", [])
        if buckets:
            print(f"{name}: " + ", ".join(f"{facet_label(b)} ({b['doc_count']})" for b in buckets[:8]))
    return 0 if hits else 1
