"""Made-up examples of meeting forms first seen in round 5 (issue 9): names that go on, counted,
prepared and continued meetings, caption lines."""

from __future__ import annotations

from transforms.extract.events import extract_events

PUBLISHED = "2007-05-02T08:00:00+07:00"


def test_a_session_name_goes_on_with_its_subject() -> None:
    body = (
        "Ngày 6/7, tại Đà Nẵng đã khai mạc Hội nghị lần thứ 5 về chương trình hợp tác phòng chống "
        "thiên tai khu vực tại Việt Nam. Đại diện 10 nước tham dự hội nghị."
    )
    (event,) = extract_events(body, PUBLISHED)
    assert event.session == 5
    assert event.name == "Hội nghị lần thứ 5 về chương trình hợp tác phòng chống thiên tai khu vực"


def test_a_session_name_without_a_subject_still_ends_at_its_number() -> None:
    body = "Ngày 6/7, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 12 tại Hội trường Tỉnh ủy."
    (event,) = extract_events(body, PUBLISHED)
    assert event.session == 12
    assert "tại" not in event.name


def test_a_sitting_named_by_what_it_hears() -> None:
    body = (
        "Phó Thủ tướng đã có kết luận như vậy sau cuộc họp nghe UBND tỉnh Quảng Trị báo cáo về dự án "
        "cảng biển. Tuy nhiên, dự án này sẽ phải điều chỉnh."
    )
    (event,) = extract_events(body, PUBLISHED)
    assert event.name.startswith("Cuộc họp nghe UBND tỉnh Quảng Trị báo cáo")


def test_a_passing_lowercase_sitting_without_a_verb_is_no_meeting() -> None:
    body = "Ông A cho biết sau cuộc họp mọi việc đã rõ. Dự án sẽ được điều chỉnh trong năm nay."
    assert extract_events(body, PUBLISHED) == ()


def test_counted_meetings_are_a_list_and_not_the_one_reported() -> None:
    body = (
        "Trong năm qua, Hội đã tổ chức ba hội nghị tổng kết thực hiện Đề án và tọa đàm về bảo vệ "
        "hội viên.\nHội nghị lần thứ 4, Ban Chấp hành Hội Cựu chiến binh tỉnh khóa VI |\n"
        "Phát biểu tại hội nghị, nhiều đại biểu nêu ý kiến."
    )
    (event,) = extract_events(body, PUBLISHED)
    assert event.session == 4
    assert event.name == "Hội nghị lần thứ 4, Ban Chấp hành Hội Cựu chiến binh tỉnh khóa VI"


def test_counted_meetings_by_a_figure() -> None:
    body = "Từ đầu năm, ngành đã tổ chức 12 hội nghị tập huấn cho cán bộ cơ sở tại các huyện."
    assert extract_events(body, PUBLISHED) == ()


def test_a_caption_bar_ends_a_name() -> None:
    body = "Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ huyện khóa XX |\nNgày 3/4, hội nghị bàn kế hoạch."
    names = [e.name for e in extract_events(body, PUBLISHED)]
    assert names and all("|" not in name for name in names)


def test_a_bare_press_conference_in_a_caption_is_no_meeting() -> None:
    body = "Đại hội đại biểu toàn quốc Hội Chữ thập đỏ lần thứ V sẽ được tổ chức trong 2 ngày 21 - 22/12."
    captions = ("Ông B, Chủ tịch Hội, phát biểu tại buổi họp báo |",)
    assert extract_events(body, PUBLISHED, title="300 đại biểu sẽ dự Đại hội", captions=captions) == ()


def test_a_named_meeting_in_a_caption_still_counts() -> None:
    body = "Các đại biểu đã thảo luận nhiều ý kiến tâm huyết về công tác cán bộ của tỉnh."
    captions = ("Đồng chí A chủ trì Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ tỉnh",)
    (event,) = extract_events(body, PUBLISHED, captions=captions)
    assert event.session == 9


def test_a_session_continued_is_reported() -> None:
    body = (
        "Tiếp tục chương trình phiên họp toàn thể lần thứ 9, chiều ngày 07/5, tại Nhà Quốc hội, Ủy ban "
        "Kinh tế thẩm tra dự án Luật Thương mại."
    )
    (event,) = extract_events(body, PUBLISHED)
    assert event.session == 9
    assert event.date == "2007-05-07"


def test_the_program_of_a_session_is_still_told_about() -> None:
    body = "Ủy ban Thường vụ Quốc hội đã cho ý kiến về chương trình kỳ họp thứ 4 trong tuần này."
    assert extract_events(body, PUBLISHED) == ()


def test_a_congress_prepared_or_its_documents_are_no_meeting() -> None:
    body = (
        "Ngày 13/9, Ban Chấp hành Đảng bộ tỉnh đã họp. Hội nghị thông qua công tác chuẩn bị tổ chức "
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030 và hoàn thiện tài liệu Đại hội "
        "đại biểu Đảng bộ tỉnh."
    )
    sessions = [e.session for e in extract_events(body, PUBLISHED)]
    assert 20 not in sessions
    assert all("Đại hội" not in e.name for e in extract_events(body, PUBLISHED))


def test_a_steering_committee_of_a_congress_is_a_body() -> None:
    body = (
        "Phó Thủ tướng A, Trưởng Ban Chỉ đạo Đại hội đại biểu toàn quốc Hội Nông dân lần thứ VIII, đồng "
        "ý với đề nghị điều chỉnh thời gian tổ chức."
    )
    assert extract_events(body, PUBLISHED) == ()


def test_a_workshop_to_come_with_one_more_word_before_it() -> None:
    body = 'Vào ngày 25/7 tới, hội sẽ tổ chức một cuộc hội thảo quốc tế "Vì người khuyết tật" tại Cần Thơ.'
    assert extract_events(body, PUBLISHED) == ()


def test_a_meeting_in_a_later_year_is_to_come() -> None:
    body = (
        "Cuộc gặp diễn ra trước khi Việt Nam đăng cai Hội nghị Bộ trưởng Kinh tế ASEAN (AEM) vào năm "
        "2008 tại Hà Nội."
    )
    assert extract_events(body, PUBLISHED) == ()


def test_a_meeting_in_the_articles_year_is_kept() -> None:
    body = "Ngày 3/3, Việt Nam đã tổ chức Hội nghị Bộ trưởng Kinh tế ASEAN vào năm 2007 tại Hà Nội."
    (event,) = extract_events(body, PUBLISHED)
    assert event.date == "2007-03-03"


def test_a_congress_rescheduled_is_no_meeting() -> None:
    body = (
        "Phó Thủ tướng đồng ý với đề nghị về điều chỉnh thời gian tổ chức Đại hội đại biểu toàn quốc "
        "Hội Nông dân Việt Nam lần thứ VIII sang cuối tháng 6."
    )
    assert extract_events(body, PUBLISHED) == ()


def test_a_subject_listed_with_commas_stays_in_the_name() -> None:
    body = (
        "Sáng 13/1, tại Hà Nội, Bộ tổ chức Hội nghị toàn quốc về phát triển nông nghiệp, nông thôn, "
        "kinh tế hợp tác và xây dựng nông thôn mới. Thủ tướng dự."
    )
    (event,) = extract_events(body, PUBLISHED)
    assert event.name == (
        "Hội nghị toàn quốc về phát triển nông nghiệp, nông thôn, kinh tế hợp tác và xây dựng nông thôn mới"
    )


def test_a_clause_after_the_subject_is_not_listed() -> None:
    for tail in (
        "các sở và ngành tham dự đông đủ",
        "ông A và bà B đã phát biểu",
        "phòng cháy, các sở và ngành dự",
    ):
        body = f"Sáng 13/1, tỉnh tổ chức Hội nghị về an toàn giao thông, {tail}."
        (event,) = extract_events(body, PUBLISHED)
        assert event.name == "Hội nghị về an toàn giao thông"


def test_about_what_after_a_session_is_no_subject() -> None:
    body = (
        "Trao đổi với phóng viên bên lề phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội về việc ai sẽ "
        "giám sát việc kê khai tài sản, ông A cho biết như vậy."
    )
    (event,) = extract_events(body, PUBLISHED)
    assert event.session == 12
    assert event.name == "Phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội"


def test_a_number_before_a_capitalized_meeting_is_no_count() -> None:
    body = "Ngày 3/4, Ban Chấp hành Đảng bộ tỉnh khóa 15 Hội nghị lần thứ 9 đã khai mạc tại Hội trường."
    (event,) = extract_events(body, PUBLISHED)
    assert event.session == 9
