"""Organizations, on real sentences (seed file or VNTC id cited on each case)."""

from __future__ import annotations

from transforms.extract.organizations import extract_organizations


def _names(body: str, captions: tuple[str, ...] = ()) -> list[str]:
    return [o.name for o in extract_organizations(body, captions)]


def test_full_names_and_short_forms() -> None:
    # seed 000
    body = (
        "Ngày 9/1, tại Hà Nội, Đảng ủy Khối các cơ quan Trung ương tổ chức Hội nghị. "
        "Đảng ủy Khối đã chỉ đạo tổ chức tập huấn."
    )
    (org,) = [o for o in extract_organizations(body) if o.name.startswith("Đảng ủy")]
    assert org.name == "Đảng ủy Khối các cơ quan Trung ương"
    assert org.short_forms == ("Đảng ủy Khối",)
    assert org.mentions == 2
    assert body[org.start : org.end] == org.name


def test_compound_bodies_yield_the_inner_body() -> None:
    # seed 002
    names = _names("tập thể Ban Thường vụ Đảng ủy Khối các cơ quan Thành phố đã bám sát chỉ đạo của Thành ủy")
    assert "Ban Thường vụ Đảng ủy Khối các cơ quan Thành phố" in names
    assert "Đảng ủy Khối các cơ quan Thành phố" in names


def test_gazetteer_bodies() -> None:
    # seed 004
    names = _names(
        "Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương; Phó Chánh án Tòa án nhân dân tối cao; Tổng Giám đốc "
        "Thông tấn xã Việt Nam; của Ban Chấp hành Trung ương, Quốc hội, Chính phủ"
    )
    for name in (
        "Ủy ban Kiểm tra Trung ương",
        "Tòa án nhân dân tối cao",
        "Thông tấn xã Việt Nam",
        "Ban Chấp hành Trung ương",
        "Quốc hội",
        "Chính phủ",
    ):
        assert name in names


def test_local_bodies_stop_before_names_and_verbs() -> None:
    # VNTC XH_VNE_T_ (4884), XH_NLD_T_ (9601); seed 003
    assert _names("Theo Phó chủ tịch UBND tỉnh Lâm Đồng Trương Văn Thu, Lễ hội") == ["UBND tỉnh Lâm Đồng"]
    assert _names("ông Văn Hữu Chiến, Phó Chủ tịch UBND TP Đà Nẵng, đã đón tiếp") == ["UBND TP Đà Nẵng"]
    assert "Đảng bộ Khối" in _names("trong Đảng bộ Khối 6 tháng đầu năm")


def test_places_and_bare_heads_are_no_bodies() -> None:
    # VNTC: "Hội An" and "Đài Loan" look like HEAD + name
    assert _names("du khách đến Hội An và Đài Loan; Trường Sơn cho biết") == []
    # "UBND tỉnh" is the province's committee, a body as written (the gold lists "HĐND tỉnh")
    assert _names("du khách đến Hội An; UBND tỉnh cho biết") == ["UBND tỉnh"]


def test_more_body_nouns_open_a_name() -> None:
    # made-up sentences in the shapes of VNTC and provincial news
    names = _names(
        "Đại sứ quán Lào tại Việt Nam, Quỹ Hỗ trợ Nông dân, Hiệp hội Doanh nghiệp Bình Dương, "
        "Vụ Pháp chế, Nhà máy Đạm Phú Mỹ và Tổ hợp Samsung cùng ký."
    )
    for name in (
        "Đại sứ quán Lào tại Việt Nam",
        "Quỹ Hỗ trợ Nông dân",
        "Hiệp hội Doanh nghiệp Bình Dương",
        "Vụ Pháp chế",
        "Nhà máy Đạm Phú Mỹ",
        "Tổ hợp Samsung",
    ):
        assert name in names, name


def test_state_office_with_a_one_syllable_name() -> None:
    assert "Cục Thuế" in _names("Cục Thuế (Bộ Tài chính) cho biết sẽ kiểm tra.")
    assert "Sở Nội vụ" in _names("Sở Nội vụ đề nghị.")
    # a one-syllable name after other heads, a family name or a place is no body
    assert _names("Trường Sơn và Hội An đẹp.") == []
    assert "Cục Nguyễn" not in _names("Cục Nguyễn đi đâu?")
    assert "Bộ Tổng" not in _names("Theo báo cáo của Bộ Tổng tham mưu, đến nay đã xong.")


def test_acronym_and_level_is_the_local_body() -> None:
    assert _names("Chủ tịch HĐND tỉnh phát biểu.") == ["HĐND tỉnh"]
    assert _names("UBND huyện chỉ đạo.") == ["UBND huyện"]
    assert _names("Ủy ban chỉ đạo.") == []


def test_descriptive_bodies_closed_by_their_place() -> None:
    names = _names(
        "Chi cục phòng chống lụt bão thành phố Hải Phòng báo cáo Trung tâm cứu hộ Đà Nẵng và "
        "Ban chỉ đạo phòng chống tham nhũng trung ương; Hội Doanh nghiệp trẻ tỉnh Bình Dương dự."
    )
    for name in (
        "Chi cục phòng chống lụt bão thành phố Hải Phòng",
        "Trung tâm cứu hộ Đà Nẵng",
        "Ban chỉ đạo phòng chống tham nhũng trung ương",
        "Hội Doanh nghiệp trẻ tỉnh Bình Dương",
    ):
        assert name in names, name


def test_descriptive_runs_that_are_clauses_are_no_bodies() -> None:
    names = _names("Sở đã làm việc với tỉnh Quảng Nam. Hội nghị tổng kết công tác tỉnh Quảng Nam.")
    assert not any(n.startswith(("Sở đã", "Hội nghị")) for n in names), names
    names = _names("Bệnh viện lớn nhất vùng Tây Bắc khánh thành; Tổng Công ty Hàng hải Việt Nam báo cáo.")
    assert not any(n.startswith(("Bệnh viện lớn", "Công ty")) for n in names), names
