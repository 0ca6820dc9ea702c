"""Made-up examples of meeting forms of session 12 (issue 9, meetings), each counted on VNTC: each test
fails without its rule."""

from __future__ import annotations

from transforms.extract.dates import main_event_date
from transforms.extract.events import extract_events


def test_a_meeting_dated_after_the_publication_day_is_announced() -> None:
    body = (
        "Ngày 29/11, tại trụ sở Bộ Y tế, Thứ trưởng Nguyễn Văn A đã có buổi gặp mặt Đoàn đại biểu "
        "ngành Y tế.\n\n"
        "Đại hội Công đoàn Việt Nam lần thứ XIII, nhiệm kỳ 2023 - 2028 được diễn ra từ ngày 1-3/12/2023 tại "
        "Trung tâm Hội nghị Quốc gia."
    )
    events = extract_events(body, "2023-11-29T19:55:00+07:00")
    assert [e.date for e in events] == ["2023-11-29"]
    assert all(e.session is None for e in events)


def test_a_bare_meeting_noun_dated_right_after_it_is_the_one_reported() -> None:
    body = (
        "Phát biểu trong buổi tọa đàm sáng nay, Chủ tịch Ủy ban Nguyễn Văn A khẳng định nhiệm vụ ưu tiên "
        "hàng đầu là tiếp tục phối hợp với Hội nạn nhân chất độc da cam."
    )
    (event,) = extract_events(body)
    assert event.name == "Tọa đàm"


def test_a_bare_meeting_noun_dated_in_a_plan_is_none_reported() -> None:
    assert extract_events("Ban chỉ đạo sẽ họp và đưa ra chính sách cụ thể trong cuộc họp chiều nay.") == ()
    assert extract_events("Phải chờ đến cuộc họp sáng 12/11 với Bộ Nội vụ chúng tôi mới biết.") == ()


def test_a_bare_meeting_noun_dated_in_a_recalled_sentence_is_none_reported() -> None:
    body = "Trước đó, ông A từng thừa nhận trong cuộc họp ngày 28/1 giữa Chi cục Thú y và các cơ sở giết mổ."
    assert extract_events(body) == ()


def test_a_birth_date_is_no_news_year() -> None:
    body = (
        "Thượng tướng Lê Văn A đã từ trần vào lúc 12h30 ngày 23/5 tại Bệnh viện 108.\n\n"
        "Thượng tướng Lê Văn A sinh ngày 3/10/1936, quê quán xã Sơn Tân."
    )
    assert main_event_date(body, None)[0] is None


def test_a_year_in_brackets_after_a_name_is_no_news_year() -> None:
    body = (
        "Trận lũ cát tối 17/5 tại Bình Thuận làm 3 người chết: bà Bùi Thị C (sinh 1936), Hoàng Thị P (1945) "
        "và Nguyễn Thị T (1955)."
    )
    assert main_event_date(body, None)[0] is None


def test_a_dated_sitting_told_by_hop_ban_is_a_meeting_whoever_meets() -> None:
    body = "Sáng 11/8, Ban chỉ đạo tuyển sinh ĐH, CĐ đã họp bàn và lên các phương án về điểm sàn."
    (event,) = extract_events(body, "2004-08-11T12:00:00+07:00")
    assert (event.name, event.date) == ("Cuộc họp bàn", "2004-08-11")


def test_a_sitting_told_by_hop_ban_as_a_plan_a_purpose_or_many_is_none() -> None:
    published = "2005-04-15T12:00:00+07:00"
    assert extract_events("Chiều 14/4, ông A sang bên công an để họp bàn về vấn đề này.", published) == ()
    assert extract_events("Ngày 16/4, các sở sẽ họp bàn tìm giải pháp.", published) == ()
    assert extract_events("Sáng nay, nhiều trường cũng đang họp bàn phương án xét tuyển.", published) == ()


def test_a_recalled_day_of_the_lead_gives_way_to_a_later_one() -> None:
    body = (
        "Trước đó, ngày 23-2 Bộ Chính trị cũng đã ra nghị quyết về công tác bảo vệ sức khỏe nhân dân.\n\n"
        "Sáng 24-2-2005, lễ kỷ niệm 50 năm Ngày thầy thuốc Việt Nam đã diễn ra tại Hà Nội."
    )
    assert main_event_date(body, None)[0] == "2005-02-24"


def test_a_recalled_day_alone_is_still_the_date() -> None:
    body = "Trước đó, ngày 17-4-2004 bệnh viện đã phát 500 phiếu thăm dò cho người bệnh."
    assert main_event_date(body, None)[0] == "2004-04-17"
