"""Made-up examples of where a meeting's name ends (session 12, issue 9, meetings2), each counted on VNTC:
each test fails without its rule."""

from __future__ import annotations

from transforms.extract.events import extract_events


def test_a_kind_of_sitting_runs_over_the_body_that_holds_it() -> None:
    body = (
        "Ông A cho biết như vậy tại Hội nghị bất thường của Đoàn Chủ tịch Ủy ban Trung ương Mặt trận "
        "Tổ quốc Việt Nam chiều qua."
    )
    (event,) = extract_events(body)
    assert event.name == ("Hội nghị bất thường của Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
    body = "Phát biểu tại Hội nghị tổng kết năm của Bộ Giao thông vận tải diễn ra hôm qua, ông A nói."
    (event,) = extract_events(body)
    assert event.name == "Hội nghị tổng kết năm của Bộ Giao thông vận tải"


def test_a_subject_before_cua_keeps_the_body_out_of_the_name() -> None:
    # "chỉ thị của Ban Bí thư": the document's author, not who holds the meeting
    (event,) = extract_events("Phát biểu tại Hội nghị triển khai chỉ thị của Ban Bí thư hôm qua, ông A nói.")
    assert event.name == "Hội nghị triển khai chỉ thị"


def test_a_holder_after_the_session_keeps_its_lowercase_words() -> None:
    body = (
        "Sáng nay, Hội nghị thường niên lần thứ 14 Diễn đàn Nghị viện các nước châu Á - Thái Bình "
        "Dương (APPF) đã khai mạc tại Hà Nội."
    )
    (event,) = extract_events(body)
    # 16 words once "(APPF)" and the dash are left out of the count
    assert event.name == (
        "Hội nghị thường niên lần thứ 14 Diễn đàn Nghị viện các nước châu Á - Thái Bình Dương"
    )


def test_a_clause_after_the_holder_is_no_part_of_the_name() -> None:
    body = "Đại hội Đại biểu toàn quốc lần thứ X của Đảng cổ vũ mạnh mẽ toàn Đảng, toàn dân tiến lên."
    (event,) = extract_events(body)
    assert event.name == "Đại hội Đại biểu toàn quốc lần thứ X của Đảng"


def test_a_lowercase_name_dated_or_organized_right_after_it_names_the_sitting() -> None:
    body = "Tại hội nghị công tác dân vận toàn quốc sáng nay, ông A cho biết tình hình đã ổn định."
    (event,) = extract_events(body, "2006-01-21")
    assert event.name == "Hội nghị công tác dân vận toàn quốc"
    body = "Tham dự hội nghị cử tuyển 2006 do Bộ GD-ĐT tổ chức ngày 20-1 tại Hà Nội, ông A đã phát biểu."
    (event,) = extract_events(body, "2006-01-21")
    assert event.name == "Hội nghị cử tuyển 2006"


def test_a_lowercase_name_in_a_plan_names_no_sitting() -> None:
    assert extract_events("Ông A sẽ phát biểu tại hội nghị công tác dân vận toàn quốc sáng nay.") == ()


def test_a_name_opening_the_sentence_organized_by_a_body_is_kept() -> None:
    body = "Hội thảo lý luận phê bình nhiếp ảnh do Hội Nghệ sĩ nhiếp ảnh Việt Nam tổ chức đã diễn ra."
    (event,) = extract_events(body)
    assert event.name == "Hội thảo lý luận phê bình nhiếp ảnh"


def test_a_sitting_dated_right_after_a_word_of_its_kind_is_named_by_it() -> None:
    (event,) = extract_events("Tại cuộc họp khẩn cấp sáng 25/9, Ban chỉ đạo phòng chống lụt bão nhận định.")
    assert event.name == "Cuộc họp khẩn cấp"
