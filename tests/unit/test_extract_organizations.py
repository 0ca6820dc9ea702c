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
    assert _names("du khách đến Hội An và Đài Loan; UBND tỉnh cho biết") == []
