"""Issue 9, this session: person-title forms of appointment news and foreign reporting.

Every sentence is made up (names, bodies and places combined freely) in shapes seen across several
outlets and years; each rule has a positive and a negative case.
"""

from __future__ import annotations

from transforms.extract.people import extract_people


def _titles(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_people(text)}


def test_the_old_office_runs_to_giu_chuc_and_the_new_one_to_the_stop() -> None:
    text = (
        "Bộ trưởng quyết định điều động ông Trần Văn Hòa, Cục trưởng Cục Quản lý thị trường giữ chức "
        "Vụ trưởng Vụ Kế hoạch tài chính; ông Lê Minh Tâm, Vụ trưởng Vụ Pháp chế giữ chức Cục trưởng "
        "Cục Đường thủy nội địa."
    )
    got = _titles(text)
    assert got["Trần Văn Hòa"] == ("Cục trưởng Cục Quản lý thị trường", "Vụ trưởng Vụ Kế hoạch tài chính")
    assert got["Lê Minh Tâm"] == ("Vụ trưởng Vụ Pháp chế", "Cục trưởng Cục Đường thủy nội địa")


def test_an_office_given_by_a_verb_keeps_its_lowercase_body_to_the_stop() -> None:
    text = "Ông Đỗ Quang Vinh được bổ nhiệm giữ chức Phó Giám đốc Sở Tài nguyên và Môi trường. Ông 50 tuổi."
    got = _titles(text)
    assert got == {"Đỗ Quang Vinh": ("Phó Giám đốc Sở Tài nguyên và Môi trường",)}
    # negative: a verb after the office ends it where it was found
    got = _titles("Ông Đỗ Quang Vinh được bổ nhiệm giữ chức Giám đốc Sở kể từ ngày 1/3.")
    assert got == {"Đỗ Quang Vinh": ("Giám đốc Sở",)}


def test_field_words_that_look_like_verbs_inside_a_closed_apposition() -> None:
    got = _titles("Ông Hà Minh Khôi, Cục trưởng Cục An toàn thông tin, cho biết hệ thống đã ổn định.")
    assert got == {"Hà Minh Khôi": ("Cục trưởng Cục An toàn thông tin",)}
    # negative: the same word opening a verb ("thông báo") still ends the title
    got = _titles("Ông Hà Minh Khôi, Giám đốc Sở thông báo kết quả, cho biết thêm.")
    assert got == {"Hà Minh Khôi": ("Giám đốc Sở",)}


def test_a_short_form_in_brackets_between_title_and_name() -> None:
    got = _titles("Ngày 3-5, Chủ tịch Quốc hội (QH) Phan Đình Lộc đã về Quảng Trị.")
    assert got == {"Phan Đình Lộc": ("Chủ tịch Quốc hội",)}
    got = _titles("Bộ trưởng Bộ Tài nguyên và Môi trường (TN-MT) Phan Đình Lộc phát biểu.")
    assert got == {"Phan Đình Lộc": ("Bộ trưởng Bộ Tài nguyên và Môi trường",)}
    # negative: a company's ticker before a name gives no title
    got = _titles("Công ty Hòa Phong (HPX) Phan Đình Lộc cho biết.")
    assert got.get("Phan Đình Lộc", ()) == ()


def test_a_bare_lowercase_office_before_a_foreign_name() -> None:
    got = _titles("Bên nguyên đề nghị bác phán quyết của chánh án Peter Hallman thuộc tòa án liên bang.")
    assert got == {"Peter Hallman": ("chánh án",)}
    got = _titles("Theo tổng thống Anna Berg, hai bên sẽ ký hiệp định.")
    assert got == {"Anna Berg": ("tổng thống",)}
    # negative: a bare head of a company's office is too weak a cue for a title
    got = _titles("Báo cáo của giám đốc Peter Hallman được gửi tới hội đồng.")
    assert got.get("Peter Hallman", ()) == ()


def test_a_body_named_by_a_list_of_fields_with_longer_fields() -> None:
    got = _titles("Ông Trần Đình Vinh, Cục trưởng Cục Phát thanh, Truyền hình và Thông tin điện tử cho biết.")
    assert got == {"Trần Đình Vinh": ("Cục trưởng Cục Phát thanh, Truyền hình và Thông tin điện tử",)}
    got = _titles("Ông Trần Đình Vinh, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An, cho biết.")
    assert got == {"Trần Đình Vinh": ("Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An",)}
    # negative: a list of bodies after the title is no list of fields, nor is a clause after "và"
    got = _titles("Ông Trần Đình Vinh, Giám đốc Sở Y tế, Công an và Quân sự đã họp.")
    assert got == {"Trần Đình Vinh": ("Giám đốc Sở Y tế",)}


def test_a_coded_department_keeps_its_ministry_after_a_dash() -> None:
    got = _titles("Thượng tá Lê Văn Hùng, Phó cục trưởng Cục C50 - Bộ Công an cùng dự.")
    assert got == {"Lê Văn Hùng": ("Phó cục trưởng Cục C50 - Bộ Công an",)}
    got = _titles("Ông Lê Văn Hùng, Trưởng phòng Kế hoạch - Bộ Y tế, cho biết.")
    assert got == {"Lê Văn Hùng": ("Trưởng phòng Kế hoạch - Bộ Y tế",)}
    # negative: a dash before the next title ("- Bộ trưởng ...") still starts a title of its own
    got = _titles("Ông Lê Văn Hùng, Cục trưởng Cục Thuế - Bộ trưởng Bộ Tài chính, cho biết.")
    assert got == {"Lê Văn Hùng": ("Cục trưởng Cục Thuế", "Bộ trưởng Bộ Tài chính")}


def test_words_with_a_dot_or_slash_inside_a_closed_apposition() -> None:
    got = _titles("Ông Lê Văn Hùng, Hiệu trưởng Trường Đại học Sư phạm kỹ thuật TP.HCM, cho biết.")
    assert got == {"Lê Văn Hùng": ("Hiệu trưởng Trường Đại học Sư phạm kỹ thuật TP.HCM",)}
    got = _titles("Ông Lê Văn Hùng, Chủ tịch Hội Nạn nhân bom mìn/vật nổ Việt Nam, cho biết.")
    assert got == {"Lê Văn Hùng": ("Chủ tịch Hội Nạn nhân bom mìn/vật nổ Việt Nam",)}
    # negative: a full stop between two sentences is no dot inside a word
    got = _titles("Ông Lê Văn Hùng, Giám đốc Sở Y tế. Ông Trần Văn Minh, Giám đốc Sở Tài chính, cho biết.")
    assert got == {"Lê Văn Hùng": ("Giám đốc Sở Y tế",), "Trần Văn Minh": ("Giám đốc Sở Tài chính",)}


def test_a_foreign_person_by_the_family_name_alone_before_what_they_say() -> None:
    assert _titles("Ông Tanaka cho biết thêm công ty sẽ mở rộng sản xuất.") == {"Tanaka": ()}
    assert _titles("Bà Lindqvist khẳng định hai bên sẽ hợp tác.") == {"Lindqvist": ()}
    # negative: a Vietnamese given name, no speech verb, or the last word of a full name found before
    assert _titles("Ông Hoàng cho biết thêm.") == {}
    assert _titles("Ông Tanaka đến Hà Nội.") == {}
    got = _titles("Ông Hiroshi Tanaka, Chủ tịch tập đoàn, đến Hà Nội. Ông Tanaka cho biết sẽ đầu tư.")
    assert list(got) == ["Hiroshi Tanaka"]


def test_a_market_body_before_a_name_is_no_school_named_after_a_person() -> None:
    got = _titles("Cục trưởng Cục Quản lý thị trường Đoàn Văn Khang cho biết.")
    assert got == {"Đoàn Văn Khang": ("Cục trưởng Cục Quản lý thị trường",)}
    # negative: a school named after a person is still no person
    assert _titles("Học sinh trường Trần Văn Ơn được khen.") == {}


def test_an_apposition_closed_by_what_the_person_says() -> None:
    got = _titles("Ông Đoàn Văn Khang, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh cho biết số ca đã giảm.")
    assert got == {"Đoàn Văn Khang": ("Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh",)}
    # negative: a verb or time adverb before the speech verb ends the title where it was found
    got = _titles("Ông Đoàn Văn Khang, Giám đốc Sở sau khi kiểm tra cho biết số ca đã giảm.")
    assert got == {"Đoàn Văn Khang": ("Giám đốc Sở",)}


def test_a_head_right_after_ban_names_the_board_not_a_persons_office() -> None:
    got = _titles("Ngày 3/2, thay mặt Ủy ban Thường vụ Quốc hội, Chủ tịch Quốc hội Lâm Văn Đạt ký thông báo.")
    assert got == {"Lâm Văn Đạt": ("Chủ tịch Quốc hội",)}
    # negative: the same words inside a member's title, or as a title of their own, stay
    got = _titles("Ông Lâm Văn Đạt, Ủy viên Ban Thường vụ Tỉnh ủy, Thường vụ Huyện ủy, phát biểu.")
    assert got == {"Lâm Văn Đạt": ("Ủy viên Ban Thường vụ Tỉnh ủy", "Thường vụ Huyện ủy")}
