"""Person-title forms of session 12 (titles2), counted on the VNTC corpus, on made-up sentences in the
shapes of real ones: the words of a listed body head in any case read as the head.
"""

from __future__ import annotations

from transforms.extract.people import extract_people


def _titles(body: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_people(body)}


# --- a many-word body head inside a title, its words after the first in any case ------------------


def test_a_body_head_in_another_case_runs_the_title_on() -> None:
    for head in ("Mặt trận Tổ quốc", "Mặt trận tổ quốc"):
        titles = _titles(f"Sáng qua, ông Đậu Đình Liệu - Chủ tịch {head} tỉnh Nghệ An cho biết, tỉnh đã họp.")
        assert titles["Đậu Đình Liệu"] == (f"Chủ tịch {head} tỉnh Nghệ An",)
    for head in ("Bộ Chỉ huy Quân sự", "Bộ chỉ huy quân sự"):
        titles = _titles(f"Ông Lê Văn Minh, Chỉ huy trưởng {head} tỉnh, cho biết.")
        assert titles["Lê Văn Minh"] == (f"Chỉ huy trưởng {head} tỉnh",)


def test_a_body_head_in_another_case_opens_its_lowercase_name() -> None:
    for head in ("Ban Quản lý", "Ban quản lý"):
        titles = _titles(f"Ông Lê Văn Minh, Giám đốc {head} dự án Thủy điện Sơn La, cho biết.")
        assert titles["Lê Văn Minh"] == (f"Giám đốc {head} dự án Thủy điện Sơn La",)
    titles = _titles("Ông Bùi Quốc Bảo, Chủ nhiệm Câu lạc bộ sân khấu giới trẻ, cho biết.")
    assert titles["Bùi Quốc Bảo"] == ("Chủ nhiệm Câu lạc bộ sân khấu giới trẻ",)


def test_a_committee_ends_its_title_before_a_clause() -> None:
    text = "Chủ tịch tỉnh giới thiệu ông Đoàn Thanh Sơn, Trưởng Ban Nội chính Tỉnh ủy để HĐND tỉnh bầu."
    assert _titles(text)["Đoàn Thanh Sơn"] == ("Trưởng Ban Nội chính Tỉnh ủy",)


# --- a dash glued to the name or to the title ------------------------------------------------------


def test_a_dash_glued_to_the_name_or_the_title_separates_them() -> None:
    for sep in ("-", "- ", " -", " - "):
        titles = _titles(f"Dự có ông Nguyễn Văn Hùng{sep}Chủ tịch UBND tỉnh Nghệ An.")
        assert titles["Nguyễn Văn Hùng"] == ("Chủ tịch UBND tỉnh Nghệ An",)


# --- "phó" in lowercase before a capitalized head ---------------------------------------------------


def test_a_lowercase_vice_before_a_capitalized_head_stays_on_the_title() -> None:
    titles = _titles("Dự có phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng và nhiều đại biểu.")
    assert titles["Nguyễn Văn Hùng"] == ("phó Chủ tịch UBND tỉnh",)
