"""Made-up examples of meeting forms that recur across rounds 1-8 and VNTC (issue 9, wave B): meetings
cited (a relative clause, propaganda, a venue), announced (a task given, a notice that says "sẽ diễn
ra"), told as a kind in a plural list or by a month and year, and one sitting told by two nouns."""

from __future__ import annotations

import pytest

from transforms.extract.events import extract_events

PUBLISHED = "2024-09-12T08:00:00+07:00"

# made-up bodies that report no meeting at all
NO_MEETING = {
    "a meeting as the source a relative clause cites": (
        "Đây là một trong 5 mục tiêu mà Hội nghị Trung ương 8 đưa ra cho giai đoạn tới."
    ),
    "propaganda about a congress, and the one joined to it by 'và'": (
        "Ngành văn hóa đẩy mạnh tuyên truyền Đại hội đại biểu Đảng bộ tỉnh Bình Minh lần thứ XX nhiệm kỳ "
        "2025 - 2030 và Đại hội đại biểu toàn quốc lần thứ XIV của Đảng."
    ),
    "a task given: the congress is still to be held": (
        "Đảng bộ xã An Phú là đơn vị được Huyện ủy giao nhiệm vụ tổ chức Đại hội điểm của huyện."
    ),
    "a room named after meetings": (
        "Ngôi nhà mới có thư viện, hội trường, phòng hội nghị, phòng học và sân chơi cho các em."
    ),
    "a venue's name": "Học sinh đến Phòng Hội thảo B3, Trường Đại học Bình Minh, để đăng ký học.",
    "the next kind in a list opened by a plural": (
        "Khách sạn thường xuyên đón các hội nghị, hội thảo quốc tế. Trường cũng tổ chức nhiều hội thảo, "
        "hội nghị lấy ý kiến các nhà khoa học."
    ),
    "a notice whose clause says the meeting will be held": (
        "Hội thảo du học Canada và học bổng Đại học Maple sẽ diễn ra vào 9h ngày 20/9 tại khách sạn Sao "
        "Mai. Tại hội thảo, học sinh được tư vấn miễn phí. Hội thảo có phiên dịch."
    ),
    "a short opener before the meeting that will be held": (
        "Từ ngày 26 đến 29/9, hội nghị về phòng chống dịch bệnh ở châu Á sẽ được tổ chức tại Bangkok."
    ),
    "a meeting held every year": (
        "Ngoài ra, hằng năm Ngân hàng Phát triển châu Á đồng chủ tọa Hội nghị tư vấn các nhà tài trợ."
    ),
    "a sitting held every month": "Để đẩy nhanh tiến độ, hằng tháng Bộ đều tiến hành giao ban với nhà thầu.",
    "a numbered meeting as the past step a count starts from": (
        "Theo Ủy ban MTTQ tỉnh, sau hội nghị hiệp thương lần thứ hai, tổng số người ứng cử đại biểu HĐND "
        "tỉnh là 120 người."
    ),
    "a meeting named by its month and year, undated, cited": (
        "Trong 5 năm qua, kể từ khi Việt Nam ký cam kết tại Hội nghị Thượng đỉnh Liên Hợp Quốc tháng 9-2000, "
        "các tỉnh đã có nhiều nỗ lực."
    ),
}


@pytest.mark.parametrize("body", NO_MEETING.values(), ids=list(NO_MEETING))
def test_cited_or_announced_meeting_is_not_reported(body: str) -> None:
    assert extract_events(body, PUBLISHED) == ()


# (body, name, session, date) of the one meeting each body reports
ONE_MEETING = {
    "a monthly sitting keeps its month and year": (
        "Sáng 28/8, mở đầu phiên họp Chính phủ thường kỳ tháng 8/2024, Thủ tướng nhấn mạnh yêu cầu.",
        "Phiên họp Chính phủ thường kỳ tháng 8/2024",
        None,
        "2024-08-28",
    ),
    "one sitting told by two nouns, the same holder after the same number": (
        "Chiều 20/8, Trung tướng Trần Văn A thông báo kết quả Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ "
        "Quân khu nhiệm kỳ 2020-2025.\nTại phiên họp thứ nhất Ban chấp hành, Trung tướng Trần Văn A được "
        "bầu giữ chức Bí thư.",
        "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ Quân khu nhiệm kỳ 2020-2025",
        1,
        "2024-08-20",
    ),
    "a meeting held, a plural list of kinds after it": (
        "Sáng 5/9, Sở Nội vụ tổ chức Hội nghị tổng kết công tác thi đua. Sở đã dự các hội nghị, hội thảo "
        "khác trong năm.",
        "Hội nghị tổng kết công tác thi đua",
        None,
        "2024-09-05",
    ),
    "a meeting held in a named room": (
        "Sáng 6/9, tại Phòng họp số 2, UBND tỉnh tổ chức hội nghị triển khai kế hoạch phòng chống bão.",
        "Hội nghị triển khai kế hoạch phòng chống bão",
        None,
        "2024-09-06",
    ),
    "a monthly sitting held on a day": (
        "Sáng 11/9, Sở Nội vụ tổ chức hội nghị giao ban hằng tháng với các huyện.",
        "Hội nghị giao ban hằng tháng",
        None,
        "2024-09-11",
    ),
    "'xác định kỳ họp' is no recurring sitting": (
        "Sáng 9/9, Thường trực HĐND xã xác định kỳ họp thứ nhất HĐND xã là kỳ họp quan trọng.",
        "Kỳ họp thứ nhất HĐND xã",
        1,
        "2024-09-09",
    ),
    "right after a numbered meeting, on a day": (
        "Sáng 8/9, ngay sau Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh, các đại biểu dự lễ trồng cây.",
        "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh",
        5,
        "2024-09-08",
    ),
    "a meeting held that will close later": (
        "Sáng 10/9, Hội nghị Ban Chấp hành Đảng bộ tỉnh khai mạc tại Hội trường tỉnh và sẽ bế mạc chiều mai.",
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh",
        None,
        "2024-09-10",
    ),
}


@pytest.mark.parametrize(("body", "name", "session", "date"), ONE_MEETING.values(), ids=list(ONE_MEETING))
def test_reported_meeting_is_kept(body: str, name: str, session: int | None, date: str) -> None:
    events = extract_events(body, PUBLISHED)
    assert [(e.name, e.session, e.date) for e in events] == [(name, session, date)]
