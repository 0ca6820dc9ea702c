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


def test_a_body_meeting_for_its_numbered_round_is_that_sentences_meeting() -> None:
    body = (
        "Ngày 6-5-2020, Hội đồng Thi đua – Khen thưởng tỉnh họp lần thứ hai để xét khen thưởng năm 2019, "
        "Chủ tịch UBND tỉnh Trần Văn A chủ trì hội nghị cùng các Phó chủ tịch Hội đồng."
    )
    (event,) = extract_events(body, "2020-05-07T08:00:00+07:00")
    assert (event.session, event.date) == (2, "2020-05-06")


def test_a_sitting_numbered_by_a_word_after_the_body_and_its_verb() -> None:
    body = "Sáng 6/5, Hội đồng Thi đua – Khen thưởng tỉnh họp phiên thứ hai năm 2020."
    (event,) = extract_events(body, "2020-05-07T08:00:00+07:00")
    assert event.session == 2


def test_a_headline_names_the_numbered_sitting_the_body_tells_bare() -> None:
    title = "Hội đồng Thi đua Khen thưởng tỉnh họp lần thứ nhất năm 2022 để xét duyệt khen thưởng"
    body = (
        "Ông Trần Văn A, Chủ tịch UBND tỉnh, chủ trì cuộc họp.\n"
        "Tại cuộc họp, Hội đồng đã thông qua danh sách đề nghị xét tặng Cờ thi đua."
    )
    (event,) = extract_events(body, None, title)
    assert (event.name, event.session) == ("Cuộc họp Hội đồng Thi đua Khen thưởng tỉnh lần thứ nhất", 1)


def test_an_unbracketed_expanded_marker_after_the_term() -> None:
    body = (
        "Sáng 29/6, Tỉnh ủy Bình Minh đã tổ chức khai mạc Hội nghị lần thứ 4, Ban Chấp hành Đảng bộ tỉnh "
        "khóa XVI mở rộng."
    )
    (event,) = extract_events(body, "2021-06-29T10:00:00+07:00")
    assert (event.session, event.expanded) == (4, True)


def test_a_meeting_named_in_quotes_runs_to_the_closing_quote() -> None:
    body = (
        'Ngày 9/7, các bộ đã nghe nhiều ý kiến tại "Hội nghị tổng kết 5 năm thực hiện Nghị định 58 của Chính '
        'phủ về bảo hiểm y tế" do Bộ Y tế tổ chức tại Hà Nội.'
    )
    (event,) = extract_events(body, "2003-07-10T08:00:00+07:00")
    assert event.name == "Hội nghị tổng kết 5 năm thực hiện Nghị định 58 của Chính phủ về bảo hiểm y tế"


def test_a_quoted_remark_opening_with_a_meeting_noun_is_no_name() -> None:
    body = 'Sáng 5/3, Đại hội đã bầu Ban Chấp hành. "Đại hội đã thành công tốt đẹp", ông A nói.'
    assert all("thành công" not in e.name for e in extract_events(body, "2005-03-06T08:00:00+07:00"))
