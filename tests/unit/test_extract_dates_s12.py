"""Session 12 (years): year-inference rules for texts without a publication time (VNTC)."""

from __future__ import annotations

from transforms.extract.dates import main_event_date, text_year


def test_phone_number_group_is_no_year() -> None:
    # VNTC: "ĐT: 04.726 1938" under 48 study-abroad notices dated them in 1938
    body = "Hội thảo diễn ra lúc 17h, ngày 7/9 tại Hà Nội.\n\nĐT: 04.726 1938; Fax: 04.726 1936"
    assert text_year(body) is None
    assert main_event_date(body, None)[0] is None


def test_year_after_phone_keeps_other_years() -> None:
    body = "Sáng 7/9/2006, hội thảo du học. Tel: (08): 8265 1948, năm 2006."
    assert text_year("Hội thảo năm 2006. Tel: (08): 8265 1948") == 2006
    assert main_event_date(body, None)[0] == "2006-09-07"


def test_since_year_until_now_is_no_news_year() -> None:
    # "Từ năm 1994 đến nay" opens a period that lasts to the news: the news year is not 1994
    body = "Sáng 13/9, đoàn đã gặp Ủy ban. Từ năm 1994 đến nay, VVA đã chuyển giao 90 hồ sơ."
    assert text_year(body) is None
    assert main_event_date(body, None)[0] is None


def test_since_year_is_a_floor_for_older_years() -> None:
    # "Năm 1997 hạn hán lớn, ... suốt từ 2004 đến nay": the years before 2004 are background
    body = (
        "Sáng 18/5, hội nghị về lụt bão năm 2005. Năm 1997 hạn hán lớn, năm 1997 lũ, "
        "suốt từ 2004 đến nay bão."
    )
    assert text_year(body) == 2005


def test_since_start_of_year_counts() -> None:
    # "từ đầu năm 2006 đến nay": since the start of the news year itself
    assert text_year("Chiều 14/1, đoàn khách lớn nhất từ đầu năm 2006 đến nay.") == 2006


def test_planned_year_after_vao_nam_is_a_target() -> None:
    # "phấn đấu nâng kim ngạch lên 10 triệu USD vào năm 2010": a target, not the news year
    body = "Chiều 20/1, hai bên hội đàm, phấn đấu nâng kim ngạch lên 10 triệu USD vào năm 2010."
    assert text_year(body) is None
    assert main_event_date(body, None)[0] is None


def test_told_year_after_vao_nam_counts() -> None:
    # no plan word in the sentence: "ông qua đời vào năm 2002" is a year told as past
    assert text_year("Sáng 9/1, lễ tưởng niệm. Ông Paul qua đời vào năm 2002.") == 2002
