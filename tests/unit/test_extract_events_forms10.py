"""Made-up examples of meeting forms found in rounds 9-10 and counted on VNTC (issue 9, rulesev):
each test fails without its rule."""

from __future__ import annotations

from transforms.extract.events import extract_events

PUBLISHED = "2025-05-20T08:00:00+07:00"


def test_a_plan_opened_by_a_time_phrase_announces_its_meeting() -> None:
    body = (
        "Dự kiến giữa tháng 06/2025, HĐND huyện Bình Minh tổ chức kỳ họp chuyên đề HĐND huyện, kết hợp "
        "tổng kết hoạt động khóa XII."
    )
    assert extract_events(body, PUBLISHED) == ()
