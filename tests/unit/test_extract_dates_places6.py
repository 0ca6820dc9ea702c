"""Event dates and places: forms of issue 9 fixed by ex-dates6 (all examples made up in the same shapes)."""

from __future__ import annotations

import pytest

from transforms.extract.dates import article_years, main_event_date
from transforms.extract.documents import extract_documents
from transforms.extract.extractor import extract_entities
from transforms.extract.places import extract_places


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a January review of the year before, the plan year read as a target ("kế hoạch năm")
        (
            "Sáng 9/1, Sở Nội vụ tỉnh A tổ chức hội nghị tổng kết công tác năm "
            "2022, triển khai kế hoạch năm 2023.",
            "2023-01-09",
        ),
        ("Sáng 28/2, Công an tỉnh B tổ chức hội nghị tổng kết công tác năm 2017.", "2018-02-28"),
        ("Chiều 3/1, Ban Dân vận Tỉnh ủy C tổng kết hoạt động năm 2020.", "2021-01-03"),
        # held in December: the reviewed year itself
        (
            "Chiều 20/12, Sở Tư pháp tỉnh D tổ chức hội nghị tổng kết công tác năm "
            "2022, triển khai kế hoạch năm 2023.",
            "2022-12-20",
        ),
        # a law reviewed, not a year (no year at all); an election reviewed in its own year
        ("Sáng 16/3, UBND tỉnh E tổng kết 10 năm thi hành Luật Đất đai năm 2013.", None),
        ("Sáng 20/6, Ủy ban bầu cử tỉnh G tổ chức tổng kết cuộc bầu cử năm 2021.", "2021-06-20"),
    ],
)
def test_year_under_review(body: str, expected: str | None) -> None:
    assert main_event_date(body, None)[0] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the meeting carries out a document issued weeks before, late in the previous year
        (
            "Sáng 15/1, Tỉnh ủy H tổ chức hội nghị quán triệt Nghị quyết số "
            "18-NQ/TW ngày 25/10/2022 của Bộ Chính trị.",
            "2023-01-15",
        ),
        (
            "Sáng 8/2, Đảng ủy Khối triển khai Kết luận số 12-KL/TW, ngày 30/11/2021 của Bộ Chính trị.",
            "2022-02-08",
        ),
        # a document issued after the day by a week is told later: the day stays in its year
        (
            "Sáng 13/1, Thành ủy K họp. Sau đó, Chỉ thị số 07-CT/TU ngày 20/1/2025 được ban hành.",
            "2025-01-13",
        ),
        # a yearless day after a code and a comma is the meeting's
        (
            "Thực hiện Kế hoạch số 15-KH/TU, ngày 12/3/2024, Ban Tuyên giáo tổ chức hội nghị. Sáng 14/3, ...",
            "2024-03-14",
        ),
        (
            "Thực hiện Kế hoạch số 15-KH/TU của Tỉnh ủy, ngày 12/3, Ban Tuyên giáo "
            "tổ chức hội nghị năm 2024.",
            "2024-03-12",
        ),
        # a document dated the same year before the day
        ("Chiều 22/5, Sở Y tế tỉnh L triển khai Quyết định số 123/QĐ-UBND ngày 2/4/2024.", "2024-05-22"),
    ],
)
def test_cited_document_is_a_floor(body: str, expected: str) -> None:
    # "số 12-KL/TW, ngày 30/11/2021": with a comma too, a document's date is not the meeting's
    assert main_event_date(body, None)[0] == expected


def test_document_cited_far_from_the_lead_is_background() -> None:
    lead = "Ngày 1/4, Sở Văn hóa tỉnh A có công văn đề nghị dừng dự án trên đồi B.\n\n"
    filler = "Theo công văn, khu vực này là danh thắng cần được bảo vệ và tôn tạo. " * 25
    body = lead + filler + "Quy hoạch được duyệt tại Quyết định số 2327/QĐ-UBND ngày 11/10/1999."
    assert main_event_date(body, None)[0] == "1999-04-01"


def test_plan_year_alone() -> None:
    # the only year named is the plan's: the year of the meeting that starts it
    assert main_event_date("Sáng 9/1, Sở Công Thương triển khai kế hoạch năm 2024.", None)[0] == "2024-01-09"
    # with another year named, a plan year in passing is not the article's
    body = "Ngày 15/10, UBND huyện A họp về kết quả năm 2023 và nêu kế hoạch năm 2024."
    assert main_event_date(body, None)[0] == "2023-10-15"
    # a plan for a span of years is no plan year
    assert main_event_date("Sáng 9/3, tỉnh B triển khai kế hoạch 2021-2025.", None)[0] is None


def test_article_years_keep_their_shape() -> None:
    years = article_years(
        "Sáng 15/1, hội nghị quán triệt Chỉ thị số 05-CT/TW, ngày 20/12/2023 của Ban Bí thư."
    )
    assert years == (2024, 2023)
    # with a publication time the year comes from it, whatever the review says
    published = "2023-01-10T08:00:00+07:00"
    assert main_event_date("Sáng 9/1, hội nghị tổng kết công tác năm 2022.", published)[0] == "2023-01-09"


def test_meeting_event_takes_the_same_year() -> None:
    body = (
        "Sáng 12/1, Tỉnh ủy M tổ chức Hội nghị tổng kết công tác xây dựng Đảng "
        "năm 2019 và triển khai kế hoạch năm 2020."
    )
    extraction = extract_entities(body, (), None, None)
    assert extraction.event_date == "2020-01-12"
    assert [e.date for e in extraction.events] == ["2020-01-12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn đã về đến sân bay Tân Sơn Nhất, TPHCM, kết thúc chuyến thăm.", ("TPHCM",)),
        ("Lễ khai giảng tại Trường THCS Lê Lợi, Hà Nội diễn ra sáng nay.", ("Hà Nội",)),
        ("Dự hội nghị tại đầu cầu Cần Thơ có lãnh đạo các sở.", ("Cần Thơ",)),
        ("kết nối từ điểm cầu chính Hội trường Tỉnh ủy tới các huyện", ("Hội trường Tỉnh ủy",)),
        ("Kỳ họp diễn ra tại Nhà Quốc hội, Thủ đô Hà Nội dưới sự chủ trì", ("Nhà Quốc hội", "Hà Nội")),
        ("Nghệ An: Mưa lớn gây ngập nhiều nơi", ("Nghệ An",)),
        ("Quốc lộ 1 (Phú Yên): Sạt lở kéo dài", ("Phú Yên",)),
        ("nhà văn hóa khu phố (Q. Tân Bình - TPHCM).", ("Tân Bình", "TPHCM")),
        ("bãi bồi thuộc xã Long Hòa B, huyện", ("Long Hòa B",)),
        ("ở khu phố 2, P.Tân Hưng Thuận, Q.12.", ("Tân Hưng Thuận",)),
        ("chỉ đạo của UBND TP HCM, Sở đã", ("TP HCM",)),
        ("Phó Thủ tướng đã về Quảng Bình kiểm tra", ("Quảng Bình",)),
        ("Chủ tịch nước rời Hà Nội đi Singapore.", ("Singapore",)),
        # no venue name before the comma, no place
        ("Phát biểu tại hội nghị, Hà Nội cho biết", ()),
        ("Theo ông Nguyễn Văn An, Hà Nội sẽ", ()),
        # the country after a city only locates it
        ("diễn ra tại Kazan, Liên bang Nga, Thủ tướng", ("Kazan",)),
    ],
)
def test_places_told_without_tai(text: str, expected: tuple[str, ...]) -> None:
    assert extract_places(text) == expected


def test_headline_names_places() -> None:
    extraction = extract_entities(
        "Sở Y tế cho biết số ca mắc tăng.", (), None, "Thêm 2 tỉnh Nghệ An, Hà Tĩnh có dịch"
    )
    assert extraction.places == ("Nghệ An", "Hà Tĩnh")


def test_date_in_a_caption_when_the_page_dates_nothing() -> None:
    caption = "(TB) Ngày 2/4/2025, Phó Thủ tướng dự lễ công bố quyết định thành lập Sở (ảnh)."
    body = "Tại kỳ họp, Quốc hội đã thông qua nghị quyết về cơ cấu tổ chức."
    assert extract_entities(body, (caption,), None, "Tiêu đề").event_date == "2025-04-02"
    # a publication time is kept as the day of a page that dates nothing in its body
    published = "2025-04-05T10:00:00+07:00"
    assert extract_entities(body, (caption,), published, "Tiêu đề").event_date == "2025-04-05"
    # a credited photo may be an old one
    photo = "Thí sinh dự thi tại Trường ĐH Sư phạm ngày 6-5-2005 - Ảnh: Minh Anh"
    assert extract_entities(body, (photo,), None, "Tiêu đề").event_date is None


def test_meeting_dated_by_its_first_day() -> None:
    body = (
        "Sáng nay 27/9, tại Hội trường Tỉnh ủy, Đại hội đại biểu Đảng bộ tỉnh A lần thứ XX, nhiệm kỳ "
        "2025 - 2030 chính thức khai mạc.\n\nĐại hội diễn ra trong 2 ngày 26 - 27/9 với 350 đại biểu."
    )
    extraction = extract_entities(body, (), None, "Khai mạc Đại hội")
    assert extraction.event_date == "2025-09-26"
    assert [e.date for e in extraction.events] == ["2025-09-26"]
    # "từ 10 đến 12/7"; a closing keeps its own day; a day outside the span is left alone
    body = (
        "Sáng 11/7, Kỳ họp thứ 5 HĐND tỉnh B khóa X họp phiên thứ hai. "
        "Kỳ họp diễn ra trong 3 ngày, từ 10 đến 12/7."
    )
    assert extract_entities(body + " Năm 2024.", (), None, None).event_date == "2024-07-10"
    closing = body.replace("họp phiên thứ hai", "bế mạc").replace("11/7", "12/7")
    assert extract_entities(closing + " Năm 2024.", (), None, None).event_date == "2024-07-12"
    later = body.replace("11/7", "14/7")
    assert extract_entities(later + " Năm 2024.", (), None, None).event_date == "2024-07-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Nội vụ có Văn bản số 4321/BNV-CCVC hướng dẫn các tỉnh.", [("4321/BNV-CCVC", "Văn bản")]),
        ("thực hiện văn bản số 987/UBND-KT của UBND tỉnh", [("987/UBND-KT", "Văn bản")]),
        ("UBND tỉnh ban hành Công văn hỏa tốc số 55/UBND-NC.", [("55/UBND-NC", "Công văn")]),
        # a count of letters, or a bare number, is no reference
        ("ban hành 3 văn bản hướng dẫn", []),
        ("các văn bản số 12 và 13", []),
    ],
)
def test_letters_cited_as_van_ban(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.ref, d.type) for d in extract_documents(text)] == expected
