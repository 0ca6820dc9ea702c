"""The Flask application of ``bantin serve``: read-only pages over the bantin indices."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, abort, current_app, g, redirect, render_template, request, url_for
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from pipelines.web import charts, queries
from pipelines.web.schema import Schema, SchemaCache
from pipelines.web.text import KINDS, article_entities, render_body, snippet
from transforms.es.client import EsSettings
from transforms.es.documents import fold_ref
from transforms.es.indices import DEFAULT_ALIAS, alias_for

log = logging.getLogger(__name__)

KIND_NAMES = {
    "person": "Người",
    "title": "Chức vụ",
    "organization": "Cơ quan, tổ chức",
    "document": "Văn bản",
    "event": "Hội nghị, kỳ họp",
    "figure": "Số liệu",
}
FACET_NAMES = {
    "person": "Người",
    "title": "Chức vụ",
    "organization": "Cơ quan, tổ chức",
    "document": "Văn bản",
    "publisher": "Nguồn tin",
}
SORT_NAMES = {"relevance": "Liên quan nhất", "newest": "Mới nhất", "oldest": "Cũ nhất"}
# no script at all; styles and images from this server only; no framing; no referrer to outlets
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True)
class WebConfig:
    """What the application reads.

    Attributes:
        settings: How to reach Elasticsearch (credentials from the environment only).
        index: The articles alias; the mentions alias is derived from it.
        people_index: The people alias, used when it exists (default: derived from ``index`` as
            the resolution job names it, ``bantin-articles`` -> ``bantin-people``).
    """

    settings: EsSettings
    index: str = DEFAULT_ALIAS
    people_index: str | None = None


class Backend:
    """The Elasticsearch client and the aliases of one application (thread-safe client)."""

    def __init__(self, config: WebConfig, client: Any | None = None) -> None:
        self.config = config
        self.client = client if client is not None else config.settings.client()
        self.articles = config.index
        self.mentions = alias_for(config.index, "mentions")
        self.people = config.people_index or alias_for(config.index, "people")
        self.schema_cache = SchemaCache(self.articles, self.mentions, self.people)

    @property
    def schema(self) -> Schema:
        """The fields in use now (canonical when mapped)."""
        return self.schema_cache.get(self.client)

    def search(self, index: str, body: dict[str, Any]) -> dict[str, Any]:
        """One search; its answer as a dict."""
        return dict(self.client.search(index=index, **body).body)

    def msearch(self, requests: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
        """Several searches in one round trip; a failed one raises :class:`SearchFailed`."""
        lines: list[dict[str, Any]] = []
        for index, body in requests:
            lines += [{"index": index}, body]
        responses = self.client.msearch(searches=lines).body["responses"]
        for answer in responses:
            if "error" in answer:
                err = answer["error"]
                raise SearchFailed(err.get("type", "error") if isinstance(err, dict) else "error")
        return [dict(r) for r in responses]


class SearchFailed(RuntimeError):
    """Elasticsearch answered a request with an error (the type only; never shown with details)."""


def safe_url(url: Any) -> str | None:
    """An http(s) URL to link to, or None (a ``javascript:`` or other scheme is never a link)."""
    if not isinstance(url, str) or len(url) > 2048:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def fmt_date(value: Any) -> str:
    """``2022-12-29T13:12:00+07:00`` -> ``29/12/2022 13:12``; ``2022-12`` -> ``12/2022``."""
    if not isinstance(value, str) or not value:
        return ""
    day = value[:10].split("-")
    text = "/".join(reversed(day))
    if len(value) >= 16 and value[10] == "T":
        time_part = value[11:16]
        if time_part != "00:00":
            text += f" {time_part}"
    return text


def fmt_int(value: Any) -> str:
    """Vietnamese thousands separators: 7567 -> 7.567."""
    try:
        return f"{int(value):,}".replace(",", ".")
    except (TypeError, ValueError):
        return ""


def create_app(config: WebConfig, client: Any | None = None) -> Flask:
    """The application.

    Args:
        config: Elasticsearch settings and aliases.
        client: An Elasticsearch client to use instead of one made from ``config`` (tests).
    """
    app = Flask(__name__)
    app.config.update(JSON_AS_ASCII=False, TEMPLATES_AUTO_RELOAD=False)
    backend = Backend(config, client)
    app.extensions["bantin"] = backend
    app.jinja_env.filters.update(date=fmt_date, int=fmt_int)
    app.jinja_env.globals.update(KIND_NAMES=KIND_NAMES, FACET_NAMES=FACET_NAMES, SORT_NAMES=SORT_NAMES)
    app.jinja_env.add_extension("jinja2.ext.do")
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.before_request(_start)
    app.after_request(_headers)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _error)
    for rule, endpoint, view in PAGES:
        app.add_url_rule(rule, endpoint, view)
    for rule in ("/bai/", "/nguoi/", "/van-ban/", "/hoi-nghi/"):
        app.add_url_rule(rule, f"redirect{rule}", _redirect_to(rule.rstrip("/")))
    return app


def _backend() -> Backend:
    """The application's :class:`Backend` (made once by :func:`create_app`)."""
    backend: Backend = current_app.extensions["bantin"]
    return backend


def _start() -> None:
    g.started = time.perf_counter()


def _headers(response: Response) -> Response:
    for key, value in SECURITY_HEADERS.items():
        response.headers.setdefault(key, value)
    started = getattr(g, "started", None)
    if started is not None:
        response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
    return response


def _http_error(exc: HTTPException) -> tuple[str, int]:
    code = exc.code or 500
    messages = {
        404: "Không tìm thấy trang hoặc bài viết này.",
        405: "Trang này chỉ để đọc.",
        400: "Yêu cầu không hợp lệ.",
    }
    return render_template("error.html", code=code, message=messages.get(code, "Lỗi.")), code


def _error(exc: Exception) -> tuple[str, int]:
    # the cause is logged (type only; never the URL, which may carry credentials); the page
    # says what happened without any detail of the cluster
    from elasticsearch import ApiError, TransportError

    if isinstance(exc, ApiError | TransportError | SearchFailed):
        status = getattr(exc, "status_code", None) or getattr(getattr(exc, "meta", None), "status", None)
        log.warning("Elasticsearch request failed: %s (status %s)", type(exc).__name__, status)
        if isinstance(exc, ApiError) and status == 400:
            return render_template("error.html", code=400, message="Yêu cầu không hợp lệ."), 400
        message = "Không truy vấn được Elasticsearch. Hãy thử lại sau."
        return render_template("error.html", code=503, message=message), 503
    log.exception("page failed")
    return render_template("error.html", code=500, message="Lỗi máy chủ."), 500


def _search_page() -> str:
    """``/``: search, facets and the articles per month."""
    backend = _backend()
    params = queries.SearchParams.parse(request.args)
    schema = backend.schema
    answer = backend.search(backend.articles, queries.search_body(params, schema))
    total = int(answer["hits"]["total"]["value"])
    page = queries.page_of(answer["hits"]["hits"], params, total)
    aggs = answer.get("aggregations", {})
    hits = [_hit_view(h, params.q) for h in page.hits]
    facets = {
        name: [
            (value, count, (name, value) in params.facets)
            for value, count in queries.facet_buckets(aggs, name)
        ]
        for name in queries.FACETS
    }
    chart = charts.bar_chart(queries.histogram_counts(aggs))
    month_base = url_for("search", **params.query_args(tu=None, den=None))
    return render_template(
        "search.html",
        params=params,
        total=total,
        hits=hits,
        page=page,
        facets=facets,
        chart=chart,
        undated=queries.undated_count(aggs, total),
        month_link=month_base + ("&" if "?" in month_base else "?"),
        canonical=schema.canonical,
    )


def _article_page(article_id: str) -> str:
    """``/bai/ID``: the article with its entities highlighted."""
    backend = _backend()
    if not queries.valid_article_id(article_id):
        abort(404)
    from elasticsearch import NotFoundError

    try:
        source = dict(backend.client.get(index=backend.articles, id=article_id).body["_source"])
    except NotFoundError:
        abort(404)
    entities, spans = article_entities(source)
    by_kind = {kind: [e for e in entities if e.kind == kind] for kind in KINDS}
    source_url = safe_url((source.get("source") or {}).get("url"))
    return render_template(
        "article.html",
        a=source,
        title=source.get("title") or source.get("title_inferred") or "(không có tiêu đề)",
        inferred=not source.get("title"),
        body_html=render_body(str(source.get("body") or ""), spans),
        by_kind=by_kind,
        highlighted=sum(1 for e in entities if e.start is not None),
        entity_count=len(entities),
        source_url=source_url,
        source_path=(source.get("source") or {}).get("path"),
    )


def _person_page() -> str | Response:
    """``/nguoi``: a person's positions over time (or the list of people)."""
    backend = _backend()
    name = queries.clean_text(request.args.get("ten"))
    person_id = queries.clean_text(request.args.get("id"), 128)
    schema = backend.schema
    if not name and not person_id:
        prefix = queries.clean_text(request.args.get("q"))
        answer = backend.search(backend.articles, queries.people_list_body(schema, prefix))
        people = [
            (b["key"], b["doc_count"], [t["key"] for t in b["titles"]["buckets"]])
            for b in answer["aggregations"]["people"]["buckets"]
        ]
        return render_template("people.html", people=people, q=prefix)
    resolved: dict[str, Any] | None = None
    namesakes: list[dict[str, Any]] = []
    if schema.people_index:
        # the resolved person (issue 10): one id, its name variants and the articles behind it
        found = backend.search(schema.people_index, queries.people_lookup_body(name, person_id))
        matches = [dict(h["_source"]) for h in found["hits"]["hits"]]
        if matches:
            resolved = matches[0]
            namesakes = matches[1:] if not person_id else []
            person_id = str(resolved.get("person_id") or person_id)
            name = str(resolved.get("name") or name)
    key = queries.PersonKey(name=name, person_id=person_id)
    article_ids = queries.resolved_articles(resolved)
    mentions, articles = backend.msearch(
        [
            (backend.mentions, queries.person_mentions_body(key, schema)),
            (backend.articles, queries.person_articles_body(key, schema, ids=article_ids)),
        ]
    )
    aggs = mentions.get("aggregations", {})
    positions = []
    for bucket in aggs.get("positions", {}).get("buckets", []):
        months = [(str(m["key_as_string"]), int(m["doc_count"])) for m in bucket["months"]["buckets"]]
        latest = [h["_source"] for h in bucket["latest"]["hits"]["hits"]]
        positions.append(
            {
                "title": bucket["key"],
                "articles": int(bucket["doc_count"]),
                "first": bucket["first"].get("value_as_string"),
                "last": bucket["last"].get("value_as_string"),
                "months": months,
                "undated": int(bucket["undated"]["doc_count"]),
                "latest": latest,
            }
        )
    positions.sort(key=lambda p: (p["first"] or "9999", -p["articles"]))
    dated = [p for p in positions if p["months"]]
    timeline = charts.timeline([(p["title"], p["months"], p["undated"]) for p in dated]) if dated else None
    art_aggs = articles.get("aggregations", {})
    co_people = [(k, c) for k, c in queries.facet_buckets(art_aggs, "people") if k not in (name, key.name)][
        :15
    ]
    total_articles = int(articles["hits"]["total"]["value"])
    if not positions and not total_articles:
        abort(404)
    return render_template(
        "person.html",
        name=name or person_id,
        person_id=person_id,
        resolved=resolved,
        namesakes=namesakes,
        names=[b["key"] for b in aggs.get("names", {}).get("buckets", [])],
        positions=positions,
        timeline=timeline,
        untitled=int(aggs.get("untitled", {}).get("doc_count", 0)),
        articles=[_article_row(h["_source"]) for h in articles["hits"]["hits"]],
        total_articles=total_articles,
        chart=charts.bar_chart(queries.histogram_counts(art_aggs)),
        co_people=co_people,
        organizations=queries.facet_buckets(art_aggs, "organizations"),
        documents=queries.facet_buckets(art_aggs, "documents"),
        canonical=schema.canonical,
    )


def _document_page() -> str | Response:
    """``/van-ban``: a document's citations by month (or the list of documents)."""
    backend = _backend()
    ref = queries.clean_text(request.args.get("ref"), 60)
    schema = backend.schema
    if not ref:
        answer = backend.search(backend.mentions, queries.documents_list_body())
        aggs = answer.get("aggregations", {})
        docs = [
            (
                b["key"],
                int(b["articles"]["value"]),
                (b["types"]["buckets"][0]["key"] if b["types"]["buckets"] else ""),
            )
            for b in aggs.get("refs", {}).get("buckets", [])
        ]
        return render_template("documents.html", docs=docs, types=queries.facet_buckets(aggs, "types"))
    mentions, articles = backend.msearch(
        [
            (backend.mentions, queries.document_mentions_body(ref)),
            (backend.articles, queries.document_articles_body(ref, schema)),
        ]
    )
    if not mentions["hits"]["total"]["value"]:
        # another spelling of the same reference ("05-ct/tw", "05 - CT/TW"): go to the stored one
        for stored, _ in queries.facet_buckets(articles.get("aggregations", {}), "refs"):
            if fold_ref(stored) == fold_ref(ref) and stored != ref:
                return redirect(url_for("document", ref=stored))
        abort(404)
    aggs = mentions.get("aggregations", {})
    months = [(str(b["key_as_string"]), int(b["doc_count"])) for b in aggs["months"]["buckets"]]
    art_aggs = articles.get("aggregations", {})
    citing = [h["_source"] for h in mentions["hits"]["hits"]]
    return render_template(
        "document.html",
        ref=ref,
        types=queries.facet_buckets(aggs, "types"),
        issuers=queries.facet_buckets(aggs, "issuers"),
        publishers=queries.facet_buckets(aggs, "publishers"),
        articles_count=int(aggs["articles"]["value"]),
        citations=int(mentions["hits"]["total"]["value"]),
        chart=charts.bar_chart(months),
        undated=int(aggs["undated"]["doc_count"]),
        citing=citing,
        people=queries.facet_buckets(art_aggs, "people"),
        organizations=queries.facet_buckets(art_aggs, "organizations"),
    )


def _meetings_page() -> str:
    """``/hoi-nghi``: meetings over time."""
    backend = _backend()
    params = queries.MeetingParams.parse(request.args)
    answer = backend.search(backend.mentions, queries.meetings_body(params))
    hits = answer["hits"]["hits"]
    total = int(answer["hits"]["total"]["value"])
    rows = [dict(h["_source"]) for h in hits]
    _add_organizers(backend, rows)
    kinds = answer.get("aggregations", {}).get("kinds", {}).get("buckets", {})
    lanes = [
        (
            label,
            [(str(m["key_as_string"]), int(m["doc_count"])) for m in bucket["months"]["buckets"]],
            int(bucket["undated"]["doc_count"]),
        )
        for label, bucket in kinds.items()
        if bucket["doc_count"]
    ]
    dated = [lane for lane in lanes if lane[1]]
    next_token = (
        queries.encode_token(hits[-1]["sort"])
        if len(hits) == params.size and params.page * params.size < total
        else None
    )
    return render_template(
        "meetings.html",
        params=params,
        rows=rows,
        total=total,
        timeline=charts.timeline(dated) if dated else None,
        lanes=lanes,
        names=queries.facet_buckets(answer.get("aggregations", {}), "names"),
        next_token=next_token,
        kinds=queries.MEETING_KINDS,
    )


# the pages: URL rule, endpoint (the templates' url_for names), view
PAGES: tuple[tuple[str, str, Callable[..., Any]], ...] = (
    ("/", "search", _search_page),
    ("/bai/<article_id>", "article", _article_page),
    ("/nguoi", "person", _person_page),
    ("/van-ban", "document", _document_page),
    ("/hoi-nghi", "meetings", _meetings_page),
)


def _redirect_to(path: str) -> Callable[[], Response]:
    def view() -> Response:
        return redirect(path if path != "/bai" else "/")

    return view


def _article_row(src: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": src.get("id"),
        "title": src.get("title") or src.get("title_inferred") or "(không có tiêu đề)",
        "publisher": src.get("publisher"),
        "date": src.get("published") or src.get("event_date"),
    }


def _hit_view(hit: dict[str, Any], query: str) -> dict[str, Any]:
    src = hit.get("_source", {})
    people = src.get("people") or []
    return _article_row(src) | {
        "id": hit["_id"],
        "score": hit.get("_score"),
        "snippet": snippet(str(src.get("body") or ""), query),
        "people": [p.get("canonical") or p.get("name") for p in people if p.get("name")][:6],
        "documents": [d.get("ref") for d in src.get("documents") or [] if d.get("ref")][:6],
        "path": (src.get("source") or {}).get("path"),
    }


def _add_organizers(backend: Backend, rows: list[dict[str, Any]]) -> None:
    """Organizer and scope of each meeting row, from its article (the mentions index has neither)."""
    ids = sorted({str(r["article_id"]) for r in rows if r.get("article_id")})
    if not ids:
        return
    docs = backend.client.mget(index=backend.articles, ids=ids, source=["events"]).body["docs"]
    events = {d["_id"]: (d.get("_source") or {}).get("events") or [] for d in docs if d.get("found")}
    for row in rows:
        for event in events.get(str(row.get("article_id")), []):
            if event.get("name") == row.get("event_name"):
                row["organizer"] = event.get("organizer")
                row["scope"] = event.get("scope") or []
                row["own_date"] = event.get("date")
                break
