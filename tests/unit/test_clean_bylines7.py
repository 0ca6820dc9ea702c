"""Bylines and signatures (clean7a): labels, role notes, generic tags and site names. Made-up lines."""

from __future__ import annotations

import pytest

from transforms.clean.bylines import is_author_name, is_generic, is_outlet, labelled_name, strip_role_note
from transforms.clean.text import byline_name, clean_text, parse_byline, signature_authors

# Byline and date lines, one case a line: "line => author | ISO time" ("-" for none; "=> none": no byline).
_BYLINE_CASES = """
bởi Minh 15 Tháng 9, 2025 => Minh | 2025-09-15
Bởi Hoàng Yến 02/03/2024 08:15 => Hoàng Yến | 2024-03-02T08:15:00+07:00
Tác giả: Quyên 12/3/2024 10:00 => Quyên | 2024-03-12T10:00:00+07:00
Đăng bởi: Thu Trang - 05/06/2023 => Thu Trang | 2023-06-05
HOÀI NAM (thực hiện) 11/11/2019 09:05 => HOÀI NAM | 2019-11-11T09:05:00+07:00
Lê Vy (ghi) 01/02/2021 => Lê Vy | 2021-02-01
• Cập nhật: Thứ ba, 4/7/2017 | 12:00:06 AM => - | 2017-07-04T00:00:06+07:00
HQ Online 12/3/2024 07:30 => - | 2024-03-12T07:30:00+07:00
Nhóm PV | 20/10/2022 => - | 2022-10-20
08 giờ 15 phút, ngày 03/06/2019 => - | 2019-06-03T08:15:00+07:00
Ngày 3 tháng 6 năm 2019, 8 giờ 5 phút => - | 2019-06-03T08:05:00+07:00
Tháng 6 3, 2019 => - | 2019-06-03
Tháng 06 3, 2019 - Hà Linh => Hà Linh | 2019-06-03
Tháng Sáu 3, 2019 => - | 2019-06-03
Được tổ chức bởi Sở Nội vụ ngày 12/3/2024 => none
Do bởi mưa lớn, ngày 5/6/2022 trận đấu hoãn => none
bởi vì 12/3/2024 => none
Tháng 10 2019 => none
Trong tháng 6 3, 2019 người => none
"""


def _byline_case(case: str) -> tuple[str, tuple[str | None, str | None] | None]:
    line, _, result = case.partition(" => ")
    if result == "none":
        return line, None
    author, _, iso = result.partition(" | ")
    return line, (None if author == "-" else author, iso)


@pytest.mark.parametrize("case", _BYLINE_CASES.strip().splitlines())
def test_byline_lines(case: str) -> None:
    line, expected = _byline_case(case)
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tin, ảnh: HẢI ĐĂNG – NGỌC MAI", (["HẢI ĐĂNG", "NGỌC MAI"], None)),
        ("Lan Phương", (["Lan Phương"], None)),
        ("Đỗ Văn Tuấn", (["Đỗ Văn Tuấn"], None)),
        ("Phạm Hà(t/h)", (["Phạm Hà"], None)),
        ("Phạm Hà (tổng hợp)", (["Phạm Hà"], None)),
        ("KIM OANH (thực hiện)", (["KIM OANH"], None)),
        ("bởi Minh", (["Minh"], None)),
        ("Tác giả: Quyên", (["Quyên"], None)),
        ("Nguồn tin: Hạ Vy", (["Hạ Vy"], None)),
        # tags that name nobody: the line goes, no author
        ("PV", ([], None)),
        ("(PV)", ([], None)),
        ("TH", ([], None)),
        ("(t/h)", ([], None)),
        ("Nhóm phóng viên", ([], None)),
        ("Theo PV", ([], None)),
        ("Nhóm PV", ([], None)),
        # the site: a publisher
        ("HQ Online", ([], "HQ Online")),
        ("Theo HQ Online", ([], "HQ Online")),
        ("Nguồn: Tiền Phong", ([], "Tiền Phong")),
        ("Nguồn: Sở Nội Vụ", ([], "Sở Nội Vụ")),
        # "Bảo" is a name, "Báo" an outlet; "Đại", "Công" are names, "Đài", "Cổng" outlets
        ("Lê Bảo", (["Lê Bảo"], None)),
        ("Nguyễn Đại Công", (["Nguyễn Đại Công"], None)),
        ("Đài Phát thanh Hà Nam", None),
        # two names joined by a dash, no label
        ("Lan Anh - Minh Đức", (["Lan Anh", "Minh Đức"], None)),
        ("MINH AN – THU HÀ", (["MINH AN", "THU HÀ"], None)),
        ("Hà Nội, Việt Nam", None),  # an address: without a label a comma joins no names
        # the author with the outlet's code or name
        ("Lan Anh/TTXVN", (["Lan Anh"], "TTXVN")),
        ("Lan Anh - VOV", (["Lan Anh"], "VOV")),
        ("Ngọc Hà (theo AFP)", (["Ngọc Hà"], "AFP")),
        ("Lan Anh (Báo Sơn La)", (["Lan Anh"], "Báo Sơn La")),
        ("Minh An (PV)", (["Minh An"], None)),
        ("Lan Anh (Hà Nội)", None),
        # initials are still an author
        ("T.H", (["T.H"], None)),
    ],
)
def test_signature_forms7(line: str, expected: tuple[list[str], str | None] | None) -> None:
    assert signature_authors(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Theo Hồ Hương", "Hồ Hương"),
        ("Bùi Phú Tân", "Bùi Phú Tân"),
        ("Theo PV", None),
        ("HQ Online -", None),
        ("Báo Bắc Online", None),
        ("Nhóm PV", None),
    ],
)
def test_byline_name_forms7(line: str, expected: str | None) -> None:
    assert byline_name(line) == expected


def test_helpers() -> None:
    assert strip_role_note("Trần Trang(t/h)") == "Trần Trang"
    assert strip_role_note("Trần Trang (Thực hiện)") == "Trần Trang"
    assert strip_role_note("Trần Trang (Hà Nội)") == "Trần Trang (Hà Nội)"
    assert is_generic("PV") and is_generic("(t/h)") and is_generic("Tổng hợp") and not is_generic("Phạm Vy")
    assert is_outlet("VTV News") and is_outlet("Tạp chí Cộng sản") and not is_outlet("Lê Bảo")
    assert is_author_name("Hoàng Yến") and not is_author_name("Báo Sơn La")
    assert labelled_name("by Minh") == ("Minh", 0, 7)
    assert labelled_name("bởi PV") is None


def test_clean_text_outlet_line_and_signature() -> None:
    raw = (
        "Hội nghị cán bộ chủ chốt triển khai nghị quyết\n\n"
        "HQ Online -\n\n"
        "Sáng 5/5, tại Hải Phòng, Đảng ủy tổ chức hội nghị cán bộ chủ chốt quán triệt nghị quyết.\n\n"
        "Các đại biểu thảo luận và thống nhất các nội dung trọng tâm của năm tới.\n\n"
        "Phạm Hà(t/h)"
    )
    cleaned = clean_text(raw)
    assert cleaned.authors == ("Phạm Hà",)
    assert "HQ Online" not in cleaned.body
    assert "(t/h)" not in cleaned.body


def test_clean_text_labelled_byline() -> None:
    raw = (
        "Tỉnh ủy tổng kết công tác năm\n\n"
        "bởi Minh 15 Tháng 9, 2025\n\n"
        "Chiều 14/9, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.\n\n"
        "Hội nghị đề ra nhiệm vụ trọng tâm cho năm tiếp theo."
    )
    cleaned = clean_text(raw)
    assert cleaned.authors == ("Minh",)
    assert cleaned.published == "2025-09-15"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cảm ơn ông.", None),  # an interview's closing thanks: "ơn", "ông" are lower case
        ("Xin cảm ơn bà", None),
        ("Ưng Hoàng Phúc", (["Ưng Hoàng Phúc"], None)),
        ("Ánh Dương", (["Ánh Dương"], None)),
    ],
)
def test_name_words_lower_case_accented(line: str, expected: tuple[list[str], str | None] | None) -> None:
    assert signature_authors(line) == expected
