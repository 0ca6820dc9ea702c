"""Kibana cannot run here: check the saved objects against the index templates instead."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from deploy.kibana.objects import ARTICLES, MENTIONS, NDJSON, PEOPLE, STATE, STATE_FEEDS, TIME_FIELDS, render
from pipelines.kibana import import_objects
from transforms.es.indices import index_template

AGGREGATABLE = {"keyword", "date", "integer", "long", "double", "float", "boolean", "short", "byte"}


def _objects() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NDJSON.read_text(encoding="utf-8").splitlines() if line.strip()]


def _field_type(mapping: dict[str, Any], path: str) -> str | None:
    """Type of a dotted field path in a mapping, following objects and multi-fields."""
    node: dict[str, Any] = {"properties": mapping["properties"]}
    for part in path.split("."):
        children = node.get("properties") or node.get("fields") or {}
        if part not in children:
            return None
        node = children[part]
    return str(node.get("type", "object"))


MAPPINGS = {
    ARTICLES: index_template(ARTICLES, "articles")["template"]["mappings"],
    MENTIONS: index_template(MENTIONS, "mentions")["template"]["mappings"],
    PEOPLE: index_template(PEOPLE, "people")["template"]["mappings"],
    STATE: index_template(STATE, "state")["template"]["mappings"],  # feeds (issue 13)
    STATE_FEEDS: index_template(STATE, "state")["template"]["mappings"],
}


def test_committed_file_is_what_the_module_builds() -> None:
    assert NDJSON.read_text(encoding="utf-8") == render()


def test_every_line_is_a_saved_object_and_references_resolve() -> None:
    objects = _objects()
    ids = {(o["type"], o["id"]) for o in objects}
    assert {o["type"] for o in objects} == {"index-pattern", "visualization", "search", "dashboard"}
    for obj in objects:
        assert set(obj) >= {"type", "id", "attributes", "references"}
        assert obj["attributes"]["title"]
        for ref in obj["references"]:
            assert (ref["type"], ref["id"]) in ids, f"{obj['id']} references missing {ref}"


def _fields_used(obj: dict[str, Any]) -> list[str]:
    attrs = obj["attributes"]
    if obj["type"] == "visualization":
        state = json.loads(attrs["visState"])
        return [a["params"]["field"] for a in state["aggs"] if "field" in a.get("params", {})]
    if obj["type"] == "search":
        return list(attrs["columns"]) + [s[0] for s in attrs["sort"]]
    return []


def _query_fields(obj: dict[str, Any]) -> list[str]:
    meta = obj["attributes"].get("kibanaSavedObjectMeta", {}).get("searchSourceJSON")
    query = json.loads(meta)["query"]["query"] if meta else ""
    return [term.split(":")[0] for term in query.split() if ":" in term]


def test_every_field_exists_with_an_aggregatable_type() -> None:
    checked = 0
    for obj in _objects():
        if obj["type"] not in ("visualization", "search"):
            continue
        index = obj["references"][0]["id"]
        for field in _fields_used(obj) + _query_fields(obj):
            kind = _field_type(MAPPINGS[index], field)
            assert kind in AGGREGATABLE, f"{obj['id']}: {index}.{field} is {kind}"
            checked += 1
    assert checked >= 15


@pytest.mark.parametrize("index", [ARTICLES, MENTIONS, STATE])
def test_data_view_time_fields_are_dates(index: str) -> None:
    assert _field_type(MAPPINGS[index], TIME_FIELDS[index]) == "date"


def test_import_posts_the_ndjson_to_the_saved_objects_api(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    class FakeKibana(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            seen["path"] = self.path
            seen["xsrf"] = self.headers.get("kbn-xsrf")
            seen["auth"] = self.headers.get("Authorization")
            seen["body"] = self.rfile.read(int(self.headers["Content-Length"]))
            answer = json.dumps({"success": True, "successCount": 11}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeKibana)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("BANTIN_KIBANA_API_KEY", "a2V5")
    try:
        answer = import_objects(f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
    assert answer["successCount"] == 11
    assert seen["path"] == "/api/saved_objects/_import?overwrite=true"
    assert seen["xsrf"] and seen["auth"] == "ApiKey a2V5"
    assert NDJSON.read_bytes() in seen["body"]
