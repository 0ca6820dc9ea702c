"""Issue 9, session six: bodies of the National Assembly, Party organs of a body, listed national bodies.

Made-up sentences in the shapes the press uses; each rule has a positive case and a negative one.
"""

from __future__ import annotations

import pytest

from transforms.extract.organizations import extract_organizations


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_organizations(text)]


def test_an_assembly_committee_named_with_the_assembly_in_any_spelling() -> None:
    text = "Ông Lê An, Phó chủ nhiệm Ủy ban Văn hóa, giáo dục, thanh thiếu niên nhi đồng của Quốc hội nói."
    assert "Ủy ban Văn hóa, giáo dục, thanh thiếu niên nhi đồng của Quốc hội" in _orgs(text)
    assert "Ủy Ban đối ngoại Quốc hội" in _orgs("Theo Ủy Ban đối ngoại Quốc hội, báo cáo đã đầy đủ.")
    assert "Ban Dân nguyện Quốc hội" in _orgs("Sáng 3/4, Ban Dân nguyện Quốc hội làm việc với tỉnh.")
    assert "Ủy ban Kinh tế và Tài chính của Quốc hội" in _orgs(
        "Chiều 6-2, Ủy ban Kinh tế và Tài chính của Quốc hội họp phiên toàn thể."
    )


def test_a_clause_before_the_assembly_is_no_committee() -> None:
    orgs = _orgs("Ủy ban Kinh tế đã trình Quốc hội dự án luật.")
    assert not any(o.endswith("Quốc hội") and o != "Quốc hội" for o in orgs)
    orgs = _orgs("Ban Tổ chức Trung ương, Ban Dân vận Trung ương và Văn phòng Quốc hội phối hợp.")
    assert "Ban Dân vận Trung ương và Văn phòng Quốc hội" not in orgs
    assert not any("Ban hành" in o for o in _orgs("Ban hành theo Nghị quyết của Quốc hội."))
    assert "Hội đồng nhân dân tỉnh và Quốc hội" not in _orgs("Hội đồng nhân dân tỉnh và Quốc hội giám sát.")


def test_the_body_of_a_party_organ_is_a_body_too() -> None:
    orgs = _orgs("Sáng 5/8, Đảng bộ Văn phòng Chính phủ tổ chức Đại hội đại biểu lần thứ XXVII.")
    assert "Đảng bộ Văn phòng Chính phủ" in orgs
    assert "Văn phòng Chính phủ" in orgs
    orgs = _orgs("Tập thể lãnh đạo Bộ Tư pháp, Ban cán sự Đảng Bộ Tư pháp đoàn kết.")
    assert "Ban cán sự Đảng Bộ Tư pháp" in orgs
    orgs = _orgs("Đảng ủy Công an tỉnh Hà Nam tổ chức hội nghị.")
    assert "Công an tỉnh Hà Nam" in orgs
    # negative: a level after the organ is the organ's own name, no body inside it
    assert _orgs("Đảng bộ tỉnh Hà Tĩnh lần thứ XX thành công.") == ["Đảng bộ tỉnh Hà Tĩnh"]
    assert _orgs("Ban cán sự đảng và lãnh đạo Bộ làm việc.") == ["Ban cán sự đảng"]


def test_listed_national_bodies_and_central_written_t_u() -> None:
    assert "Cục Biến đổi khí hậu" in _orgs("Ông Lê Văn Minh, Cục trưởng Cục Biến đổi khí hậu, cho biết.")
    assert "Hội Nạn nhân chất độc da cam/dioxin Việt Nam" in _orgs(
        "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin Việt Nam cho biết sẽ hỗ trợ."
    )
    assert "Trung tâm Dự báo khí tượng thủy văn T.Ư" in _orgs(
        "Theo Trung tâm Dự báo khí tượng thủy văn T.Ư, mưa sẽ giảm."
    )
    assert "Ủy ban Pháp luật và Tư pháp" in _orgs("Ủy ban Pháp luật và Tư pháp thẩm tra dự án.")
    # negative: a listed name's words in lowercase inside a sentence are no body
    assert _orgs("công tác phát thanh, truyền hình và thông tin điện tử được đẩy mạnh.") == []


# (sentence, body it names after a head in lowercase)
_LOWER_HEADED = (
    ("Ông Lê Tuấn, Chủ tịch HĐQT công ty Hoa Mai, cho biết.", "công ty Hoa Mai"),
    ("Trả lời phỏng vấn báo Lao Động, ông cho biết.", "báo Lao Động"),
    ("Ông là giảng viên trường ĐH Kinh tế Huế, nói.", "trường ĐH Kinh tế Huế"),
    ("Các chiến sĩ thuộc sư đoàn 312 phát hiện hầm.", "sư đoàn 312"),
)
# negative: a place after the head, a compound word with "báo" or "trường", a bare school kind
_NO_LOWER_HEADED = (
    "Nhiều công ty Nhật Bản đã đầu tư.",
    "Văn phòng thông báo Kết luận của cuộc họp.",
    "Giá trên thị trường Mỹ giảm.",
    "Các trường ĐH sẽ tuyển sinh sớm.",
    "Anh làm cho một công ty Nhật, nói.",
)


@pytest.mark.parametrize(("text", "name"), _LOWER_HEADED)
def test_a_body_after_a_head_in_lowercase(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize("text", _NO_LOWER_HEADED)
def test_no_body_after_a_lowercase_word_that_is_no_head(text: str) -> None:
    assert _orgs(text) == []


def test_a_capitalized_head_keeps_its_own_name() -> None:
    assert "công ty Sông Hồng" not in _orgs("Tổng công ty Sông Hồng ký hợp đồng.")


def test_and_development_goes_on_a_body_name() -> None:
    assert "Cục Kinh tế hợp tác và phát triển nông thôn" in _orgs(
        "Ông A, Cục trưởng Cục Kinh tế hợp tác và phát triển nông thôn, cho biết."
    )
    assert "Công ty Đầu tư và phát triển hạ tầng Việt Nam" in _orgs(
        "Dự án do Công ty Đầu tư và phát triển hạ tầng Việt Nam thực hiện."
    )
    # negative: a level or a place before "và phát triển" ends the body (a clause follows)
    assert _orgs("UBND tỉnh và phát triển du lịch Bình Định là nhiệm vụ.") == ["UBND tỉnh"]


def test_a_subcommittee_serving_a_congress() -> None:
    text = "Ngày 3-1, Tiểu ban Văn kiện phục vụ Đại hội Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025 - 2030 họp."
    assert "Tiểu ban Văn kiện phục vụ Đại hội Đảng bộ tỉnh lần thứ XXI" in _orgs(text)
    assert "Tiểu ban Nhân sự phục vụ Đại hội" in _orgs(
        "Tiểu ban Nhân sự phục vụ Đại hội do ông A làm trưởng ban."
    )
    # negative: the subcommittee's work for a congress is no name
    assert not any("phục vụ" in o for o in _orgs("Tiểu ban làm việc phục vụ Đại hội."))


def test_a_town_committee_with_a_name_like_a_person() -> None:
    assert "Thị ủy Lê Hòa" in _orgs("Ông Trần Văn Bình, Bí thư Thị ủy Lê Hòa, phát biểu.")
    assert "Quận ủy Cao Sơn" in _orgs("Đồng chí A, Phó Bí thư Quận ủy Cao Sơn, dự họp.")
    # negative: a person after a lowercase head is no body
    assert _orgs("Giám đốc công ty Trần Văn Hùng cho biết.") == []


def test_army_written_qdnd_in_a_listed_name() -> None:
    assert "Tổng cục Chính trị QĐND Việt Nam" in _orgs("Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam dự lễ.")


def test_a_foreign_body_with_its_republic_kind() -> None:
    text = (
        "Ông Lý An, Ủy viên trưởng Ủy ban Thường vụ Đại hội đại biểu nhân dân toàn quốc"
        " nước Cộng hòa nhân dân Trung Hoa, dự lễ."
    )
    assert "Ủy ban Thường vụ Đại hội đại biểu nhân dân toàn quốc nước Cộng hòa nhân dân Trung Hoa" in _orgs(
        text
    )
    assert "Chính phủ nước Cộng hòa dân chủ nhân dân Lào" in _orgs(
        "Chính phủ nước Cộng hòa dân chủ nhân dân Lào và VN."
    )
    # negative: a kind with no country after it is no part of the name
    assert "Chính phủ nước Cộng hòa nhân dân" not in _orgs("Chính phủ nước Cộng hòa nhân dân tự do.")
