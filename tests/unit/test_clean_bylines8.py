"""Bylines and signatures (clean8b): role labels and notes, abbreviated names, the writer's unit, and the
author's name on its own line at the top. Made-up lines in the shapes of the gold texts and VNTC."""

from __future__ import annotations

import pytest

from transforms.clean.bylines import is_header_name, is_unit, strip_role_suffix
from transforms.clean.text import clean_text, parse_byline, parse_byline_authors, signature_authors

# Closing signature lines: "line -> authors separated by ';' / publisher" ("~" for none); "-> no" when the
# line is no signature (it stays in the body).
_SIGNATURES = """
Thực hiện: Hoàng Lâm -> Hoàng Lâm / ~
THỰC HIỆN: MAI HOA -> MAI HOA / ~
Nhóm thực hiện: Lê Na - Bảo Trâm -> Lê Na;Bảo Trâm / ~
Bài và ảnh: TRẦN KHOA -> TRẦN KHOA / ~
Bài, ảnh: Thu Hằng -> Thu Hằng / ~
Ghi: Minh Tâm -> Minh Tâm / ~
Hà Vy thực hiện -> Hà Vy / ~
QUANG LONG thực hiện -> QUANG LONG / ~
Phan Thảo ghi -> Phan Thảo / ~
T. Nga - H. Sơn thực hiện -> T. Nga;H. Sơn / ~
H.Thủy - K.Linh -> H.Thủy;K.Linh / ~
V.T.H(Tin, ảnh) -> V.T.H / ~
Minh Hạnh (bài và ảnh) -> Minh Hạnh / ~
Lê Quang Vinh - Đảng ủy Khối các cơ quan tỉnh -> Lê Quang Vinh / ~
Hồ Thị Nga - Trung tâm Văn hóa huyện -> Hồ Thị Nga / ~
Lan Anh - VOV -> Lan Anh / VOV
Lê Na - Bảo Trâm (VOV) -> Lê Na;Bảo Trâm / VOV
Lê Na - Bảo Trâm/TTXVN -> Lê Na;Bảo Trâm / TTXVN
Bài: Hữu Phước - Ảnh: Quốc Khánh -> Hữu Phước / ~
Bài: Hữu Phước; ảnh: Quốc Khánh -> Hữu Phước / ~
Theo Tuổi Trẻ -> ~ / Tuổi Trẻ
(Theo Thanh Niên) -> ~ / Thanh Niên
Tuổi Trẻ -> ~ / Tuổi Trẻ
Lê Na - Bảo Trâm (Hà Nội) -> no
Đà Nẵng -> no
Ban Tuyên Giáo Huyện Ủy -> no
Trung Tâm Y Tế Huyện -> no
UBND Xã Tân Hiệp -> no
Văn Phong -> Văn Phong / ~
Lê Văn Phòng -> Lê Văn Phòng / ~
Việc này rất khó thực hiện -> no
Hai giải pháp khó thực hiện -> no
Sở Tư pháp - Phòng Hành chính -> no
Lan Anh - Hà Nội -> no
A. Tình hình chung -> no
I. Công ty Cổ phần X -> no
"""


def _signature_case(case: str) -> tuple[str, tuple[list[str], str | None] | None]:
    line, _, result = case.partition(" -> ")
    if result == "no":
        return line, None
    names, _, publisher = result.partition(" / ")
    return line, ([n for n in names.split(";") if n != "~"], None if publisher == "~" else publisher)


@pytest.mark.parametrize("case", _SIGNATURES.strip().splitlines())
def test_signature_lines(case: str) -> None:
    line, expected = _signature_case(case)
    assert signature_authors(line) == expected


def test_role_suffix_only_at_the_end() -> None:
    assert strip_role_suffix("Hà Vy thực hiện") == "Hà Vy"
    assert strip_role_suffix("Hà Vy ghi") == "Hà Vy"
    assert strip_role_suffix("Ghi chép của Hà Vy") == "Ghi chép của Hà Vy"
    assert strip_role_suffix("Hà Vy thực hiện phỏng vấn") == "Hà Vy thực hiện phỏng vấn"


def test_unit_and_header_name() -> None:
    assert is_unit("Đảng ủy Khối Doanh nghiệp tỉnh")
    assert is_unit("Sở Nội vụ")
    assert not is_unit("VOV")
    assert not is_unit("Sởi")
    assert is_header_name("Minh Hà")
    assert not is_header_name("Hà Nội")
    assert not is_header_name("Tuổi Trẻ")


_HEADLINE = "Tỉnh ủy tổng kết công tác xây dựng Đảng năm 2024"
_LEAD = "Sáng 12/12, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024, triển khai nhiệm vụ."
_BODY = "Hội nghị đánh giá các chỉ tiêu đều đạt và vượt kế hoạch, công tác cán bộ được thực hiện chặt chẽ."


def test_name_line_above_a_time_line() -> None:
    text = "\n\n".join(["Thứ Năm, 12/12/2024", _HEADLINE, "Minh Hà", "12/12/2024, 09:40", _LEAD, _BODY])
    cleaned = clean_text(text)
    assert cleaned.authors == ("Minh Hà",)
    assert cleaned.published == "2024-12-12T09:40:00+07:00"
    assert cleaned.body.startswith("Sáng 12/12")


def test_place_line_above_a_time_line_is_no_author() -> None:
    text = "\n\n".join([_HEADLINE, "Hà Nội", "12/12/2024, 09:40", _LEAD, _BODY])
    assert clean_text(text).authors == ()


def test_name_line_above_a_coded_lead() -> None:
    text = "\n\n".join([_HEADLINE, "12/12/2024 09:40", "THANH TÙNG", f"(ABC) - {_LEAD}", _BODY])
    cleaned = clean_text(text)
    assert cleaned.authors == ("THANH TÙNG",)
    assert "THANH TÙNG" not in cleaned.body


def test_name_line_above_a_plain_paragraph_stays() -> None:
    text = "\n\n".join([_HEADLINE, "12/12/2024 09:40", _LEAD, "Thanh Tùng", _BODY, _BODY + " Hết."])
    assert clean_text(text).authors == ()


def test_closing_interview_signature() -> None:
    text = "\n\n".join([_HEADLINE, _LEAD, _BODY, "Xin cảm ơn ông.", "Hà Vy thực hiện"])
    cleaned = clean_text(text)
    assert cleaned.authors == ("Hà Vy",)
    assert cleaned.body.endswith("Xin cảm ơn ông.")


# Byline lines with all their writers: "line => writers separated by ';' @ ISO time".
_BYLINES = """
Lê Na - Bảo Trâm | 12/03/2024 08:15 => Lê Na;Bảo Trâm @ 2024-03-12T08:15:00+07:00
LÊ NA - BẢO TRÂM 12/03/2024 => LÊ NA;BẢO TRÂM @ 2024-03-12
Lê Na - Hà Nội 12/03/2024 => Lê Na @ 2024-03-12
Lê Na - Xã Hội - 12/03/2024 => Lê Na @ 2024-03-12
Lê Na - Ban Tuyên Giáo - 12/03/2024 => Lê Na @ 2024-03-12
Lê Na - Tuổi Trẻ - 12/03/2024 => Lê Na @ 2024-03-12
Thứ Hai, 12/03/2024 08:15 => @ 2024-03-12T08:15:00+07:00
"""


@pytest.mark.parametrize("case", _BYLINES.strip().splitlines())
def test_byline_writers(case: str) -> None:
    line, _, result = case.partition(" => ")
    names, _, iso = result.partition("@")
    expected = [n.strip() for n in names.split(";") if n.strip()]
    assert parse_byline_authors(line) == (expected, iso.strip())
    assert parse_byline(line) == (expected[0] if expected else None, iso.strip())  # the first writer only


def test_byline_with_two_writers_in_the_text() -> None:
    text = "\n\n".join([_HEADLINE, "Lê Na - Bảo Trâm | 12/12/2024 09:40", _LEAD, _BODY])
    cleaned = clean_text(text)
    assert cleaned.authors == ("Lê Na", "Bảo Trâm")
    assert cleaned.published == "2024-12-12T09:40:00+07:00"
