"""People resolution, the people index and `bantin people | who | cited`, on the real Elasticsearch."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pipelines.batch import run
from pipelines.cli import main
from pipelines.people import people_alias, resolve
from pipelines.search import build_query, facet_label
from tests.conftest import SEEDS, shared_path
from tests.support.es import drop_templates, indexed_docs, run_argv
from transforms.es.client import EsSettings
from transforms.es.indices import alias_for

pytestmark = pytest.mark.integration


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, list[dict[str, Any]]]:
    code = main(argv)
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    return code, [json.loads(line) for line in lines]


def _people(es_url: str, alias: str) -> dict[str, dict[str, Any]]:
    return {
        k: {f: v for f, v in doc.items() if f != "resolved_at"}
        for k, doc in indexed_docs(es_url, people_alias(alias)).items()
    }


def test_seeds_resolved_people_commands_and_canonical_facets(
    es_url: str, es_index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(run_argv(SEEDS, es_url, es_index, tmp_path)) == 0  # ingest, then resolution of its names
    capsys.readouterr()
    people = _people(es_url, es_index)
    mentions = indexed_docs(es_url, alias_for(es_index, "mentions"))
    person_mentions = [m for m in mentions.values() if m["kind"] == "person"]
    assert person_mentions and all(m["person_id"] in people for m in person_mentions)
    the = [p for p in people.values() if p["name"] == "Nguyễn Văn Thể"]
    assert len(the) == 1 and the[0]["article_count"] == 2  # two seeds, one person
    assert any(m["basis"].startswith("body: ") for m in the[0]["merged_on"])
    titles = {p["title"] for p in the[0]["positions"]}
    assert "Ủy viên Ban Chấp hành Trung ương Đảng" in titles

    # a second resolution over everything changes nothing (deterministic, no duplicates)
    assert resolve(["--es-url", es_url, "--index", es_index], quiet=True) == 0
    assert _people(es_url, es_index) == people

    # incremental: a new article re-resolves only its own names, the person gains it
    extra = tmp_path / "new" / "extra.txt"
    extra.parent.mkdir()
    extra.write_text(
        "Hội nghị tổng kết\n\nNgày 5/2/2024, đồng chí Nguyễn Văn Thể, Ủy viên Trung ương Đảng, "
        "Bí thư Đảng ủy Khối các cơ quan Trung ương chủ trì hội nghị tổng kết công tác năm 2023.\n",
        encoding="utf-8",
    )
    assert run(run_argv(extra.parent, es_url, es_index, tmp_path / "dl2")) == 0
    assert "people: 1 names" in capsys.readouterr().out
    after = _people(es_url, es_index)
    the_after = [p for p in after.values() if p["name"] == "Nguyễn Văn Thể"]
    assert len(the_after) == 1 and the_after[0]["article_count"] == 3
    assert {k: v for k, v in after.items() if v["key"] != "nguyen van the"} == {
        k: v for k, v in people.items() if v["key"] != "nguyen van the"
    }

    common = ["--es-url", es_url, "--index", es_index, "--json"]
    code, found = _json(capsys, ["people", "nguyen van the", *common])
    assert code == 0 and [p["name"] for p in found] == ["Nguyễn Văn Thể"]
    timeline = found[0]["positions"]
    assert all(p["evidence"] and p["evidence"][0]["title"] for p in timeline)
    assert [p["first_seen"] for p in timeline] == sorted(p["first_seen"] for p in timeline)

    # --at on dated seeds: two holders of the (generic) office at different times
    code, out = _json(capsys, ["who", "Bí thư Đảng ủy Khối", "--at", "2019-07-30", *common])
    assert code == 0 and out[0]["holders"][0]["name"] == "Sơn Minh Thắng"
    assert out[0]["holders"][0]["distance_days"] == 0
    code, out = _json(capsys, ["who", "bi thu dang uy khoi", "--at", "2023-03-01", *common])
    assert out[0]["holders"][0]["name"] == "Nguyễn Văn Thể"
    assert out[0]["holders"][0]["evidence"][0]["date"].startswith("2023")
    code, out = _json(capsys, ["who", "Bí thư Đảng ủy Khối các cơ quan TƯ", "--at", "2024-02-05", *common])
    assert out[0]["holders"][0]["name"] == "Nguyễn Văn Thể" and out[0]["holders"][0]["distance_days"] == 0

    code, out = _json(capsys, ["cited", "05-ct/tw", *common])
    assert code == 0 and out[0]["total"] == 2
    assert [m["month"] for m in out[0]["months"]] == ["2019-07", "2021-12"]
    code, out = _json(capsys, ["cited", "99-CT/TW", *common])
    assert code == 1 and out[0]["total"] == 0

    # facets on canonical keys; a title in another spelling finds the same articles
    client = EsSettings(url=es_url).client()
    try:
        body = build_query(title="UVTƯ", size=5)
        response = client.search(index=es_index, **body).body
    finally:
        client.close()
    assert response["hits"]["total"]["value"] >= 2
    buckets = response["aggregations"]["titles"]["buckets"]
    labels = [facet_label(b) for b in buckets]
    # "UVTƯ" finds the canonical office, counted once under its canonical form
    assert labels.count("Ủy viên Ban Chấp hành Trung ương Đảng") == 1
    assert len(labels) == len(set(labels))


def test_html_pages_dated_citations_and_office_at_a_date(
    es_url: str, es_index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = shared_path("corpora", "vn-news-html")
    inputs = tmp_path / "pages"
    inputs.mkdir()
    for page in sorted(pages.glob("*_article*.html")):
        (inputs / page.name).symlink_to(page)
    assert run(run_argv(inputs, es_url, es_index, tmp_path / "dl")) == 0
    capsys.readouterr()
    common = ["--es-url", es_url, "--index", es_index, "--json"]
    code, out = _json(capsys, ["cited", "357/2025/NĐ-CP", *common])
    assert (
        code == 0 and out[0]["total"] == 1 and out[0]["months"][0]["month"] == "2026-03"
    )  # the page's publication month (gold: no event date)
    # an office the pages name with a date (which one depends on the extraction rules, not on this test)
    mentions = EsSettings(url=es_url).client()
    try:
        dated = mentions.search(
            index=alias_for(es_index, "mentions"),
            query={
                "bool": {
                    "filter": [
                        {"term": {"kind": "person"}},
                        {"exists": {"field": "title"}},
                        {"exists": {"field": "date"}},
                    ]
                }
            },
            sort=[{"date": "asc"}, {"article_id": "asc"}],
            size=1,
        ).body["hits"]["hits"]
    finally:
        mentions.close()
    assert dated, "the pages name no dated office"
    code, out = _json(capsys, ["who", dated[0]["_source"]["title"], "--at", "2026-08-01", *common])
    holders = out[0]["holders"]
    # no page is dated 2026-08-01: the holders come nearest first, each seen about 5 months before
    assert holders and [h["distance_days"] for h in holders] == sorted(h["distance_days"] for h in holders)
    assert all(h["last_seen"] < "2026-08-01" for h in holders)
    assert (
        holders[0]["distance_days"] == (date(2026, 8, 1) - date.fromisoformat(holders[0]["last_seen"])).days
    )


@pytest.fixture(autouse=True)
def _drop_people_template(es_url: str, es_index: str) -> Any:
    """The people template of the test alias goes with its indices (tests.support.es drops the rest)."""
    yield
    drop_templates(es_url, people_alias(es_index))


def test_incremental_listing_tells_apart_two_writes_of_one_second(es_url: str, es_index: str) -> None:
    """A run lists the mentions written from its start, even when an earlier run wrote in that second."""
    from transforms.es.indices import ensure_index
    from transforms.steps.people import ListPersonKeysFn

    settings = EsSettings(url=es_url)
    mentions = alias_for(es_index, "mentions")
    client = settings.client()
    try:
        ensure_index(client, mentions, "mentions")
        for key, stamp in (
            ("tran van a", "2026-03-01T10:00:05.100+00:00"),
            ("le van b", "2026-03-01T10:00:05.900+00:00"),
        ):
            client.index(
                index=mentions, id=key, document={"kind": "person", "person_key": key, "ingested_at": stamp}
            )
    finally:
        client.close()
    listing = ListPersonKeysFn(settings, mentions)
    listing.setup()
    try:
        assert list(listing.process("2026-03-01T10:00:05.500+00:00")) == [["le van b"]]
        assert list(listing.process("")) == [["le van b", "tran van a"]]
    finally:
        listing.teardown()
