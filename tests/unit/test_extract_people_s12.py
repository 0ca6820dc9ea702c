"""Names without a listed family name, session 12 (people2): given names ending in "Anh"."""

from __future__ import annotations

from transforms.extract.people import extract_people


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


def test_given_name_ending_in_anh_after_an_honorific() -> None:
    assert _names("Theo ông Hồng Anh, giá vé sẽ tăng.") == ["Hồng Anh"]
    assert _names("Bà Lan Anh, Phó ban quản lý dự án, cho biết.") == ["Lan Anh"]


def test_anh_as_england_stays_a_country() -> None:
    assert _names("Thủ tướng Anh Tony Blair đến Hà Nội.") == ["Tony Blair"]


def test_given_name_that_is_a_body_word_after_an_honorific() -> None:
    assert _names("Ông Huỳnh Ban, ở Năm Căn, cho biết thêm.") == ["Huỳnh Ban"]
    assert _names("Theo ông Đinh Quang Báo - Hiệu trưởng ĐH Sư phạm, việc này sai.") == ["Đinh Quang Báo"]


def test_body_word_after_a_name_is_not_a_given_name() -> None:
    assert _names("ông Nguyễn Văn Minh Ban Tuyên giáo nói") == []


def test_mined_family_names_start_the_name() -> None:
    assert _names("Đồng tình với ý kiến trên, chị Lư Kim Phượng, Bưu điện TPHCM, nói: “Đúng.") == [
        "Lư Kim Phượng"
    ]
    assert _names("Anh Uông Văn Phúc, chủ một cửa hàng, cho biết.") == ["Uông Văn Phúc"]


def test_first_family_name_after_a_cue_starts_the_name() -> None:
    assert _names("Tổng thanh tra Quách Lê Thanh cho biết, Thủ tướng đã chỉ đạo.") == ["Quách Lê Thanh"]
    assert _names("bài thi của anh Hà Lê Hữu Thành, nhân viên Bưu điện TPHCM, dài.") == ["Hà Lê Hữu Thành"]


def test_lowercase_hyphenated_part_of_a_korean_name() -> None:
    assert _names("ông Park Noh-wan cho biết.") == ["Park Noh-wan"]
    assert _names("do ông Ock Yee-ho, Trưởng đại diện Văn phòng KOICA, dẫn đầu.")[:1] == ["Ock Yee-ho"]


def test_vietnamese_name_before_a_hyphen_stays_whole() -> None:
    assert _names("ông Nguyễn Văn Nam-phó giám đốc Sở Y tế, cho biết.")[:1] == ["Nguyễn Văn Nam"]


def test_name_then_title_head_in_one_run() -> None:
    assert _names("Theo ông Nguyễn Văn Giàu Giám đốc Sở NNPTNT Đồng Nai thì giá giảm.")[:1] == [
        "Nguyễn Văn Giàu"
    ]
    assert "Từ Huê Long" in _names("Chủ trì có Ông Từ Huê Long Chủ tịch Ủy ban Mặt trận Tổ quốc phường.")
