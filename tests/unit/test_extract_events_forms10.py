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


def test_a_year_after_the_name_then_will_announces_the_meeting() -> None:
    body = (
        "Đại hội đại biểu các dân tộc thiểu số tỉnh Bình Minh lần thứ III, năm 2019 sẽ diễn ra từ "
        "24 - 25/10/2019."
    )
    assert extract_events(body, "2019-09-11T08:00:00+07:00") == ()


def test_a_session_named_with_a_past_year_is_recalled() -> None:
    body = "Ông Lò Văn A phát biểu khai mạc Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ II năm 2014."
    assert extract_events(body, "2019-09-11T08:00:00+07:00") == ()
