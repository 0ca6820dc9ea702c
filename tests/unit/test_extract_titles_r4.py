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
