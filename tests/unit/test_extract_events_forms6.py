"""Made-up examples of meeting forms first seen in round 5 (issue 9): names that go on, counted,
prepared and continued meetings, caption lines."""

from __future__ import annotations

import pytest

from transforms.extract.events import extract_events

PUBLISHED = "2007-05-09T08:00:00+07:00"  # after the made-up days of May (a later day is announced)

# (body, session, name) of the one meeting each body reports; a name of None is not checked
ONE_MEETING = {
    "a session's name goes on with its subject": (
        "Ngày 6/7, tại Đà Nẵng đã khai mạc Hội nghị lần thứ 5 về chương trình hợp tác phòng chống "
        "thiên tai khu vực tại Việt Nam. Đại diện 10 nước tham dự hội nghị.",
        5,
        "Hội nghị lần thứ 5 về chương trình hợp tác phòng chống thiên tai khu vực",
    ),
    "without a subject the name ends at its number": (
        "Ngày 6/7, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 12 tại Hội trường Tỉnh ủy.",
        12,
        "Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh",  # the organizer names a bare session
    ),
    "'về việc' after a session is no subject": (
        "Trao đổi với phóng viên bên lề phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội về việc ai sẽ "
        "giám sát việc kê khai tài sản, ông A cho biết như vậy.",
        12,
        "Phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội",
    ),
    "counted meetings are a list, the caption line's meeting is reported": (
        "Trong năm qua, Hội đã tổ chức ba hội nghị tổng kết thực hiện Đề án và tọa đàm về bảo vệ "
        "hội viên.\nHội nghị lần thứ 4, Ban Chấp hành Hội Cựu chiến binh tỉnh khóa VI |\n"
        "Phát biểu tại hội nghị, nhiều đại biểu nêu ý kiến.",
        4,
        "Hội nghị lần thứ 4, Ban Chấp hành Hội Cựu chiến binh tỉnh khóa VI",
    ),
    "a number before a capitalized meeting is no count": (
        "Ngày 3/4, Ban Chấp hành Đảng bộ tỉnh khóa 15 Hội nghị lần thứ 9 đã khai mạc tại Hội trường.",
        9,
        None,
    ),
    "a subject listed with commas and closed by 'và' stays in the name": (
        "Sáng 13/1, tại Hà Nội, Bộ tổ chức Hội nghị toàn quốc về phát triển nông nghiệp, nông thôn, "
        "kinh tế hợp tác và xây dựng nông thôn mới. Thủ tướng dự.",
        None,
        "Hội nghị toàn quốc về phát triển nông nghiệp, nông thôn, kinh tế hợp tác và xây dựng nông thôn mới",
    ),
    "a clause after the subject is not listed (determiner)": (
        "Sáng 13/1, tỉnh tổ chức Hội nghị về an toàn giao thông, các sở và ngành tham dự đông đủ.",
        None,
        "Hội nghị về an toàn giao thông",
    ),
    "a clause after the subject is not listed (people)": (
        "Sáng 13/1, tỉnh tổ chức Hội nghị về an toàn giao thông, ông A và bà B đã phát biểu.",
        None,
        "Hội nghị về an toàn giao thông",
    ),
    "a clause after the subject is not listed (one item)": (
        "Sáng 13/1, tỉnh tổ chức Hội nghị về an toàn giao thông, phòng cháy và ngành dự đầy đủ.",
        None,
        "Hội nghị về an toàn giao thông",
    ),
    "the delegation elected to a higher congress attends one to come": (
        "Sáng 12/3, Đại hội đại biểu Đảng bộ huyện A lần thứ XX đã bế mạc. Đại hội đã bầu Đoàn đại "
        "biểu Đảng bộ huyện dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI.",
        20,
        "Đại hội đại biểu Đảng bộ huyện A lần thứ XX",
    ),
    "'phòng, chống' is one compound in a name": (
        "Sáng 5/10, tỉnh tổ chức Hội nghị tổng kết công tác phòng, chống tham nhũng năm 2006.",
        None,
        "Hội nghị tổng kết công tác phòng, chống tham nhũng năm 2006",
    ),
    "who chairs it is not part of the name": (
        "Ngày 5/10, Chính phủ tổ chức Phiên họp Chính phủ thường kỳ tháng 9 dưới sự chủ trì của Thủ tướng.",
        None,
        "Phiên họp Chính phủ thường kỳ tháng 9",
    ),
}

NO_MEETING = {
    "a passing lowercase sitting without a verb": (
        "Ông A cho biết sau cuộc họp mọi việc đã rõ. Dự án sẽ được điều chỉnh trong năm nay."
    ),
    "meetings counted by a figure": (
        "Từ đầu năm, ngành đã tổ chức 12 hội nghị tập huấn cho cán bộ cơ sở tại các huyện."
    ),
    "the program of a session is told about": (
        "Ủy ban Thường vụ Quốc hội đã cho ý kiến về chương trình kỳ họp thứ 4 trong tuần này."
    ),
    "a steering committee of a congress is a body": (
        "Phó Thủ tướng A, Trưởng Ban Chỉ đạo Đại hội đại biểu toàn quốc Hội Nông dân lần thứ VIII, đồng "
        "ý với đề nghị điều chỉnh thời gian tổ chức."
    ),
    "a workshop to come with 'một cuộc' before it": (
        'Vào ngày 25/7 tới, hội sẽ tổ chức một cuộc hội thảo quốc tế "Vì người khuyết tật" tại Cần Thơ.'
    ),
    "a meeting in a later year is to come": (
        "Cuộc gặp diễn ra trước khi Việt Nam đăng cai Hội nghị Bộ trưởng Kinh tế ASEAN (AEM) vào năm "
        "2008 tại Hà Nội."
    ),
    "the delegation elected to a higher congress attends one to come": (
        "Ngày 12/3, các đảng viên đã bầu Đoàn đại biểu Đảng bộ huyện dự Đại hội đại biểu Đảng bộ tỉnh "
        "lần thứ XVI."
    ),
    "a congress rescheduled": (
        "Phó Thủ tướng đồng ý với đề nghị về điều chỉnh thời gian tổ chức Đại hội đại biểu toàn quốc "
        "Hội Nông dân Việt Nam lần thứ VIII sang cuối tháng 6."
    ),
}


@pytest.mark.parametrize("body, session, name", ONE_MEETING.values(), ids=ONE_MEETING.keys())
def test_one_meeting(body: str, session: int | None, name: str | None) -> None:
    (event,) = extract_events(body, PUBLISHED)
    assert event.session == session
    assert name is None or event.name == name


@pytest.mark.parametrize("body", NO_MEETING.values(), ids=NO_MEETING.keys())
def test_no_meeting(body: str) -> None:
    assert extract_events(body, PUBLISHED) == ()


def test_a_sitting_named_by_what_it_hears() -> None:
    body = (
        "Phó Thủ tướng đã có kết luận như vậy sau cuộc họp nghe UBND tỉnh Quảng Trị báo cáo về dự án "
        "cảng biển. Tuy nhiên, dự án này sẽ phải điều chỉnh."
    )
    (event,) = extract_events(body, PUBLISHED)
    assert event.name.startswith("Cuộc họp nghe UBND tỉnh Quảng Trị báo cáo")


def test_a_caption_bar_ends_a_name() -> None:
    body = "Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ huyện khóa XX |\nNgày 3/4, hội nghị bàn kế hoạch."
    names = [e.name for e in extract_events(body, PUBLISHED)]
    assert names and all("|" not in name for name in names)


def test_captions_name_meetings_by_their_name_not_a_bare_keyword() -> None:
    announced = (
        "Đại hội đại biểu toàn quốc Hội Chữ thập đỏ lần thứ V sẽ được tổ chức trong 2 ngày 21 - 22/12."
    )
    bare = ("Ông B, Chủ tịch Hội, phát biểu tại buổi họp báo |",)
    assert extract_events(announced, PUBLISHED, title="300 đại biểu sẽ dự Đại hội", captions=bare) == ()
    other = "Các đại biểu đã thảo luận nhiều ý kiến tâm huyết về công tác cán bộ của tỉnh."
    named = ("Đồng chí A chủ trì Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ tỉnh",)
    (event,) = extract_events(other, PUBLISHED, captions=named)
    assert event.session == 9


def test_a_session_continued_is_reported_and_dated() -> None:
    body = (
        "Tiếp tục chương trình phiên họp toàn thể lần thứ 9, chiều ngày 07/5, tại Nhà Quốc hội, Ủy ban "
        "Kinh tế thẩm tra dự án Luật Thương mại."
    )
    (event,) = extract_events(body, PUBLISHED)
    assert (event.session, event.date) == (9, "2007-05-07")


def test_a_congress_prepared_or_its_documents_are_no_meeting() -> None:
    body = (
        "Ngày 13/9, Ban Chấp hành Đảng bộ tỉnh đã họp. Hội nghị thông qua công tác chuẩn bị tổ chức "
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030 và hoàn thiện tài liệu Đại hội "
        "đại biểu Đảng bộ tỉnh."
    )
    events = extract_events(body, PUBLISHED)
    assert all(e.session != 20 and "Đại hội" not in e.name for e in events)


def test_a_meeting_in_the_articles_year_is_kept() -> None:
    body = "Ngày 3/3, Việt Nam đã tổ chức Hội nghị Bộ trưởng Kinh tế ASEAN vào năm 2007 tại Hà Nội."
    (event,) = extract_events(body, PUBLISHED)
    assert event.date == "2007-03-03"
