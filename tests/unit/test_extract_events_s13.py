"""Session 13 (events helper): a sitting of questions to ministers named by its noun alone."""

from __future__ import annotations

from transforms.extract.events import extract_events


def _names(body: str) -> list[str]:
    return [e.name for e in extract_events(body, None)]


def test_a_question_sitting_held_by_its_verb_is_reported() -> None:
    body = (
        "Kết luận trước khi kết thúc phiên chất vấn, Chủ tịch QH Trần Văn Bình cho biết Quốc hội sẽ giám sát."
    )
    assert _names(body) == ["Phiên chất vấn"]
    assert _names("Sau 2 ngày Quốc hội tiến hành phiên chất vấn, nhiều cử tri chưa thỏa mãn.") == [
        "Phiên chất vấn"
    ]


def test_a_question_sitting_dated_right_after_it_is_reported() -> None:
    events = extract_events(
        "Trong buổi chất vấn chiều 9/6/2004, Bộ trưởng Lê Văn Nam nhận nhiều ý kiến.", None
    )
    assert [(e.name, e.date) for e in events] == [("Buổi chất vấn", "2004-06-09")]


def test_a_question_sitting_planned_or_in_passing_is_none() -> None:
    assert _names("Các bộ trưởng sẽ trả lời trong buổi chất vấn chiều mai.") == []
    assert _names("Ban dân nguyện sẽ lọc băng ghi âm phiên chất vấn để tìm lời hứa.") == []
    assert _names("Ông cho rằng đó là một buổi chất vấn không hiệu quả.") == []


def test_a_question_sitting_gives_way_to_the_session() -> None:
    body = (
        "Chiều 21/7/2004, trong phiên chất vấn tại Kỳ họp thứ hai HĐND thành phố Hải Phòng, các đại biểu hỏi."
    )
    assert _names(body) == ["Kỳ họp thứ hai HĐND thành phố Hải Phòng"]


def test_a_plural_before_the_noun_names_a_kind_of_meetings() -> None:
    # "tham gia các cuộc hội thảo chọn trường": meetings in general, none of them reported
    body = "Học sinh sẽ có cơ hội tham gia các cuộc hội thảo chọn trường và tư vấn nghề nghiệp."
    assert _names(body) == []
    assert _names("Ông Nam đã dự những buổi hội thảo về du học tại Hà Nội.") == []


def test_an_invitation_to_a_meeting_is_a_plan() -> None:
    body = (
        "Kính mời Quí vị phụ huynh và các em học sinh tham gia buổi gặp mặt và phỏng vấn xét học bổng của "
        "trường vào ngày 28/7/2005."
    )
    assert _names(body) == []
    invited = "Tổng bí thư trân trọng mời Thủ tướng sang thăm và dự Hội nghị cấp cao Á - Âu lần thứ 5."
    assert _names(invited) == []


def test_the_guests_of_a_meeting_are_no_invitation() -> None:
    body = "Sáng 9/12/2005, 400 đại biểu cùng khách mời đã tham dự Đại hội Đảng bộ thành phố lần thứ 8."
    assert [e.session for e in extract_events(body, None)] == [8]


def test_a_study_abroad_notice_is_a_plan() -> None:
    body = (
        "Trường Đại học Kent phối hợp với công ty Minh Anh tổ chức hội thảo du học tại khách sạn Melia "
        "(Hà Nội) "
        "vào 22/5/2005 và khách sạn Kim Đô (TP HCM) ngày 23/5/2005."
    )
    assert _names(body) == []


def test_a_study_abroad_meeting_told_held_is_reported() -> None:
    body = "Sáng qua, Bộ GD-ĐT đã tổ chức hội thảo về quản lý du học sinh tại Hà Nội."
    assert _names(body) == ["Hội thảo về quản lý du học sinh"]


def test_a_holder_after_the_bracketed_kind_of_a_sitting() -> None:
    body = (
        "Ngày 20/4/2025, HĐND xã đã tổ chức thành công Kỳ họp thứ 12 (kỳ họp chuyên đề) HĐND xã Khóa XII, "
        "nhiệm kỳ 2021 - 2026."
    )
    assert _names(body) == ["Kỳ họp thứ 12 (kỳ họp chuyên đề) HĐND xã Khóa XII, nhiệm kỳ 2021 - 2026"]
    with_comma = "Sáng 29/02/2024, HĐND huyện tổ chức kỳ họp thứ 11 (kỳ họp chuyên đề), HĐND huyện khóa XX."
    assert _names(with_comma) == ["Kỳ họp thứ 11 (kỳ họp chuyên đề), HĐND huyện khóa XX"]
