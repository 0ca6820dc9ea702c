"""Made-up and short VNTC-like examples of meetings a sentence plans (session 12, issue 9, events3),
each counted on VNTC: each test fails without its rule, and the reported forms beside them stay."""

from __future__ import annotations

from transforms.extract.events import extract_events


def _names(body: str) -> list[str]:
    return [e.name for e in extract_events(body)]


def test_a_meeting_that_opens_its_sentence_and_will_be_held_is_planned() -> None:
    body = (
        "Hội thảo về du học New Zealand và chương trình đào tạo của Đại học OTAGO sẽ diễn ra vào lúc 15h30 "
        "ngày 17/9 tại khách sạn Melia, Hà Nội."
    )
    assert _names(body) == []
    body = "Hội thảo về ĐH Kỹ thuật SSM (Ấn Độ) sẽ được tổ chức ngày 21/7 tại Văn phòng Công ty Quốc Anh."
    assert _names(body) == []


def test_a_reported_meeting_that_opens_its_sentence_stays() -> None:
    body = "Hội thảo về du học New Zealand đã diễn ra sáng 17/9 tại khách sạn Melia, Hà Nội."
    assert _names(body) == ["Hội thảo về du học New Zealand"]


def test_a_sentence_placed_in_a_meeting_that_says_what_will_happen_there_plans_it() -> None:
    body = (
        "Tại buổi hội thảo, đại diện MLC và SSB sẽ giới thiệu với phụ huynh về các chương trình Anh ngữ hè."
    )
    assert _names(body) == []
    body = "Tại kỳ họp Quốc hội cuối năm nay, Chính phủ sẽ báo cáo Quốc hội về chất lượng giáo dục."
    assert _names(body) == []


def test_a_meeting_where_someone_told_what_will_happen_stays() -> None:
    # a reporting verb before "sẽ": the sitting was held and someone spoke there
    body = (
        "Tại buổi họp báo ngày 17-3, ông Lê Truyền, Phó Chủ tịch Ủy ban, cho biết Đại hội sẽ được tổ chức "
        "tại TP Pleiku."
    )
    assert _names(body) == ["Buổi họp báo"]


def test_a_meeting_dated_by_a_day_to_come_is_planned() -> None:
    body = (
        "Theo nguồn tin trên, việc bãi bỏ quy định này sẽ được đưa ra thảo luận tại kỳ họp HĐND thành phố "
        "diễn ra vào ngày 7/12 tới."
    )
    assert _names(body) == []
    body = "Ngày 4/3 tới, Hội NNCĐDC/dioxin TP.HCM sẽ chính thức ra mắt và tổ chức Đại hội đại biểu lần I."
    assert _names(body) == []


def test_a_day_to_come_far_from_the_meeting_leaves_it() -> None:
    body = (
        "Tại cuộc giao ban báo chí ngày 5-7, ông Nguyễn Trí Dũng, Phó Cục trưởng Cục Báo chí, cho biết "
        "Thành đoàn vừa có công văn đề nghị cho phép báo được tạm ngừng xuất bản từ ngày 8-7 tới "
        "để củng cố tổ chức."
    )
    assert _names(body) == ["Cuộc giao ban báo chí"]


def test_a_will_earlier_in_the_clause_plans_the_meeting() -> None:
    body = "Thủ tướng khẳng định VN sẽ tham gia tích cực vào Hội nghị cấp cao Cộng đồng Pháp ngữ lần thứ XII."
    assert _names(body) == []
    body = "Quyết định chính thức sẽ được Bộ trưởng Nguyễn Minh Hiển đưa ra tại Hội nghị tuyển sinh ngày 1/2."
    assert _names(body) == []


def test_a_will_before_a_comma_or_a_past_word_leaves_the_meeting() -> None:
    body = "Bộ sẽ xem xét đề xuất này, ông A cho biết tại Hội nghị tuyển sinh sáng nay."
    assert _names(body) == ["Hội nghị tuyển sinh"]
    body = "Ông A cho biết Bộ sẽ xem xét đề xuất mà ông đã trình bày tại Hội nghị tuyển sinh."
    assert _names(body) == ["Hội nghị tuyển sinh"]


def test_a_bare_press_conference_dated_right_after_it_is_reported() -> None:
    body = "Nội dung ngừng đăng ký xe máy lại là tâm điểm trong cuộc họp báo chiều 5/12."
    assert [(e.name, e.date) for e in extract_events(body, "2005-12-06")] == [("Cuộc họp báo", "2005-12-05")]
    body = "Ông A, Giám đốc Công ty nước sạch, tại cuộc họp báo sáng nay cho biết giá nước sẽ tăng."
    assert _names(body) == ["Cuộc họp báo"]


def test_a_bare_gathering_held_by_its_verb_is_reported() -> None:
    body = "Sáng qua, gần 400 đại biểu từng tham gia chiến dịch Điện Biên Phủ đã có buổi gặp mặt tại Hà Nội."
    assert _names(body) == ["Buổi gặp mặt"]


def test_a_bare_press_conference_still_to_come_is_none() -> None:
    assert _names("15h chiều nay, Bộ GDĐT sẽ tổ chức họp báo về kỳ thi tuyển sinh.") == []
    assert _names("Ông A cho biết sẽ có cuộc họp báo sáng mai tại Hà Nội.") == []
