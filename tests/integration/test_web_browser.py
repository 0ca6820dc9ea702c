"""``bantin serve`` in a real headless Chromium, against the real Elasticsearch.

One alias per module, loaded through the real batch pipeline with the seeds, a test article whose
title and body hold ``<script>`` and attribute-breaking quotes, and (when ../shared is present)
the first VNTC texts. Screenshots go to ``$BANTIN_SCREENSHOTS`` (``docs/screenshots`` keeps a set)
or to the test's temporary folder.
"""

from __future__ import annotations

import gzip
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from pipelines.batch import run
from tests.conftest import SEEDS, SHARED
from tests.support.browser import PHONE, chrome, live_server, screenshot
from tests.support.es import drop_alias, run_argv
from transforms.es.client import EsSettings
from transforms.es.indices import alias_for

pytestmark = pytest.mark.integration

VNTC = SHARED / "corpora" / "vntc-politics" / "vntc-chinh-tri-xa-hoi-test.jsonl.gz"
VNTC_SLICE = 300
XSS_TITLE = 'Hội nghị "thử" <script>window.__xss=1</script> \'"><img src=x onerror="window.__xss=2">'
XSS_TEXT = (
    f"{XSS_TITLE}\n\n29/12/2022 09:00:00 Thử Nghiệm\n"
    "Sáng 29/12, Đảng ủy Khối các cơ quan Trung ương tổ chức Hội nghị lần thứ 5 (mở rộng). "
    "Đồng chí Nguyễn Văn Thử, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối dự và chỉ đạo hội nghị. "
    'Văn bản <script>window.__xss=3</script> và "><svg onload="window.__xss=4"> theo Chỉ thị số '
    "05-CT/TW của Bộ Chính trị.\n"
    "Đồng chí nói: \"</mark><b onmouseover='window.__xss=5'>đậm</b>\" &lt;i&gt;.\n"
)
# any element with an event-handler attribute, any script element, any value set by a payload
INJECTED_JS = """
const handlers = [...document.querySelectorAll('*')].filter(
  e => [...e.attributes].some(a => a.name.toLowerCase().startsWith('on')));
return {scripts: document.scripts.length, handlers: handlers.length,
        images: document.images.length, xss: window.__xss === undefined ? null : window.__xss};
"""


@pytest.fixture(scope="module")
def web_alias(es_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    alias = f"test-web-{uuid.uuid4().hex[:8]}"
    root = tmp_path_factory.mktemp("web-inputs")
    (root / "xss").mkdir()
    (root / "xss" / "xss_test.txt").write_text(XSS_TEXT, encoding="utf-8")
    argv = [*run_argv(SEEDS, es_url, alias, root / "dead"), "--input", str(root / "xss")]
    if VNTC.exists():
        with (
            gzip.open(VNTC, "rt", encoding="utf-8") as src,
            open(root / "vntc.jsonl", "w", encoding="utf-8") as out,
        ):
            for n, line in enumerate(src):
                if n >= VNTC_SLICE:
                    break
                out.write(line)
        argv += ["--input", str(root / "vntc.jsonl")]
    try:
        assert run(argv) == 0
        client = EsSettings(url=es_url).client()
        client.indices.refresh(index=f"{alias},{alias_for(alias, 'mentions')}")
        client.close()
        yield alias
    finally:
        drop_alias(es_url, alias)


@pytest.fixture(scope="module")
def es(es_url: str) -> Iterator[Any]:
    client = EsSettings(url=es_url).client()
    yield client
    client.close()


@pytest.fixture(scope="module")
def site(es_url: str, web_alias: str) -> Iterator[str]:
    from pipelines.web.app import WebConfig, create_app

    app = create_app(WebConfig(EsSettings(url=es_url), web_alias))
    with live_server(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    driver = chrome()
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("BANTIN_SCREENSHOTS")
    return Path(given) if given else tmp_path_factory.mktemp("screenshots")


def _css(driver: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(driver.find_elements(By.CSS_SELECTOR, selector))


def _hit_ids(driver: Any) -> list[str]:
    return [e.get_attribute("data-id") for e in _css(driver, "article.hit")]


def _total(driver: Any) -> int:
    return int(_css(driver, "p.total")[0].get_attribute("data-total"))


def _article_id(es: Any, alias: str, path_part: str) -> str:
    hits = es.search(index=alias, query={"wildcard": {"source.path": f"*{path_part}*"}}, size=1)["hits"][
        "hits"
    ]
    return str(hits[0]["_id"])


def test_search_with_and_without_diacritics_gives_the_same_hits(browser: Any, site: str, shots: Path) -> None:
    browser.get(f"{site}/?q={quote('Đảng ủy Khối')}&n=50")
    marked = _hit_ids(browser)
    marked_total = _total(browser)
    browser.get(f"{site}/?q=dang+uy+khoi&n=50")
    plain = _hit_ids(browser)
    assert marked_total == _total(browser) >= 3
    assert set(marked) == set(plain) and len(plain) == min(50, marked_total)
    snippets = [m.text.casefold() for m in _css(browser, "article.hit .snippet mark")]
    assert "đảng" in snippets and "khối" in snippets  # accent-free query, accented words marked
    bars = _css(browser, "svg.chart-bars rect.bar")
    assert bars and sum(int(b.get_attribute("data-count")) for b in bars) <= marked_total


def test_a_facet_filters_the_hits(browser: Any, site: str, es: Any, web_alias: str, shots: Path) -> None:
    browser.get(f"{site}/?q=ban+chap+hanh+trung+uong")
    screenshot(browser, shots, "search", 1280)
    screenshot(browser, shots, "search-phone", PHONE[0])
    browser.get(f"{site}/?q=hoi+nghi")
    before = _total(browser)
    link = _css(browser, "section.facet[data-facet=person] li a")[0]
    value, count = link.get_attribute("data-value"), int(link.get_attribute("data-count"))
    link.click()
    assert _total(browser) == count < before
    assert _css(browser, "a.chip[data-facet=person]")
    ids = _hit_ids(browser)
    docs = es.mget(index=web_alias, ids=ids, source=["people.name"])["docs"]
    assert docs and all(value in [p["name"] for p in d["_source"]["people"]] for d in docs)
    _css(browser, "a.chip[data-facet=person]")[0].click()  # removing it gives the first count back
    assert _total(browser) == before


def test_paging_with_search_after_visits_every_hit_once(browser: Any, site: str) -> None:
    browser.get(f"{site}/?q=hoi+nghi&n=10")
    total = _total(browser)
    assert total > 20
    seen: list[str] = []
    pages: list[list[str]] = []
    while True:
        pages.append(_hit_ids(browser))
        seen += pages[-1]
        nxt = _css(browser, "nav.pager a.next")
        if not nxt:
            break
        assert "search_after" not in browser.current_url and "from=" not in browser.current_url
        nxt[0].click()
    assert len(seen) == len(set(seen)) == total
    _css(browser, "nav.pager a.prev")[0].click()
    assert _hit_ids(browser) == pages[-2]


def test_the_article_page_highlights_the_record_offsets(
    browser: Any, site: str, es: Any, web_alias: str, shots: Path
) -> None:
    article_id = _article_id(es, web_alias, "001_")
    record = es.get(index=web_alias, id=article_id)["_source"]
    body = record["body"]
    browser.get(f"{site}/bai/{article_id}")
    assert browser.execute_script("return document.getElementById('body').textContent") == body
    marks = browser.execute_script(
        "return [...document.querySelectorAll('#body mark.e')].map(m => [m.dataset.entity, m.dataset.kind,"
        " +m.dataset.start, +m.dataset.end, m.dataset.found === '1', m.textContent])"
    )
    text_of: dict[str, str] = {}
    drawn: set[tuple[str, int, int]] = set()
    for entity, kind, start, end, found, text in marks:
        # a highlight crossing another is drawn in pieces: their texts concatenate
        text_of[entity] = text_of.get(entity, "") + text
        drawn.add((kind, start, end))
        if found:
            assert kind == "title"
    for entity, kind, start, end, _found, _text in marks:
        assert text_of[entity] == body[start:end], (kind, start, end)
    expected = {
        (kind, e["start"], e["end"])
        for kind, key in (
            ("person", "people"),
            ("organization", "organizations"),
            ("document", "documents"),
            ("event", "events"),
            ("figure", "figures"),
        )
        for e in record.get(key) or []
        if isinstance(e.get("start"), int)
    }
    assert expected and expected <= drawn
    titles = {(s, e) for k, s, e in drawn if k == "title"}
    assert {body[s:e] for s, e in titles} <= {t for p in record["people"] for t in p["titles"]}
    assert len(titles) >= 3
    listed = _css(browser, "aside.entities li.entity")
    assert len(listed) >= len(expected)
    screenshot(browser, shots, "article", 1280)
    screenshot(browser, shots, "article-phone", PHONE[0])


def test_the_person_page_draws_positions_over_time(
    browser: Any, site: str, es: Any, web_alias: str, shots: Path
) -> None:
    name = "Võ Văn Thưởng"
    answer = es.search(
        index=alias_for(web_alias, "mentions"),
        size=0,
        query={
            "bool": {
                "filter": [
                    {"term": {"kind": "person"}},
                    {"term": {"person": name}},
                    {"exists": {"field": "date"}},
                ]
            }
        },
        aggs={"titles": {"terms": {"field": "title", "size": 50}}},
    )
    expected = {b["key"]: b["doc_count"] for b in answer["aggregations"]["titles"]["buckets"]}
    assert expected
    browser.get(f"{site}/nguoi?ten={quote(name)}")
    rows = _css(browser, "svg.chart-timeline g.row")
    drawn = {r.get_attribute("data-label"): int(r.get_attribute("data-total")) for r in rows}
    assert drawn == expected
    for row in rows:
        cells = row.find_elements("css selector", "rect.cell")
        assert sum(int(c.get_attribute("data-count")) for c in cells) == int(row.get_attribute("data-total"))
    assert {r.get_attribute("data-title") for r in _css(browser, "tr.position")} >= set(expected)
    assert _css(browser, "aside .terms li a")  # co-occurring people
    screenshot(browser, shots, "person", 1280)
    screenshot(browser, shots, "person-phone", PHONE[0])


def test_the_document_page_draws_citations_by_month(
    browser: Any, site: str, es: Any, web_alias: str, shots: Path
) -> None:
    ref = "05-CT/TW"
    dated = es.count(
        index=alias_for(web_alias, "mentions"),
        query={"bool": {"filter": [{"term": {"document_ref": ref}}, {"exists": {"field": "date"}}]}},
    )["count"]
    assert dated >= 2
    browser.get(f"{site}/van-ban?ref={quote(ref, safe='')}")
    bars = _css(browser, "svg.chart-bars rect.bar")
    assert sum(int(b.get_attribute("data-count")) for b in bars) == dated
    assert _css(browser, "h1")[0].text == f"Chỉ thị {ref}"
    assert _css(browser, "aside .terms li")  # people named in the citing articles
    screenshot(browser, shots, "document", 1280)
    browser.get(f"{site}/van-ban?ref=05-ct%2Ftw")  # another spelling lands on the stored one
    assert _css(browser, "h1")[0].text == f"Chỉ thị {ref}"


def test_the_meetings_page_lists_organizer_session_and_expanded(browser: Any, site: str, shots: Path) -> None:
    browser.get(f"{site}/hoi-nghi?mo_rong=1")
    assert _css(browser, "svg.chart-timeline g.row")
    rows = [r.text for r in _css(browser, "tr.meeting")]
    assert any(
        "Hội nghị lần thứ 5 (mở rộng)" in r and "Đảng ủy Khối các cơ quan Trung ương" in r for r in rows
    )
    screenshot(browser, shots, "meetings", 1280)
    screenshot(browser, shots, "meetings-phone", PHONE[0])


def test_the_script_article_renders_inert_everywhere(
    browser: Any, site: str, es: Any, web_alias: str, shots: Path
) -> None:
    article_id = _article_id(es, web_alias, "xss_test")
    pages = [
        f"/bai/{article_id}",
        "/?q=" + quote("Nguyễn Văn Thử"),
        "/hoi-nghi?mo_rong=1",
        "/van-ban?ref=" + quote("05-CT/TW", safe=""),
        "/nguoi?ten=" + quote("Nguyễn Văn Thử"),
    ]
    for page in pages:
        browser.get(site + page)
        found = browser.execute_script(INJECTED_JS)
        assert found == {"scripts": 0, "handlers": 0, "images": 0, "xss": None}, page
        assert "<script>window.__xss=1</script>" in browser.find_element("tag name", "body").text, page
    browser.get(f"{site}/bai/{article_id}")
    assert browser.find_element("tag name", "h1").text == XSS_TITLE
    assert "<script>window.__xss=3</script>" in browser.find_element("id", "body").text
    screenshot(browser, shots, "article-script", 1280)


def _get(url: str) -> tuple[int, str]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def test_list_pages_and_missing_pages(site: str) -> None:
    status, page = _get(f"{site}/nguoi?q=vo+van+thuong")
    assert status == 200 and "Võ Văn Thưởng" in page
    status, page = _get(f"{site}/van-ban")
    assert status == 200 and "05-CT/TW" in page
    assert _get(f"{site}/bai/{'0' * 40}")[0] == 404
    assert _get(f"{site}/nguoi?ten={quote('Không Có Ai')}")[0] == 404
    assert _get(f"{site}/van-ban?ref=99-XX/YY")[0] == 404
    status, page = _get(f"{site}/?sau=not-a-token&q=x")
    assert status == 200 and "Vị trí trang không hợp lệ" in page


def test_the_person_page_uses_the_people_index_when_it_exists(es_url: str, es: Any, web_alias: str) -> None:
    from pipelines.people import people_alias
    from pipelines.web.app import WebConfig, create_app

    seed = _article_id(es, web_alias, "001_")
    other = _article_id(es, web_alias, "xss_test")
    people = f"{people_alias(web_alias)}-v1"
    # a hand-made people index in place of the one `bantin run` resolved, to hold a namesake
    es.indices.delete(index=f"{people_alias(web_alias)}-*", ignore_unavailable=True)
    es.indices.create(
        index=people,
        aliases={people_alias(web_alias): {}},
        mappings={
            "properties": {
                "person_id": {"type": "keyword"},
                "name": {"type": "keyword"},
                "variants": {"type": "keyword"},
                "article_count": {"type": "integer"},
                "articles": {"type": "keyword"},
            }
        },
    )
    try:
        name = "Võ Văn Thưởng"
        first = {"person_id": "p-a", "name": name, "variants": ["Võ Văn Thưởng (VVT)"], "article_count": 1}
        es.index(index=people, id="a", document={**first, "articles": [seed]})
        namesake = {"person_id": "p-b", "name": name, "article_count": 0, "articles": [other]}
        es.index(index=people, id="b", document=namesake)
        es.indices.refresh(index=people)
        web = create_app(WebConfig(EsSettings(url=es_url), web_alias)).test_client()
        page = web.get("/nguoi?ten=" + quote(name)).get_data(as_text=True)
        assert 'data-person-id="p-a"' in page and "Võ Văn Thưởng (VVT)" in page
        assert "id=p-b" in page  # the namesake is offered, not merged
        recent = page.split("Bài mới nhất")[1]  # the articles of the resolved person, by id
        assert f"/bai/{seed}" in recent and f"/bai/{other}" not in recent
        page = web.get("/nguoi?id=p-b&ten=" + quote(name)).get_data(as_text=True)
        recent = page.split("Bài mới nhất")[1]
        assert 'data-person-id="p-b"' in page and f"/bai/{other}" in recent and f"/bai/{seed}" not in recent
    finally:
        es.indices.delete(index=people, ignore_unavailable=True)
