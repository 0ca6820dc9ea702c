"""The second dedup key: normalized title per publisher within a few days (issue 13)."""

from __future__ import annotations

from transforms.republish import RecentTitles, close_in_time, normalize_title, publisher_host, title_key

T = "Thủ tướng chủ trì hội nghị trực tuyến toàn quốc về phát triển kinh tế"


def test_key_is_outlet_and_normalized_title() -> None:
    a = title_key("https://vnexpress.net/thu-tuong-chu-tri-123.html", T)
    b = title_key("https://m.vnexpress.net/thu-tuong-chu-tri-hoi-nghi-456.html", f"  {T.upper()}!  ")
    assert a == b and a is not None and a.startswith("vnexpress.net|")
    assert title_key("https://tuoitre.vn/x.html", T) != a  # another outlet: another story
    assert title_key("https://vnexpress.net/x.html", "Tin vắn") is None  # too generic
    assert normalize_title("Hội nghị: “Lần thứ 9” - 2026") == "hoi nghi lan thu 9 2026"
    # another tone-mark style, or no marks at all: the same key
    assert normalize_title("Hoà bình") == normalize_title("Hòa bình") == normalize_title("HOA BINH")
    assert normalize_title("Đại hội Đảng") == "dai hoi dang"
    assert publisher_host("https://www.nhandan.vn/a") == "nhandan.vn"


def test_only_within_the_window() -> None:
    assert close_in_time("2026-03-09T08:00:00+07:00", "2026-03-11T08:00:00+07:00")
    assert not close_in_time("2026-03-01T08:00:00+07:00", "2026-03-09T08:00:00+07:00")
    assert close_in_time(None, "2026-03-09")
    seen = RecentTitles(limit=2)
    key = title_key("https://vnexpress.net/a.html", T)
    seen.remember(key, "id1", "2026-03-09T08:00:00+07:00")
    assert seen.owner(key, "id2", "2026-03-10T09:00:00+07:00") == "id1"
    assert seen.owner(key, "id1", "2026-03-10T09:00:00+07:00") is None  # the same article again
    assert seen.owner(key, "id3", "2026-03-20T09:00:00+07:00") is None  # too late: a new story
    seen.remember("b", "x", None)
    seen.remember("c", "y", None)
    assert seen.owner(key, "id2", None) is None  # forgotten: memory stays flat
