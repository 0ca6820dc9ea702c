"""Issue 9, session nine: bodies under their term, numbered units, acronyms with their scope, and the
committee named inside a title.

Made-up sentences in the shapes the press uses (2006-style VNTC text and modern provincial news).
"""

from __future__ import annotations

import pytest

from transforms.extract.organizations import extract_organizations


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_organizations(text)]


@pytest.mark.parametrize(
    ("text", "bare", "termed"),
    [
        (
            "Kỳ họp thứ 4 HĐND tỉnh Hà Giang khóa XVI bế mạc chiều qua.",
            "HĐND tỉnh Hà Giang",
            "HĐND tỉnh Hà Giang khóa XVI",
        ),
        (
            "Hội nghị lần thứ 3 Ban Chấp hành Đảng bộ tỉnh khóa XVII đã họp.",
            "Ban Chấp hành Đảng bộ tỉnh",
            "Ban Chấp hành Đảng bộ tỉnh khóa XVII",
        ),
        ("Các đại biểu Quốc hội khoá XII tiếp xúc cử tri.", "Quốc hội", "Quốc hội khoá XII"),
        (
            "Thường trực HĐND huyện khóa 5 làm việc với xã.",
            "Thường trực HĐND huyện",
            "Thường trực HĐND huyện khóa 5",
        ),
    ],
)
def test_a_body_before_its_term_is_given_bare_and_termed(text: str, bare: str, termed: str) -> None:
    orgs = _orgs(text)
    assert bare in orgs
    assert termed in orgs


def test_the_termed_name_is_no_longer_form_of_the_bare_one() -> None:
    orgs = extract_organizations("Sáng nay, HĐND tỉnh Bến Tre khóa VII họp phiên cuối.")
    bare = next(o for o in orgs if o.name == "HĐND tỉnh Bến Tre")
    assert bare.short_forms == ()
    assert "HĐND tỉnh Bến Tre khóa VII" in [o.name for o in orgs]


@pytest.mark.parametrize(
    "text",
    [
        "Ông An học khóa 3 lớp bồi dưỡng.",  # a course, no body before it
        "Sở Y tế mở khóa đào tạo cho 40 y sĩ.",  # "khóa" + no term number
    ],
)
def test_no_termed_name_without_a_body_and_a_term(text: str) -> None:
    assert not any(" khóa" in name for name in _orgs(text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Sư đoàn 316 tổ chức lễ kỷ niệm ngày thành lập.", "Sư đoàn 316"),
        ("Cán bộ, chiến sĩ Lữ đoàn 7 đã hoàn thành nhiệm vụ.", "Lữ đoàn 7"),
        ("Hải đoàn 12 phối hợp tuần tra trên biển.", "Hải đoàn 12"),
        ("Tiểu đoàn 207 được tặng Huân chương.", "Tiểu đoàn 207"),
        ("Trung đoàn 66, Sư đoàn 10 tham gia diễn tập.", "Trung đoàn 66"),
    ],
)
def test_a_numbered_unit_is_a_body(text: str, unit: str) -> None:
    assert unit in _orgs(text)


@pytest.mark.parametrize(
    ("text", "not_body"),
    [
        ("Giá đất tại quận 3 và phường 12 tăng mạnh.", "quận 3"),
        ("Mưa lớn ở khu vực 1 kéo dài.", "khu vực 1"),
        ("Ngày Vùng 5/2 đã được ghi nhận.", "Vùng 5"),  # a date, not a unit number
    ],
)
def test_a_place_or_a_date_is_no_numbered_unit(text: str, not_body: str) -> None:
    assert not_body not in _orgs(text)


def test_a_numbered_unit_is_counted_once() -> None:
    orgs = extract_organizations("Quân khu 7 tổ chức hội nghị. Sau đó, Quân khu 7 tổng kết.")
    assert [(o.name, o.mentions) for o in orgs if o.name == "Quân khu 7"] == [("Quân khu 7", 2)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Đại diện VKSND tối cao dự phiên tòa.", "VKSND tối cao"),
        ("Theo TAND tối cao, vụ án sẽ được xét xử lại.", "TAND tối cao"),
        ("Ông Hùng là Phó Chủ tịch UBMTTQVN tỉnh Lâm Đồng.", "UBMTTQVN tỉnh Lâm Đồng"),
        ("Bà Lan, Phó Chủ nhiệm UBKT Huyện ủy, cho biết.", "UBKT Huyện ủy"),
        ("Chủ tịch UBND đặc khu phát biểu tại buổi lễ.", "UBND đặc khu"),
    ],
)
def test_an_acronym_body_keeps_its_scope(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_a_level_before_a_person_is_no_scope() -> None:
    orgs = _orgs("Phó Chủ tịch UBMTTQVN tỉnh Lê Văn Hưng nói.")
    assert not any(o.startswith("UBMTTQVN tỉnh") for o in orgs)


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lê Văn An, Bí thư Tỉnh ủy, phát biểu.",
        "Bà Hoa, Phó Bí thư Thường trực Tỉnh ủy, nói.",
    ],
)
def test_the_committee_inside_a_title_is_a_body(text: str) -> None:
    assert "Tỉnh ủy" in _orgs(text)


def test_a_school_intake_is_no_term() -> None:
    orgs = _orgs("Sinh viên ĐH Sư Phạm khóa 6 về thăm trường.")
    assert not any(" khóa" in name for name in orgs)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Bệnh nhân được chuyển tới Bệnh viện quân y 175, nơi có đủ thiết bị.", "Bệnh viện quân y 175"),
        ("Ông Tâm, Giám đốc Xí nghiệp cấp nước số 3, cho biết.", "Xí nghiệp cấp nước số 3"),
        ("Công ty Xây dựng công trình thủy 6 đã bàn giao cầu.", "Công ty Xây dựng công trình thủy 6"),
        ("Cán bộ TTYT quận 8 có mặt từ sớm.", "TTYT quận 8"),
    ],
)
def test_a_unit_numbered_after_its_lowercase_field_is_a_body(text: str, unit: str) -> None:
    assert unit in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trường có khoảng 600 học sinh.",  # a count
        "Công ty đã tuyển 30 lao động.",  # a clause word and a count
        "Bệnh viện cấp 2 tuyến huyện được nâng cấp.",  # a grade, not closed like a unit number
    ],
)
def test_a_count_after_a_head_is_no_numbered_unit(text: str) -> None:
    assert not any(ch.isdigit() for name in _orgs(text) for ch in name)


def test_a_numbered_hall_is_no_body() -> None:
    assert not any(
        name.startswith("Hội trường") for name in _orgs("Hội nghị diễn ra tại Hội trường 2, nhà khách tỉnh.")
    )
