"""The web pages' Beam-free parts: highlighting, snippets, charts, query building, safety."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest

from pipelines.search import build_query
from pipelines.web import charts, queries
from pipelines.web.app import WebConfig, create_app, fmt_date, fmt_int, safe_url
from pipelines.web.schema import Schema
from pipelines.web.serve import _redacted, is_loopback
from pipelines.web.text import Span, article_entities, find_title, fold_aligned, render_body, snippet
from transforms.sinks.elasticsearch import EsSettings


class MarkReader(HTMLParser):
    """Text under each <mark data-entity>, and the whole text, of rendered body HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.open: list[str | None] = []
        self.by_entity: dict[str, str] = {}
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.open.append(dict(attrs).get("data-entity"))

    def handle_endtag(self, tag: str) -> None:
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for entity in set(e for e in self.open if e is not None):
            self.by_entity[entity] = self.by_entity.get(entity, "") + data


def read_marks(html: str) -> MarkReader:
    reader = MarkReader()
    reader.feed(html)
    reader.close()
    return reader


def test_render_body_keeps_every_character_and_nests_and_splits_crossing_spans() -> None:
    body = 'Ủy viên Bộ Chính trị Võ Văn Thưởng dự Hội nghị <b onclick="x">'
    spans = [
        Span(0, 20, "title", 0, "t"),
        Span(8, 20, "organization", 1, "o"),
        Span(21, 34, "person", 2, "p"),
        Span(15, 40, "event", 3, 'e<"'),  # crosses the end of the title and the organization
    ]
    html = str(render_body(body, spans))
    reader = read_marks(html)
    assert "".join(reader.text) == body
    assert reader.tags.count("mark") == 5  # the crossing event is drawn in two pieces
    assert set(reader.tags) == {"mark"}  # the <b onclick> of the body is text, not an element
    for span in spans:
        assert reader.by_entity[str(span.entity)] == body[span.start : span.end]
    assert 'title="e&lt;&#34;"' in html
    assert html.count('id="e-3"') == 1


def test_render_body_ignores_offsets_outside_the_body() -> None:
    html = str(render_body("abc", [Span(1, 9, "person", 0, "x"), Span(2, 1, "person", 1, "y")]))
    assert html == "abc"


def test_article_entities_use_record_offsets_and_find_titles_near_the_name() -> None:
    body = "Chiều 5/1, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương Trương Thị Mai phát biểu."
    start = body.index("Trương")
    source: dict[str, Any] = {
        "body": body,
        "people": [
            {
                "name": "Trương Thị Mai",
                "titles": ["Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức Trung ương", "Bí thư Trung ương Đảng"],
                "start": start,
                "end": start + len("Trương Thị Mai"),
            }
        ],
        "organizations": [{"name": "Ban Tổ chức Trung ương", "start": body.index("Ban Tổ"), "end": 62}],
        "documents": [{"ref": None, "type": "Nghị quyết", "text": "Nghị quyết 99", "start": 500, "end": 512}],
    }
    entities, spans = article_entities(source)
    kinds = [e.kind for e in entities]
    assert kinds == ["person", "title", "title", "title", "organization", "document"]
    for span in spans:
        entity = entities[span.entity]
        assert body[span.start : span.end] == (entity.label if entity.kind != "person" else "Trương Thị Mai")
    missing = [e for e in entities if e.start is None]
    assert [e.label for e in missing] == ["Bí thư Trung ương Đảng", "Nghị quyết 99"]
    assert all(s.found for s in spans if s.kind == "title")
    assert entities[0].link == ("person", (("ten", "Trương Thị Mai"),))


def test_canonical_forms_are_shown_when_the_record_has_them() -> None:
    body = "UBND TP HCM họp."
    source = {
        "body": body,
        "organizations": [
            {"name": "UBND TP HCM", "canonical": "Ủy ban nhân dân TP. Hồ Chí Minh", "start": 0, "end": 11}
        ],
    }
    (org,), _ = article_entities(source)
    assert org.label == "Ủy ban nhân dân TP. Hồ Chí Minh" and org.written == "UBND TP HCM"
    body = "Phó thủ tướng Trần Văn A phát biểu."
    person = {
        "name": "Trần Văn A",
        "canonical": "Trần Văn A",
        "person_id": "p-1",
        "titles": ["Phó thủ tướng"],
        "positions": [{"text": "Phó thủ tướng", "canonical": "Phó Thủ tướng", "key": "pho thu tuong"}],
        "start": 14,
        "end": 24,
    }
    (who, office), spans = article_entities({"body": body, "people": [person]})
    assert who.link == ("person", (("id", "p-1"), ("ten", "Trần Văn A")))
    assert (office.label, office.written) == ("Phó Thủ tướng", "Phó thủ tướng")
    person["titles"] = ["nguyên Phó thủ tướng"]
    person["positions"] = [{"text": "nguyên Phó thủ tướng", "canonical": "Phó Thủ tướng", "former": "nguyên"}]
    (_, office), _ = article_entities({"body": "nguyên Phó thủ tướng Trần Văn A", "people": [person]})
    assert office.label == "nguyên Phó Thủ tướng"
    assert body[spans[1].start : spans[1].end] == "Phó thủ tướng"


def test_people_listed_after_one_title_share_its_highlight() -> None:
    body = "Dự có các đồng chí Ủy viên Bộ Chính trị: Phan Văn A, Trần Văn B."
    people = [
        {"name": n, "titles": ["Ủy viên Bộ Chính trị"], "start": body.index(n), "end": body.index(n) + len(n)}
        for n in ("Phan Văn A", "Trần Văn B")
    ]
    entities, spans = article_entities({"body": body, "people": people})
    titles = [e for e in entities if e.kind == "title"]
    assert [(t.start, t.end) for t in titles] == [(19, 39)] * 2
    assert [s.kind for s in spans].count("title") == 1
    assert titles[1].anchor == titles[0].anchor == titles[0].index


def test_find_title_prefers_the_occurrence_just_before_the_name() -> None:
    body = "Bí thư Tỉnh ủy A nói. Sau đó Bí thư Tỉnh ủy Nguyễn Văn B phát biểu."
    near = body.index("Nguyễn")
    assert find_title(body, "Bí thư Tỉnh ủy", near, []) == body.rindex("Bí thư Tỉnh ủy")
    assert (
        find_title(body, "Bí thư Tỉnh ủy", near, [(body.rindex("Bí thư"), body.rindex("Bí thư") + 14)]) == 0
    )
    assert find_title(body, "Chủ tịch", near, []) is None
    body = "Đồng chí Võ Văn A, Ủy viên Bộ Chính trị. Đồng chí Trần Thị B, Ủy viên Bộ Chính trị, phát biểu."
    b = body.index("Trần Thị B")
    assert find_title(body, "Ủy viên Bộ Chính trị", b, [], b + 10) == body.rindex("Ủy viên")


def test_snippets_match_with_and_without_diacritics() -> None:
    body = "Mở đầu. " * 40 + "Đảng ủy Khối các cơ quan Trung ương tổ chức hội nghị. ĐẢNG ỦY KHỐI họp."
    marked = snippet(body, "Đảng ủy Khối")
    plain = snippet(body, "dang uy khoi")
    assert marked == plain
    hits = [text for text, match in plain if match]
    assert hits[:3] == ["Đảng", "ủy", "Khối"] and "ĐẢNG" in hits
    assert marked[0] == ("… ", False)
    assert snippet(body, "")[0][0].startswith("Mở đầu.")


def test_the_snippet_shows_the_passage_with_most_query_words() -> None:
    body = "Mở ban đầu. " * 30 + "Hội nghị Ban Chấp hành Trung ương khóa XIII."
    marked = [text for text, match in snippet(body, "ban chap hanh trung uong") if match]
    assert marked[-5:] == ["Ban", "Chấp", "hành", "Trung", "ương"]


def test_fold_aligned_maps_offsets_when_folding_changes_lengths() -> None:
    folded, index = fold_aligned("Straße Đà")
    assert folded == "strasse da" and index is not None
    assert index[folded.index("da")] == "Straße Đà".index("Đà")
    assert fold_aligned("Đảng ủy")[1] is None


def test_bar_chart_fills_gaps_and_switches_to_years_for_long_spans() -> None:
    chart = charts.bar_chart([("2022-12", 3), ("2023-02", 1), ("2022-12", 1)])
    assert [(b.period, b.count) for b in chart.bars] == [("2022-12", 4), ("2023-01", 0), ("2023-02", 1)]
    assert chart.top == 4 and chart.total == 5
    assert chart.bars[1].h == 0 and chart.bars[0].h > chart.bars[2].h > 0
    assert chart.bars[0].since == "2022-12-01" and chart.bars[0].until == "2022-12-31"
    assert all(b.x >= 0 and b.x + b.w <= 100 for b in chart.bars)
    long = charts.bar_chart([("1990-01", 1), ("2020-05", 2)])
    assert long.unit == "year" and len(long.bars) == 31 and long.bars[-1].until == "2020-12-31"
    assert charts.bar_chart([]).bars == ()


def test_timeline_rows_share_one_axis() -> None:
    tl = charts.timeline([("Bí thư", [("2020-01", 2), ("2020-03", 1)], 0), ("Chủ tịch", [("2020-06", 1)], 4)])
    first, second = tl.rows
    assert (first.first, first.last, first.total) == ("2020-01", "2020-03", 3)
    assert second.undated == 4 and second.x1 > first.x2 - 1e-9
    assert [c.period for c in first.cells] == ["2020-01", "2020-03"]
    assert first.cells[0].opacity > first.cells[1].opacity


def test_page_tokens_round_trip_and_reject_anything_else() -> None:
    token = queries.encode_token([1.25, "abc"])
    assert queries.decode_token(token) == [1.25, "abc"]
    for bad in ("", "!!!", queries.encode_token([]), queries.encode_token([{"a": 1}]), "A" * 500):
        assert queries.decode_token(bad) is None
    assert queries.decode_token(queries.encode_token([True, "x"])) is None


def test_search_params_are_validated_and_bounded() -> None:
    params = queries.SearchParams.parse(
        {
            "q": "x" * 500 + "\x00",
            "n": "100000",
            "tu": "2022-13-01",
            "den": "2023-02",
            "sap_xep": "drop",
            "sau": "%%",
        }
    )
    assert len(params.q) == queries.MAX_TEXT and "\x00" not in params.q
    assert params.size == queries.DEFAULT_PAGE_SIZE and params.sort == "relevance"
    assert params.since is None and params.until == "2023-02" and params.after is None
    assert len(params.problems) == 2


def test_search_body_is_bantin_search_plus_facets_and_search_after() -> None:
    params = queries.SearchParams.parse({"q": "dang uy", "nguoi": "Võ Văn Thưởng", "f_document": "05-CT/TW"})
    schema = Schema.raw()
    body = queries.search_body(params, schema)
    base = build_query("dang uy", "Võ Văn Thưởng", size=params.size)
    assert body["query"]["bool"]["must"] == base["query"]["bool"]["must"]
    assert {"term": {"documents.ref": "05-CT/TW"}} in body["query"]["bool"]["filter"]
    assert "from" not in body and "search_after" not in body
    assert body["sort"] == [{"_score": {"order": "desc"}}, {"id": {"order": "asc"}}]
    after = queries.SearchParams.parse(
        {"q": "dang uy", "sau": queries.encode_token([2.5, "b"]), "trang": "3"}
    )
    body = queries.search_body(after, schema)
    assert body["search_after"] == [2.5, "b"] and "from" not in body
    before = queries.SearchParams.parse(
        {"sap_xep": "newest", "truoc": queries.encode_token([5, "b"]), "trang": "2"}
    )
    body = queries.search_body(before, schema)
    assert body["sort"][0] == {"published": {"order": "asc", "missing": "_first"}}
    assert body["size"] <= max(queries.PAGE_SIZES)


def test_canonical_fields_are_used_when_mapped() -> None:
    articles = {
        "properties": {
            "people": {
                "properties": {
                    "name": {"type": "keyword"},
                    "canonical": {"type": "keyword", "fields": {"text": {"type": "text"}}},
                    "positions": {"type": "object", "properties": {"canonical": {"type": "keyword"}}},
                }
            },
            "organizations": {"properties": {"name": {"type": "keyword"}}},
        }
    }
    mentions = {"properties": {"person": {"type": "keyword"}, "person_id": {"type": "keyword"}}}
    schema = Schema.from_mappings(articles, mentions, None)
    assert schema.articles["person"] == "people.canonical"
    assert schema.articles["title"] == "people.positions.canonical"
    assert schema.articles["organization"] == "organizations.name"
    assert schema.mentions["person_id"] == "person_id" and schema.canonical
    assert not Schema.raw().canonical and "person_id" not in Schema.raw().mentions


def test_only_http_links_and_loopback_default() -> None:
    assert safe_url("https://nhandan.vn/a") == "https://nhandan.vn/a"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil", None, "http:///x"):
        assert safe_url(bad) is None
    assert is_loopback("127.0.0.1") and is_loopback("::1") and not is_loopback("0.0.0.0")
    assert _redacted("https://elastic:s3cret@es.example:9243") == "https://es.example:9243"
    assert fmt_date("2022-12-29T13:12:00+07:00") == "29/12/2022 13:12" and fmt_int(7567) == "7.567"


def test_unreachable_cluster_is_a_503_page_without_credentials_and_pages_are_read_only() -> None:
    settings = EsSettings(url="http://reader:s3cret@127.0.0.1:9", request_timeout=2)
    app = create_app(WebConfig(settings, "bantin-articles"))
    client = app.test_client()
    response = client.get("/?q=abc")
    text = response.get_data(as_text=True)
    assert response.status_code == 503
    assert "s3cret" not in text and "127.0.0.1:9" not in text and "reader" not in text
    assert "script-src" not in response.headers["Content-Security-Policy"]  # default-src 'none': no script
    assert response.headers["X-Frame-Options"] == "DENY"
    assert client.post("/").status_code == 405
    assert client.get("/bai/<script>").status_code == 404
    assert re.search(r"<html lang=\"vi\">", client.get("/nope").get_data(as_text=True))


@pytest.mark.parametrize("ref", ["05-CT/TW", "357/2025/NĐ-CP"])
def test_document_queries_use_the_folded_key(ref: str) -> None:
    body = queries.document_articles_body(ref, Schema.raw())
    (term,) = body["query"]["bool"]["filter"]
    assert term["term"]["folded.documents"] == ref.replace("Đ", "D")


def test_serve_refuses_an_unreachable_cluster_without_printing_credentials(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from pipelines.cli import main

    assert main(["serve", "--es-url", "http://reader:s3cret@127.0.0.1:9", "--port", "0"]) == 2
    assert main(["serve", "--es-url", "http://reader:s3cret@127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert "s3cret" not in err and "reader" not in err
    assert "is not a port" in err and "is unavailable" in err


def test_people_index_lookup_and_resolved_article_ids() -> None:
    by_id = queries.people_lookup_body("Võ Văn Thưởng", "p-1")
    assert by_id["query"] == {"term": {"person_id": "p-1"}}
    by_name = queries.people_lookup_body("Võ Văn Thưởng")
    assert {"term": {"variants": "Võ Văn Thưởng"}} in by_name["query"]["bool"]["should"]
    assert queries.resolved_articles({"articles": ["a", "b"]}) == ["a", "b"]
    assert queries.resolved_articles({"articles": ["x"] * (queries.MAX_RESOLVED_IDS + 1)}) is None
    assert queries.resolved_articles(None) is None
    body = queries.person_articles_body(queries.PersonKey("X"), Schema.raw(), ids=["a"])
    assert body["query"]["bool"]["filter"] == [{"ids": {"values": ["a"]}}]
