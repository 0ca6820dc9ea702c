"""Issue 9, round four: title grammar for unseen news, on made-up sentences.

Every sentence here is invented (names, bodies and places combined freely) in the shapes seen
across several outlets; each rule has a positive and a negative case.
"""

from __future__ import annotations

from transforms.extract.people import extract_people


def _titles(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_people(text)}


def test_words_that_end_like_a_locative_do_not_hide_the_name() -> None:
    # "thành phố" and "Môi trường" end in "phố" / "trường", which name streets and schools
    assert _titles("Chiều nay, Chủ tịch UBND thành phố Lê Văn Hạnh chỉ đạo các sở.") == {
        "Lê Văn Hạnh": ("Chủ tịch UBND thành phố",)
    }
    assert _titles("Bộ trưởng Bộ Tài nguyên và Môi trường Đỗ Minh Khoa cho biết.") == {
        "Đỗ Minh Khoa": ("Bộ trưởng Bộ Tài nguyên và Môi trường",)
    }
    # negative: a school and a street named after a person still hold no person
    assert _titles("Học sinh trường Trần Văn Ơn và phố Lê Văn Hưu được khen.") == {}


def test_businesses_named_like_people() -> None:
    got = _titles("Ông Phan Văn Lộc, Giám đốc Công ty Hoàng Minh Tâm (quận 5), cho biết.")
    assert got == {"Phan Văn Lộc": ("Giám đốc Công ty Hoàng Minh Tâm",)}
    got = _titles("Bà Lý Thị Hồng, chủ shop Mai Hoa Đỏ, nói giá hoa tăng.")
    assert "Mai Hoa Đỏ" not in got
    # negative: a person after the company's director is still a person
    assert "Trần Quốc Huy" in _titles("Giám đốc công ty là ông Trần Quốc Huy cho biết.")


def test_a_shorter_wording_with_a_body_is_kept_a_bare_head_is_not() -> None:
    got = _titles(
        "Bí thư Tỉnh ủy Nguyễn Hữu Lực dự lễ. Phát biểu, Bí thư Tỉnh ủy Kon Tum Nguyễn Hữu Lực nhấn mạnh."
        " Bộ trưởng Hà Minh Sang và Bộ trưởng Bộ Tài chính Hà Minh Sang cùng dự."
    )
    assert set(got["Nguyễn Hữu Lực"]) == {"Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy Kon Tum"}
    assert got["Hà Minh Sang"] == ("Bộ trưởng Bộ Tài chính",)


def test_a_weak_head_closed_by_its_apposition() -> None:
    got = _titles("Theo ông Lâm Quốc Bảo, Trưởng phòng kỹ thuật của Trạm thủy văn khu vực, mưa sẽ giảm.")
    assert got == {"Lâm Quốc Bảo": ("Trưởng phòng kỹ thuật của Trạm thủy văn khu vực",)}
    got = _titles("“Cần sửa luật” - TS Hà Minh Đức, phó trưởng ban chính sách của Bộ Xây dựng, nói.")
    assert got == {"Hà Minh Đức": ("phó trưởng ban chính sách của Bộ Xây dựng",)}
    # negative: a verb before the close, the weak head stays no title
    assert _titles("Ông Lâm Quốc Bảo, Trưởng phòng cho biết, mưa sẽ giảm.") == {"Lâm Quốc Bảo": ()}


def test_an_aside_of_age_or_birth_before_the_chain_or_office() -> None:
    got = _titles(
        "Ông Lê Hoài Nam, 52 tuổi, Phó Bí thư Tỉnh ủy, được bầu giữ chức Chủ tịch UBND tỉnh Cà Mau."
    )
    assert got == {"Lê Hoài Nam": ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Cà Mau")}
    got = _titles(
        "Bộ điều động đại tá Trần Văn Sĩ (48 tuổi, quê Nghệ An) giữ chức vụ Giám đốc Công an tỉnh Kon Tum."
    )
    assert got == {"Trần Văn Sĩ": ("Giám đốc Công an tỉnh Kon Tum",)}
    got = _titles(
        "UBND tỉnh điều động ông Đỗ Văn Khải (sinh năm 1980), Phó"
        " Giám đốc Sở Nội vụ giữ chức Giám đốc Sở KH&ĐT."
    )
    assert got == {"Đỗ Văn Khải": ("Phó Giám đốc Sở Nội vụ", "Giám đốc Sở KH&ĐT")}
    # negative: a bracket that is no aside of age or birth is not skipped
    assert _titles("Ông Đỗ Văn Khải (Hà Nam) Phó Giám đốc Sở Nội vụ có mặt.")["Đỗ Văn Khải"] == ()


def test_incumbent_and_extra_office() -> None:
    got = _titles(
        "Chủ tịch tỉnh Bắc Kạn nhiệm kỳ 2021-2026 là ông Hà Quang Trung, đương kim Phó Bí thư Tỉnh ủy."
    )
    assert got == {"Hà Quang Trung": ("Chủ tịch tỉnh Bắc Kạn nhiệm kỳ 2021-2026", "Phó Bí thư Tỉnh ủy")}
    got = _titles("Bí thư Tỉnh ủy Đinh Văn Quế được bầu giữ thêm chức Chủ tịch HĐND tỉnh.")
    assert got == {"Đinh Văn Quế": ("Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh")}


def test_a_title_opening_its_sentence_before_a_comma_and_the_name() -> None:
    got = _titles("Chủ tịch UBND Thành phố, ông Lê Văn Tuấn, yêu cầu các quận báo cáo.")
    assert got == {"Lê Văn Tuấn": ("Chủ tịch UBND Thành phố",)}
    # negative: a title inside the sentence is another person's ("làm việc với Giám đốc Sở")
    got = _titles("Sau buổi làm việc với Giám đốc Sở Y tế, ông Lê Văn Tuấn cho biết sẽ kiểm tra.")
    assert got == {"Lê Văn Tuấn": ()}


def test_a_person_named_like_a_city() -> None:
    assert _titles("Noi theo lời dạy của Chủ tịch Hồ Chí Minh, đoàn viên thi đua.") == {
        "Hồ Chí Minh": ("Chủ tịch",)
    }
    # negative: the city after a body's head, the thought named after him
    got = _titles("Chủ tịch UBND TP Hồ Chí Minh Trương Văn Lợi học tập tư tưởng Hồ Chí Minh.")
    assert got == {"Trương Văn Lợi": ("Chủ tịch UBND TP Hồ Chí Minh",)}


def test_minority_family_names_deputy_heads_and_members_of_elected_bodies() -> None:
    got = _titles(
        "Dự có các đồng chí: Siu Hồng Nhung - Phó Bí thư Huyện ủy; Lê Văn Bình - Chủ tịch UBND huyện."
    )
    assert got == {"Siu Hồng Nhung": ("Phó Bí thư Huyện ủy",), "Lê Văn Bình": ("Chủ tịch UBND huyện",)}
    got = _titles("Theo ông Vũ Đình Hòa, Phó ban Tuyên giáo Tỉnh ủy, đợt học tập đã kết thúc.")
    assert got == {"Vũ Đình Hòa": ("Phó ban Tuyên giáo Tỉnh ủy",)}
    got = _titles("Cùng dự có các Đại biểu Quốc hội: Nguyễn Văn Hùng, Vàng Thị Mỷ.")
    assert got == {"Nguyễn Văn Hùng": ("Đại biểu Quốc hội",), "Vàng Thị Mỷ": ("Đại biểu Quốc hội",)}
    # negative: a bare "Đại biểu" is no title, a bare "Phó ban" neither
    assert _titles("Đại biểu Nguyễn Văn Hùng phát biểu; Phó ban Lê Thị Sen dự.") == {
        "Nguyễn Văn Hùng": (),
        "Lê Thị Sen": (),
    }


def test_a_body_named_by_its_fields() -> None:
    got = _titles("Đoàn có ông Lê Hải Nam, Ủy viên Ủy ban Văn hóa, Khoa học và Môi trường, Hạ viện Ba Lan.")
    assert got == {"Lê Hải Nam": ("Ủy viên Ủy ban Văn hóa, Khoa học và Môi trường",)}
    got = _titles("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Hồ An Phong phát biểu.")
    assert got == {"Hồ An Phong": ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",)}
    # negative: a chain of titles is no list of fields
    got = _titles("Ông Lê Văn Bình, Giám đốc Sở Tài chính, Phó Chủ tịch UBND tỉnh và ông Trần Văn Cư dự.")
    assert got["Lê Văn Bình"] == ("Giám đốc Sở Tài chính", "Phó Chủ tịch UBND tỉnh")


def test_foreign_names_with_letters_vietnamese_lacks() -> None:
    got = _titles("Đoàn có bà Zuzana Nováková, Giám đốc Học viện Ngoại giao, và ông Jiří Dvořák.")
    assert got == {"Zuzana Nováková": ("Giám đốc Học viện Ngoại giao",), "Jiří Dvořák": ()}
    # negative: without an honorific such words are no person
    assert _titles("Nhà máy Škoda ở Mladá Boleslav được mở rộng.") == {}


def test_a_list_of_streets_or_schools_named_after_people() -> None:
    assert _titles("Học bổng cho các trường THPT Lê Quý Đôn, Trần Đại Nghĩa và Nguyễn Thị Minh Khai.") == {}
    # negative: the next person after a street is a person
    assert _titles("Ông Trần Văn Bảy đi qua đường Lê Lợi, ông Lý Văn Tám cho biết.") == {
        "Trần Văn Bảy": (),
        "Lý Văn Tám": (),
    }


def test_a_title_runs_on_over_its_field_to_the_name() -> None:
    got = _titles(
        "Sau khi nghe Bộ trưởng Bộ Công nghiệp và phát triển thương mại Lê Minh Hòa báo cáo, đoàn đi."
    )
    assert got == {"Lê Minh Hòa": ("Bộ trưởng Bộ Công nghiệp và phát triển thương mại",)}
    got = _titles("Theo Viện trưởng Viện Thủy lợi và môi trường nông thôn Phạm Văn Dũng, đê đã được gia cố.")
    assert got == {"Phạm Văn Dũng": ("Viện trưởng Viện Thủy lợi và môi trường nông thôn",)}
    # a strong cue before a foreign name is evidence; the country closes the title
    got = _titles("Bộ trưởng Thương mại và Kinh tế đối ngoại Ba Lan Tomasz Nowak giữa tháng này sang thăm.")
    assert got == {"Tomasz Nowak": ("Bộ trưởng Thương mại và Kinh tế đối ngoại Ba Lan",)}
    # negative: a verb between a bare head and the name ("Thủ tướng giao A")
    assert _titles("Thủ tướng giao Nguyễn Văn An chuẩn bị.") == {"Nguyễn Văn An": ()}
    assert _titles("Chủ tịch UBND tỉnh trao quyết định cho Nguyễn Văn An.") == {"Nguyễn Văn An": ()}


def test_members_associations_and_one_syllable_places_in_given_names() -> None:
    got = _titles("Phát biểu, Chủ tịch Hội Nhà văn Việt Nam Hữu Thỉnh khẳng định vai trò của hội.")
    assert got == {"Hữu Thỉnh": ("Chủ tịch Hội Nhà văn Việt Nam",)}


def test_professions_cue_foreign_names_and_a_lowercase_head_after_an_honorific() -> None:
    got = _titles("Trong khi đó luật sư Michael Brown, đại diện bên nguyên, cam kết theo đuổi vụ kiện.")
    assert "Michael Brown" in got
    assert "Thích Minh Tuệ" in _titles("Đoàn đã thăm Thiền sư Thích Minh Tuệ (trụ trì chùa).")
    assert _titles("Ông giám đốc Peter Lang cho biết chưa nhận được thông báo.") == {
        "Peter Lang": ("giám đốc",)
    }
    # negative: a verb after the honorific is no title
    assert _titles("Ông cho biết Nguyễn Văn An đã về.") == {"Nguyễn Văn An": ()}


def test_a_field_joined_by_and_or_a_dash_after_a_title() -> None:
    got = _titles("Ông Lê Đình Nam - Cục trưởng Cục Hợp tác và phát triển nông thôn cho biết: đàn bò tăng.")
    assert got == {"Lê Đình Nam": ("Cục trưởng Cục Hợp tác và phát triển nông thôn",)}
    got = _titles("ĐB Phạm Văn Hòa (phó chủ nhiệm Ủy ban Kinh tế - ngân sách của QH): cần giảm thuế.")
    assert got == {"Phạm Văn Hòa": ("phó chủ nhiệm Ủy ban Kinh tế - ngân sách của QH",)}
    # negative: "và" and a person after the title end it
    assert _titles("Ông Lê Văn An, Giám đốc Sở Y tế và phu nhân dự lễ.") == {
        "Lê Văn An": ("Giám đốc Sở Y tế",)
    }


def test_a_lowercase_field_inside_a_title_and_new_heads() -> None:
    got = _titles("Phó phòng Quản lý đô thị quận 3, Trần Thị Mỹ Lệ đã đề xuất giữ lại khu chợ.")
    assert got == {"Trần Thị Mỹ Lệ": ("Phó phòng Quản lý đô thị quận 3",)}
    got = _titles("Theo ông Lý Quốc Hùng, kiến trúc sư trưởng Sở Quy hoạch Kiến trúc, quận sẽ điều chỉnh.")
    assert got == {"Lý Quốc Hùng": ("kiến trúc sư trưởng Sở Quy hoạch Kiến trúc",)}
    # negative: a verb after the body is no field ("giao", "phát"), nor one field syllable
    assert _titles("Chủ tịch UBND tỉnh giao Nguyễn Văn An chuẩn bị.") == {"Nguyễn Văn An": ()}


def test_a_family_name_inside_a_place_or_a_company() -> None:
    assert _titles("Khách dự Lễ hội Cà phê Buôn Ma Thuột lần thứ 9.") == {}
    got = _titles(
        "Ông Tô Văn Hải - Giám đốc tài chính của CTCP Tập đoàn Bình Sơn Quảng Ngãi - đã bán cổ phiếu."
    )
    assert got == {"Tô Văn Hải": ("Giám đốc tài chính của CTCP Tập đoàn Bình Sơn Quảng Ngãi",)}


def test_no_person_from_a_place_opened_by_dong_or_a_doctors_specialty() -> None:
    assert _titles("Vùng Đồng Tháp Mười và Đồng Nai Thượng ngập sâu.") == {}
    assert _titles("Ngành bác sĩ Răng Hàm Mặt lấy điểm chuẩn cao.") == {}
    # positive: the honorific "Đồng chí" still opens a name
    assert "Lê Văn Sáu" in _titles("Đồng chí Lê Văn Sáu phát biểu.")
