"""Issue 9, second wave of round four: people and titles on unseen news, on made-up sentences.

Every sentence here is invented (names, bodies and places combined freely) in shapes of Vietnamese
news text; each rule has a positive and a negative case.
"""

from __future__ import annotations

from transforms.extract.people import extract_people


def _titles(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_people(text)}


def test_a_list_announced_by_gom_names_people() -> None:
    got = _titles("Bộ Công an còn có 3 thứ trưởng gồm: Trần Văn Bình, Lê Quốc Hùng và Phạm Thế Tùng.")
    assert set(got) == {"Trần Văn Bình", "Lê Quốc Hùng", "Phạm Thế Tùng"}


def test_an_award_list_with_outlets_keeps_pen_names() -> None:
    text = (
        "Các cá nhân được khen gồm: PV Hồng Sơn (báo Lao Động); Nguyễn Minh Trí (VTV); "
        "Mai Hương (Đài Tiếng nói VN); Lê Văn Tám (Thanh Niên)."
    )
    assert set(_titles(text)) == {"Hồng Sơn", "Nguyễn Minh Trí", "Mai Hương", "Lê Văn Tám"}


def test_a_list_of_places_or_streets_is_no_list_of_people() -> None:
    assert _titles("Đoàn công tác gồm: Hà Nội, Huế, Đà Nẵng và Cần Thơ.") == {}
    # streets and districts are named after people: a place noun before "gồm"
    streets = "Chỉ có 3 tuyến đường gồm: Trần Quang Khải, Lê Thánh Tông, Phạm Ngũ Lão được thu phí."
    assert _titles(streets) == {}
    assert _titles("Dịch lan ở 4 huyện gồm: Hoàng Minh, Bảo Lạc, Trùng Khánh, Hạ Lang.") == {}
    # two items only: no evidence of a list of people
    assert _titles("Gói thầu gồm: Tân Phong, Vĩnh Hòa.") == {}


def test_a_rank_after_the_chain_does_not_block_it() -> None:
    got = _titles("Dự có Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an, Thượng tướng Lê Quốc Hùng.")
    assert got == {"Lê Quốc Hùng": ("Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an")}
    # negative: the chain is the apposition of an earlier name, not the ranked one's
    got = _titles("Ông Trần Văn Tú, Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giang cùng dự.")
    assert got == {"Trần Văn Tú": ("Bộ trưởng Bộ Quốc phòng",), "Phan Văn Giang": ()}


def test_a_head_and_the_aides_post_after_a_dash_are_one_title() -> None:
    got = _titles("Ông Lê Văn Minh, Vụ trưởng - Thư ký Bộ trưởng Bộ Công Thương, cho biết.")
    assert got == {"Lê Văn Minh": ("Vụ trưởng - Thư ký Bộ trưởng Bộ Công Thương",)}
    # negative: a full title and the next one after a dash stay two titles
    got = _titles("Ông Lê Văn Minh, Vụ trưởng Vụ Pháp chế - Thư ký Hội đồng, cho biết.")
    assert got == {"Lê Văn Minh": ("Vụ trưởng Vụ Pháp chế", "Thư ký Hội đồng")}


def test_an_office_given_after_a_move_or_a_posting() -> None:
    got = _titles("Ông Trần Văn Sơn được điều về Trung ương giữ chức Phó chủ nhiệm Văn phòng Chính phủ.")
    assert got == {"Trần Văn Sơn": ("Phó chủ nhiệm Văn phòng Chính phủ",)}
    got = _titles("Bà Lê Thị Hà được cử giữ chức Phó Giám đốc Sở Y tế.")
    assert got == {"Lê Thị Hà": ("Phó Giám đốc Sở Y tế",)}
    # negative: no office after the move
    assert _titles("Ông Trần Văn Sơn được điều về Trung ương nhận nhiệm vụ mới.") == {"Trần Văn Sơn": ()}


def test_a_sub_unit_and_its_body_after_a_dash_are_one_title() -> None:
    got = _titles("Ông Lê Văn Hùng, Trưởng Khoa Điêu khắc - trường ĐH Mỹ thuật Huế, sáng tác.")
    assert got == {"Lê Văn Hùng": ("Trưởng Khoa Điêu khắc - trường ĐH Mỹ thuật Huế",)}
    got = _titles("Bà Lê Thị Hoa, Trưởng phòng Hộ tịch - Sở Tư pháp tỉnh Nam Định cho biết.")
    assert got == {"Lê Thị Hoa": ("Trưởng phòng Hộ tịch - Sở Tư pháp tỉnh Nam Định",)}
    # negatives: no body name after the dash; no sub-unit in the title before it
    assert _titles("Ông Lê Văn Hùng, Trưởng Khoa Ngữ văn - trường này, cho biết.") == {
        "Lê Văn Hùng": ("Trưởng Khoa Ngữ văn",)
    }
    got = _titles("Ông Lê Văn Hùng, Giám đốc Sở Y tế - Bệnh viện Chợ Rẫy, cho biết.")
    assert got["Lê Văn Hùng"] == ("Giám đốc Sở Y tế",)


def test_the_units_in_brackets_of_a_people_list_are_organizations() -> None:
    from transforms.extract.organizations import extract_organizations
    from transforms.extract.people import listed_units

    text = (
        "Các cá nhân được khen gồm: PV Hồng Sơn (báo Lao Động); Nguyễn Minh Trí (VTV); Mai Hương "
        "(Đài Tiếng nói VN); Lê Văn Tám (Trung tâm tin tức - Ban Tuyên giáo Thành đoàn); "
        "Trần Văn Ba (Hà Nội)."
    )
    names = {o.name for o in extract_organizations(text)}
    units = {"báo Lao Động", "VTV", "Đài Tiếng nói VN", "Trung tâm tin tức", "Ban Tuyên giáo Thành đoàn"}
    assert units <= names
    assert "Hà Nội" not in names  # a hometown in brackets is no unit
    # negative: brackets after a list of places are no units
    towns = "Dịch lan ở 4 huyện gồm: Hoàng Minh (Cao Bằng), Bảo Lạc (Cao Bằng), Trùng Khánh (TTXVN), Hạ Lang."
    assert listed_units(towns) == []


def test_truong_as_a_middle_name() -> None:
    got = _titles("Thứ trưởng Bộ Y tế, Giám đốc Bệnh viện Chợ Rẫy Nguyễn Trường Hải dự.")
    assert got == {"Nguyễn Trường Hải": ("Thứ trưởng Bộ Y tế", "Giám đốc Bệnh viện Chợ Rẫy")}
    # negative: "Trường" after a full name opens a school
    assert "Lê Văn Tám Trường" not in _titles("Ông Lê Văn Tám Trường THPT Chu Văn An cho biết.")


def test_aviation_bodies_keep_hang_khong() -> None:
    got = _titles("Cục trưởng Cục Hàng không Việt Nam Lê Quang Lực cho biết.")
    assert got == {"Lê Quang Lực": ("Cục trưởng Cục Hàng không Việt Nam",)}
    # negative: "không" after a body is still the predicate
    got = _titles("Chủ tịch UBND TP Hà Nội Trần Văn Tú không đồng ý.")
    assert got == {"Trần Văn Tú": ("Chủ tịch UBND TP Hà Nội",)}


def test_a_lowercase_title_cues_a_foreign_name() -> None:
    got = _titles("Trả lời báo chí, đại sứ Anh tại Việt Nam Robert Hill cho rằng hai nước sẽ hợp tác.")
    assert got == {"Robert Hill": ("đại sứ Anh tại Việt Nam",)}
    got = _titles("Trả lời phỏng vấn, chánh án Tòa án Tối cao John Baker cho rằng luật đã rõ.")
    assert got == {"John Baker": ("chánh án Tòa án Tối cao",)}
    # negative: an unlisted place after its level looks Vietnamese
    assert _titles("Hôm qua, chủ tịch UBND xã Thới Hòa Nam cho biết dự án sẽ xong.") == {}


def test_the_state_name_with_a_capital_xa_hoi() -> None:
    got = _titles("Ông Trần Văn Tú, Chủ tịch nước Cộng hòa Xã hội chủ nghĩa Việt Nam, dự.")
    assert got == {"Trần Văn Tú": ("Chủ tịch nước Cộng hòa Xã hội chủ nghĩa Việt Nam",)}


def test_kiem_after_a_comma_or_as_kiem_nhiem_chains_the_next_title() -> None:
    want = {"Lê Văn Hà": ("Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh")}
    assert _titles("Ông Lê Văn Hà, Bí thư Tỉnh ủy, kiêm Chủ tịch HĐND tỉnh dự.") == want
    assert _titles("Ông Lê Văn Hà, Bí thư Tỉnh ủy kiêm nhiệm Chủ tịch HĐND tỉnh dự.") == want
    # negative: "kiêm nhiệm" before no title adds nothing
    got = _titles("Ông Lê Văn Hà, Bí thư Tỉnh ủy, kiêm nhiệm nhiều việc, dự.")
    assert got == {"Lê Văn Hà": ("Bí thư Tỉnh ủy",)}


def test_an_office_of_a_list_stops_at_a_name_with_its_own_office() -> None:
    text = "Ông Lê Văn Hà được cử làm Chủ tịch Hội, ông Nguyễn Công Minh và Trần Quốc Hải làm phó chủ tịch."
    got = _titles(text)
    assert got["Lê Văn Hà"] == ("Chủ tịch Hội",)
    assert got["Nguyễn Công Minh"] == got["Trần Quốc Hải"] == ("phó chủ tịch",)
    # the list without an office of its own still shares the office
    got = _titles("Các ông Lê Văn Hà, Nguyễn Công Minh được bầu làm Phó Chủ tịch Hội Nông dân.")
    assert got["Lê Văn Hà"] == got["Nguyễn Công Minh"] == ("Phó Chủ tịch Hội Nông dân",)
