"""Feed lists at scale (issue 13): CSV and OPML of hundreds of feeds with bounds and tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.sources.feedlist import FeedListError, load_feed_list
from transforms.sources.tracker import bounds_of

PROVINCES = ("Hà Nội", "Đà Nẵng", "Cần Thơ", "Huế")


def test_a_csv_of_hundreds_of_feeds_with_bounds_and_tags(tmp_path: Path) -> None:
    lines = ["url;name;kind;min_interval;max_interval;outlet;province;language;tags"]
    for i in range(400):
        kind = "sitemap" if i % 5 == 0 else "feed"
        low, high = ("5m", "2h") if i % 2 else ("", "")
        province = PROVINCES[i % len(PROVINCES)]
        lines.append(
            f"https://bao{i}.vn/rss/{i}.rss;Báo {i};{kind};{low};{high};Báo {i};{province};vi;topic=chinh-tri"
        )
    path = tmp_path / "feeds.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    feeds = load_feed_list(str(path))
    assert len(feeds) == 400 and len({f.url for f in feeds}) == 400
    assert sum(f.kind == "sitemap" for f in feeds) == 80
    one = feeds[1]
    assert (one.min_interval, one.max_interval) == (300, 7200)
    assert bounds_of(one).min_interval == 300 and bounds_of(one).max_interval == 7200
    assert bounds_of(feeds[0]).min_interval == 600 and bounds_of(feeds[0]).max_interval == 86400  # defaults
    tags = dict(one.tags)
    assert tags == {"topic": "chinh-tri", "outlet": "Báo 1", "province": "Đà Nẵng", "language": "vi"}


def test_opml_sitemaps_bounds_and_tags(tmp_path: Path) -> None:
    outlines = "".join(
        f'<outline type="{"sitemap" if i % 2 else "rss"}" text="Báo {i}" xmlUrl="https://bao{i}.vn/f.xml"'
        f' minInterval="15m" maxInterval="1d" outlet="Báo {i}" province="{PROVINCES[i % 4]}"'
        ' category="chính trị"/>'
        for i in range(200)
    )
    path = tmp_path / "feeds.opml"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><head/><body>{outlines}</body></opml>',
        encoding="utf-8",
    )
    feeds = load_feed_list(str(path))
    assert len(feeds) == 200 and sum(f.kind == "sitemap" for f in feeds) == 100
    assert all((f.min_interval, f.max_interval) == (900, 86400) for f in feeds)
    tags = dict(feeds[3].tags)
    assert tags == {"outlet": "Báo 3", "province": "Huế", "category": "chính trị", "language": "vi"}


BAD_ROWS = {
    "https://e.vn/f,feed,2h,10m": "above max_interval",
    "https://e.vn/f,feed,30s,": "below the minimum",
    "https://e.vn/f,podcast,,": "kind must be feed or sitemap",
    "https://e.vn/f,feed,soon,": "not a duration",
}


def test_bad_bounds_and_kinds_are_clear_errors(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    for row, message in BAD_ROWS.items():
        path.write_text(f"url,kind,min_interval,max_interval\n{row}\n", encoding="utf-8")
        with pytest.raises(FeedListError, match=message):
            load_feed_list(str(path))
