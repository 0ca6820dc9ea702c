"""Event dates and places: forms fixed by ex-dates7 (all examples made up in the same shapes)."""

from __future__ import annotations

import pytest

from transforms.extract.dates import find_days, main_event_date, page_date
from transforms.extract.places import extract_places

# expected date ("-" for none) | body ("¶" between paragraphs), one case a line
_DATE_TABLE = """
# a session held over days of two months: the first day, the year from the last
2021-06-24 | Từ ngày 24/6 đến 6/7/2021, 12 xã đã tổ chức thành công kỳ họp thứ Nhất HĐND xã.
2023-11-28 | Từ ngày 28/11 đến 2/12/2023, Đại hội đại biểu Hội Nông dân các huyện diễn ra.
# a period, no meeting held in the sentence: no date
- | Từ ngày 24/6 đến 6/7/2021, đoàn sẽ dừng chân ở ba tỉnh miền núi.
# 29 February in a text whose only year is a term's: the term's leap year
2024-02-29 | Sáng ngày 29/02, Thường trực HĐND huyện A họp phiên thường kỳ, nhiệm kỳ 2021 – 2026.
2028-02-29 | Chiều 29/2, Ban Thường vụ Huyện ủy B họp, nhiệm kỳ 2025-2030.
# another day keeps the term's first year; no term, no year
2021-02-28 | Sáng 28/2, HĐND huyện C họp phiên thường kỳ, nhiệm kỳ 2021 – 2026.
- | Sáng 29/2, Huyện ủy D họp.
# the page's date line is not the event's day; it anchors "ngày 2/6" and "hôm qua"
2019-06-02 | • Cập nhật: Thứ hai, 3/6/2019 | 12:00:06 AM ¶ Lào Cai - Ngày 2/6, đoàn đã khảo sát vùng chè.
2024-03-11 | Ngày đăng: 12/3/2024 ¶ Hôm qua, HĐND tỉnh E khai mạc kỳ họp chuyên đề.
2020-10-28 | 28/10/2020 | 11:32 AM ¶ Sáng nay, Tỉnh ủy G tổ chức hội nghị.
# a lead with a full date is no date line
2019-06-03 | Ngày 3/6/2019, HĐND tỉnh H họp phiên bất thường.
"""
_DATE_CASES = [
    (body.replace(" ¶ ", "\n\n"), None if value == "-" else value)
    for value, body in (
        line.split(" | ", 1) for line in _DATE_TABLE.strip().splitlines() if not line.startswith("#")
    )
]


@pytest.mark.parametrize(("body", "expected"), _DATE_CASES)
def test_event_dates(body: str, expected: str | None) -> None:
    assert main_event_date(body, None)[0] == expected


def test_period_bounds_stay_excluded() -> None:
    assert find_days("Từ ngày 24/4 đến 1/5, đoàn sẽ dừng chân ở Hà Nội") == []


def test_page_date_line_needs_a_label_or_a_clock() -> None:
    assert page_date("Ngày 3/6/2019, HĐND tỉnh họp.\n\nSáng nay, đoàn đến.") is None
    assert page_date("• Cập nhật: 3/6/2019\n\nSáng nay, đoàn đến.") is not None
    # a publication time known: it anchors the day; the date line is still not the event's
    body = "• Cập nhật: Thứ hai, 3/6/2019 | 12:00:06 AM\n\nSáng nay, đoàn đến."
    assert main_event_date(body, "2019-06-04T08:00:00+07:00")[0] == "2019-06-04"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "về" meaning "about"
        ("Chương trình giúp tăng sự hiểu biết về Việt Nam ở nước ngoài.", ()),
        ("Hội thảo Việt - Pháp về Điện Biên Phủ", ()),
        ("Nhiều người quan tâm về Nhật Bản.", ()),
        # "về" of going stays
        ("Phó Thủ tướng đã về Quảng Bình kiểm tra công tác khắc phục lũ.", ("Quảng Bình",)),
        ("Nhiều kiều bào về TP HCM ăn Tết.", ("TP HCM",)),
        # a language is no country
        ("Trung tâm dạy về Anh ngữ cho thiếu nhi.", ()),
    ],
)
def test_places_after_ve(text: str, expected: tuple[str, ...]) -> None:
    assert extract_places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed name that ends a longer name heads nothing
        ("Liên hệ công ty tư vấn Minh Anh: số 5 phố Huế", ()),
        # a museum named after a person, not the city
        ("Bảo tàng Hồ Chí Minh: Khai mạc triển lãm tranh", ()),
        # real heads stay
        ("Nghệ An: Mưa lớn gây ngập nhiều xã", ("Nghệ An",)),
        ("Tỉnh Bình Dương: Khởi công cầu mới", ("Bình Dương",)),
        ("Quốc lộ 1 (Phú Yên): Sạt lở đèo", ("Phú Yên",)),
    ],
)
def test_heads_of_news_items(text: str, expected: tuple[str, ...]) -> None:
    assert extract_places(text) == expected


def test_listed_place_after_a_unit_must_end() -> None:
    # "Mỹ Xuyên" is a district, not "Mỹ"
    # (the plural list gives "Mỹ Xuyên" whole: each unit of "các huyện A, B" is a place)
    assert extract_places("Mùa khô, các huyện Mỹ Tú, Mỹ Xuyên bị xâm nhập mặn.") == ("Mỹ Tú", "Mỹ Xuyên")
    assert extract_places("Lễ hội ở thị trấn Lạc Dương, Lâm Đồng.") == ("Lạc Dương", "Lâm Đồng")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named landform or zone after its common noun
        ("Sản lượng dầu ở mỏ Bạch Hổ giảm.", ("Bạch Hổ",)),
        ("Đoàn tham quan khu du lịch Tuần Châu, tỉnh Quảng Ninh.", ("Tuần Châu", "Quảng Ninh")),
        ("Khách sạn nằm ngoài khơi đảo Eleuthera, cách bờ 2 km.", ("Eleuthera",)),
        ("Tối qua, tại quảng trường ven biển Nha Trang đã diễn ra lễ hội.", ("Nha Trang",)),
        ("Người dân được cấp đất ở khu Vụng Hương của thị xã.", ("Vụng Hương",)),
        # a body or a longer name is none; a single syllable going on is a longer name
        ("Doanh nghiệp trong khu Công nghiệp Tân Tạo họp.", ()),
        ("Hai máy bơm đặt tại khu vực Bùng binh Cây Gõ.", ()),
    ],
)
def test_named_landforms_and_zones(text: str, expected: tuple[str, ...]) -> None:
    assert extract_places(text) == expected
