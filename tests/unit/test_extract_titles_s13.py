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


# --- title heads mined from VNTC: honorary chairs, assistants, station heads, a capital's mayor ---


def test_mined_title_heads_give_their_titles() -> None:
    titles = _titles("Tiến sĩ Lê Văn Long, Chủ tịch danh dự Hội Cấp thoát nước Việt Nam, nhận định.")
    assert titles["Lê Văn Long"] == ("Chủ tịch danh dự Hội Cấp thoát nước Việt Nam",)
    titles = _titles("Trợ lý Bộ trưởng Ngoại giao, ông Nguyễn Đức Hòa, sáng nay gặp đại sứ.")
    assert titles["Nguyễn Đức Hòa"] == ("Trợ lý Bộ trưởng Ngoại giao",)
    titles = _titles("Trưởng trạm thú y huyện Châu Thành Nguyễn Thanh Tú cho biết.")
    assert titles["Nguyễn Thanh Tú"] == ("Trưởng trạm thú y huyện Châu Thành",)
    titles = _titles("Ông Võ Hồng Quân, Liên đoàn trưởng Liên đoàn Địa chất Bắc Trung Bộ, đã vào Quảng Trị.")
    assert titles["Võ Hồng Quân"] == ("Liên đoàn trưởng Liên đoàn Địa chất Bắc Trung Bộ",)


def test_a_bare_assistant_or_a_stations_name_is_no_title() -> None:
    titles = _titles("Liên lạc với ông Nguyễn Ngọc Bảo, trợ lý của ông Huy, về việc này.")
    assert titles["Nguyễn Ngọc Bảo"] == ()
    titles = _titles("Trung úy Điệp Hồng Hải, Trạm trưởng trạm Quyết Thắng trên xã đảo, cho biết.")
    assert "Quyết Thắng" not in titles


# --- a title cut right after a body's head, before the body's capitalized name ---------------------


def test_a_title_cut_after_a_bodys_head_before_its_name_is_dropped() -> None:
    titles = _titles("Phó giáo sư Nguyễn Ngọc Thủy, Viện trưởng Viện Vật lý địa cầu đồng tình.")
    assert titles["Nguyễn Ngọc Thủy"] == ()
    titles = _titles("Giám đốc Sở Phạm Văn An cho biết.")
    assert titles["Phạm Văn An"] == ("Giám đốc Sở",)


def test_team_and_sub_department_heads_give_their_titles_but_not_bare() -> None:
    titles = _titles("Ông Nguyễn Chí Phương, Chi cục phó Chi cục Quản lý thị trường TP HCM, cho biết.")
    assert titles["Nguyễn Chí Phương"] == ("Chi cục phó Chi cục Quản lý thị trường TP HCM",)
    titles = _titles("Bà Trương Thị Hậu, Đội phó Đội quản lý hành chính Công an quận Thanh Xuân, cho biết.")
    assert titles["Trương Thị Hậu"] == ("Đội phó Đội quản lý hành chính Công an quận Thanh Xuân",)
    titles = _titles("Ông Nguyễn Văn Ry, Đội trưởng, không nói gì.")
    assert titles["Nguyễn Văn Ry"] == ()


# --- an interview's speaker line closed by a colon ---------------------------------------------------


def test_a_speakers_line_closed_by_a_colon_keeps_its_body_but_not_a_verb() -> None:
    titles = _titles('Ông Nguyễn Văn Thanh - Cục phó Cục đường bộ VN: "Phải xử lý ngay nạn vé chợ đen".')
    assert titles["Nguyễn Văn Thanh"] == ("Cục phó Cục đường bộ VN",)
    titles = _titles('Ông Nguyễn Văn Quang - Giám đốc Bệnh viện Đa khoa Nam Định than thở: "Quá tải".')
    assert "Giám đốc Bệnh viện Đa khoa Nam Định than thở" not in titles["Nguyễn Văn Quang"]
