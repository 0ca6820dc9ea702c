"""Issue 13 end to end: a feed and a news sitemap served on 127.0.0.1, the real batch pipeline, the
real Elasticsearch: poll what is due, source health in `bantin feeds status`, `bantin feeds check`,
the WARC archive and re-extraction from it without fetching."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines.batch import run
from pipelines.cli import main
from tests.conftest import shared_path
from tests.support.es import indexed_docs
from tests.support.feedserver import FeedServer

pytestmark = pytest.mark.integration
RSS = "application/rss+xml; charset=utf-8"


def _rss(server: FeedServer, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>Bài {p}</title><link>{server.url(p)}</link><guid>{p}</guid>"
        "<pubDate>Mon, 09 Mar 2026 08:00:00 +0700</pubDate></item>"
        for p in paths
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'


def _news_sitemap(server: FeedServer, path: str, title: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"<url><loc>{server.url(path)}</loc><news:news><news:publication><news:name>Báo</news:name>"
        "<news:language>vi</news:language></news:publication>"
        f"<news:publication_date>2026-03-09T08:00:00+07:00</news:publication_date><news:title>{title}"
        "</news:title></news:news></url></urlset>"
    )


@pytest.fixture()
def site(tmp_path: Path) -> Iterator[tuple[FeedServer, Path]]:
    folder = shared_path("corpora", "vn-news-html")
    with FeedServer() as server:
        server.set("/robots.txt", "User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"})
        for name in ("vnexpress_article", "tuoitre_article", "dantri_article"):
            server.set(f"/a/{name}.html", (folder / f"{name}.html").read_bytes(),
                       headers={"Content-Type": "text/html"})  # fmt: skip
        server.set("/rss.xml", _rss(server, ["/a/vnexpress_article.html", "/a/tuoitre_article.html"]),
                   etag='"r1"', headers={"Content-Type": RSS})  # fmt: skip
        server.set("/sitemap-news.xml", _news_sitemap(server, "/a/dantri_article.html", "Tin Dân trí"),
                   headers={"Content-Type": "application/xml"})  # fmt: skip
        server.set("/gone.xml", b"", status=410)
        feeds = tmp_path / "feeds.csv"
        feeds.write_text(
            "url,name,kind,min_interval,outlet,province\n"
            f"{server.url('/rss.xml')},RSS,feed,1h,VnExpress,Hà Nội\n"
            f"{server.url('/sitemap-news.xml')},Sitemap,sitemap,1h,Dân trí,\n"
            f"{server.url('/gone.xml')},Gone,feed,,X,\n",
            encoding="utf-8",
        )
        yield server, feeds


def _argv(feeds: Path, es_url: str, alias: str, tmp_path: Path, *extra: str) -> list[str]:
    return [
        "--feeds", str(feeds), "--es-url", es_url, "--index", alias,
        "--dead-letter-dir", str(tmp_path / "dead"), "--host-delay", "0.01", "--fetch-timeout", "2",
        "--progress-interval", "0", "--allow-host", "127.0.0.1", *extra,
    ]  # fmt: skip


def test_sitemap_and_feed_health_due_polls_archive_and_replay(
    site: tuple[FeedServer, Path],
    es_url: str,
    es_index: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server, feeds = site
    archive = tmp_path / "archive"
    assert run(_argv(feeds, es_url, es_index, tmp_path, "--archive", str(archive))) == 1  # the 410 feed
    out = capsys.readouterr().out
    assert "failed [feed/http_410]" in out
    docs = indexed_docs(es_url, es_index)
    urls = {d["source"]["url"] for d in docs.values()}
    assert server.url("/a/dantri_article.html") in urls  # from the news sitemap
    assert len(urls) == 3 and all(d["language"] == "vi" for d in docs.values())

    # feeds status: one row per feed, from the state index
    assert main(["feeds", "status", "--json", "--es-url", es_url, "--index", es_index]) == 1  # one is gone
    rows = {r["name"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert rows["Gone"]["status"] == "gone" and "http_410" in rows["Gone"]["last_error"]
    assert rows["RSS"]["status"] == rows["Sitemap"]["status"] == "ok"
    assert rows["Sitemap"]["kind"] == "sitemap" and rows["RSS"]["next_poll"] and rows["RSS"]["last_success"]
    assert "outlet:VnExpress" in rows["RSS"]["tags"] and "province:Hà Nội" in rows["RSS"]["tags"]
    assert rows["RSS"]["items_per_day_30d"] == round(2 / 30, 2)

    # a second run at once: nothing is due, nothing is asked of the server
    asked = {p: server.count(p) for p in ("/rss.xml", "/sitemap-news.xml", "/gone.xml")}
    assert run(_argv(feeds, es_url, es_index, tmp_path)) == 0
    assert {p: server.count(p) for p in asked} == asked
    capsys.readouterr()

    # the archive re-extracts the three pages without any fetch
    warcs = sorted(archive.glob("*.warc.gz"))
    assert warcs
    pages_before = sum(
        server.count(f"/a/{n}.html") for n in ("vnexpress_article", "tuoitre_article", "dantri_article")
    )
    replay = ["--input", str(archive), "--es-url", es_url, "--index", es_index, "--progress-interval", "0",
              "--dead-letter-dir", str(tmp_path / "dead")]  # fmt: skip
    assert run(replay) == 0
    assert "wrote 3," in capsys.readouterr().out
    pages_after = sum(
        server.count(f"/a/{n}.html") for n in ("vnexpress_article", "tuoitre_article", "dantri_article")
    )
    assert pages_after == pages_before
    assert set(indexed_docs(es_url, es_index)) == set(docs)  # same ids: overwritten, not duplicated


def test_feeds_check_validates_a_list_without_ingesting(
    site: tuple[FeedServer, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    server, feeds = site
    code = main(["feeds", "check", str(feeds), "--json", "--allow-host", "127.0.0.1"])
    rows = {r["name"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert code == 1
    assert rows["RSS"]["ok"] and rows["RSS"]["items"] == 2 and rows["RSS"]["robots"] == "allowed"
    assert rows["Sitemap"]["ok"] and rows["Sitemap"]["type"] == "sitemap-news"
    assert not rows["Gone"]["ok"] and rows["Gone"]["status"] == 410
    assert server.count("/a/vnexpress_article.html") == 0  # nothing ingested, no page fetched


PARAS = (
    "Sáng nay, tại Hà Nội, Thủ tướng Chính phủ chủ trì hội nghị trực tuyến với các bộ, ngành và địa phương "
    "để bàn các giải pháp thúc đẩy tăng trưởng kinh tế trong những tháng cuối năm.",
    "Phát biểu khai mạc, Thủ tướng nhấn mạnh yêu cầu tháo gỡ khó khăn cho doanh nghiệp, đẩy nhanh giải ngân "
    "vốn đầu tư công và bảo đảm an sinh xã hội cho người dân ở các vùng bị ảnh hưởng bởi thiên tai.",
    "Các đại biểu đã thảo luận về tình hình sản xuất, xuất khẩu, thị trường lao động và đề xuất nhiều kiến "
    "nghị cụ thể với Chính phủ, trong đó có việc sửa đổi một số quy định về thủ tục hành chính.",
)


def _page(title: str, *paras: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def test_republished_title_is_found_across_runs_by_title_key(
    es_url: str, es_index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A story re-published by its outlet under a new URL, in a later run, with its title re-typed
    (case, punctuation, another tone-mark style): flagged against the article of the first run through
    the ``title_key`` field, which an index made before the field existed gets on the next start."""
    from transforms.es.client import EsSettings
    from transforms.es.indices import index_template, mapping_version

    first_title = "Thủ tướng chủ trì hội nghị trực tuyến thúc đẩy tăng trưởng kinh tế: hoà bình"
    again_title = "THỦ TƯỚNG chủ trì Hội nghị trực tuyến thúc đẩy tăng trưởng kinh tế - hòa bình!"
    # an index as made before `title_key` existed (same mapping version, field missing)
    template = index_template(es_index)
    del template["template"]["mappings"]["properties"]["title_key"]
    client = EsSettings(url=es_url).client()
    old = f"{es_index}-v{mapping_version(template)}"
    client.indices.create(index=old, mappings=template["template"]["mappings"],
                          settings=template["template"].get("settings"),
                          aliases={es_index: {"is_write_index": True}})  # fmt: skip
    with FeedServer() as server:
        server.set("/robots.txt", "User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"})
        html = {"Content-Type": "text/html; charset=utf-8"}
        server.set("/a/1.html", _page(first_title, *PARAS), headers=html)
        server.set("/b/2.html", _page(again_title, *reversed(PARAS)), headers=html)
        server.set("/rss.xml", _rss(server, ["/a/1.html"]), etag='"1"', headers={"Content-Type": RSS})
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(f"feeds:\n  - url: {server.url('/rss.xml')}\n    name: T\n", encoding="utf-8")
        assert run(_argv(feeds, es_url, es_index, tmp_path)) == 0
        props = client.indices.get_mapping(index=old).body[old]["mappings"]["properties"]
        assert props["title_key"]["type"] == "keyword"  # put into the older index at start
        first = next(iter(indexed_docs(es_url, es_index).values()))
        assert first["title_key"] and first["title_key"].startswith("127.0.0.1|thu tuong chu tri")
        assert first.get("duplicate_of") is None

        # a later run (new process state: nothing in memory), the story under a new URL
        server.set("/rss.xml", _rss(server, ["/b/2.html"]), etag='"2"', headers={"Content-Type": RSS})
        assert run(_argv(feeds, es_url, es_index, tmp_path, "--poll-all")) == 0
    client.close()
    capsys.readouterr()
    docs = indexed_docs(es_url, es_index)
    assert len(docs) == 2
    (first_id,) = [i for i, d in docs.items() if d["source"]["url"].endswith("/a/1.html")]
    (again,) = [d for d in docs.values() if d["source"]["url"].endswith("/b/2.html")]
    assert again["title_key"] == docs[first_id]["title_key"]
    assert again["duplicate_of"] == first_id
    assert any(n.startswith("republished:") for n in again.get("notes", []))
