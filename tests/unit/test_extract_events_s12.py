"""Made-up examples of meeting forms of session 12 (issue 9, meetings), each counted on VNTC: each test
fails without its rule."""

from __future__ import annotations

from transforms.extract.events import extract_events


def test_a_meeting_dated_after_the_publication_day_is_announced() -> None:
    body = (
        "Ngày 29/11, tại trụ sở Bộ Y tế, Thứ trưởng Nguyễn Văn A đã có buổi gặp mặt Đoàn đại biểu ngành Y tế.\n\n"
        "Đại hội Công đoàn Việt Nam lần thứ XIII, nhiệm kỳ 2023 - 2028 được diễn ra từ ngày 1-3/12/2023 tại "
        "Trung tâm Hội nghị Quốc gia."
    )
    events = extract_events(body, "2023-11-29T19:55:00+07:00")
    assert [e.date for e in events] == ["2023-11-29"]
    assert all(e.session is None for e in events)
