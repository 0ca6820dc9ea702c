"""Made-up examples of meeting forms that recur across rounds 1-6 (issue 9, second wave): names that go
on with a purpose, the parties or the holder's term; meetings cited, wished or announced."""

from __future__ import annotations

import pytest

from transforms.extract.events import extract_events

PUBLISHED = "2021-07-02T08:00:00+07:00"

# (body, session, name) of the one meeting each body reports
ONE_MEETING = {
    "a bare noun held for a purpose is named by it, a list closed by 'và' included": (
        "Ngày 14-6, ông Trần Văn A, Thứ trưởng Bộ Xây dựng, đã chủ trì hội thảo nhằm lấy ý kiến của các "
        "sở, ngành và doanh nghiệp để sửa đổi dự thảo Luật Nhà ở, trình Quốc hội xem xét.",
        None,
        "Hội thảo nhằm lấy ý kiến của các sở, ngành và doanh nghiệp để sửa đổi dự thảo Luật Nhà ở",
    ),
    "a dialogue between parties runs to 'với chủ đề'": (
        "Sáng 24/4, Công an tỉnh tổ chức tọa đàm, đối thoại giữa Đảng ủy, Ban giám đốc Công an tỉnh với "
        "công an xã, phường, thị trấn với chủ đề: “Xây dựng lực lượng trong sạch”.",
        None,
        "Tọa đàm, đối thoại giữa Đảng ủy, Ban giám đốc Công an tỉnh với công an xã, phường, thị trấn",
    ),
    "the holder's term between the body and 'tổ chức' stays in the session's name": (
        "Sáng ngày 30/6, HĐND xã Hòa Bình khóa XIII, nhiệm kỳ 2021 – 2026 tổ chức kỳ họp lần thứ nhất. "
        "Ông B dự kỳ họp.",
        1,
        "Kỳ họp lần thứ nhất HĐND xã Hòa Bình khóa XIII, nhiệm kỳ 2021 – 2026",
    ),
    "a body right before 'tổ chức' still names the session": (
        "Sáng 5/3, HĐND huyện khóa X tổ chức kỳ họp thứ 9 để xem xét các tờ trình.",
        9,
        "Kỳ họp thứ 9 HĐND huyện khóa X",
    ),
    "a planned length is told of a session under way": (
        "Tại kỳ họp, HĐND tỉnh đã bầu ông C giữ chức Chủ tịch.\nTheo kế hoạch, Kỳ họp thứ 10 HĐND tỉnh Bình "
        "Minh khóa IX diễn ra trong 3 ngày.",
        10,
        "Kỳ họp thứ 10 HĐND tỉnh Bình Minh khóa IX",
    ),
    "a length after a comma is no announcement": (
        "Sáng 11/10, Ủy ban Thường vụ Quốc hội khai mạc phiên họp thứ 4, dự kiến diễn ra từ ngày "
        "11/10-14/10.",
        4,
        "Phiên họp thứ 4 Ủy ban Thường vụ Quốc hội",
    ),
    "a numbered congress is first told after one announced": (
        "Đại hội đã hiệp thương chọn cử đoàn đại biểu dự Đại hội Hội Thanh niên toàn quốc lần thứ VIII.\n"
        "Đại hội đại biểu Hội Thanh niên tỉnh Bình Minh lần thứ IV, nhiệm kỳ 2019 - 2024 diễn ra trong "
        "hai ngày.",
        4,
        "Đại hội đại biểu Hội Thanh niên tỉnh Bình Minh lần thứ IV, nhiệm kỳ 2019 - 2024",
    ),
    "'để' before a session without a wish keeps it": (
        "Đại biểu A cho rằng cần làm rõ quy trình để kỳ họp thứ 5 thực hiện được quy định mới này.",
        5,
        "Kỳ họp thứ 5",
    ),
}


@pytest.mark.parametrize("case", list(ONE_MEETING))
def test_one_meeting(case: str) -> None:
    body, session, name = ONE_MEETING[case]
    events = extract_events(body, PUBLISHED)
    assert len(events) == 1, events
    assert events[0].session == session
    assert events[0].name == name


# Bodies that report no meeting: cited, wished, announced or a programme of one to come.
NO_MEETING = {
    "a congress hailed": "Chào mừng thành công Đại hội X của Đảng, tối 29/4, tỉnh tổ chức lễ hội.",
    "a past congress starts a period": (
        "Từ sau Đại hội Đảng toàn quốc lần thứ XII, công tác kiểm tra đã có nhiều chuyển biến."
    ),
    "a session whose success a task serves": (
        "Bà A đề nghị các đơn vị chuẩn bị chu đáo để kỳ họp thứ nhất HĐND huyện khóa XX, nhiệm kỳ "
        "2021-2026 thành công tốt đẹp."
    ),
    "a meeting held last year": (
        "Sáng kiến được sự nhất trí của Đại hội đồng AIPO lần thứ 24, diễn ra tại Indonesia năm ngoái."
    ),
    "the programme of a congress to come": (
        "Ngày 17-2, Ban Chấp hành Đảng bộ phường A duyệt chương trình tổ chức Đại hội đại biểu Đảng bộ "
        "phường lần thứ 10, nhiệm kỳ 2025-2030."
    ),
    "announced with its term and a comma": (
        "Theo đó, Kỳ họp thứ 11, HĐND huyện khóa XX, nhiệm kỳ 2021 – 2026, dự kiến sẽ khai mạc vào sáng "
        "ngày 01/03."
    ),
    "'dự kiến' after a bare noun announces": "Theo đó kỳ họp dự kiến được tổ chức vào ngày 10/7/2021.",
    "a planned session that 'sẽ' diễn ra": (
        "Theo kế hoạch, Kỳ họp thứ 10 HĐND tỉnh Bình Minh khóa IX sẽ diễn ra trong 3 ngày."
    ),
    "the same congress announced, then described": (
        "Đại hội đại biểu Hội A lần thứ VI sẽ được tổ chức trong 2 ngày 21 - 22/12. Đại hội đại biểu Hội A "
        "lần thứ VI là sự kiện chính trị quan trọng."
    ),
    "an unnumbered meeting after an announced one is that one": (
        "Ngày mai, hội nghị Bộ trưởng du lịch về giảm nghèo sẽ diễn ra tại Huế.\nÔng A nói: đó là lý do "
        "chúng tôi tổ chức hội nghị lần này."
    ),
    "a purpose told of a meeting not held": "Ông A cho rằng hội thảo nhằm mục đích tốt.",
}


@pytest.mark.parametrize("case", list(NO_MEETING))
def test_no_meeting(case: str) -> None:
    assert extract_events(NO_MEETING[case], PUBLISHED) == ()


def test_a_long_run_after_a_purpose_keeps_the_bare_noun() -> None:
    """More than 40 words after "nhằm" is a sentence, not a name."""
    purpose = " ".join(["nâng cao"] * 25)
    events = extract_events(f"Sáng 5/3, tỉnh tổ chức hội thảo nhằm {purpose}.", PUBLISHED)
    assert [e.name for e in events] == ["Hội thảo"]
