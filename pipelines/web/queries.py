"""Request bodies of the web pages and what the pages make of the answers (no Flask, no I/O).

Every body is built here from validated, bounded parameters; the search page starts from
:func:`pipelines.search.build_query` (the same matching as ``bantin search``) and adds exact
facet filters, a histogram and ``search_after`` paging.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pipelines.search import build_query
from pipelines.web.schema import Schema
from transforms.sinks.elasticsearch import fold_ref

# bounds on everything a visitor sends
MAX_TEXT = 200
PAGE_SIZES = (10, 20, 50)
DEFAULT_PAGE_SIZE = 20
FACET_SIZE = 10
MAX_TOKEN = 400
TIME_ZONE = "+07:00"  # Vietnamese news: months are counted in Hanoi time
FACETS = ("person", "title", "organization", "document", "publisher")
SORTS = ("relevance", "newest", "oldest")
MEETING_KINDS = ("Hội nghị", "Kỳ họp", "Đại hội", "Phiên họp")
ARTICLE_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")
HIT_SOURCE = [
    "id",
    "title",
    "title_inferred",
    "source",
    "publisher",
    "published",
    "event_date",
    "body",
    "people.name",
    "people.canonical",
    "documents.ref",
]


def clean_text(value: str | None, limit: int = MAX_TEXT) -> str:
    """A visitor's text, control characters removed, trimmed and bounded."""
    if not value:
        return ""
    text = "".join(ch for ch in value if ch >= " " or ch == "\t").strip()
    return text[:limit]


def clean_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``) when it is a real date, else None."""
    text = clean_text(value, 10)
    if not text:
        return None
    for fmt_len in (10, 7, 4):
        if len(text) == fmt_len:
            parts = text.split("-")
            try:
                nums = [int(p) for p in parts]
                date(nums[0], nums[1] if len(nums) > 1 else 1, nums[2] if len(nums) > 2 else 1)
            except (ValueError, IndexError):
                return None
            return text
    return None


def encode_token(values: list[Any]) -> str:
    """A ``search_after`` position as a URL-safe token."""
    raw = json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_token(token: str | None) -> list[Any] | None:
    """A position from :func:`encode_token`, or None when absent or malformed.

    Only lists of at most four numbers, strings and nulls are accepted.
    """
    if not token or len(token) > MAX_TOKEN:
        return None
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        values = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(values, list) or not 1 <= len(values) <= 4:
        return None
    for v in values:
        if (v is not None and not isinstance(v, int | float | str)) or isinstance(v, bool):
            return None
        if isinstance(v, str) and len(v) > 256:
            return None
    return values


@dataclass(frozen=True)
class SearchParams:
    """The search page's parameters, validated and bounded.

    Attributes:
        q: The search box.
        person: Free-text filters (folded, as ``bantin search --person``).
        title: Office filter.
        org: Body filter.
        doc: Document reference filter.
        since: Date range start (``published`` or ``event_date``).
        until: Date range end.
        facets: Exact facet values chosen ``(facet, value)``.
        sort: ``relevance``, ``newest`` or ``oldest``.
        size: Hits per page (one of :data:`PAGE_SIZES`).
        after: ``search_after`` position of the next page.
        before: Position of the previous page (searched in reverse order).
        page: Page number shown (only for display).
        problems: What was ignored and why, for the page.
    """

    q: str = ""
    person: str = ""
    title: str = ""
    org: str = ""
    doc: str = ""
    since: str | None = None
    until: str | None = None
    facets: tuple[tuple[str, str], ...] = ()
    sort: str = "relevance"
    size: int = DEFAULT_PAGE_SIZE
    after: list[Any] | None = None
    before: list[Any] | None = None
    page: int = 1
    problems: tuple[str, ...] = ()

    @classmethod
    def parse(cls, args: Mapping[str, Any]) -> SearchParams:
        """Parameters from a query string (a Werkzeug ``MultiDict`` or a plain mapping)."""
        problems: list[str] = []

        def get(key: str) -> str:
            value = args.get(key)
            return value if isinstance(value, str) else ""

        def get_all(key: str) -> list[str]:
            if hasattr(args, "getlist"):
                return [v for v in args.getlist(key) if isinstance(v, str)]
            value = args.get(key)
            return [value] if isinstance(value, str) else []

        since, until = clean_date(get("tu")), clean_date(get("den"))
        if get("tu") and not since:
            problems.append("Ngày bắt đầu không hợp lệ (dạng YYYY-MM-DD), đã bỏ qua.")
        if get("den") and not until:
            problems.append("Ngày kết thúc không hợp lệ (dạng YYYY-MM-DD), đã bỏ qua.")
        facets: list[tuple[str, str]] = []
        for name in FACETS:
            for value in get_all(f"f_{name}")[:5]:
                text = clean_text(value)
                if text and (name, text) not in facets:
                    facets.append((name, text))
        try:
            size = int(get("n") or DEFAULT_PAGE_SIZE)
        except ValueError:
            size = DEFAULT_PAGE_SIZE
        if size not in PAGE_SIZES:
            size = DEFAULT_PAGE_SIZE
        sort = get("sap_xep") if get("sap_xep") in SORTS else "relevance"
        after, before = decode_token(get("sau")), decode_token(get("truoc"))
        if (get("sau") and after is None) or (get("truoc") and before is None):
            problems.append("Vị trí trang không hợp lệ, đã quay về trang đầu.")
        try:
            page = max(1, min(100_000, int(get("trang") or 1)))
        except ValueError:
            page = 1
        if after is None and before is None:
            page = 1
        return cls(
            q=clean_text(get("q")),
            person=clean_text(get("nguoi")),
            title=clean_text(get("chuc_vu")),
            org=clean_text(get("co_quan")),
            doc=clean_text(get("van_ban"), 60),
            since=since,
            until=until,
            facets=tuple(facets),
            sort=sort,
            size=size,
            after=after,
            before=None if after is not None else before,
            page=page,
            problems=tuple(problems),
        )

    def query_args(self, **changes: Any) -> dict[str, Any]:
        """The query string of these parameters (for links), with ``changes`` applied.

        A change to anything but the page position returns to the first page.
        """
        base: dict[str, Any] = {
            "q": self.q,
            "nguoi": self.person,
            "chuc_vu": self.title,
            "co_quan": self.org,
            "van_ban": self.doc,
            "tu": self.since or "",
            "den": self.until or "",
            "sap_xep": "" if self.sort == "relevance" else self.sort,
            "n": "" if self.size == DEFAULT_PAGE_SIZE else str(self.size),
        }
        for name in FACETS:
            base[f"f_{name}"] = [v for f, v in self.facets if f == name]
        base.update(changes)
        return {k: v for k, v in base.items() if v not in ("", None, [])}

    def with_facet(self, name: str, value: str) -> dict[str, Any]:
        """Link arguments adding one exact facet value."""
        current = [v for f, v in self.facets if f == name]
        return self.query_args(**{f"f_{name}": [*current, value] if value not in current else current})

    def without_facet(self, name: str, value: str) -> dict[str, Any]:
        """Link arguments removing one facet value."""
        return self.query_args(**{f"f_{name}": [v for f, v in self.facets if f == name and v != value]})


def _sort(mode: str, reverse: bool = False) -> list[dict[str, Any]]:
    flip = {"asc": "desc", "desc": "asc"}
    missing = {"_last": "_first", "_first": "_last"}
    spec: list[tuple[str, str, str | None]]
    if mode == "relevance":
        spec = [("_score", "desc", None), ("id", "asc", None)]
    elif mode == "newest":
        spec = [("published", "desc", "_last"), ("id", "asc", None)]
    else:
        spec = [("published", "asc", "_last"), ("id", "asc", None)]
    out: list[dict[str, Any]] = []
    for name, order, miss in spec:
        entry: dict[str, Any] = {"order": flip[order] if reverse else order}
        if miss:
            entry["missing"] = missing[miss] if reverse else miss
        out.append({name: entry})
    return out


def _histogram(field_name: str) -> dict[str, Any]:
    return {
        "date_histogram": {
            "field": field_name,
            "calendar_interval": "month",
            "time_zone": TIME_ZONE,
            "format": "yyyy-MM",
            "min_doc_count": 1,
        }
    }


def dated_histogram_aggs() -> dict[str, Any]:
    """Articles per month by ``published``, else ``event_date`` (each article counted once)."""
    return {
        "by_published": {
            "filter": {"exists": {"field": "published"}},
            "aggs": {"months": _histogram("published")},
        },
        "by_event": {
            "filter": {"bool": {"must_not": {"exists": {"field": "published"}}}},
            "aggs": {"months": _histogram("event_date")},
        },
    }


def search_body(params: SearchParams, schema: Schema) -> dict[str, Any]:
    """The search page's request: ``bantin search``'s query, exact facet filters, facets, paging."""
    body = build_query(
        params.q,
        params.person or None,
        params.title or None,
        params.org or None,
        params.doc or None,
        params.since,
        params.until,
        params.size,
    )
    filters: list[dict[str, Any]] = body["query"]["bool"]["filter"]
    for name, value in params.facets:
        filters.append({"term": {schema.articles[name]: value}})
    body.pop(
        "highlight", None
    )  # snippets are cut here, accent-insensitively (the folded copies are not stored)
    body["_source"] = HIT_SOURCE
    body["track_total_hits"] = True
    body["aggs"] = {
        name: {"terms": {"field": schema.articles[name], "size": FACET_SIZE}} for name in FACETS
    } | dated_histogram_aggs()
    reverse = params.before is not None
    body["sort"] = _sort(params.sort, reverse)
    if params.after is not None:
        body["search_after"] = params.after
    elif params.before is not None:
        body["search_after"] = params.before
    return body


def histogram_counts(aggs: Mapping[str, Any]) -> list[tuple[str, int]]:
    """``(YYYY-MM, articles)`` from :func:`dated_histogram_aggs` answers."""
    out: list[tuple[str, int]] = []
    for name in ("by_published", "by_event"):
        for bucket in (aggs.get(name) or {}).get("months", {}).get("buckets", []):
            out.append((str(bucket["key_as_string"]), int(bucket["doc_count"])))
    return out


def undated_count(aggs: Mapping[str, Any], total: int) -> int:
    """Articles without ``published`` nor ``event_date`` (not drawn on a histogram)."""
    return max(0, total - sum(c for _, c in histogram_counts(aggs)))


@dataclass(frozen=True)
class Page:
    """Hits of one page and the positions of its neighbours."""

    hits: list[dict[str, Any]]
    next_token: str | None
    prev_token: str | None


def page_of(raw_hits: list[dict[str, Any]], params: SearchParams, total: int) -> Page:
    """Order the hits of a (possibly reversed) page and make the next/previous tokens."""
    hits = list(reversed(raw_hits)) if params.before is not None else list(raw_hits)
    if not hits:
        return Page([], None, None)
    if params.before is not None:
        next_token: str | None = encode_token(hits[-1]["sort"])
    else:
        seen = (params.page - 1) * params.size + len(hits)
        next_token = encode_token(hits[-1]["sort"]) if len(hits) == params.size and seen < total else None
    prev_token = encode_token(hits[0]["sort"]) if params.page > 1 else None
    return Page(hits, next_token, prev_token)


def facet_buckets(aggs: Mapping[str, Any], name: str) -> list[tuple[str, int]]:
    """``(value, count)`` of a terms aggregation."""
    return [(str(b["key"]), int(b["doc_count"])) for b in (aggs.get(name) or {}).get("buckets", [])]


# --- article -------------------------------------------------------------------------------


def valid_article_id(article_id: str) -> bool:
    """Article ids are hex digests; anything else is refused before a request is made."""
    return bool(ARTICLE_ID.fullmatch(article_id))


# --- person --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonKey:
    """Who a person page is about: a resolved ``person_id`` when known, else the name."""

    name: str
    person_id: str = ""


def person_mentions_body(key: PersonKey, schema: Schema) -> dict[str, Any]:
    """Positions of a person from the mentions index: per title, dates, months, latest articles."""
    filters: list[dict[str, Any]] = [{"term": {"kind": "person"}}]
    if key.person_id and "person_id" in schema.mentions:
        filters.append({"term": {schema.mentions["person_id"]: key.person_id}})
    else:
        filters.append(
            {"bool": {"should": [{"term": {f: key.name}} for f in {schema.mentions["person"], "person"}]}}
        )
    return {
        "size": 0,
        "query": {"bool": {"filter": filters}},
        "track_total_hits": True,
        "aggs": {
            "articles": {"cardinality": {"field": "article_id"}},
            "names": {"terms": {"field": "person", "size": 10}},
            "positions": {
                "terms": {"field": schema.mentions["title"], "size": 40},
                "aggs": {
                    "first": {"min": {"field": "date", "format": "yyyy-MM-dd"}},
                    "last": {"max": {"field": "date", "format": "yyyy-MM-dd"}},
                    "months": _histogram("date"),
                    "undated": {"missing": {"field": "date"}},
                    "latest": {
                        "top_hits": {
                            "size": 5,
                            "sort": [{"date": {"order": "desc", "missing": "_last"}}],
                            "_source": ["article_id", "article_title", "date", "publisher"],
                        }
                    },
                },
            },
            "untitled": {"missing": {"field": schema.mentions["title"]}},
        },
    }


# a resolved person's article ids are used as a filter up to this many (an ids query stays cheap)
MAX_RESOLVED_IDS = 2000


def people_lookup_body(name: str, person_id: str = "") -> dict[str, Any]:
    """The people index (issue 10's resolution): a person by id, or everyone with this name.

    Namesakes stay apart in that index, so a name may give several people, most cited first.
    """
    if person_id:
        query: dict[str, Any] = {"term": {"person_id": person_id}}
    else:
        query = {"bool": {"should": [{"term": {"name": name}}, {"term": {"variants": name}}]}}
    return {
        "size": 10,
        "query": query,
        "sort": [{"article_count": {"order": "desc", "unmapped_type": "integer"}}],
        "_source": [
            "person_id",
            "name",
            "variants",
            "article_count",
            "first_seen",
            "last_seen",
            "merged_on",
            "articles",
        ],
    }


def resolved_articles(person: Mapping[str, Any] | None) -> list[str] | None:
    """The article ids of a resolved person, when the people index lists a bounded number."""
    ids = (person or {}).get("articles")
    if isinstance(ids, list) and 0 < len(ids) <= MAX_RESOLVED_IDS and all(isinstance(i, str) for i in ids):
        return ids
    return None


def person_articles_body(
    key: PersonKey, schema: Schema, size: int = 20, ids: list[str] | None = None
) -> dict[str, Any]:
    """Articles naming a person, newest first, with the people, bodies and documents beside.

    Args:
        key: The person.
        schema: Fields in use.
        size: Articles listed.
        ids: The resolved person's articles (exact, namesakes excluded); else by name.
    """
    person_field = schema.articles["person"]
    names = {person_field: key.name, "people.name": key.name}
    who: dict[str, Any] = (
        {"ids": {"values": ids}}
        if ids
        else {"bool": {"should": [{"term": {f: v}} for f, v in names.items()]}}
    )
    return {
        "size": size,
        "query": {"bool": {"filter": [who]}},
        "track_total_hits": True,
        "sort": _sort("newest"),
        "_source": ["id", "title", "title_inferred", "publisher", "published", "event_date"],
        "aggs": {
            "people": {"terms": {"field": person_field, "size": 16}},
            "organizations": {"terms": {"field": schema.articles["organization"], "size": 10}},
            "documents": {"terms": {"field": schema.articles["document"], "size": 10}},
        }
        | dated_histogram_aggs(),
    }


def people_list_body(schema: Schema, prefix: str = "", size: int = 60) -> dict[str, Any]:
    """The most named people (optionally whose folded name contains ``prefix``)."""
    query: dict[str, Any] = {"match_all": {}}
    if prefix:
        from transforms.clean.normalize import fold

        query = {"match_phrase": {"folded.people": fold(prefix)}}
    return {
        "size": 0,
        "query": query,
        "aggs": {
            "people": {
                "terms": {"field": schema.articles["person"], "size": size},
                "aggs": {"titles": {"terms": {"field": schema.articles["title"], "size": 3}}},
            }
        },
    }


# --- documents -----------------------------------------------------------------------------


def document_mentions_body(ref: str, size: int = 50) -> dict[str, Any]:
    """Citations of one document reference: type, issuer, months, outlets, latest articles."""
    return {
        "size": size,
        "query": {"bool": {"filter": [{"term": {"kind": "document"}}, {"term": {"document_ref": ref}}]}},
        "track_total_hits": True,
        "sort": [{"date": {"order": "desc", "missing": "_last"}}, {"article_id": "asc"}],
        "_source": ["article_id", "article_title", "date", "publisher", "document_type", "document_issuer"],
        "aggs": {
            "articles": {"cardinality": {"field": "article_id"}},
            "types": {"terms": {"field": "document_type", "size": 5}},
            "issuers": {"terms": {"field": "document_issuer", "size": 5}},
            "publishers": {"terms": {"field": "publisher", "size": 10}},
            "months": _histogram("date"),
            "undated": {"missing": {"field": "date"}},
        },
    }


def document_articles_body(ref: str, schema: Schema) -> dict[str, Any]:
    """Who is named in the articles citing a document, and the spellings of the reference."""
    return {
        "size": 0,
        "query": {"bool": {"filter": [{"term": {"folded.documents": fold_ref(ref)}}]}},
        "track_total_hits": True,
        "aggs": {
            "people": {"terms": {"field": schema.articles["person"], "size": 15}},
            "organizations": {"terms": {"field": schema.articles["organization"], "size": 10}},
            "refs": {"terms": {"field": "documents.ref", "size": 50}},
        },
    }


def documents_list_body(size: int = 60) -> dict[str, Any]:
    """The most cited document references, with their types."""
    return {
        "size": 0,
        "query": {"bool": {"filter": [{"term": {"kind": "document"}}]}},
        "aggs": {
            "refs": {
                "terms": {"field": "document_ref", "size": size},
                "aggs": {
                    "articles": {"cardinality": {"field": "article_id"}},
                    "types": {"terms": {"field": "document_type", "size": 1}},
                },
            },
            "types": {"terms": {"field": "document_type", "size": 12}},
        },
    }


# --- meetings ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingParams:
    """Filters of the meetings page.

    Attributes:
        kind: One of :data:`MEETING_KINDS`, or empty for all.
        expanded: Only expanded ("mở rộng") meetings.
        since: Date range start.
        until: Date range end.
        after: ``search_after`` position of the next page.
        page: Page number (display only).
    """

    kind: str = ""
    expanded: bool = False
    since: str | None = None
    until: str | None = None
    after: list[Any] | None = None
    page: int = 1
    size: int = 30
    problems: tuple[str, ...] = field(default=())

    @classmethod
    def parse(cls, args: Mapping[str, Any]) -> MeetingParams:
        """Parameters from a query string."""

        def get(key: str) -> str:
            value = args.get(key)
            return value if isinstance(value, str) else ""

        kind = get("loai") if get("loai") in MEETING_KINDS else ""
        after = decode_token(get("sau"))
        try:
            page = max(1, min(100_000, int(get("trang") or 1))) if after else 1
        except ValueError:
            page = 1
        return cls(
            kind=kind,
            expanded=get("mo_rong") == "1",
            since=clean_date(get("tu")),
            until=clean_date(get("den")),
            after=after,
            page=page,
        )

    def query_args(self, **changes: Any) -> dict[str, Any]:
        """Query string of these filters (first page) with ``changes``."""
        base: dict[str, Any] = {
            "loai": self.kind,
            "mo_rong": "1" if self.expanded else "",
            "tu": self.since or "",
            "den": self.until or "",
        }
        base.update(changes)
        return {k: v for k, v in base.items() if v not in ("", None)}


def _kind_query(kind: str) -> dict[str, Any]:
    return {"prefix": {"event_name": kind}}


def meetings_body(params: MeetingParams) -> dict[str, Any]:
    """Meetings from the mentions index, newest first, with a per-kind timeline by month."""
    filters: list[dict[str, Any]] = [{"term": {"kind": "event"}}]
    if params.kind:
        filters.append(_kind_query(params.kind))
    if params.expanded:
        filters.append({"term": {"event_expanded": True}})
    if params.since or params.until:
        bounds = {k: v for k, v in (("gte", params.since), ("lte", params.until)) if v}
        filters.append({"range": {"date": bounds}})
    kinds: dict[str, Any] = {k: _kind_query(k) for k in MEETING_KINDS}
    body: dict[str, Any] = {
        "size": params.size,
        "query": {"bool": {"filter": filters}},
        "track_total_hits": True,
        "sort": [
            {"date": {"order": "desc", "missing": "_last"}},
            {"article_id": "asc"},
            {"event_name": "asc"},
        ],
        "_source": [
            "article_id",
            "article_title",
            "date",
            "event_date",
            "published",
            "event_name",
            "event_session",
            "event_expanded",
            "place",
            "publisher",
        ],
        "aggs": {
            "kinds": {
                "filters": {"filters": kinds, "other_bucket_key": "Khác"},
                "aggs": {"months": _histogram("date"), "undated": {"missing": {"field": "date"}}},
            },
            "names": {"terms": {"field": "event_name", "size": 10}},
        },
    }
    if params.after is not None:
        body["search_after"] = params.after
    return body
