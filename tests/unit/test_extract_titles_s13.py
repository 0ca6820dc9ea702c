"""Person-title forms of session 13 (titles), counted on the VNTC corpus, on made-up sentences in the
shapes of real ones. Each form has a positive case and, where the form can overreach, a negative one.
"""

from __future__ import annotations

from transforms.extract.people import extract_people


def _titles(body: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_people(body)}


# --- "T, ông A" where the title opens a clause after a comma or "Theo" -----------------------------


def test_a_title_opening_a_clause_is_given_to_the_honored_name_after_its_comma() -> None:
    titles = _titles("Chiều 10-3, Chủ tịch UBND tỉnh Quảng Bình, ông Lê Văn Phú, cho biết.")
    assert titles["Lê Văn Phú"] == ("Chủ tịch UBND tỉnh Quảng Bình",)
    titles = _titles("Theo Giám đốc Sở Tài chính, ông Trần Văn Nam, giá sẽ giảm.")
    assert titles["Trần Văn Nam"] == ("Giám đốc Sở Tài chính",)


def test_a_title_after_a_verb_is_not_given_to_the_name_after_its_comma() -> None:
    titles = _titles("Sau khi gặp Bộ trưởng Bộ Y tế, ông Nguyễn Văn An cho biết sẽ làm ngay.")
    assert titles.get("Nguyễn Văn An", ()) == ()


# --- a body's second field after a dash -----------------------------------------------------------


def test_a_title_runs_on_over_a_second_field_after_a_dash() -> None:
    titles = _titles("Ông Trần Văn Nam, phó giám đốc Sở Tài nguyên - môi trường (TN-MT), nói.")
    assert titles["Trần Văn Nam"] == ("phó giám đốc Sở Tài nguyên - môi trường",)
    titles = _titles("Theo ông Lê Văn Tám, Phó Giám đốc Sở lao động - Thương binh và Xã hội, hộ nghèo giảm.")
    assert titles["Lê Văn Tám"] == ("Phó Giám đốc Sở lao động - Thương binh và Xã hội",)
    titles = _titles("Ông Lê Văn Tám, Phó giám đốc Sở Giao thông - vận tải Quảng Ninh, cho biết.")
    assert titles["Lê Văn Tám"] == ("Phó giám đốc Sở Giao thông - vận tải Quảng Ninh",)


def test_a_parent_body_or_a_clause_after_the_dash_is_left_out() -> None:
    titles = _titles("Thượng tá Võ Văn Bảy, Phó trưởng phòng CSGT đường bộ - Công an TP.HCM, cho biết.")
    assert titles["Võ Văn Bảy"] == ("Phó trưởng phòng CSGT đường bộ",)
    titles = _titles("Ông Trần Văn Nam, Giám đốc Sở Tài nguyên - nguyên Phó chủ tịch tỉnh, cho biết.")
    assert "Giám đốc Sở Tài nguyên - nguyên Phó chủ tịch tỉnh" not in titles["Trần Văn Nam"]
