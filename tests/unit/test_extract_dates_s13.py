"""Session 13 (events helper): years that found no anniversary, births told with "từ"."""

from __future__ import annotations

from transforms.extract.dates import anniversary_year, main_event_date, text_year


def test_a_planned_year_founds_no_anniversary() -> None:
    # "kỷ niệm 30 năm ngày thành lập" and the only year a target: not 2007 + 30
    body = (
        "Ngày 4-9, Bảo tàng tỉnh đã kỷ niệm 30 năm ngày thành lập. Đây là dự án do tỉnh tài trợ, dự kiến sẽ "
        "hoàn thành trong năm 2007."
    )
    assert anniversary_year(body) is None
    assert main_event_date(body, None)[0] != "2037-09-04"


def test_a_period_to_come_founds_no_anniversary() -> None:
    body = (
        "Đoàn dự lễ kỷ niệm 30 năm Quốc khánh Lào. Hai bên sẽ ký kết Thỏa thuận hợp tác giai đoạn 2006-2007."
    )
    assert anniversary_year(body) is None


def test_a_birth_date_founds_no_anniversary_and_is_no_news_year() -> None:
    # "sinh từ ngày 31/12/1959 trở về trước": a birth bound, not a founding date nor the news year
    body = (
        "Nhân kỷ niệm 30 năm giải phóng miền Nam, ngành đường sắt giảm giá vé cho cựu chiến binh "
        "sinh từ ngày 31/12/1959 trở về trước, áp dụng từ ngày 15/4."
    )
    assert anniversary_year(body) is None
    assert text_year("Giảm giá vé cho khách sinh từ 31/12/1959 trở về trước.") is None
    assert main_event_date(body, None)[0] is None


def test_a_founding_date_still_founds_the_anniversary() -> None:
    body = (
        "Sáng 12/7, lễ kỷ niệm 10 năm ngày hai nước thiết lập quan hệ ngoại giao (12/7/1995) "
        "diễn ra tại Hà Nội."
    )
    assert anniversary_year(body) == 2005
    assert anniversary_year("Kỷ niệm 35 năm ngày thành lập. Năm 1969, ở vùng đất này, trường ra đời.") == 2004
