"""The person/title/organization forms of issue 9, on made-up sentences in the shapes of real ones.

Each form has a positive case and a negative one (what must not come out of it).
"""

from __future__ import annotations

from transforms.extract.organizations import extract_organizations
from transforms.extract.people import extract_people
from transforms.records import Person


def _people(body: str) -> dict[str, Person]:
    return {p.name: p for p in extract_people(body)}


def _titles(body: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_people(body)}


def _orgs(body: str) -> list[str]:
    return [o.name for o in extract_organizations(body)]


# --- dashes between the name and its chain -------------------------------------------------


def test_dash_between_name_and_chain() -> None:
    body = (
        "Đại tướng Phan Văn An - Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, "
        "Bộ trưởng Bộ Quốc phòng chủ trì hội nghị."
    )
    person = _people(body)["Phan Văn An"]
    assert person.titles == (
        "Ủy viên Bộ Chính trị",
        "Phó Bí thư Quân ủy Trung ương",
        "Bộ trưởng Bộ Quốc phòng",
    )
    assert person.roles == ("chủ trì",)


def test_dash_chains_of_two_people_joined_by_va_and_a_rank() -> None:
    body = (
        "Đại tướng Lương Văn Cường - Ủy viên Bộ Chính trị, Chủ nhiệm Tổng cục Chính trị và Thượng tướng "
        "Nguyễn Tân Hòa - Ủy viên Trung ương Đảng, Tổng Tham mưu trưởng dự hội nghị."
    )
    titles = _titles(body)
    assert titles["Lương Văn Cường"] == ("Ủy viên Bộ Chính trị", "Chủ nhiệm Tổng cục Chính trị")
    assert titles["Nguyễn Tân Hòa"] == ("Ủy viên Trung ương Đảng", "Tổng Tham mưu trưởng")
    # negative: "và Thượng tướng" is never glued into a title
    assert not any("Thượng tướng" in t for ts in titles.values() for t in ts)


def test_en_dash_chain_with_acronym_titles() -> None:
    body = (
        "Dự có đồng chí Lê Ngọc Minh – TUV – Bí thư Huyện ủy, "
        "đồng chí Trần Công Hà – UVBTV Huyện ủy – Chủ tịch HĐND huyện báo cáo."
    )
    titles = _titles(body)
    assert titles["Lê Ngọc Minh"] == ("TUV", "Bí thư Huyện ủy")
    assert titles["Trần Công Hà"] == ("UVBTV Huyện ủy", "Chủ tịch HĐND huyện")


def test_dash_inside_a_body_name_is_kept() -> None:
    body = (
        "Bộ trưởng Bộ Văn hóa - Thông tin Phạm Quang Hiếu và ông Hồ Đức Việt, "
        "Chủ nhiệm Ủy ban Khoa học – Công nghệ và Môi trường của QH cho biết."
    )
    titles = _titles(body)
    assert titles["Phạm Quang Hiếu"] == ("Bộ trưởng Bộ Văn hóa - Thông tin",)
    assert titles["Hồ Đức Việt"] == ("Chủ nhiệm Ủy ban Khoa học – Công nghệ và Môi trường của QH",)


def test_lowercase_title_after_a_dash_2006_style() -> None:
    body = (
        "Đại biểu Đoàn Võ Kim Anh - phó giám đốc Sở Y tế TP - kiến nghị: tại Bệnh viện YHDT không có chỗ nằm."
    )
    assert _titles(body)["Đoàn Võ Kim Anh"] == ("phó giám đốc Sở Y tế TP",)
    # negative: a lowercase "chủ tịch" that follows no name is no title
    assert _titles("Việc bầu chủ tịch xã diễn ra sáng nay.") == {}


# --- shared and plural titles, hyphen-joined chains ----------------------------------------


def test_shared_chain_before_a_colon_with_ranks() -> None:
    body = (
        "Dự hội nghị có các đồng chí Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng: "
        "Thượng tướng Hoàng Xuân Chiến; Thượng tướng Phạm Hoài Nam."
    )
    titles = _titles(body)
    for name in ("Hoàng Xuân Chiến", "Phạm Hoài Nam"):
        assert titles[name] == ("Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Quốc phòng")


def test_plural_title_before_a_list_of_names() -> None:
    body = "Các Phó Chủ tịch HĐND tỉnh Nguyễn Văn An, Trần Văn Bình đồng chủ trì kỳ họp."
    titles = _titles(body)
    assert titles["Nguyễn Văn An"] == ("Phó Chủ tịch HĐND tỉnh",)
    assert titles["Trần Văn Bình"] == ("Phó Chủ tịch HĐND tỉnh",)
    # negative: without the plural the second name does not inherit the title
    single = _titles("Phó Chủ tịch HĐND tỉnh Nguyễn Văn An, ông Trần Văn Bình dự họp.")
    assert single["Trần Văn Bình"] == ()


def test_hyphen_joined_chain_is_two_titles() -> None:
    body = "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Lê Văn Chinh phát biểu chỉ đạo."
    assert _titles(body)["Lê Văn Chinh"] == ("Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy")


# --- offices given by a verb -----------------------------------------------------------------


def test_offices_given_by_a_verb() -> None:
    body = (
        "Đồng chí Lê Văn Cường được bầu làm Phó Bí thư Huyện ủy. Ông Phạm Minh Đức tiếp tục được bầu "
        "giữ chức Bí thư Huyện ủy Yên Thành. Bà Trần Thị Hoa được điều động, bổ nhiệm giữ chức Thứ trưởng "
        "Bộ Tài chính. Hội nghị bầu đồng chí Võ Văn Hùng giữ chức Chủ tịch UBND huyện."
    )
    titles = _titles(body)
    assert titles["Lê Văn Cường"] == ("Phó Bí thư Huyện ủy",)
    assert titles["Phạm Minh Đức"] == ("Bí thư Huyện ủy Yên Thành",)
    assert titles["Trần Thị Hoa"] == ("Thứ trưởng Bộ Tài chính",)
    assert titles["Võ Văn Hùng"] == ("Chủ tịch UBND huyện",)


def test_a_verb_without_an_office_gives_no_title() -> None:
    body = "Ông Phạm Minh Đức được bầu với số phiếu cao, làm việc với Bí thư Huyện ủy."
    assert _titles(body)["Phạm Minh Đức"] == ()


# --- case variants and qualifiers inside titles ----------------------------------------------


def test_case_variants_inside_titles() -> None:
    body = (
        "Ông Nguyễn Văn Tâm, Ủy viên Ban chấp hành Trung ương Đảng, Bí thư Tỉnh ủy và bà Lê Thị Thu, "
        "Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng dự lễ."
    )
    titles = _titles(body)
    assert titles["Nguyễn Văn Tâm"] == ("Ủy viên Ban chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy")
    assert titles["Lê Thị Thu"] == ("Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng",)


def test_titles_keep_their_body_numbers_hyphens_and_terms() -> None:
    body = (
        "Tư lệnh Quân khu 1 Nguyễn Hồng Thái; Chủ tịch Hội đồng Thi đua-Khen thưởng tỉnh Nguyễn Văn Hùng; "
        "ông Trần Văn Sơn, Chủ tịch UBND tỉnh khóa XVIII; bà Đinh Thị Lan, Trưởng đoàn đại biểu Quốc hội "
        "khóa XV tỉnh Ninh Bình; ông Lê Văn Hải, Bí thư Huyện ủy nhiệm kỳ 2020 - 2025 phát biểu."
    )
    titles = _titles(body)
    assert titles["Nguyễn Hồng Thái"] == ("Tư lệnh Quân khu 1",)
    assert titles["Nguyễn Văn Hùng"] == ("Chủ tịch Hội đồng Thi đua-Khen thưởng tỉnh",)
    assert titles["Trần Văn Sơn"] == ("Chủ tịch UBND tỉnh khóa XVIII",)
    assert titles["Đinh Thị Lan"] == ("Trưởng đoàn đại biểu Quốc hội khóa XV tỉnh Ninh Bình",)
    assert titles["Lê Văn Hải"] == ("Bí thư Huyện ủy nhiệm kỳ 2020 - 2025",)


def test_lowercase_words_inside_names() -> None:
    body = (
        "Ông Trần Văn Bảo, Phó Chủ tịch thứ nhất Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; "
        "Trưởng Ban dân vận trung ương Tòng Thị Phóng; ông Lê Minh Khoa, Trưởng Tiểu ban nhân sự dự họp."
    )
    titles = _titles(body)
    assert titles["Trần Văn Bảo"] == ("Phó Chủ tịch thứ nhất Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",)
    assert titles["Tòng Thị Phóng"] == ("Trưởng Ban dân vận trung ương",)
    assert titles["Lê Minh Khoa"] == ("Trưởng Tiểu ban nhân sự",)


# --- chain heads missing from the old list -----------------------------------------------------


def test_more_chain_heads() -> None:
    body = (
        "Đồng chí Nguyễn Công Thanh - Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh đồng chủ trì. "
        "Bà Lê Thị Thu Hằng, Người phát ngôn của Thủ tướng, và ông Phạm Thu Hà, Phát ngôn viên Bộ Ngoại giao "
        "trả lời. Ông Kim Jong Ho, Thủ lĩnh phe đối lập, gặp ông Lý Văn Minh, Tỉnh trưởng tỉnh Kandahar."
    )
    titles = _titles(body)
    assert titles["Nguyễn Công Thanh"] == ("Tỉnh ủy viên", "Phó Chủ tịch HĐND tỉnh")
    assert titles["Lê Thị Thu Hằng"] == ("Người phát ngôn của Thủ tướng",)
    assert titles["Phạm Thu Hà"] == ("Phát ngôn viên Bộ Ngoại giao",)
    assert titles["Kim Jong Ho"] == ("Thủ lĩnh phe đối lập",)
    assert titles["Lý Văn Minh"] == ("Tỉnh trưởng tỉnh Kandahar",)


def test_bare_new_heads_are_no_titles() -> None:
    # negative: "Phát ngôn viên" or "Thủ lĩnh" with nothing after them is no title
    titles = _titles("Ông Phạm Thu Hà, phát ngôn viên, cho biết. Ông Lê Văn Tâm, Thủ lĩnh, nói.")
    assert titles["Phạm Thu Hà"] == ()
    assert titles["Lê Văn Tâm"] == ()


# --- names without a listed family name after a strong cue -----------------------------------


def test_names_without_a_listed_family_name_after_a_title_or_rank() -> None:
    body = (
        "Thủ tướng Justin Trudeau và Tổng thống Emmanuel Macron hội đàm. Thủ tướng Lý Khắc Cường cho biết. "
        "Bí thư Tỉnh ủy Xìn Văn Páo phát biểu."
    )
    titles = _titles(body)
    assert titles["Justin Trudeau"] == ("Thủ tướng",)
    assert titles["Emmanuel Macron"] == ("Tổng thống",)
    assert titles["Lý Khắc Cường"] == ("Thủ tướng",)
    assert titles["Xìn Văn Páo"] == ("Bí thư Tỉnh ủy",)
    assert "Văn Páo" not in titles


def test_unlisted_names_without_a_cue_are_not_people() -> None:
    # negative: a place with "Văn" inside, and capitalized words after no title
    people = _titles("Du khách đến Phu Văn Lâu ngắm sông Hương. Emmanuel Macron Street rất đẹp.")
    assert people == {}


# --- former and late ---------------------------------------------------------------------------


def test_former_and_late_stay_on_the_title() -> None:
    body = (
        "Dự lễ có nguyên Tổng Bí thư Lê Khả Tiến; ông Trần Văn Quý, nguyên Thư ký Tổng Bí thư; "
        "cựu Chủ tịch nước Nguyễn Minh Thắng và gia đình cố Tổng Bí thư Lê Văn Duẩn."
    )
    titles = _titles(body)
    assert titles["Lê Khả Tiến"] == ("nguyên Tổng Bí thư",)
    assert titles["Trần Văn Quý"] == ("nguyên Thư ký Tổng Bí thư",)
    assert titles["Nguyễn Minh Thắng"] == ("cựu Chủ tịch nước",)
    assert titles["Lê Văn Duẩn"] == ("cố Tổng Bí thư",)
    # negative: no current title is made of a former one
    assert "Tổng Bí thư" not in titles["Lê Khả Tiến"]


# --- organizations ---------------------------------------------------------------------------


def test_coordinated_bodies_are_two_bodies() -> None:
    orgs = _orgs("UBND TP HCM và Bộ Giao thông vận tải đã ký kết; Sở Kế hoạch và Đầu tư tham mưu.")
    assert "UBND TP HCM" in orgs
    assert "Bộ Giao thông vận tải" in orgs
    assert "Sở Kế hoạch và Đầu tư" in orgs
    assert not any("HCM và Bộ" in o for o in orgs)


def test_bodies_named_in_the_text() -> None:
    body = (
        "Ông Phan Quyết, Chủ tịch LĐLĐ tỉnh Quảng Trị đến thăm. Có Giáo hội Phật giáo Hòa Hảo, Tổng Công ty "
        "Du lịch Sài Gòn, Ban Tôn giáo của Chính phủ, Trường ĐH Bách khoa Hà Nội và UNESCO. "
        "Kỳ họp thứ 9, HĐND tỉnh khóa XIV khai mạc."
    )
    orgs = _orgs(body)
    for name in (
        "LĐLĐ tỉnh Quảng Trị",
        "Giáo hội Phật giáo Hòa Hảo",
        "Tổng Công ty Du lịch Sài Gòn",
        "Ban Tôn giáo của Chính phủ",
        "Trường ĐH Bách khoa Hà Nội",
        "UNESCO",
        "HĐND tỉnh",
    ):
        assert name in orgs, name
    # a body with its term is given as written and as the bare body (the bare one stays, checked
    # above); a bare "UBND tỉnh" is the province's committee as written (a body), a bare head is none
    assert "HĐND tỉnh khóa XIV" in orgs
    assert _orgs("UBND tỉnh cho biết sẽ xem xét.") == ["UBND tỉnh"]
    assert _orgs("Sở cho biết sẽ xem xét.") == []


def test_foreign_national_bodies_and_numbered_units() -> None:
    orgs = _orgs(
        "Bộ Tài chính Mỹ, Chính phủ Lào và Đảng Cộng sản Trung Quốc; UBND huyện Quế Sơn; "
        "Ban Chấp hành Đảng bộ huyện Hà Trung khóa XXV; Bộ Tư lệnh Quân khu 3; Bộ Quốc phòng Việt Nam."
    )
    for name in (
        "Bộ Tài chính Mỹ",
        "Chính phủ Lào",
        "Đảng Cộng sản Trung Quốc",
        "UBND huyện Quế Sơn",
        "Ban Chấp hành Đảng bộ huyện Hà Trung",
        "Quân khu 3",
    ):
        assert name in orgs, name
    # "Bộ Quốc phòng Việt Nam": the name as written and the listed body; a district is no person stop
    assert "Bộ Quốc phòng" in orgs and "Bộ Quốc phòng Việt Nam" in orgs
    assert "UBND huyện" not in orgs


def test_titles_keep_their_whole_body() -> None:
    body = (
        "PGS.TS Nguyễn Văn Hùng, Hiệu trưởng Trường ĐH Bách khoa phát biểu. TS Trần Ngọc Thạch, Viện trưởng "
        "Viện Lúa đồng bằng sông Cửu Long cho biết. Ông Phạm Văn Tư, Chủ tịch UBND huyện giữ chức Bí thư."
    )
    titles = _titles(body)
    assert titles["Nguyễn Văn Hùng"] == ("Hiệu trưởng Trường ĐH Bách khoa",)
    assert titles["Trần Ngọc Thạch"] == ("Viện trưởng Viện Lúa đồng bằng sông Cửu Long",)
    # negative: the verb after the body is not part of it ("UBND huyện giữ chức")
    assert titles["Phạm Văn Tư"][0] == "Chủ tịch UBND huyện"


def test_precision_cases_from_a_vntc_sample() -> None:
    # made-up sentences in the shapes of errors found by hand in a random VNTC sample (seed 31)
    body = (
        "Ông Lương Công Nhớ, Hiệu phó ĐH Hàng Hải, cho biết. Đó là tuyên bố của ông Louk Lennaerts, "
        "Tổng Giám đốc Life Resorts với báo chí. Ông Nguyễn Văn Dũng - Phó chủ tịch UBND tỉnh Bình Định "
        "kiến nghị. Chiều 23/1, Tổng thống Mông Cổ N. Bagabandi rời TP HCM."
    )
    titles = _titles(body)
    assert titles["Lương Công Nhớ"] == ("Hiệu phó ĐH Hàng Hải",)
    assert titles["Louk Lennaerts"] == ("Tổng Giám đốc Life Resorts",)
    assert titles["Nguyễn Văn Dũng"] == ("Phó chủ tịch UBND tỉnh Bình Định",)
    # negative: a school, a company and a country are no people
    for wrong in ("Hàng Hải", "Life Resorts", "Mông Cổ N"):
        assert wrong not in titles


def test_lowercase_bodies_run_to_the_end_of_the_apposition() -> None:
    body = (
        "Chiều nay, ông Huỳnh Vạn Thắng, Chi cục trưởng Chi cục phòng chống lụt bão thành phố Đà Nẵng, "
        "cho biết. PGS Nguyễn Ngọc Thủy, Viện trưởng viện Vật lý địa cầu, cơ quan nghiên cứu động đất. "
        "Ông Lê Văn Ánh, Chủ tịch UBND tỉnh đã chỉ đạo các sở, ngành."
    )
    titles = _titles(body)
    assert titles["Huỳnh Vạn Thắng"] == ("Chi cục trưởng Chi cục phòng chống lụt bão thành phố Đà Nẵng",)
    assert titles["Nguyễn Ngọc Thủy"] == ("Viện trưởng viện Vật lý địa cầu",)
    # negative: a verb after the title ends it, even when a comma comes later
    assert titles["Lê Văn Ánh"] == ("Chủ tịch UBND tỉnh",)


def test_foreign_names_with_an_initial() -> None:
    body = "Ông Elbridge A. Colby, Thứ trưởng thứ nhất Bộ Chiến tranh Hoa Kỳ, cho biết."
    person = _people(body)["Elbridge A. Colby"]
    assert person.titles == ("Thứ trưởng thứ nhất Bộ Chiến tranh Hoa Kỳ",)
    assert body[person.start : person.end] == "Elbridge A. Colby"
    # negative: the name without its last part is no person
    assert "Elbridge A" not in _people(body)


def test_an_honorific_opens_the_name_at_its_family_name() -> None:
    # VNTC sample seed 99: "Anh Trịnh Hoàng Lương" is not "Hoàng Lương"
    titles = _titles("Anh Trịnh Hoàng Lương - tổ trưởng tổ khẩn nguy cứu hỏa - còn nhớ.")
    assert "Trịnh Hoàng Lương" in titles
    assert "Hoàng Lương" not in titles


def test_shared_list_items_with_their_own_title_before_the_name() -> None:
    body = (
        "Dự hội nghị có các đồng chí Ủy viên Bộ Chính trị: Chủ tịch nước Võ Văn Thưởng, Ủy viên Thường vụ "
        "Quân ủy Trung ương; Thủ tướng Phạm Minh Chính; Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng."
    )
    titles = _titles(body)
    assert titles["Võ Văn Thưởng"] == (
        "Ủy viên Bộ Chính trị",
        "Chủ tịch nước",
        "Ủy viên Thường vụ Quân ủy Trung ương",
    )
    assert titles["Phạm Minh Chính"] == ("Ủy viên Bộ Chính trị", "Thủ tướng")
    assert titles["Phan Văn Giang"] == ("Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Quốc phòng")


def test_family_name_dong_and_a_dash_glued_to_the_name() -> None:
    body = (
        "Thủ tướng phê chuẩn đối với ông Đồng Văn Thanh - Phó Bí thư Tỉnh ủy. Phát biểu của đồng chí "
        "Bùi Văn Nghiêm- Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy. Anh Trần Bá Dương - Chủ tịch Hội "
        "Doanh nghiệp trẻ Đồng Nai, Tổng giám đốc Công ty TNHH Ô tô Trường Hải đã trao quà."
    )
    titles = _titles(body)
    assert titles["Đồng Văn Thanh"] == ("Phó Bí thư Tỉnh ủy",)
    assert "Văn Thanh" not in titles
    assert titles["Bùi Văn Nghiêm"] == ("Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy")
    # a closed apposition, then the chain goes on; a lone capital letter is no acronym ("Ô tô")
    assert titles["Trần Bá Dương"] == (
        "Chủ tịch Hội Doanh nghiệp trẻ Đồng Nai",
        "Tổng giám đốc Công ty TNHH Ô tô Trường Hải",
    )


def test_bodies_inside_listed_compounds_and_numbered_units() -> None:
    orgs = _orgs(
        "Trao cho Báo Thanh Niên và Báo Đồng Nai. Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản "
        "Trung Quốc; Đảng bộ Quân khu 3; Ủy viên Thường vụ Quân ủy Trung ương. "
        "Ban Chấp hành Trung ương Đảng họp."
    )
    for name in (
        "Báo Thanh Niên",
        "Báo Đồng Nai",
        "Đảng Cộng sản Trung Quốc",
        "Đảng bộ Quân khu 3",
        "Quân ủy Trung ương",
        "Ban Chấp hành Trung ương Đảng",
    ):
        assert name in orgs, name
    # negative: two newspapers joined by "và" are two bodies
    assert "Báo Thanh Niên và Báo Đồng Nai" not in orgs


def test_a_district_after_a_title_is_no_person() -> None:
    # VNTC XH_TT_T_ (10154) shape: the cue's acronym is matched in capitals only
    titles = _titles("Phó chủ tịch UBND huyện Gò Công Đông Huỳnh Thị Tỏ dự lễ.")
    assert titles == {"Huỳnh Thị Tỏ": ("Phó chủ tịch UBND huyện Gò Công Đông",)}
