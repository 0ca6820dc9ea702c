"""Kibana saved objects for bantin: data views, visualizations, a saved search, a dashboard.

``python -m deploy.kibana.objects`` writes ``deploy/kibana/bantin.ndjson``; the file is
committed and a test checks it is what this module builds and that every field it
uses exists in the index templates with an aggregatable type.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

KIBANA_VERSION = "8.19.3"
ARTICLES = "bantin-articles"
MENTIONS = "bantin-mentions"
PEOPLE = "bantin-people"
STATE = "bantin-state"  # feeds (issue 13): the feed state index (one document per feed, one per feed and day)
STATE_FEEDS = "bantin-state-feeds"  # the same index without a time field: the feed documents
TIME_FIELDS = {ARTICLES: "published", MENTIONS: "date", PEOPLE: "first_seen", STATE: "day"}
NDJSON = Path(__file__).with_name("bantin.ndjson")


def _search_source(query: str = "") -> str:
    return json.dumps(
        {
            "query": {"query": query, "language": "kuery"},
            "filter": [],
            "indexRefName": "kibanaSavedObjectMeta.searchSourceJSON.index",
        }
    )


def _ref(index: str) -> list[dict[str, str]]:
    return [{"name": "kibanaSavedObjectMeta.searchSourceJSON.index", "type": "index-pattern", "id": index}]


def _count() -> dict[str, Any]:
    return {"id": "1", "enabled": True, "type": "count", "schema": "metric", "params": {}}


def _terms(agg_id: str, field: str, size: int, schema: str = "segment") -> dict[str, Any]:
    return {
        "id": agg_id,
        "enabled": True,
        "type": "terms",
        "schema": schema,
        "params": {"field": field, "size": size, "order": "desc", "orderBy": "1", "otherBucket": False},
    }


def _histogram(agg_id: str, field: str) -> dict[str, Any]:
    return {
        "id": agg_id,
        "enabled": True,
        "type": "date_histogram",
        "schema": "segment",
        "params": {"field": field, "interval": "auto", "min_doc_count": 1, "extended_bounds": {}},
    }


def _visualization(
    vis_id: str, title: str, vis_type: str, index: str, aggs: list[dict[str, Any]], query: str = ""
) -> dict[str, Any]:
    params: dict[str, Any] = {"addTooltip": True, "addLegend": True, "legendPosition": "right"}
    if vis_type == "table":
        params = {"perPage": 20, "showPartialRows": False, "showMetricsAtAllLevels": False}
    state = {"title": title, "type": vis_type, "params": params, "aggs": aggs}
    return {
        "type": "visualization",
        "id": vis_id,
        "attributes": {
            "title": title,
            "description": "",
            "visState": json.dumps(state, ensure_ascii=False),
            "uiStateJSON": "{}",
            "version": 1,
            "kibanaSavedObjectMeta": {"searchSourceJSON": _search_source(query)},
        },
        "references": _ref(index),
    }


def _dashboard(
    objects: list[dict[str, Any]],
    dashboard_id: str = "bantin-overview",
    title: str = "bantin: Vietnamese political news",
    description: str = "Articles over time, people and their titles, cited documents, events",
    columns: int = 2,
) -> dict[str, Any]:
    """A dashboard: the objects in a grid of ``columns`` columns."""
    panels = []
    references = []
    for n, obj in enumerate(objects, start=1):
        width = 48 // columns
        x, y = ((n - 1) % columns) * width, ((n - 1) // columns) * 15
        panels.append(
            {
                "version": KIBANA_VERSION,
                "type": obj["type"],
                "gridData": {"x": x, "y": y, "w": width, "h": 15, "i": str(n)},
                "panelIndex": str(n),
                "embeddableConfig": {},
                "panelRefName": f"panel_{n}",
            }
        )
        references.append({"name": f"panel_{n}", "type": obj["type"], "id": obj["id"]})
    return {
        "type": "dashboard",
        "id": dashboard_id,
        "attributes": {
            "title": title,
            "description": description,
            "panelsJSON": json.dumps(panels),
            "optionsJSON": json.dumps({"useMargins": True, "hidePanelTitles": False}),
            "timeRestore": False,
            "version": 1,
            "kibanaSavedObjectMeta": {
                "searchSourceJSON": json.dumps({"query": {"query": "", "language": "kuery"}, "filter": []})
            },
        },
        "references": references,
    }


def build_objects() -> list[dict[str, Any]]:
    """Every saved object, in import order (data views first, dashboard last)."""
    views = [
        {
            "type": "index-pattern",
            "id": index,
            "attributes": {"title": index, "timeFieldName": TIME_FIELDS[index], "name": index},
            "references": [],
        }
        for index in (ARTICLES, MENTIONS, PEOPLE)
    ]
    # people, titles and bodies by their canonical forms (one office, one body: issue 10)
    split_person_title = _terms("3", "title_canonical", 10, "group")
    split_event = _terms("3", "event_name", 10, "group")
    visualizations = [
        _visualization(
            "bantin-articles-over-time", "Articles over time", "histogram", ARTICLES,
            [_count(), _histogram("2", "published")],
        ),
        _visualization(
            "bantin-top-people", "Top people", "table", MENTIONS,
            [_count(), _terms("2", "person_canonical", 20)], "kind:person",
        ),
        _visualization(
            "bantin-top-titles", "Top titles", "table", MENTIONS,
            [_count(), _terms("2", "title_canonical", 20)], "kind:person",
        ),
        _visualization(
            "bantin-titles-over-time", "Titles held over time (filter a person)", "histogram", MENTIONS,
            [_count(), _histogram("2", "date"), split_person_title], "kind:person",
        ),
        _visualization(
            "bantin-cited-documents", "Most cited documents", "table", MENTIONS,
            [_count(), _terms("2", "document_ref", 20), _terms("3", "document_type", 1)], "kind:document",
        ),
        _visualization(
            "bantin-events-timeline", "Events timeline", "histogram", MENTIONS,
            [_count(), _histogram("2", "date"), split_event], "kind:event",
        ),
        _visualization(
            "bantin-top-organizations", "Top organizations", "table", MENTIONS,
            [_count(), _terms("2", "organization_canonical", 20)], "kind:organization",
        ),
        _visualization(
            "bantin-top-roles", "Offices by role and body", "table", MENTIONS,
            [_count(), _terms("2", "role", 20), _terms("3", "title_organization", 5)], "kind:person",
        ),
        _visualization(
            "bantin-people-most-covered", "People resolved across articles (most covered)", "table", PEOPLE,
            [_count(), _terms("2", "name", 20)],
        ),
        _visualization(
            "bantin-people-first-seen", "People by first appearance", "histogram", PEOPLE,
            [_count(), _histogram("2", "first_seen")],
        ),
    ]  # fmt: skip
    search = {
        "type": "search",
        "id": "bantin-articles-search",
        "attributes": {
            "title": "Articles",
            "description": "",
            "columns": ["title.keyword", "publisher", "people.name", "documents.ref", "event_date"],
            "sort": [["published", "desc"]],
            "kibanaSavedObjectMeta": {"searchSourceJSON": _search_source()},
        },
        "references": _ref(ARTICLES),
    }
    dashboard = _dashboard([*visualizations, search])
    return [*views, *visualizations, search, dashboard, *_source_objects()]


def _sum(field: str) -> dict[str, Any]:
    return {"id": "1", "enabled": True, "type": "sum", "schema": "metric", "params": {"field": field}}


def _source_objects() -> list[dict[str, Any]]:
    """Feeds (issue 13): data views of the state index, items per source per day, failing sources."""
    views = [
        {"type": "index-pattern", "id": STATE,
         "attributes": {"title": STATE, "timeFieldName": TIME_FIELDS[STATE], "name": "bantin-state (days)"},
         "references": []},
        {"type": "index-pattern", "id": STATE_FEEDS,
         "attributes": {"title": STATE, "name": "bantin-state (feeds)"}, "references": []},
    ]  # fmt: skip
    per_day = _histogram("2", "day")
    per_day["params"]["interval"] = "d"
    visualizations = [
        _visualization(
            "bantin-items-per-source-per-day", "Items per source per day", "histogram", STATE,
            [_sum("items"), per_day, _terms("3", "name", 20, "group")], "doc_kind:day",
        ),
        _visualization(
            "bantin-failing-sources", "Failing, gone and moved sources", "table", STATE_FEEDS,
            [_count(), _terms("2", "name", 50), _terms("3", "health.status", 4),
             _terms("4", "health.last_error", 1)],
            "doc_kind:feed and not health.status:ok",
        ),
    ]  # fmt: skip
    dashboard = _dashboard(
        visualizations,
        "bantin-sources",
        "bantin: sources",
        "New items per feed and day; feeds failing, gone or moved (bantin feeds status)",
        columns=1,
    )
    return [*views, *visualizations, dashboard]


def render() -> str:
    """The NDJSON text of :func:`build_objects`."""
    return "".join(json.dumps(obj, ensure_ascii=False, sort_keys=True) + "\n" for obj in build_objects())


if __name__ == "__main__":
    NDJSON.write_text(render(), encoding="utf-8")
    print(f"wrote {NDJSON}")
