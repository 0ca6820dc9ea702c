"""Events, terms and event dates, on real sentences (seed file or VNTC id cited on each case)."""

from __future__ import annotations

from transforms.extract.dates import find_days, main_event_date, text_year
from transforms.extract.events import extract_events, extract_terms, roman_to_int


def test_session_expanded_date_place_organizer() -> None:
    # seed 000
    body = (
        "Ngày 9/1, tại Hà Nội, Đảng ủy Khối các cơ quan Trung ương tổ chức Hội nghị Ban Chấp hành Đảng bộ "
        "Khối lần thứ 11 (mở rộng) tổng kết công tác năm 2022, triển khai nhiệm vụ trọng tâm năm 2023."
    )
    (event,) = extract_events(body)
    assert event.name == "Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 11 (mở rộng)"
    assert (event.session, event.expanded, event.date, event.place) == (11, True, "2023-01-09", "Hà Nội")
    assert event.organizer == "Đảng ủy Khối các cơ quan Trung ương"


def test_name_without_session_and_scope() -> None:
    # seed 001
    body = (
        "tại Hội nghị toàn quốc tổng kết công tác tổ chức xây dựng Đảng (XDĐ) năm 2022; triển khai nhiệm vụ "
        "năm 2023 theo hình thức trực tiếp kết hợp trực tuyến, sáng 29-12."
    )
    (event,) = extract_events(body, published="2022-12-29T13:12:00+07:00")
    assert event.name == "Hội nghị toàn quốc tổng kết công tác tổ chức xây dựng Đảng năm 2022"
    assert event.date == "2022-12-29"
    assert "trực tiếp kết hợp trực tuyến" in event.scope and "toàn quốc" in event.scope


def test_sessions_in_words_and_roman_numerals() -> None:
    # VNTC XH_NLD_T_ (9166), XH_TN_T_ (8427)
    (event,) = extract_events(
        "Hôm nay, 9-5, Quốc hội bắt đầu tuần làm việc thứ hai của kỳ họp thứ 7 QH khóa XI."
    )
    assert (event.name, event.session) == ("Kỳ họp thứ 7", 7)
    (event,) = extract_events(
        "ngày 10/7/2004, Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng (khóa IX) đã bế mạc"
    )
    assert event.name == "Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng (khóa IX)"
    assert (event.session, event.date) == (10, "2004-07-10")
    assert roman_to_int("XIII") == 13 and roman_to_int("Hà") is None


def test_cited_congress_and_bare_meeting_are_no_events() -> None:
    # seed 000
    assert extract_events("Hội nghị thảo luận, cho ý kiến thông qua các dự thảo báo cáo") == ()
    assert extract_events("được xác định trong Nghị quyết Đại hội XIII của Đảng bộ Khối") == ()


def test_terms() -> None:
    # seed 003
    text = (
        "nhiệm kỳ Đại hội XII trong Đảng bộ Khối; Nghị quyết Trung ương 4 khóa XII; Ban Thường vụ Đảng ủy "
        "Khối "
        "nhiệm kỳ 2015-2020; tiến tới Đại hội Đảng toàn quốc lần thứ XIII"
    )
    assert extract_terms(text) == ("Đại hội XII", "khóa XII", "nhiệm kỳ 2015-2020", "Đại hội XIII")


def test_event_date_year_from_published_or_text() -> None:
    # seed 001 (published), seed 000 (no published: the article's own years), seed 004 (second paragraph)
    assert main_event_date("ý kiến chỉ đạo ... sáng 29-12.", "2022-12-29T13:12:00+07:00")[0] == "2022-12-29"
    assert main_event_date("Chiều 29/12, hội nghị.", "2023-01-02T08:00:00+07:00")[0] == "2022-12-29"
    seed000 = "Ngày 9/1, tại Hà Nội ... tổng kết công tác năm 2022, triển khai nhiệm vụ trọng tâm năm 2023."
    assert main_event_date(seed000, None)[0] == "2023-01-09"
    seed004 = (
        "Ban Chấp hành Đảng bộ Khối thống nhất nhận định.\n\nChiều 20/7, tại Hà Nội, ... nhiệm kỳ "
        "2020-2025; năm 2023"
    )
    assert main_event_date(seed004, None)[0] == "2023-07-20"


def test_no_date_without_support() -> None:
    # no year anywhere and no publication time: no date rather than a guess
    assert main_event_date("Ngày 30/7, tại Hà Nội, đã diễn ra hội nghị.", None) == (None, None)
    # a period bound is no event date (seed 003)
    assert find_days("Tính đến ngày 30/6/2019, Đảng ủy Khối đã sắp xếp lại") == []
    assert text_year("giai đoạn 2021-2025, tầm nhìn đến năm 2030") is None


def test_vntc_cues() -> None:
    # VNTC XH_VNE_T_ (2833), XH_VNE_T_ (4763)
    assert main_event_date("Hôm qua (20/1), Chủ tịch nước Trần Đức Lương đã chứng kiến lễ ký", "2005-01-21")[
        0
    ] == ("2005-01-20")
    days = find_days("Sở Giao thông công chính thành phố chiều 8/9 đã đưa ra 5 tiêu chí")
    assert [(d.day, d.month) for d in days] == [(8, 9)]
