"""Events, terms and event dates, on real sentences (seed file or VNTC id cited on each case)."""

from __future__ import annotations

from transforms.extract.dates import find_days, main_event_date, text_year
from transforms.extract.events import extract_events, extract_terms, ordinal_value, roman_to_int


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
    # the body holding the session and its term belong to the name
    assert (event.name, event.session) == ("Kỳ họp thứ 7 QH khóa XI", 7)
    (event,) = extract_events(
        "ngày 10/7/2004, Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng (khóa IX) đã bế mạc"
    )
    assert event.name == "Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng (khóa IX)"
    assert (event.session, event.date) == (10, "2004-07-10")
    assert roman_to_int("XIII") == 13 and roman_to_int("Hà") is None


def test_cited_congress_and_bare_meeting_are_no_events() -> None:
    # seed 000
    # the verb phrase names no meeting; the meeting as the subject is the one reported (unnamed)
    assert [
        e.name for e in extract_events("Hội nghị thảo luận, cho ý kiến thông qua các dự thảo báo cáo")
    ] == ["Hội nghị"]
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


# Forms of issue 9 (made-up sentences in the shapes of real provincial and VNTC news).


def test_year_evidence_full_dates_month_years_terms_and_plan_years() -> None:
    # a full date counts for the year; a plan year mentioned in passing does not win
    assert text_year("Sáng 13/3, ... Tờ trình ngày 13/3/2024 ... kế hoạch năm 2023") == 2024
    assert text_year("Phiên họp thường kỳ tháng 02/2024 của UBND tỉnh") == 2024
    assert text_year("Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2025-2030") == 2025
    assert text_year("Chiều 5/1, tổng kết năm 2023, triển khai kế hoạch năm 2024") == 2023
    # without a publication time the day takes the year of the full dates
    body = (
        "Sáng 28/4, Huyện ủy tổ chức Hội nghị bất thường. Công văn số 1403 ngày "
        "27/4/2023, nhiệm kỳ 2020 - 2025."
    )
    assert main_event_date(body, None)[0] == "2023-04-28"


def test_cited_document_date_is_no_meeting_date() -> None:
    body = "Hội nghị quán triệt Thông báo số 12-TB/TU ngày 12/4/2021 của Ban Thường vụ Tỉnh ủy."
    assert find_days(body) == []
    (event,) = extract_events(
        "Sáng 3/5, Tỉnh ủy tổ chức Hội nghị quán triệt Thông báo số 12-TB/TU ngày 12/4/2021.", "2021-05-03"
    )
    assert event.date == "2021-05-03"
    assert find_days("Trong công văn 472 ngày 20/12 gửi tới UBND thành phố") == []
    # a date of birth is no event date either
    assert find_days("Đồng chí sinh ngày 11/11/1942, quê xã Mỹ Hòa") == []


def test_two_days_and_today() -> None:
    (day,) = find_days("chiều 16 và sáng 17.10, Đại hội tiến hành thảo luận")
    assert (day.day, day.month) == (16, 10)
    assert main_event_date("Hôm nay, HĐND tỉnh khai mạc Kỳ họp thứ 9.", "2024-03-13T08:00:00+07:00")[0] == (
        "2024-03-13"
    )
    assert main_event_date("Sáng qua, Tỉnh ủy họp.", "2024-03-13T08:00:00+07:00")[0] == "2024-03-12"
    assert main_event_date("Hôm nay, HĐND tỉnh khai mạc Kỳ họp thứ 9.", None) == (None, None)


def test_names_not_cut_at_objects_and_meetings_without_hoi_nghi() -> None:
    (event,) = extract_events(
        "Sáng 5/3, Huyện ủy tổ chức hội nghị triển khai các quyết định về công tác cán bộ."
    )
    assert event.name == "Hội nghị triển khai các quyết định về công tác cán bộ"
    # the verb phrase names no meeting; the meeting as the subject is the one reported (unnamed)
    assert [e.name for e in extract_events("Hội nghị ra Nghị quyết về nhiệm vụ năm 2024.")] == ["Hội nghị"]
    (event,) = extract_events(
        "Ngày 12/6, Ban Thường vụ Tỉnh ủy tổ chức sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.",
        "2024-06-12",
    )
    assert (event.name, event.date) == ("Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW", "2024-06-12")
    (event,) = extract_events(
        "Ngày 12/6, Tỉnh ủy đã tổ chức tổng kết 20 năm thực hiện Nghị quyết.", "2024-06-12"
    )
    assert event.name == "Tổng kết 20 năm thực hiện Nghị quyết"
    (event,) = extract_events("tại cuộc họp khai mạc Hội đồng Hòa bình về Dải Gaza ngày 19/2", "2026-02-20")
    assert event.name == "Cuộc họp khai mạc Hội đồng Hòa bình về Dải Gaza"


def test_expanded_after_term_and_ordinal_words() -> None:
    (event,) = extract_events(
        "Sáng 9/1, Tỉnh ủy tổ chức Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh, khóa XVII (mở rộng)."
    )
    assert (event.session, event.expanded) == (15, True)
    assert extract_events("Sáng 20/7, khai mạc Kỳ họp thứ Nhất HĐND tỉnh khóa XI.")[0].session == 1
    assert extract_events("Chiều 4/12, bế mạc Kỳ họp thứ Chín HĐND tỉnh.")[0].session == 9
    assert extract_events("Ngày 2/3, Hội nghị lần thứ mười Ban Chấp hành Đảng bộ.")[0].session == 10
    assert extract_events("Ngày 2/3, Kỳ họp thứ Mười một Quốc hội khóa XIV.")[0].session == 11
    assert ordinal_value("hai mươi mốt") == 21 and ordinal_value("Đảng") is None


def test_verb_phrases_cited_meetings_and_repeats() -> None:
    # the verb phrase names no meeting; the meeting as the subject is the one reported (unnamed)
    assert [e.name for e in extract_events("Phiên họp tập trung thảo luận các dự án luật.")] == ["Phiên họp"]
    assert extract_events("Chúc Kỳ họp thành công tốt đẹp.") == ()
    # a congress to be attended is cited, not reported
    body = "Sáng 17/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII bầu Đoàn đại biểu đi dự Đại hội XIII."
    assert [e.session for e in extract_events(body, "2020-10-17")] == [17]
    # one meeting told twice, and a bracketed restatement, make one event
    body = (
        "Sáng 23/01/2024, HĐND tỉnh tổ chức Kỳ họp thứ 20 (kỳ họp chuyên đề) thông qua 12 nghị quyết. "
        "Phát biểu bế mạc Kỳ họp thứ 20, đồng chí Chủ tịch HĐND tỉnh đề nghị."
    )
    (event,) = extract_events(body)
    assert (event.session, event.date) == (20, "2024-01-23")
    body = (
        "Sáng 28/4, Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện (Hội nghị bất "
        "thường) để bầu Bí thư."
    )
    (event,) = extract_events(body, "2023-04-28")
    assert event.name == "Hội nghị Ban Chấp hành Đảng bộ huyện (Hội nghị bất thường)"
    # a meeting only mentioned later in the article, undated, is no reported event
    body = (
        "Sáng 15/4, Thủ tướng chủ trì Phiên họp Chính phủ thường kỳ tháng 3. "
        "Chính phủ được kiện toàn tại Kỳ họp thứ 11, Quốc hội khóa XIV."
    )
    assert [e.name for e in extract_events(body, "2021-04-15")] == ["Phiên họp Chính phủ thường kỳ tháng 3"]


def test_venues_and_units_are_places() -> None:
    from transforms.extract.places import find_places

    assert [p for p, _, _ in find_places("Sáng 23/01/2024, tại Hội trường UBND tỉnh, HĐND")] == [
        "Hội trường UBND tỉnh"
    ]
    assert [p for p, _, _ in find_places("tại Hội trường Tỉnh ủy Nghệ An")] == ["Hội trường Tỉnh ủy Nghệ An"]
    # the province after the city is a place too ("thị trấn Lạc Dương, Lâm Đồng")
    assert [p for p, _, _ in find_places("tại TP Vinh, Nghệ An")] == ["Vinh", "Nghệ An"]
    found = [p for p, _, _ in find_places("sụt lún tại thôn Tân Hiệp, xã Cam Tuyền")]
    assert found == ["Tân Hiệp", "Cam Tuyền"]
    assert [p for p, _, _ in find_places("Hội nghị (tổ chức ở Khánh Hòa) vừa qua")] == ["Khánh Hòa"]
    assert find_places("phát biểu tại Hội nghị Ban Chấp hành") == []
    assert [p for p, _, _ in find_places("tổ chức tại Kazan, Liên bang Nga, Thủ tướng")] == ["Kazan"]
    assert [p for p, _, _ in find_places("Đoàn đại biểu Chính phủ Lào đến Hà Nội, bắt đầu chuyến thăm")] == [
        "Hà Nội"
    ]
    assert find_places("phấn đấu đến năm 2030") == []


def test_headline_names_the_meeting_and_future_or_historic_meetings_are_left_out() -> None:
    body = "Sáng 27/4/2023, Ủy ban Thường vụ Quốc hội đã khai mạc Phiên họp thứ 55."
    (event,) = extract_events(body, title="Khai mạc Phiên họp thứ 55 của Ủy ban Thường vụ Quốc hội")
    assert (event.name, event.session) == ("Phiên họp thứ 55 của Ủy ban Thường vụ Quốc hội", 55)
    body = "Hơn 300 ý kiến cử tri gửi về UBND TP. Tại kỳ họp này, cử tri tiếp tục nêu nhiều vấn đề."
    (event,) = extract_events(
        body, title="Kỳ họp thứ 5 HĐND TP Đà Nẵng khóa VII: Mong muốn các cấp hướng về cơ sở"
    )
    assert (event.session, event.start) == (5, None)
    assert extract_events("dự kiến được đưa vào Bộ luật Dân sự trong kỳ họp Quốc hội sắp tới.") == ()
    body = (
        "Năm 2006, ông nhớ lại Đại hội Đoàn Thanh niên cứu quốc năm 1956 ở chiến khu. Năm 2006 là năm bản lề."
    )
    assert extract_events(body) == ()


def test_announced_meetings_are_left_out() -> None:
    body = (
        "Tại TP.HCM sẽ diễn ra buổi Hội thảo du học Mỹ tìm hiểu về trường Cao đẳng Cộng đồng North Seattle."
    )
    assert extract_events(body) == ()
    # announced, even with its day: not yet a meeting of the story (gold convention: future ones are not)
    assert (
        extract_events("Tại TP HCM, một lễ mít tinh trọng thể sẽ diễn ra vào 8h ngày 1/9.", "2005-08-30")
        == ()
    )
    (event,) = extract_events("Sáng 5/1, Tỉnh ủy tổ chức Hội nghị tổng kết công tác năm 2023.", "2024-01-05")
    assert event.date == "2024-01-05"


def test_years_of_a_life_or_a_body_are_not_the_news_year() -> None:
    assert text_year("Anh Nguyễn Văn A (sinh năm 1983, ngụ quận 8) bị thương.") is None
    assert text_year("Bà Trần Thị B, SN 1959, lao công của bệnh viện.") is None
    assert text_year("Trường được thành lập từ năm 1938, là trường lâu đời.") is None
    assert text_year("theo Luật Đất đai 2003, các hộ dân được bồi thường") is None
    assert text_year("Riêng năm 2005, Bệnh viện sinh năm 1983 tiếp nhận") == 2005


def test_capitalized_period_bounds_and_year_like_numbers() -> None:
    assert find_days("Từ ngày 24/4 đến 1/5, đoàn sẽ dừng chân ở Hà Nội") == []
    assert text_year("Liên hệ số 0912 2051 để đăng ký, năm 2005") == 2005
    # a month-year without "tháng", even as a bound, names the year
    assert main_event_date("Sáng 12/3, Tỉnh Đoàn tặng báo cho thanh niên từ nay đến 12/2005.", None)[0] == (
        "2005-03-12"
    )


def test_bracketed_date_after_the_name_and_the_lead_year() -> None:
    body = (
        "Ngày 28-11-2005, nhà máy chính thức khởi công. Công trình hoàn thành vào tháng 3-2006, "
        "tháng 6-2006 chạy thử.\n\nTại buổi họp bàn phương án hỗ trợ thi công (23-11), ông A cho biết."
    )
    events = extract_events(body)
    assert [(e.name, e.date) for e in events] == [("Buổi họp bàn phương án hỗ trợ thi công", "2005-11-23")]
    # a working session is no meeting (gold convention: "làm việc với" is a visit, not an event)
    body = "Sáng 5/3, tại buổi làm việc với Bộ Công Thương, Thủ tướng yêu cầu đẩy nhanh tiến độ."
    assert extract_events(body, "2024-03-05") == ()
    assert extract_events("tại cuộc họp với sự tham gia của 20 bộ") == ()


def test_a_meeting_reported_without_a_name() -> None:
    body = (
        "Sáng 12/3, lãnh đạo tỉnh làm việc với các sở. "
        "Tại hội nghị, đồng chí Bí thư yêu cầu đẩy nhanh tiến độ.\n\n"
        "Kết luận hội nghị, đồng chí đề nghị các sở báo cáo trước ngày 30/3."
    )
    (event,) = extract_events(body, "2024-03-12")
    assert (event.name, event.start) == ("Hội nghị", body.index("hội nghị"))
    # one passing mention is not enough
    assert extract_events("Ông A từng phát biểu tại hội nghị năm ngoái.") == ()


def _names(body: str) -> list[str]:
    return [e.name for e in extract_events(body, published="2024-05-20T08:00:00+07:00")]


def test_lowercase_meeting_told_as_held() -> None:
    # made-up sentences: a meeting named in lowercase counts when the text says it is held
    assert _names("Sở Lao động đã tổ chức hội thảo giới thiệu chính sách mới.") == [
        "Hội thảo giới thiệu chính sách mới"
    ]
    assert _names("Ông A phát biểu tại hội thảo chính sách tiền lương tổ chức ngày 12/5 tại Huế.") == [
        "Hội thảo chính sách tiền lương"
    ]
    assert _names("Phát biểu kết thúc hội nghị, bà B nói: cần làm ngay.") == ["Hội nghị"]


def test_lowercase_meeting_announced_or_as_a_noun_is_none() -> None:
    assert _names("Sắp tới, Cục Du lịch sẽ tổ chức hội thảo với các công ty lữ hành.") == []
    assert _names("Nơi đây thích hợp để tổ chức hội nghị, ông C nói.") == []
    assert _names("Tài liệu gửi đại biểu trước ngày khai mạc kỳ họp.") == []
    assert _names("Các nhà tổ chức hội nghị không ghi điều đó.") == []
    assert _names("Quốc hội thảo luận dự án luật đất đai.") == []


def test_sitting_named_by_the_body_that_meets() -> None:
    assert _names("Trong cuộc họp của ban Kinh tế HĐND TP, hôm qua, ông D cho biết.") == [
        "Cuộc họp của ban Kinh tế HĐND TP"
    ]


def test_quoted_title_keeps_its_predicate_words() -> None:
    assert _names("Hội Luật gia đã tổ chức hội thảo “Phát huy quyền làm chủ của nhân dân”.") == [
        "Hội thảo “Phát huy quyền làm chủ của nhân dân”"
    ]


def test_meeting_under_review_is_not_held_again() -> None:
    names = _names(
        "Chiều 18/12/2021, Thường trực HĐND tỉnh tổ chức hội nghị đánh giá, rút kinh nghiệm việc chuẩn bị, "
        "tổ chức kỳ họp thứ ba HĐND tỉnh khóa XIX."
    )
    assert len(names) == 1 and names[0].startswith("Hội nghị"), names
