"""Session 13, second events pass (events2): days told by "từ" alone, sessions of named gatherings."""

from __future__ import annotations

from transforms.extract.dates import find_days
from transforms.extract.events import extract_events


def test_a_span_after_tu_dates_the_meeting_of_its_sentence() -> None:
    text = (
        "Đó là thỏa thuận trong cuộc họp bất thường giữa Thứ trưởng Nguyễn Văn A và Bộ trưởng Trần B "
        "từ 20 đến 22-12-2005 tại Phnom Penh."
    )
    days = find_days(text)
    assert [(d.day, d.month, d.year) for d in days] == [(20, 12, 2005)]


def test_a_dashed_span_without_year() -> None:
    days = find_days("Theo đó, Đại hội diễn ra từ 11-13/10 tại Cung Văn hóa lao động.")
    assert [(d.day, d.month, d.year) for d in days] == [(11, 10, None)]


def test_a_span_with_no_meeting_a_plan_or_a_count_is_no_day() -> None:
    assert find_days("Theo quy định, từ 19 đến 21/6, các sở sẽ duyệt kết quả thi.") == []
    assert find_days("Đại hội lần II sẽ diễn ra trong 3 ngày từ 17-19/4/2020 tại Hà Nội.") == []
    assert find_days("Mỗi tháng hội nghị họp từ 1 đến 2-3 lần.") == []


def test_a_gathering_takes_no_session_of_the_meeting_it_names() -> None:
    body = (
        "Sáng 6/10/2020, Ban Tuyên giáo Thành ủy tổ chức họp báo thông tin về Đại hội Đại biểu lần thứ XVII "
        "Đảng bộ thành phố, nhiệm kỳ 2020-2025."
    )
    events = extract_events(body)
    assert events and events[0].name.startswith("Họp báo") and events[0].session is None
    sitting = extract_events("Sáng 5/3/2025, Ủy ban Thường vụ Quốc hội khai mạc Phiên họp thứ 42.")
    assert sitting and sitting[0].session == 42
