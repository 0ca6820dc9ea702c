"""Made-up examples of the meeting and date forms seen on unseen rounds (issue 9, this stop)."""

from __future__ import annotations

from transforms.extract.dates import article_years, main_event_date, text_year
from transforms.extract.events import extract_events


def test_year_end_review_dated_in_december_takes_the_reviewed_year() -> None:
    body = (
        "Ngày 3/12, Ban Thường vụ Huyện ủy tổ chức Hội nghị tổng kết công tác năm 2021, "
        "triển khai nhiệm vụ năm 2022."
    )
    assert article_years(body) == (2022, 2021)
    assert main_event_date(body, None)[0] == "2021-12-03"
    assert extract_events(body)[0].date == "2021-12-03"


def test_year_end_review_in_january_takes_the_plan_year() -> None:
    body = "Sáng 8/1, Sở Tư pháp tổ chức hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023."
    assert main_event_date(body, None)[0] == "2023-01-08"


def test_today_with_a_december_day_uses_the_reviewed_year() -> None:
    body = "Hôm nay, 7/12, tại Đà Nẵng, Bộ Tư lệnh tổ chức Hội nghị tổng kết năm 2018, triển khai năm 2019."
    assert main_event_date(body, None)[0] == "2018-12-07"


def test_monthly_session_named_by_month_year_keeps_its_year_in_december() -> None:
    body = "Ngày 4/12, Chính phủ họp phiên thường kỳ tháng 11/2022, bàn dự toán ngân sách năm 2023."
    assert main_event_date(body, None)[0] == "2022-12-04"


def test_a_year_mentioned_once_beside_a_frequent_one_is_no_review_pair() -> None:
    # the year named most is the year; the previous one is only compared with
    assert text_year("11 tháng năm 2024 ... năm 2024 tăng so với năm 2023; năm 2024") == 2024
    assert article_years("Ngày 5/12, ... 11 tháng năm 2024, năm 2024 tăng so với năm 2023.")[1] is None


def test_month_year_with_a_dot() -> None:
    assert text_year("bán đấu giá ngay trong 10.2006 (số liệu 1.245)") == 2006
    assert text_year("giá 1.245 đồng, trị giá 12.5 tỉ") is None


def _names(body: str, title: str | None = None) -> list[tuple[str, int | None, str | None]]:
    return [(e.name, e.session, e.date) for e in extract_events(body, None, title)]


def test_holding_body_and_term_after_a_comma_belong_to_the_session() -> None:
    body = (
        "Sáng 9-7, tại Hội trường UBND tỉnh đã diễn ra Kỳ họp thứ 4, HĐND tỉnh khóa XI (nhiệm kỳ 2021-2026)."
    )
    assert _names(body)[0][:2] == ("Kỳ họp thứ 4, HĐND tỉnh khóa XI (nhiệm kỳ 2021-2026)", 4)
    body = "Sáng 12/10/2020, Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 khai mạc."
    assert _names(body)[0][0] == "Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025"


def test_a_body_after_the_session_that_starts_a_clause_is_left_out() -> None:
    body = "Ngày 20/11/2023, tại Kỳ họp thứ 6, Quốc hội đã thông qua Luật Đất đai."
    assert _names(body)[0][:2] == ("Kỳ họp thứ 6", 6)


def test_capitalized_name_after_the_session_runs_to_the_predicate() -> None:
    body = "Sáng 3/5/2010, hội nghị lần thứ 9 Diễn đàn Đối tác các nước Đông Nam Á (SEAF-9) do Lào đăng cai."
    assert _names(body)[0][:2] == ("Hội nghị lần thứ 9 Diễn đàn Đối tác các nước Đông Nam Á", 9)


def test_a_congress_announced_after_its_term_is_not_reported() -> None:
    body = "Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025 - 2030 sẽ diễn ra từ 14 đến 16/10/2025."
    assert _names(body) == []


def test_a_session_decided_and_announced_is_not_reported() -> None:
    body = (
        "Thường trực HĐND tỉnh quyết định tổ chức Kỳ họp thứ 20 của HĐND tỉnh khóa X. "
        "Kỳ họp sẽ diễn ra vào 8 giờ, ngày 15/7/2024, tại Hội trường."
    )
    assert _names(body) == []


def test_first_sitting_is_session_one() -> None:
    body = "Ngày 5/11/2024, Đại hội đại biểu lần thứ II khai mạc. Phiên họp đầu tiên đã bầu Ban Thường trực."
    assert ("Phiên họp đầu tiên", 1, None) in _names(body)


def test_cited_congresses_and_bodies_named_after_a_congress() -> None:
    body = "Các bộ phải triển khai nghị quyết của Đại hội 14 trong năm 2026."
    assert _names(body) == []
    body = (
        "Ngày 2/9/2025, ông A, Ủy viên trưởng Ủy ban Thường vụ Đại hội Đại biểu Nhân dân toàn quốc, thăm Huế."
    )
    assert _names(body) == []


def test_commemorations_are_ceremonies_not_meetings() -> None:
    assert _names("Sáng 2/9/2010, tỉnh tổ chức Lễ kỷ niệm 65 năm Quốc khánh tại Quảng trường.") == []


def test_gatherings_told_by_their_verb() -> None:
    body = "Sáng 4-9-2008, Hội Cựu chiến binh tỉnh đã tổ chức gặp mặt 200 hội viên tiêu biểu."
    assert _names(body) == [("Gặp mặt 200 hội viên tiêu biểu", None, "2008-09-04")]
    body = "Chiều 4-9-2008, 150 cựu giáo viên của trường đã họp mặt kỷ niệm 50 năm thành lập trường."
    assert _names(body)[0][0] == "Họp mặt kỷ niệm 50 năm thành lập trường"
    assert _names("Nhiều gia đình được gặp mặt người thân sau 30 năm.") == []


def test_voters_meetings() -> None:
    body = (
        "Chiều 6/5/2022, đại biểu Quốc hội tỉnh đã có cuộc tiếp xúc với cử tri các xã: A, B. "
        "Cùng dự buổi tiếp xúc cử tri có lãnh đạo huyện."
    )
    assert _names(body) == [("Cuộc tiếp xúc với cử tri các xã", None, "2022-05-06")]


def test_time_adverb_after_the_keyword_is_not_the_name() -> None:
    body = "Tại cuộc họp mới đây với lãnh đạo các huyện, Chủ tịch UBND tỉnh yêu cầu khẩn trương."
    assert _names(body)[0][0] == "Cuộc họp với lãnh đạo các huyện"


def test_meeting_held_to_discuss() -> None:
    body = "Ngày 3-6, UBND tỉnh đã tổ chức cuộc họp để bàn giải pháp chống hạn cho vụ lúa."
    assert _names(body)[0][0] == "Cuộc họp để bàn giải pháp chống hạn"


def test_an_unnamed_meeting_the_story_is_placed_in_counts_beside_another_kind() -> None:
    body = (
        "Đại hội thi đua yêu nước toàn quốc lần thứ 8 bế mạc. "
        "Tại cuộc họp báo diễn ra sau lễ bế mạc, Phó Thủ tướng A cho biết."
    )
    names = _names(body)
    assert [n for n, _, _ in names] == ["Đại hội thi đua yêu nước toàn quốc lần thứ 8", "Cuộc họp báo"]
    # the same kind told again is the same meeting, not a second one
    body = "Ngày 5/7/2011, Bộ Tư pháp đã họp báo công bố Luật. Tại cuộc họp báo, ông B cho biết."
    assert [n for n, _, _ in _names(body)] == ["Họp báo công bố Luật"]


def test_same_day_takes_the_date_of_the_sentence_before() -> None:
    body = (
        "Sáng 9-10-2007, Bộ Quốc phòng tổ chức Hội nghị tổng kết công tác dân vận. "
        "Cùng ngày, 200 cựu chiến binh đã họp mặt kỷ niệm 40 năm thành lập đơn vị."
    )
    assert ("Họp mặt kỷ niệm 40 năm thành lập đơn vị", None, "2007-10-09") in _names(body)


def test_a_sitting_told_by_its_kind_without_a_known_body() -> None:
    body = "Chiều 3/10/2008, Đoàn chủ tịch hội đã họp phiên bất thường kêu gọi ủng hộ vùng lũ."
    assert _names(body) == [("Phiên họp bất thường", None, "2008-10-03")]


def test_unnamed_meeting_told_as_this_one_or_as_a_subject() -> None:
    assert _names("Cách hội thảo này 2km là khu đô thị mới, ông A nói.") == [("Hội thảo", None, None)]
    assert _names("Hội nghị có ý nghĩa quan trọng, là dịp đánh giá 10 năm thực hiện Chỉ thị.") == [
        ("Hội nghị", None, None)
    ]
    assert _names("Chiều nay, Đại hội bỏ phiếu bầu Ban Chấp hành.") == [("Đại hội", None, None)]
    # announced, or referring back to a meeting that is cited
    assert _names("Hội nghị sẽ diễn ra vào tháng tới.") == []
    assert (
        _names("Đoàn đã gặp nhà tổ chức Hội nghị Thượng đỉnh 5 để bàn việc phiên dịch trong hội nghị này.")
        == []
    )
    assert _names("Đại hội đại biểu Đảng bộ tỉnh lần thứ XV sẽ diễn ra từ 14 đến 16/10/2025.") == []


def test_all_caps_headline_and_caption_name_the_meeting() -> None:
    title = "THÔNG CÁO VỀ KẾT QUẢ KỲ HỌP BẤT THƯỜNG LẦN THỨ 9, HĐND TỈNH KHÓA X"
    events = extract_events("Thường trực HĐND tỉnh thông báo kết quả như sau.", None, title)
    assert [(e.name, e.session) for e in events] == [("Kỳ họp bất thường lần thứ 9", 9)]
    caption = "Đồng chí Bí thư Tỉnh ủy chủ trì Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh. Ảnh: T.A"
    events = extract_events("Năm 2023 tỉnh hoàn thành các mục tiêu.", None, "Tạo đà phát triển", (caption,))
    assert [(e.name, e.session) for e in events] == [("Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh", 12)]
    assert extract_events("Năm 2023 tỉnh hoàn thành.", None, None, ("Quang cảnh Hội trường. Ảnh: T.A",)) == ()


def test_a_congress_announced_in_the_headline_is_not_reported() -> None:
    assert (
        extract_events("Chỉ thị nêu rõ số lượng ủy viên.", None, "Đại hội XIV của Đảng sẽ giảm số ủy viên")
        == ()
    )


def test_venues_keep_lowercase_syllables_units_and_joined_words() -> None:
    from transforms.extract.places import extract_places

    assert extract_places("Sáng 3/4, tại Trụ sở Chính phủ, Thủ tướng tiếp đoàn.") == ("Trụ sở Chính phủ",)
    body = "Chiều 5/6, tại Trung tâm Hội nghị Trường Chính trị tỉnh, Ban Tổ chức công bố quyết định."
    assert extract_places(body) == ("Trung tâm Hội nghị Trường Chính trị tỉnh",)
    body = "Tối 1/6, tại Trung tâm Hội nghị và Triển lãm tỉnh, hội thi khai mạc."
    assert extract_places(body) == ("Trung tâm Hội nghị và Triển lãm tỉnh",)
    body = "Sáng nay, tại Cung Văn hóa Thiếu nhi Khánh Hòa, đã diễn ra lễ phát động."
    assert "Cung Văn hóa Thiếu nhi Khánh Hòa" in extract_places(body)


def test_places_listed_after_a_place_and_capitals_after_thu_do() -> None:
    from transforms.extract.places import extract_places

    assert extract_places("Cơn bão gây thiệt hại ở tỉnh Nam Định và Thanh Hóa, nhiều nhà bị tốc mái.") == (
        "Nam Định",
        "Thanh Hóa",
    )
    assert extract_places("Vụ cháy tại khu phố 3, phường Bến Nghé, quận 1 - TPHCM.") == ("Bến Nghé", "TPHCM")
    assert extract_places("Sáng qua, tại thủ đô Viêng Chăn, hội nghị khai mạc.") == ("Viêng Chăn",)


def test_a_status_report_is_dated_by_its_as_of_day() -> None:
    body = "Đến ngày 15-9-2020, 18/18 đảng bộ trực thuộc đã hoàn thành đại hội cấp huyện."
    assert main_event_date(body, None)[0] == "2020-09-15"
    # a bound inside a sentence is still no date, and a page's own date wins
    assert main_event_date("Dự án phải xong đến ngày 15-9-2020, theo kế hoạch.", None)[0] is None
    assert main_event_date(body, "2020-09-20T08:00:00+07:00")[0] == "2020-09-20"


def test_a_bare_generic_body_holding_a_meeting() -> None:
    body = "Sáng 22/12/2024, Tỉnh ủy tổ chức họp cho ý kiến vào dự thảo báo cáo tổng kết."
    assert _names(body) == [("Cuộc họp Tỉnh ủy", None, "2024-12-22")]
    assert _names("Để Quốc hội họp thực chất, cần đổi mới cách làm.") == []


def test_a_period_to_date_names_the_year_the_article_is_in() -> None:
    body = "Ngày 23/11, Sở cho biết 10 tháng đầu năm 2005 số xe tăng 22% so với năm 2004; năm 2004 tăng 17%."
    assert main_event_date(body, None)[0] == "2005-11-23"
