"""Issue 9, session nine: bodies under their term, numbered units, acronyms with their scope, and the
committee named inside a title.

Made-up sentences in the shapes the press uses (2006-style VNTC text and modern provincial news), one
table per form: each sentence with the body it must give, or with a name it must not give.
"""

from __future__ import annotations

import pytest

from tests.support.org_forms import FormTable, case_id, org_names, table_cases
from tests.unit.test_extract_bodies_session10 import GIVES as GIVES_10
from tests.unit.test_extract_bodies_session10 import NEVER as NEVER_10
from transforms.extract.organizations import extract_organizations

# form -> sentences and the body each one names
GIVES: FormTable = {
    "a body before its term, termed": [
        ("Kỳ họp thứ 4 HĐND tỉnh Hà Giang khóa XVI bế mạc chiều qua.", "HĐND tỉnh Hà Giang khóa XVI"),
        (
            "Hội nghị lần thứ 3 Ban Chấp hành Đảng bộ tỉnh khóa XVII đã họp.",
            "Ban Chấp hành Đảng bộ tỉnh khóa XVII",
        ),
        ("Các đại biểu Quốc hội khoá XII tiếp xúc cử tri.", "Quốc hội khoá XII"),
        ("Thường trực HĐND huyện khóa 5 làm việc với xã.", "Thường trực HĐND huyện khóa 5"),
    ],
    "a body before its term, bare": [
        ("Kỳ họp thứ 4 HĐND tỉnh Hà Giang khóa XVI bế mạc chiều qua.", "HĐND tỉnh Hà Giang"),
        ("Hội nghị lần thứ 3 Ban Chấp hành Đảng bộ tỉnh khóa XVII đã họp.", "Ban Chấp hành Đảng bộ tỉnh"),
        ("Các đại biểu Quốc hội khoá XII tiếp xúc cử tri.", "Quốc hội"),
    ],
    "a numbered unit": [
        ("Sư đoàn 316 tổ chức lễ kỷ niệm ngày thành lập.", "Sư đoàn 316"),
        ("Cán bộ, chiến sĩ Lữ đoàn 7 đã hoàn thành nhiệm vụ.", "Lữ đoàn 7"),
        ("Hải đoàn 12 phối hợp tuần tra trên biển.", "Hải đoàn 12"),
        ("Tiểu đoàn 207 được tặng Huân chương.", "Tiểu đoàn 207"),
        ("Trung đoàn 66, Sư đoàn 10 tham gia diễn tập.", "Trung đoàn 66"),
    ],
    "a unit numbered after its lowercase field": [
        ("Bệnh nhân được chuyển tới Bệnh viện quân y 175, nơi có đủ thiết bị.", "Bệnh viện quân y 175"),
        ("Ông Tâm, Giám đốc Xí nghiệp cấp nước số 3, cho biết.", "Xí nghiệp cấp nước số 3"),
        ("Công ty Xây dựng công trình thủy 6 đã bàn giao cầu.", "Công ty Xây dựng công trình thủy 6"),
    ],
    "an acronym with its scope": [
        ("Đại diện VKSND tối cao dự phiên tòa.", "VKSND tối cao"),
        ("Theo TAND tối cao, vụ án sẽ được xét xử lại.", "TAND tối cao"),
        ("Ông Hùng là Phó Chủ tịch UBMTTQVN tỉnh Lâm Đồng.", "UBMTTQVN tỉnh Lâm Đồng"),
        ("Bà Lan, Phó Chủ nhiệm UBKT Huyện ủy, cho biết.", "UBKT Huyện ủy"),
        ("Chủ tịch UBND đặc khu phát biểu tại buổi lễ.", "UBND đặc khu"),
        ("Cán bộ TTYT quận 8 có mặt từ sớm.", "TTYT quận 8"),
    ],
    "the committee inside a title": [
        ("Ông Lê Văn An, Bí thư Tỉnh ủy, phát biểu.", "Tỉnh ủy"),
        ("Bà Hoa, Phó Bí thư Thường trực Tỉnh ủy, nói.", "Tỉnh ủy"),
    ],
    "a name not cut before a clause word": [
        ("Đại hội Đảng bộ Phường Bến Thành lần thứ I thành công.", "Đảng bộ Phường Bến Thành"),
    ],
}

# form -> sentences and a part that no name given may hold
NEVER: FormTable = {
    "no term without a body and its number": [
        ("Ông An học khóa 3 lớp bồi dưỡng.", " khóa"),
        ("Sở Y tế mở khóa đào tạo cho 40 y sĩ.", " khóa"),
    ],
    "a school's intake is no term": [("Sinh viên ĐH Sư Phạm khóa 6 về thăm trường.", "ĐH Sư Phạm khóa")],
    "a place or a date is no numbered unit": [
        ("Giá đất tại quận 3 và phường 12 tăng mạnh.", "quận 3"),
        ("Mưa lớn ở khu vực 1 kéo dài.", "khu vực 1"),
        ("Ngày Vùng 5/2 đã được ghi nhận.", "Vùng 5"),
    ],
    "a count or a grade after a head is no unit": [
        ("Trường có khoảng 600 học sinh.", "Trường"),
        ("Công ty đã tuyển 30 lao động.", "Công ty"),
        ("Bệnh viện cấp 2 tuyến huyện được nâng cấp.", "Bệnh viện cấp"),
        ("Hội nghị diễn ra tại Hội trường 2, nhà khách tỉnh.", "Hội trường"),
    ],
    "a level before a person is no scope": [("Phó Chủ tịch UBMTTQVN tỉnh Lê Văn Hưng nói.", "UBMTTQVN tỉnh")],
}


@pytest.mark.parametrize(("text", "body"), table_cases(GIVES) + table_cases(GIVES_10), ids=case_id)
def test_the_form_gives_its_body(text: str, body: str) -> None:
    assert body in org_names(text)


@pytest.mark.parametrize(("text", "part"), table_cases(NEVER) + table_cases(NEVER_10), ids=case_id)
def test_the_form_gives_no_such_name(text: str, part: str) -> None:
    assert not [name for name in org_names(text) if part in name]


def test_the_termed_name_is_no_longer_form_of_the_bare_one() -> None:
    orgs = extract_organizations("Sáng nay, HĐND tỉnh Bến Tre khóa VII họp phiên cuối.")
    bare = next(o for o in orgs if o.name == "HĐND tỉnh Bến Tre")
    assert bare.short_forms == ()
    assert "HĐND tỉnh Bến Tre khóa VII" in [o.name for o in orgs]


def test_a_numbered_unit_is_counted_once() -> None:
    orgs = extract_organizations("Quân khu 7 tổ chức hội nghị. Sau đó, Quân khu 7 tổng kết.")
    assert [(o.name, o.mentions) for o in orgs if o.name == "Quân khu 7"] == [("Quân khu 7", 2)]
