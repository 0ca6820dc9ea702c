"""Meetings and event dates in the shapes unseen news uses (issue 9, round two); made-up sentences."""

from __future__ import annotations

from transforms.extract.dates import anchor_day, anniversary_year, find_days, main_event_date
from transforms.extract.events import extract_events
from transforms.extract.extractor import extract_entities
from transforms.extract.places import extract_places

PUB = "2024-03-28T09:00:00+07:00"  # a Thursday


def _events(body: str, published: str | None = PUB) -> list[tuple[str, int | None, str | None]]:
    return [(e.name, e.session, e.date) for e in extract_events(body, published)]


def test_meeting_told_by_the_body_that_meets() -> None:
    assert _events("Chiều 25/3, Ban Thường vụ Tỉnh ủy họp cho ý kiến về đề án du lịch.") == [
        ("Cuộc họp Ban Thường vụ Tỉnh ủy", None, "2024-03-25")
    ]
    assert _events("Sáng 26/3, Chính phủ họp phiên thường kỳ tháng 3 dưới sự chủ trì của Thủ tướng.") == [
        ("Phiên họp Chính phủ thường kỳ tháng 3", None, "2024-03-26")
    ]
    assert _events("Sáng 25/3, Ủy ban Thường vụ Quốc hội họp phiên thứ 31 cho ý kiến về dự án luật.") == [
        ("Phiên họp Ủy ban Thường vụ Quốc hội thứ 31", 31, "2024-03-25")
    ]


def test_meeting_verb_announced_or_without_a_body_is_none() -> None:
    assert _events("Ngày 12/8, Bộ Giáo dục và Đào tạo sẽ họp bàn để xác định mức điểm sàn.") == []
    assert _events("Hôm qua, nhiều người dân tụ họp trước cổng chợ.") == []
    assert _events("Sáng 25/3, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị lần thứ 12.") == [
        # the keyword names it (the verb adds no second meeting); the body before "tổ chức" completes it
        ("Hội nghị lần thứ 12 Ban Thường vụ Tỉnh ủy", 12, "2024-03-25")
    ]


def test_what_the_meeting_does_names_it() -> None:
    assert _events(
        "Ngày 25/3, UBND tỉnh tổ chức cuộc họp nghe báo cáo tiến độ giải ngân vốn đầu tư công."
    ) == [("Cuộc họp nghe báo cáo tiến độ giải ngân vốn đầu tư công", None, "2024-03-25")]
    assert _events("Chiều 9/3, Bộ trưởng chủ trì Hội nghị bàn giao chức vụ Tư lệnh Quân khu 7.") == [
        ("Hội nghị bàn giao chức vụ Tư lệnh Quân khu 7", None, "2024-03-09")
    ]
    # as the sentence's subject the verb is the predicate: no name, no meeting
    # the verb phrase names no meeting; the meeting as the subject is the one reported (unnamed)
    assert _events("Hội nghị thảo luận các báo cáo của Ban Thường vụ.") == [("Hội nghị", None, None)]


def test_rallies_and_briefings_are_meetings_ceremonies_and_working_sessions_are_not() -> None:
    assert _events(
        "Ngày 25/3, tại thành phố Đà Lạt, đã diễn ra cuộc mít tinh kỷ niệm ngày thành lập Đoàn."
    ) == [("Cuộc mít tinh kỷ niệm ngày thành lập Đoàn", None, "2024-03-25")]
    assert _events("Sáng 25/3, Ban Tuyên giáo Tỉnh ủy tổ chức giao ban báo chí tháng 3.") == [
        ("Giao ban báo chí tháng 3", None, "2024-03-25")
    ]
    assert _events("Sáng 25/3, Bộ Công an tổ chức lễ trao tặng Huân chương Hồ Chí Minh cho ông A.") == []
    assert _events("Chiều 25/3, tại buổi làm việc với lãnh đạo tỉnh, Phó Thủ tướng yêu cầu rà soát.") == []


def test_one_bare_mention_that_places_the_story_in_the_meeting() -> None:
    body = "Hôm qua, dự án luật được trình Ủy ban Thường vụ Quốc hội.\nTham dự phiên họp, Bộ trưởng A nói."
    assert _events(body) == [("Phiên họp", None, None)]
    # the lead's day is the main event's (the entry point gives it)
    assert [(e.name, e.date) for e in extract_entities(body, published=PUB).events] == [
        ("Phiên họp", "2024-03-27")
    ]
    assert _events("Tại buổi họp, ông A cho biết tỉnh sẽ đẩy nhanh tiến độ.")[0][0] == "Buổi họp"
    # announced sessions told bare are no meeting of the story
    assert _events("Luật sẽ được xem xét tại kỳ họp thứ 7 sắp tới và tại kỳ họp thứ 8 cuối năm nay.") == []
    # one passing mention without that placement is not enough
    assert _events("Ông A từng nêu vấn đề này nhiều lần ở hội nghị.") == []


def test_recalled_and_told_about_sessions_are_no_events() -> None:
    body = "Trước đó, tại kỳ họp 42 (ngày 12 đến 14-6), Ủy ban Kiểm tra Trung ương kết luận ông A vi phạm."
    assert _events(body, "2024-07-20T08:00:00+07:00") == []
    body = "Sau khi nghe thông báo nội dung của kỳ họp thứ 7 Quốc hội khóa XI, cử tri đã kiến nghị."
    assert _events(body, None) == []


def test_merged_mentions_keep_the_session_words() -> None:
    body = "Sáng 14/11, HĐND tỉnh tổ chức kỳ họp thứ 20, kỳ họp chuyên đề bầu Phó Chủ tịch UBND tỉnh."
    names = [e.name for e in extract_events(body, "2021-11-14T10:00:00+07:00")]
    assert names == ["Kỳ họp thứ 20 HĐND tỉnh"]


def test_weekday_dates() -> None:
    assert (
        main_event_date("Thứ Hai (25/3), Thường trực HĐND tỉnh họp phiên thường kỳ.", PUB)[0] == "2024-03-25"
    )
    assert main_event_date("Sáng thứ Hai, Thường trực HĐND tỉnh họp phiên thường kỳ.", PUB)[0] == "2024-03-25"
    assert main_event_date("Chủ nhật (24/3), hàng nghìn đoàn viên ra quân.", PUB)[0] == "2024-03-24"
    # an ordinal is no weekday
    assert [d.weekday for d in find_days("Đại hội lần thứ hai của Hội diễn ra sôi nổi.")] == []


def test_a_span_opened_by_tu_is_the_meeting_days() -> None:
    body = "Từ ngày 24 đến 26/3, Đại hội Đoàn tỉnh lần thứ XVI diễn ra tại TP Vinh."
    assert _events(body) == [("Đại hội Đoàn tỉnh lần thứ XVI", 16, "2024-03-24")]
    # a bound alone stays a bound
    assert main_event_date("Luật có hiệu lực từ ngày 1/7.", PUB)[0] == PUB[:10]


def test_relative_days_anchored_by_a_dated_yesterday() -> None:
    body = (
        "Năm 2005 là năm du lịch.\nĐà Nẵng đêm qua (8/7) khai mạc liên hoan. Sáng nay, người dân đổ ra đường."
    )
    assert anchor_day(body, 2005) == "2005-07-09"
    assert anchor_day(body, None) is None
    body = "9h30 sáng nay, người dân hoảng loạn vì tin sóng thần.\nĐêm qua (8/7) khai mạc Liên hoan 2005."
    assert main_event_date(body, None)[0] == "2005-07-09"


def test_background_dates_far_from_publication_and_the_publication_day() -> None:
    body = "Cổ phiếu X được giao dịch trở lại.\n\nNgày 20/2/2023, X bị hủy niêm yết bắt buộc."
    assert main_event_date(body, "2026-03-07T08:00:00+07:00")[0] == "2026-03-07"
    assert main_event_date(body, None)[0] == "2023-02-20"
    ex = extract_entities("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 đã diễn ra.", published=PUB)
    assert ex.event_date == "2024-03-28" and ex.events[0].date == "2024-03-28"


def test_anniversary_year_from_the_founding_year() -> None:
    body = "Ngày 12/7, đoàn sang dự lễ kỷ niệm 10 năm ngày hai nước thiết lập quan hệ ngoại giao (12/7/1995)."
    assert anniversary_year(body) == 2005
    assert main_event_date(body, None)[0] == "2005-07-12"
    assert anniversary_year("Lễ kỷ niệm 49 năm Ngày giải phóng tỉnh (26/3/1975-26/3/2024).") == 2024
    assert anniversary_year("Kỷ niệm 10 năm thành lập, công ty có 200 nhân viên.") is None


def test_places_named_by_their_unit_anywhere() -> None:
    body = (
        "Ông A, Chủ tịch UBND huyện Núi Thành cho biết. Xã Minh Trí nay vắng vẻ. Tại ngã ba Hoàng Văn Thái "
        "(P.Hòa Minh, Q.Liên Chiểu, TP Đà Nẵng), người dân tụ tập. Theo Chủ tịch UBND thị trấn Lạc Dương, "
        "Lâm Đồng, mưa đá tàn phá 100 ha."
    )
    assert extract_places(body) == (
        "Núi Thành",
        "Minh Trí",
        "Hòa Minh",
        "Liên Chiểu",
        "Đà Nẵng",
        "Lạc Dương",
        "Lâm Đồng",
    )
    # a person's name after a unit without its own name is no place; nor is "xã hội"
    assert extract_places("Phó chủ tịch UBND thành phố Phan Anh Minh đã ký. Vấn đề xã hội.") == ()
    # venues after "Tại"
    assert extract_places("Tại Trung tâm Hội nghị tỉnh, hội nghị khai mạc.") == ("Trung tâm Hội nghị tỉnh",)
    assert extract_places("đón Tổng Bí thư tại Phủ Chủ tịch.") == ("Phủ Chủ tịch",)


def test_lists_inside_names_cited_resolutions_and_bracketed_spans() -> None:
    body = "Ngày 25/3, Tỉnh ủy tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024."
    assert _events(body)[0][0] == "Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024"
    body = "Ngày 25/3, Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt Nghị quyết Trung ương 8."
    assert _events(body) == [("Hội nghị trực tuyến quán triệt Nghị quyết Trung ương 8", None, "2024-03-25")]
    assert _events("Sau đó, Hội nghị Trung ương 8 khai mạc sáng 25/3.")[0][1] == 8
    body = (
        "Trong 2 ngày (25 và 26/3), Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023-2028."
    )
    # the term after the session stays in the name (gold convention: "lần thứ I, nhiệm kỳ 2025 - 2030")
    assert _events(body) == [
        ("Đại hội đại biểu lần thứ X Hội Nông dân tỉnh, nhiệm kỳ 2023-2028", 10, "2024-03-25")
    ]


def test_how_a_body_meets_is_no_meeting() -> None:
    assert _events("Cần rút ngắn thời gian để Quốc hội họp thực chất, có hiệu quả.") == []
    assert _events("Ông đề nghị mỗi phiên Quốc hội họp tối đa không quá 30 ngày.") == []


def test_a_meeting_told_by_its_verb_and_by_a_keyword_on_its_day_is_one() -> None:
    body = "Ngày 25/3, Ban Thường vụ Tỉnh ủy họp về đề án.\n\nSáng 25/3, tại hội nghị bàn đề án, A nói."
    assert len(extract_events(body, PUB)) == 1
    assert main_event_date("Trong các ngày 24, 25/3, Đại hội Đoàn tỉnh diễn ra.", PUB)[0] == "2024-03-24"
