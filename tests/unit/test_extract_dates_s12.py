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
