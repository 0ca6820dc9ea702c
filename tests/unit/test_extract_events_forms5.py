"""Made-up examples of meeting, date and place forms first seen in round 4 (issue 9)."""

from __future__ import annotations

from transforms.extract.dates import main_event_date
from transforms.extract.events import extract_events


def test_dot_inside_an_abbreviation_does_not_cut_a_session_name() -> None:
    body = "Chiều 9/7, Kỳ họp thứ 12 HĐND TP.HCM khóa IX, nhiệm kỳ 2016-2021 đã bế mạc."
    names = [e.name for e in extract_events(body)]
    assert names[0] == "Kỳ họp thứ 12 HĐND TP.HCM khóa IX, nhiệm kỳ 2016-2021"


def test_date_after_a_code_with_a_spaced_dash_is_the_documents() -> None:
    body = (
        "Thực hiện Công văn số 512/TTg – KTN ngày 3/5/2020 về phòng chống dịch, sáng nay (4/5), "
        "Bộ Y tế đã tổ chức cuộc họp trực tuyến với các sở."
    )
    assert main_event_date(body, None)[0] == "2020-05-04"


def test_a_documents_issuer_stays_in_a_press_conference_name() -> None:
    body = "Ngày 2/3, Bộ Tư pháp đã tổ chức họp báo công bố Nghị định của Chính phủ về đăng ký hộ tịch."
    (event,) = extract_events(body)
    assert event.name.startswith("Họp báo công bố Nghị định của Chính phủ về đăng ký hộ tịch")


def test_a_press_conference_asked_for_is_no_event() -> None:
    body = "Theo tin từ Bộ Y tế, Bộ trưởng vừa đề nghị UBND tỉnh Bình Dương tổ chức họp báo về vụ ngộ độc."
    assert extract_events(body) == ()


def test_a_related_story_line_names_no_meeting() -> None:
    body = (
        "Sáng nay, Ủy ban Thường vụ Quốc hội đã có công văn đề nghị Chính phủ làm rõ trách nhiệm.\n"
        "Tranh luận nóng tại diễn đàn Quốc hội(12/11/2006)\n"
        "Hội nghị Trung ương bàn nhân sự(10/11/2006)"
    )
    assert extract_events(body) == ()


def test_a_sentence_opened_by_a_plan_announces_its_meeting() -> None:
    body = (
        "Đoàn doanh nghiệp Nhật Bản đã làm việc với Sở Du lịch.\n"
        "Dự kiến, ngày 12/5, ông K. Tanaka sẽ sang Việt Nam, tham dự buổi họp mặt doanh nghiệp hai nước "
        "tại Đà Nẵng."
    )
    assert extract_events(body) == ()


def test_a_plan_issued_to_hold_a_meeting_announces_it() -> None:
    body = (
        "Bộ Tư pháp vừa ban hành Kế hoạch 215/KH-BTP để tổ chức Hội nghị tổng kết công tác năm 2023 "
        "của ngành Tư pháp."
    )
    assert extract_events(body) == ()


def test_a_letter_calling_a_sitting_announces_it() -> None:
    body = "Văn phòng Chính phủ đã có công văn triệu tập một cuộc họp về giá xăng dầu vào ngày 5-3."
    assert extract_events(body) == ()


def test_a_meeting_wished_success_is_still_to_come() -> None:
    body = "Bộ trưởng chúc Thái Lan tổ chức thành công Hội nghị Bộ trưởng Kinh tế ASEAN vào tháng 9 tới."
    assert extract_events(body) == ()


def test_a_session_in_the_time_to_come_is_announced() -> None:
    body = (
        "Ủy ban đã họp thẩm tra các dự án luật, cũng như kỳ họp bất thường của Quốc hội trong thời gian tới."
    )
    assert extract_events(body) == ()


def test_a_rally_spelled_as_one_word_earlier_the_same_day() -> None:
    body = (
        "Chủ tịch nước đã trao giải cho các nhà báo trẻ.\n"
        "Trước đó, chiều cùng ngày, các đồng chí lãnh đạo đã đến dự mittinh kỷ niệm 60 năm ngày thành lập "
        "Đoàn tại Nhà hát lớn TP Hà Nội."
    )
    (event,) = extract_events(body)
    assert event.name == "Mittinh kỷ niệm 60 năm ngày thành lập Đoàn"


def test_a_province_in_brackets_after_a_place_or_venue() -> None:
    from transforms.extract.places import extract_places

    body = (
        "Sáng 2/9, tại huyện Hướng Hóa (Quảng Trị) đã diễn ra lễ kỷ niệm. Chiều 3/9, tại Trung tâm "
        "Hội nghị Quốc gia Mỹ Đình (Hà Nội), hội thảo đã khai mạc."
    )
    places = extract_places(body)
    assert "Quảng Trị" in places and "Hà Nội" in places


def test_a_place_after_dia_ban() -> None:
    from transforms.extract.places import extract_places

    assert extract_places("Tình hình lấn chiếm kênh rạch trên địa bàn TPHCM ngày càng phức tạp.") == (
        "TPHCM",
    )


def test_a_sitting_still_to_come_is_no_event() -> None:
    body = (
        "Văn phòng Chính phủ đã mời các bộ, ngành liên quan về Hà Nội.\n"
        "Tại cuộc họp sẽ có 3 báo cáo chính của Bộ Tài chính. Lãnh đạo tỉnh sẽ tham dự cuộc họp này."
    )
    assert extract_events(body) == ()


def test_bare_mentions_of_a_sitting_to_come_are_no_event() -> None:
    body = "Các sở sẽ tham dự cuộc họp quan trọng. Ông A cho biết cuộc họp sẽ bàn về giá điện."
    assert extract_events(body) == ()


def test_an_enlarged_sitting_of_a_body() -> None:
    body = "Ông A phát biểu tại phiên họp mở rộng của Thường trực Ủy ban Pháp luật để thẩm tra dự án luật."
    (event,) = extract_events(body)
    assert event.name == "Phiên họp mở rộng của Thường trực Ủy ban Pháp luật"
