"""Person-title forms of session 13 (titles2), counted on the VNTC corpus and the dev web texts, on
made-up sentences in the shapes of real ones, each with a case the form must not overreach.
"""

from __future__ import annotations

from transforms.extract.people import extract_people


def _titles(body: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_people(body)}


# --- "ông A Giám đốc Sở X": a full title glued to an honorific's name ------------------------------


def test_a_full_title_glued_to_an_honorific_name_is_his() -> None:
    titles = _titles("Theo ông Trần Văn Nam Giám đốc Sở NNPTNT Bình Dương thì giá đã giảm.")
    assert titles["Trần Văn Nam"] == ("Giám đốc Sở NNPTNT Bình Dương",)
    titles = _titles("Dự có Ông Lê Văn Hùng Chủ tịch Ủy ban Mặt trận Tổ quốc và Bà Ngô Thị Lan.")
    assert titles["Lê Văn Hùng"] == ("Chủ tịch Ủy ban Mặt trận Tổ quốc",)


def test_a_bare_head_glued_to_an_honorific_name_is_no_title() -> None:
    titles = _titles("Người thuyết trình là bà Mary Tran Giám đốc khu vực tập đoàn giáo dục RVMS.")
    assert titles.get("Mary Tran", ()) == ()


# --- "A, T1, tỉnh X được bầu giữ chức T2": the province before the verb ----------------------------


def test_the_province_after_a_chain_does_not_stop_the_verb_given_office() -> None:
    titles = _titles(
        "Ông Hoàng Văn Quý, Bí thư Huyện ủy Hữu Lũng, tỉnh Lạng Sơn được bầu giữ chức Chủ nhiệm Ủy ban"
        " Kiểm tra Tỉnh ủy khóa XVIII, nhiệm kỳ 2025-2030."
    )
    office = "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy khóa XVIII"
    assert titles["Hoàng Văn Quý"] == ("Bí thư Huyện ủy Hữu Lũng", office)


def test_a_province_then_a_plain_verb_gives_no_office() -> None:
    titles = _titles("Ông Hoàng Văn Quý, Bí thư Huyện ủy Hữu Lũng, tỉnh Lạng Sơn đã phát biểu tại hội nghị.")
    assert titles["Hoàng Văn Quý"] == ("Bí thư Huyện ủy Hữu Lũng",)


# --- a steering committee named by what it fights ("phòng, chống ...") ----------------------------


def test_a_steering_committee_title_reads_over_the_comma_of_phong_chong() -> None:
    titles = _titles(
        "Sáng 17/10, Thủ tướng Chính phủ Phạm Văn Minh, Trưởng Ban chỉ đạo quốc gia phòng, chống dịch"
        " COVID-19 (Ban Chỉ đạo) chủ trì họp trực tuyến."
    )
    assert "Trưởng Ban chỉ đạo quốc gia phòng, chống dịch COVID-19" in titles["Phạm Văn Minh"]
    titles = _titles(
        "Tổng Bí thư Lê Văn Lâm, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí,"
        " tiêu cực chủ trì phiên họp."
    )
    office = "Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực"
    assert titles["Lê Văn Lâm"] == ("Tổng Bí thư", office)


def test_a_steering_committee_title_stops_at_its_place_and_before_the_verb() -> None:
    titles = _titles(
        "Theo ông Trần Văn Nhân, Trưởng ban chỉ đạo phòng chống dịch cúm gia cầm, thủy cầm TP HCM, trọng"
        " tâm của đợt ra quân là kiểm tra."
    )
    assert titles["Trần Văn Nhân"] == ("Trưởng ban chỉ đạo phòng chống dịch cúm gia cầm, thủy cầm TP HCM",)
    titles = _titles("Ông Ngô Văn Nam, Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19, cho biết, dịch giảm.")
    assert titles["Ngô Văn Nam"] == ("Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19",)
