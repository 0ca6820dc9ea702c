"""Issue 9, round three: bodies and titles by grammar, on made-up sentences in the shapes of unseen news.

Every sentence here is invented (names, bodies and places combined freely); each rule has a
positive and a negative case, so a rule that fires everywhere or nowhere fails.
"""

from __future__ import annotations

from transforms.extract.extractor import extract_entities
from transforms.extract.organizations import extract_organizations
from transforms.extract.people import extract_people


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_organizations(text)]


def _titles(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_people(text)}


def test_a_name_goes_on_in_lowercase_to_a_hard_end() -> None:
    orgs = _orgs("Hồ sơ được gửi cho Cục Quản lý lao động ngoài nước để xem xét.")
    assert "Cục Quản lý lao động ngoài nước" in orgs
    orgs = _orgs("Xe bị Phòng Cảnh sát đường thủy nội địa (PCSĐT), Công an tỉnh Bến Tre tạm giữ.")
    assert "Phòng Cảnh sát đường thủy nội địa" in orgs
    assert "Công an tỉnh Bến Tre" in orgs
    # a capitalized tail after the lowercase words closes the name
    assert "Tổng Công ty Bưu chính viễn thông Việt Nam" in _orgs(
        "Tổng Công ty Bưu chính viễn thông Việt Nam vừa công bố kế hoạch."
    )
    # negative: a verb after a complete name is no part of it, nor a long clause
    assert _orgs("Sở Y tế kiểm tra các cơ sở.") == ["Sở Y tế"]
    assert "UBND huyện Tân Kỳ" in _orgs("Khu đất do UBND huyện Tân Kỳ quản lý, theo quy hoạch.")
    assert not any("quản lý" in o for o in _orgs("Khu đất do UBND huyện Tân Kỳ quản lý, theo quy hoạch."))
    assert not any("nối thêm" in o for o in _orgs("Tổng công ty Đường sắt nối thêm toa xe cho tàu Tết."))


def test_a_bare_head_named_in_lowercase() -> None:
    assert "Hội nhiếp ảnh gia Việt Nam" in _orgs(
        "Ông Lê Văn Tâm, Chủ tịch Hội nhiếp ảnh gia Việt Nam phát biểu."
    )
    assert "Trung tâm nghiên cứu biển của UNESCO" in _orgs(
        "Trung tâm nghiên cứu biển của UNESCO tổ chức hội thảo tại Nha Trang."
    )
    # negative: common nouns and clauses after a head are no bodies
    assert _orgs("Hội nghị tổng kết công tác năm 2024 diễn ra tại Hà Nội.") == []
    assert _orgs("Hội phát động phong trào.") == []
    assert _orgs("Trường hợp này được xem xét.") == []


def test_dashed_lowercase_names_and_their_negatives() -> None:
    assert "Sở Văn hóa - thông tin tỉnh Hà Tĩnh" in _orgs("Sở Văn hóa - thông tin tỉnh Hà Tĩnh cho biết.")
    assert "Bộ Kế hoạch - đầu tư" in _orgs("Theo Bộ Kế hoạch - đầu tư, vốn đã giải ngân.")
    # negative: after a level acronym, or before a title, a dash is a break
    orgs = _orgs("Ông Ngô Văn Hải, Chủ tịch Hội Nông dân TP - bức xúc nói.")
    assert "Hội Nông dân TP" in orgs and not any("bức" in o for o in orgs)
    orgs = _orgs("Ông Hà Văn Lộc, Giám đốc Sở Xây dựng - phó trưởng ban chỉ đạo cho biết.")
    assert "Sở Xây dựng" in orgs and not any("phó" in o for o in orgs)


def test_acronyms_used_as_bodies() -> None:
    orgs = _orgs("Dự án nhận vốn vay của JICA. Tổng thư ký APEC cho biết OPEC đã giảm sản lượng.")
    assert {"JICA", "APEC", "OPEC"} <= set(orgs)
    orgs = _orgs("Trước đó, Tổng công ty Lưu ký và Bù trừ Chứng khoán Việt Nam (VSDC) thông báo hủy đăng ký.")
    assert "VSDC" in orgs
    # negative: units, places, school levels, degrees, roman numerals, a headline in capitals
    orgs = _orgs(
        "Giá vàng tăng 20 USD; học sinh THPT ở TP HCM; TS Lê Văn Ba; khóa XIV. HÀ NỘI CHUẨN BỊ ĐÓN TẾT"
    )
    assert not {"USD", "THPT", "TP", "HCM", "TS", "XIV", "HÀ", "NỘI"} & set(orgs)
    # an acronym inside a body's name is not a body of its own
    assert "UBND" not in _orgs("UBND tỉnh Hà Nam đã họp.")


def test_local_bodies_and_listed_names_are_no_short_forms() -> None:
    orgs = _orgs(
        "UBND tỉnh Sơn La họp. Phó Chủ tịch UBND tỉnh phát biểu. Quốc hội Việt Nam và Quốc hội Lào ký kết."
    )
    assert {"UBND tỉnh Sơn La", "UBND tỉnh", "Quốc hội Việt Nam", "Quốc hội"} <= set(orgs)


def test_bodies_of_a_list_that_shares_its_head() -> None:
    orgs = _orgs("Đại diện các Sở Công Thương, Nội vụ và Giao thông vận tải dự họp.")
    assert {"Sở Công Thương", "Sở Nội vụ", "Sở Giao thông vận tải"} <= set(orgs)
    assert {"Bộ Công an", "Bộ Quốc phòng"} <= set(_orgs("Lãnh đạo các Bộ: Công an, Quốc phòng tham dự."))
    # negative: a list of places or people after a bare plural head
    assert _orgs("Các Sở ở Hà Nội, Huế đều tham gia.") == []


def test_a_lowercase_syllable_before_a_capitalized_word_continues_the_name() -> None:
    assert "Ban Thống nhất Trung ương" in _orgs("Ông công tác tại Ban Thống nhất Trung ương và Bộ Công an.")
    titles = _titles("Theo Bộ trưởng Nông nghiệp và Phát triển Nông thôn Cao Đức Phát, giá lúa ổn định.")
    assert titles["Cao Đức Phát"] == ("Bộ trưởng Nông nghiệp và Phát triển Nông thôn",)


def test_headline_bodies_count() -> None:
    found = extract_entities(
        "Chiều 3/4, đồng chí được bầu giữ chức Phó Chủ tịch UBND tỉnh.",
        title="Trưởng Ban Nội chính Tỉnh ủy Cao Bằng được bầu giữ chức Phó Chủ tịch UBND tỉnh",
    )
    assert "Ban Nội chính Tỉnh ủy Cao Bằng" in [o.name for o in found.organizations]


def test_titles_terms_offices_and_references() -> None:
    titles = _titles(
        "Kỷ luật ông Trần Văn Khải, nguyên chủ tịch UBND tỉnh Kon Tum các nhiệm kỳ 2011-2016, 2016-2021 (X)."
    )
    assert titles["Trần Văn Khải"] == ("nguyên chủ tịch UBND tỉnh Kon Tum các nhiệm kỳ 2011-2016, 2016-2021",)
    titles = _titles("Bà Lò Thị Hoa trúng cử chức danh Phó Chủ tịch HĐND tỉnh Lai Châu nhiệm kỳ 2021 - 2026.")
    assert titles["Lò Thị Hoa"] == ("Phó Chủ tịch HĐND tỉnh Lai Châu nhiệm kỳ 2021 - 2026",)
    titles = _titles("Giới thiệu ông Vàng Văn Sử, Giám đốc Sở Nội vụ bầu giữ chức vụ Phó Chủ tịch UBND tỉnh.")
    assert titles["Vàng Văn Sử"] == ("Giám đốc Sở Nội vụ", "Phó Chủ tịch UBND tỉnh")
    # negative: a bare title after "của" is another person's, not the start of this chain
    titles = _titles("Tiếp thu ý kiến của Thủ tướng, Phó Chủ tịch UBND TP Đỗ Văn Kiên đã chỉ đạo.")
    assert titles["Đỗ Văn Kiên"] == ("Phó Chủ tịch UBND TP",)
    # a crossroads named after two people holds no person
    assert _titles("Tại ngã ba Lê Văn Hưu - Trần Quang Khải, người dân tụ tập.") == {}


def test_a_diplomat_title_holds_where_it_serves() -> None:
    titles = _titles("Đại sứ Việt Nam tại Hàn Quốc Vũ Văn Tiến cho biết.")
    assert titles["Vũ Văn Tiến"] == ("Đại sứ Việt Nam tại Hàn Quốc",)
    # negative: "tại" before a venue is no part of a title
    titles = _titles("Ông Lý Văn Sáu, Chủ tịch UBND huyện tại hội trường phát biểu.")
    assert titles["Lý Văn Sáu"] == ("Chủ tịch UBND huyện",)


def test_deputy_heads_written_after_the_body_word() -> None:
    titles = _titles("Theo Cục phó Cục Hải quan Nguyễn Văn Tám, hàng hóa tăng.")
    assert titles["Nguyễn Văn Tám"] == ("Cục phó Cục Hải quan",)
    # negative: a bare deputy head is no title
    assert _titles("Ông Trần Văn Chín, Viện phó, cho biết.")["Trần Văn Chín"] == ()
