"""Feed parsing (RSS, Atom, RDF, JSON Feed), rejections with reasons, feed lists."""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_path
from transforms.sources.feedlist import FeedListError, load_feed_list
from transforms.sources.feeds import describe_feed_file, html_to_text, iso_datetime, parse_feed

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Tuổi Trẻ Online - Thời sự</title>
  <link>https://tuoitre.vn/thoi-su.htm</link>
  <item>
    <title><![CDATA[Tổng Bí thư làm việc với Ban Thường vụ Thành ủy]]></title>
    <link>/thoi-su/bai-1.htm?utm_source=rss&amp;utm_medium=feed</link>
    <guid isPermaLink="false">tt-1</guid>
    <pubDate>Sat, 07 Mar 2026 08:01:53 +0700</pubDate>
    <description><![CDATA[<a href="/x"><img src="a.jpg" /></a>Chiều 6-3, <b>Tổng Bí thư</b>
      đã làm việc&amp;apos;s.<br/>Dòng hai]]></description>
  </item>
  <item>
    <title>Quốc hội khai mạc kỳ họp</title>
    <link>https://tuoitre.vn/thoi-su/bai-2.htm#comments</link>
    <pubDate>Fri, 06 Mar 2026 21:00:00 GMT</pubDate>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://nhandan.vn/">
  <title type="text">Nhân Dân</title>
  <link rel="alternate" href="https://nhandan.vn/"/>
  <id>urn:nd</id>
  <updated>2026-03-07T09:00:00+07:00</updated>
  <entry>
    <title>Hội nghị Ban Chấp hành Trung ương</title>
    <link rel="alternate" href="chinhtri/hoi-nghi-123.html"/>
    <id>urn:nd:123</id>
    <published>2026-03-07T08:30:00+07:00</published>
    <updated>2026-03-07T09:00:00+07:00</updated>
    <summary type="html">&lt;p&gt;Sáng 7/3, tại Hà Nội...&lt;/p&gt;</summary>
  </entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/"><title>RDF</title><link>https://example.org/</link>
    <description>d</description></channel>
  <item rdf:about="https://example.org/a"><title>A</title><link>https://example.org/a</link>
    <dc:date>2026-03-01T10:00:00Z</dc:date></item>
</rdf:RDF>
"""


def test_rss20_entries_links_dates_and_summary() -> None:
    parsed = parse_feed(RSS.encode(), url="https://tuoitre.vn/rss/thoi-su.rss")
    assert parsed.ok and parsed.error is None and parsed.warning is None
    assert parsed.type == "rss20"
    assert parsed.title == "Tuổi Trẻ Online - Thời sự"
    first, second = parsed.entries
    assert first.guid == "tt-1"
    assert first.title == "Tổng Bí thư làm việc với Ban Thường vụ Thành ủy"
    assert first.link == "https://tuoitre.vn/thoi-su/bai-1.htm"  # resolved, tracking dropped
    assert first.published == "2026-03-07T08:01:53+07:00"  # the stated offset is kept
    assert first.summary == "Chiều 6-3, Tổng Bí thư đã làm việc's.\nDòng hai"
    assert second.link == "https://tuoitre.vn/thoi-su/bai-2.htm"
    assert second.guid == second.link  # no guid: the canonical link stands in
    assert second.published == "2026-03-06T21:00:00+00:00"
    assert second.summary is None


def test_atom_with_xml_base() -> None:
    parsed = parse_feed(ATOM.encode(), url="https://nhandan.vn/atom.xml")
    assert parsed.ok and parsed.type == "atom10"
    (entry,) = parsed.entries
    assert entry.link == "https://nhandan.vn/chinhtri/hoi-nghi-123.html"
    assert entry.guid == "urn:nd:123"
    assert entry.published == "2026-03-07T08:30:00+07:00"
    assert entry.summary == "Sáng 7/3, tại Hà Nội..."
    assert entry.title == "Hội nghị Ban Chấp hành Trung ương"


def test_rss10_rdf() -> None:
    parsed = parse_feed(RDF.encode())
    assert parsed.ok and parsed.type == "rss10"
    assert [e.link for e in parsed.entries] == ["https://example.org/a"]
    assert parsed.entries[0].published == "2026-03-01T10:00:00+00:00"


def test_json_feed() -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Báo mẫu",
        "home_page_url": "https://example.vn/",
        "items": [
            {
                "id": 1,
                "url": "/a?utm_source=x",
                "title": "Tin A",
                "content_html": "<p>Nội dung <b>A</b></p>",
                "date_published": "2026-03-07T08:00:00+07:00",
            },
            {"id": "b", "content_text": "Chỉ có văn bản"},
            "not an item",
        ],
    }
    parsed = parse_feed(json.dumps(doc).encode())
    assert parsed.ok and parsed.type == "json11" and parsed.title == "Báo mẫu"
    first, second = parsed.entries
    assert (first.guid, first.link, first.summary) == ("1", "https://example.vn/a", "Nội dung A")
    assert first.published == "2026-03-07T08:00:00+07:00"
    assert (second.guid, second.link, second.title, second.summary) == ("b", None, None, "Chỉ có văn bản")


def test_json_feed_from_feedparser_corpus() -> None:
    path = shared_path("corpora", "feedparser-tests", "json", "example.json")
    info = describe_feed_file(str(path))
    assert info == {"file": str(path), "ok": True, "entries": 2, "type": "json1", "error": None}


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t ", "empty document (only white space)"),
        (
            b"<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>",
            "not a feed: HTML page",
        ),
        (
            b"<?xml version='1.0'?>\n<!-- c -->\n<html xmlns='http://www.w3.org/1999/xhtml'/>",
            "not a feed: HTML page",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a feed: binary data"),
        (b"just some words", "not a feed: plain text, not XML"),
        (
            b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>",
            "not a feed: XML document with root element <svg>",
        ),
        (b"<!-- only a comment -->", "not a feed: markup without any element"),
        (b'{"a": 1}', "not a feed: JSON document without a jsonfeed.org version"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": 3}', "JSON Feed without an items list"),
        (b'{"version": ', "not a feed: invalid JSON at line 1, column 13: Expecting value"),
        (
            b'<?xml version="1.0"?>\n<rss version="2.0">\n<channel><title>x</channel>\n</rss>',
            "XML not well-formed at line 3, column 20: mismatched tag",
        ),
    ],
)
def test_rejections_say_why(data: bytes, reason: str) -> None:
    parsed = parse_feed(data)
    assert not parsed.ok
    assert parsed.error == reason
    assert parsed.entries == ()


def test_bozo_feed_with_entries_is_ok_with_a_warning() -> None:
    data = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>Caf&eacute; &amp; tin</title><link>https://example.vn/1</link></item>"
        b"</channel></rss>"
    )
    parsed = parse_feed(data)
    assert parsed.ok and len(parsed.entries) == 1
    assert parsed.entries[0].title == "Café & tin"
    assert parsed.warning is not None and "undefined entity" in parsed.warning


def test_titles_are_nfc_and_unescaped_until_stable() -> None:
    nfd_title = "A\u0309nh: Đa\u0300m pha\u0301n"  # decomposed, as on some real pages
    data = (
        '<rss version="2.0"><channel><title>T</title><item>'
        f"<title>{nfd_title} &amp;amp;apos;x&amp;amp;apos;</title><link>https://e.vn/1</link>"
        "</item></channel></rss>"
    ).encode()
    (entry,) = parse_feed(data).entries
    assert entry.title == "Ảnh: Đàm phán 'x'"


def test_garbage_never_raises() -> None:
    samples = [
        b"<",
        b"<<<>>>",
        b"<rss",
        b"\xff\xfe<\x00r\x00",
        b"\x00" * 10,
        b"{",
        b"[1,2]",
        b"<rss><item><link>",
    ]
    samples += [
        bytes(range(256)),
        "<rss>\u0000</rss>".encode(),
        b"<?xml version='1.0' encoding='bogus'?><rss/>",
    ]
    for data in samples:
        parsed = parse_feed(data)
        assert parsed.ok or parsed.error


def test_no_guid_no_link_gives_a_stable_hash() -> None:
    data = b"<rss version='2.0'><channel><title>T</title><item><title>Only a title</title></item></channel>"
    data += b"</rss>"
    first = parse_feed(data).entries[0]
    again = parse_feed(data).entries[0]
    assert first.guid.startswith("sha1:") and first.guid == again.guid


def test_feedparser_never_reads_files_or_urls(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text("<rss version='2.0'><channel><item><title>leak</title></item></channel></rss>")
    parsed = parse_feed(str(secret).encode())
    assert not parsed.ok and parsed.entries == ()


def test_iso_datetime_forms() -> None:
    assert iso_datetime("Sat, 07 Mar 2026 08:01:53 +0700") == "2026-03-07T08:01:53+07:00"
    assert iso_datetime("2026-03-07T08:52:11.000 +07:00") == "2026-03-07T08:52:11+07:00"
    assert iso_datetime("2026-03-07") == "2026-03-07"
    assert iso_datetime("not a date") is None
    assert iso_datetime(None) is None


def test_html_to_text_drops_scripts() -> None:
    assert html_to_text("<p>Một</p><script>alert(1)</script><p>Hai &amp; ba</p>") == "Một\nHai & ba"


def test_describe_feed_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(RSS.encode())
    assert describe_feed_file(str(path)) == {
        "file": str(path),
        "ok": True,
        "entries": 2,
        "type": "rss20",
        "error": None,
    }
    missing = describe_feed_file(str(tmp_path / "nope.xml"))
    assert missing["ok"] is False and missing["error"] == "cannot read file: No such file or directory"
    json.dumps(missing, ensure_ascii=False)


def test_whole_feedparser_corpus() -> None:
    """Every file of feedparser's test suite: entries, an empty feed, or a counted rejection."""
    root = shared_path("corpora", "feedparser-tests")
    outcome: collections.Counter[str] = collections.Counter()
    reasons: collections.Counter[str] = collections.Counter()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        info = describe_feed_file(str(path))
        assert set(info) == {"file", "ok", "entries", "type", "error"}
        json.dumps(info, ensure_ascii=False)
        if info["ok"]:
            assert info["error"] is None
            outcome["parsed" if info["entries"] else "empty"] += 1
        else:
            assert info["error"] and not info["error"].startswith("feed reader failed"), info
            outcome["rejected"] += 1
            reasons[info["error"].split(" at line")[0]] += 1
    assert sum(outcome.values()) > 2000
    assert outcome["parsed"] > 1100
    # rejections are XML that is not well-formed (mostly HTML entities undefined in XML) or no feed
    assert outcome["rejected"] < 300
    assert set(reasons) <= {"XML not well-formed", "not a feed: markup without any element"}


def test_feeds_yaml_of_the_project() -> None:
    feeds = load_feed_list(str(ROOT / "seeds" / "feeds.yaml"))
    assert len(feeds) >= 10
    assert len({f.url for f in feeds}) == len(feeds)
    assert all(f.url.startswith("https://") and f.name and f.language == "vi" for f in feeds)
    assert all(f.poll_interval >= 60 for f in feeds)
    names = " ".join(f.name or "" for f in feeds)
    for outlet in (
        "Nhân Dân",
        "Đảng Cộng sản",
        "Báo Chính phủ",
        "VnExpress",
        "Tuổi Trẻ",
        "Thanh Niên",
        "VietnamPlus",
        "Dân trí",
    ):
        assert outlet in names


def test_feed_list_yaml_defaults_and_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "feeds:\n"
        "  - url: HTTPS://VnExpress.net/rss/thoi-su.rss\n"
        "  - url: https://vnexpress.net/rss/thoi-su.rss#again\n"
        "    name: duplicate\n"
        "  - https://tuoitre.vn/rss/thoi-su.rss\n"
        "  - {url: 'https://nld.com.vn/rss/thoi-su.rss', poll_interval: 1800,\n"
        "     enabled: false, language: vi}\n",
        encoding="utf-8",
    )
    feeds = load_feed_list(str(path))
    assert [f.url for f in feeds] == [
        "https://vnexpress.net/rss/thoi-su.rss",
        "https://tuoitre.vn/rss/thoi-su.rss",
        "https://nld.com.vn/rss/thoi-su.rss",
    ]
    assert feeds[0].name is None and feeds[0].poll_interval == 900 and feeds[0].enabled
    assert feeds[2].poll_interval == 1800 and not feeds[2].enabled


def test_feed_list_opml(tmp_path: Path) -> None:
    path = tmp_path / "subs.opml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><head><title>t</title></head><body>'
        '<outline text="Chính trị">'
        '  <outline type="rss" text="VnExpress" title="VnExpress - Thời sự"'
        '    xmlUrl="https://vnexpress.net/rss/thoi-su.rss"/>'
        '  <outline type="rss" text="Dân trí"'
        '    xmlUrl="https://dantri.com.vn/rss/xa-hoi.rss" pollInterval="600"/>'
        "</outline>"
        '<outline text="no feed here"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    feeds = load_feed_list(str(path))
    assert [(f.url, f.name, f.poll_interval) for f in feeds] == [
        ("https://vnexpress.net/rss/thoi-su.rss", "VnExpress - Thời sự", 900),
        ("https://dantri.com.vn/rss/xa-hoi.rss", "Dân trí", 600),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds:\n  - name: no url\n", "feed 1: missing url"),
        ("feeds:\n  - url: ftp://example.com/feed\n", "feed 1: not an http(s) URL"),
        ("feeds:\n  - url: https://e.vn/f\n    poll_interval: 5\n", "below the minimum"),
        ("feeds:\n  - url: https://e.vn/f\n    enabled: maybe\n", "enabled must be true or false"),
        ("feeds:\n  - url: https://e.vn/f\n    interval: 5\n", "unknown keys ['interval']"),
        ("items: []\n", "expected a top-level 'feeds:' list"),
        ("feeds: [\n", "not valid YAML"),
    ],
)
def test_feed_list_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FeedListError, match=None) as info:
        load_feed_list(str(path))
    assert message in str(info.value)
