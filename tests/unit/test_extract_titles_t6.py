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
