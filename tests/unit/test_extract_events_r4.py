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
