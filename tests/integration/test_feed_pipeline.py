"""Feeds end to end: a real HTTP server on 127.0.0.1 serving recorded pages, the real pipeline,
the real Elasticsearch. First run writes, second run fetches nothing, third picks up a new item;
the streaming job picks up an item added while it runs."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipelines.batch import run
from pipelines.cli import main
from tests.conftest import ROOT, shared_path
from tests.support.encodings import to_cp1258
from tests.support.es import indexed_docs
from tests.support.feedserver import FeedServer

pytestmark = pytest.mark.integration

PAGES = ("vnexpress_article", "tuoitre_article", "dantri_article")
RSS = "application/rss+xml; charset=utf-8"


LEGACY_PAGE = to_cp1258(
    "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1258'>"
    "<title>Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9</title></head><body><article>"
    "<h1>Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9</h1>"
    "<p>Sáng 12/3, tại Hà Nội, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9 "
    "để quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng.</p>"
    "<p>Đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị và phát biểu "
    "kết luận, đề nghị các cấp ủy tiếp tục thực hiện nghiêm túc các nhiệm vụ trọng tâm của năm.</p>"
    "<p>Hội nghị cũng thông qua nghị quyết về phát triển kinh tế - xã hội và quốc phòng, an ninh trong "
    "những tháng cuối năm, với nhiều giải pháp cụ thể cho từng sở, ban, ngành của tỉnh.</p>"
    "</article></body></html>"
)


def rss(server: FeedServer, items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>{server.url(path)}</link><guid>{server.url(path)}</guid>"
        f"<description>{summary}</description><pubDate>Mon, 09 Mar 2026 08:00:00 +0700</pubDate></item>"
        for path, title, summary in items
    )
    head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
    return (head + entries + "</channel></rss>").encode()


@pytest.fixture()
def site(tmp_path: Path) -> Iterator[tuple[FeedServer, Path, list[tuple[str, str, str]]]]:
    folder = shared_path("corpora", "vn-news-html")
    with FeedServer() as server:
        server.set(
            "/robots.txt", "User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"}
        )
        for name in PAGES:
            server.set(
                f"/a/{name}.html",
                (folder / f"{name}.html").read_bytes(),
                headers={"Content-Type": "text/html"},
            )
        server.set("/a/legacy.html", LEGACY_PAGE, headers={"Content-Type": "text/html; charset=windows-1258"})
        server.set("/a/huge.html", b"<html><body>" + b"<p>x</p>" * 600_000 + b"</body></html>",
                   headers={"Content-Type": "text/html"})  # fmt: skip
        server.set("/a/slow.html", (folder / "nld_article.html").read_bytes(), delay=3.0,
                   headers={"Content-Type": "text/html"})  # fmt: skip
        server.set("/private/secret.html", b"<html><body><p>never fetched</p></body></html>")
        server.set("/a/gone.html", b"not found", status=404)
        server.redirect("/old/dantri.html", "/a/dantri_article.html", status=301)
        items = [
            ("/a/vnexpress_article.html", "VnExpress", "Tóm tắt một"),
            ("/a/tuoitre_article.html?utm_source=rss&utm_medium=feed", "Tuổi Trẻ", "Tóm tắt hai"),
            ("/old/dantri.html", "Dân trí", "Tóm tắt ba"),
            ("/a/legacy.html", "Legacy", "Tóm tắt bốn"),
            ("/private/secret.html", "Robots", "Bản tin chỉ có trong nguồn cấp: Hội nghị Tỉnh ủy lần thứ 5."),
            ("/a/gone.html", "Gone", "Tóm tắt sáu"),
            ("/a/huge.html", "Huge", "Tóm tắt bảy"),
            ("/a/slow.html", "Slow", "Tóm tắt tám"),
        ]
        server.set("/feed.xml", rss(server, items), etag='"v1"', headers={"Content-Type": RSS})
        # a second feed lists one of the same stories under its tracking-free URL
        server.set("/other.xml", rss(server, [items[0]]), headers={"Content-Type": RSS})
        server.set("/broken.xml", b"boom", status=500)
        feeds = tmp_path / "feeds.yaml"
        listed = ("/feed.xml", "/other.xml", "/broken.xml")
        lines = "".join(f"  - url: {server.url(p)}\n    poll_interval: 60\n" for p in listed)
        feeds.write_text("feeds:\n" + lines, encoding="utf-8")
        yield server, feeds, items


def _argv(feeds: Path, es_url: str, alias: str, tmp_path: Path) -> list[str]:
    return [
        "--feeds", str(feeds), "--es-url", es_url, "--index", alias,
        "--dead-letter-dir", str(tmp_path / "dead"), "--host-delay", "0.02", "--fetch-timeout", "1",
        "--max-bytes", "2000000", "--progress-interval", "0", "--allow-host", "127.0.0.1", "--poll-all",
    ]  # fmt: skip


def _urls(es_url: str, alias: str) -> dict[str, dict[str, Any]]:
    return {d["source"]["url"]: d for d in indexed_docs(es_url, alias).values()}


def test_incremental_feed_runs(
    site: tuple[FeedServer, Path, list[tuple[str, str, str]]],
    es_url: str,
    es_index: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server, feeds, items = site
    argv = _argv(feeds, es_url, es_index, tmp_path)

    assert run(argv) == 1  # some items failed, and say so
    out = capsys.readouterr().out
    docs = _urls(es_url, es_index)
    expected = {
        server.url("/a/vnexpress_article.html"),
        server.url("/a/tuoitre_article.html"),  # tracking parameters stripped
        server.url("/old/dantri.html"),
        server.url("/a/legacy.html"),
        server.url("/private/secret.html"),
    }
    assert set(docs) == expected
    legacy = docs[server.url("/a/legacy.html")]
    assert "Ban Chấp hành Đảng bộ tỉnh lần thứ 9" in str(legacy["title"])
    assert "05-CT/TW" in [d["ref"] for d in legacy["documents"]]
    robots = docs[server.url("/private/secret.html")]
    assert "Hội nghị Tỉnh ủy lần thứ 5" in str(robots["body"]) and robots["notes"]
    assert server.count("/private/secret.html") == 0
    for reason in ("fetch/http_404", "fetch/too_large", "fetch/timeout", "feed/http_500"):
        assert f"failed [{reason}]" in out, out
    assert server.count("/a/vnexpress_article.html") == 1  # listed by two feeds, fetched once

    pages = {p for p, _, _ in items}
    before = {p.split("?")[0]: server.count(p.split("?")[0]) for p in pages}
    assert run(argv) == 1  # the slow/huge/gone items are still failing
    out = capsys.readouterr().out
    assert "wrote 0," in out
    assert server.hits_for("/feed.xml")[-1].headers.get("if-none-match") == '"v1"'
    written_pages = {
        "/a/vnexpress_article.html",
        "/a/tuoitre_article.html",
        "/old/dantri.html",
        "/a/legacy.html",
    }
    for path in written_pages:
        assert server.count(path) == before[path], f"{path} fetched again"

    # the feed changes: items move, one is new
    server.set("/a/new.html", (shared_path("corpora", "vn-news-html") / "nld_article.html").read_bytes(),
               headers={"Content-Type": "text/html"})  # fmt: skip
    moved = [("/a/new.html", "Mới", "Tóm tắt mới"), *reversed(items)]
    server.set("/feed.xml", rss(server, moved), etag='"v2"', headers={"Content-Type": RSS})
    assert run(argv) == 1
    out = capsys.readouterr().out
    assert "wrote 1," in out
    assert set(_urls(es_url, es_index)) == expected | {server.url("/a/new.html")}
    for path in written_pages:
        assert server.count(path) == before[path]


def test_streaming_job_picks_up_an_item_added_while_it_runs(
    site: tuple[FeedServer, Path, list[tuple[str, str, str]]],
    es_url: str,
    es_index: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server, _, items = site
    one = tmp_path / "one.yaml"
    stack = contextlib.ExitStack()
    # another host (port) answers 429 with Retry-After for one feed and would serve another
    throttle = stack.enter_context(FeedServer())
    throttle.set("/busy.xml", b"slow down", status=429, headers={"Retry-After": "3600"})
    throttle.set("/other.xml", rss(throttle, []), headers={"Content-Type": RSS})
    # loopback feeds may be polled every second (the 60 s politeness floor is for real outlets)
    one.write_text(
        "feeds:\n"
        + "".join(f"  - url: {u}\n    poll_interval: 1\n"
                  for u in (server.url("/feed.xml"), throttle.url("/busy.xml"), throttle.url("/other.xml"))),
        encoding="utf-8",
    )  # fmt: skip
    server.set("/feed.xml", rss(server, items[:1]), etag='"s1"', headers={"Content-Type": RSS})
    argv = [
        sys.executable,
        "-m",
        "pipelines.cli",
        "stream",
        "--poll-interval",
        "1",
        *_argv(one, es_url, es_index, tmp_path),
    ]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    job = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and server.url("/a/vnexpress_article.html") not in _safe_urls(
            es_url, es_index
        ):
            assert job.poll() is None, job.communicate()
            time.sleep(0.5)
        assert server.url("/a/vnexpress_article.html") in _urls(es_url, es_index)
        server.set("/feed.xml", rss(server, [items[0], items[1]]), etag='"s2"', headers={"Content-Type": RSS})
        while time.monotonic() < deadline and server.url("/a/tuoitre_article.html") not in _safe_urls(
            es_url, es_index
        ):
            assert job.poll() is None, job.communicate()
            time.sleep(0.5)
        assert server.url("/a/tuoitre_article.html") in _urls(es_url, es_index)
    finally:
        job.send_signal(2)  # Ctrl-C
        out, err = job.communicate(timeout=60)
        stack.close()
    assert job.returncode == 0, err
    assert "stream ended" in out
    assert server.count("/a/vnexpress_article.html") == 1
    # the streaming job keeps to Retry-After (the feed's next poll, in its state) across its ticks,
    # and to the host's wait (the other feed of that host is not asked after the 429 either)
    assert server.count("/feed.xml") >= 2  # at least two ticks polled the feed
    assert throttle.count("/busy.xml") == 1 and throttle.count("/other.xml") <= 1
    assert main(["feeds", "status", "--json", "--es-url", es_url, "--index", es_index]) == 0
    rows = {r["feed"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    busy = rows[throttle.url("/busy.xml")]
    assert "http_429" in busy["last_error"] and busy["next_poll"] > busy["last_error_at"]
    assert rows[server.url("/feed.xml")]["status"] == "ok" and rows[server.url("/feed.xml")]["interval_s"]


def _safe_urls(es_url: str, alias: str) -> set[str]:
    try:
        return set(_urls(es_url, alias))
    except Exception:
        return set()
