"""Issue 9, session twelve: organization forms counted on the VNTC texts (bodies).

Made-up sentences in the shapes the press uses, one table per form: each sentence with the body it
must give (GIVES), or with a name it must not give (NEVER).
"""

from __future__ import annotations

import pytest

from tests.support.org_forms import FormTable, case_id, org_names, table_cases
from tests.unit.test_extract_bodies_s12b import GIVES as GIVES_S12B
from tests.unit.test_extract_bodies_s12b import NEVER as NEVER_S12B

# form -> sentences and the body each one names
GIVES: FormTable = {
    "a three-syllable place after a level word is no person": [
        ("Ông Bé, Phó Chủ tịch UBND xã Đức Lập Thượng, cho biết.", "UBND xã Đức Lập Thượng"),
        ("Ông Ngọc, bí thư Đảng ủy xã Long Thành Nam, cho biết.", "Đảng ủy xã Long Thành Nam"),
        ("Ông Vân, Chủ tịch UBND huyện Bắc Trà My, cho biết.", "UBND huyện Bắc Trà My"),
        ("Ban CHQS quận Nam Từ Liêm tổ chức hội nghị.", "Ban CHQS quận Nam Từ Liêm"),
    ],
    "a battalion is a body of its own": [
        ("Đoàn kiểm tra Ban CHQS huyện Quế Sơn và Tiểu đoàn 18 đã xong.", "Ban CHQS huyện Quế Sơn"),
        ("Đoàn kiểm tra Ban CHQS huyện Quế Sơn và Tiểu đoàn 18 đã xong.", "Tiểu đoàn 18"),
    ],
    "heads written short or mined from the corpus": [
        ("Bé được chuyển đến BV Nhi Đồng 2 để cấp cứu.", "BV Nhi Đồng 2"),
        ("Cty TNHH Cargill Việt Nam đã ngưng ấp trứng.", "Cty TNHH Cargill Việt Nam"),
        ("Bài của anh Dũng, nhân viên Bưu điện Trung tâm Sài Gòn.", "Bưu điện Trung tâm Sài Gòn"),
        ("CLB Cầu lông Phú Thọ phải tháo dỡ.", "CLB Cầu lông Phú Thọ"),
        ("Câu lạc bộ Phụ nữ Quốc tế Hà Nội tổ chức hội chợ.", "Câu lạc bộ Phụ nữ Quốc tế Hà Nội"),
    ],
    "a field's second part in lowercase after 'và'": [
        (
            "Ông An, Công ty Vận tải và dịch vụ công cộng Hà Nội, cho hay.",
            "Công ty Vận tải và dịch vụ công cộng Hà Nội",
        ),
        (
            "Ông Minh, Phó Giám đốc Sở Lao động Thương binh và xã hội TP HCM, nói.",
            "Sở Lao động Thương binh và xã hội TP HCM",
        ),
        ("Ông Kiên, Chủ nhiệm Ủy ban Kinh tế và ngân sách, thẳng thắn.", "Ủy ban Kinh tế và ngân sách"),
        (
            "Theo Cục Khảo thí và kiểm định chất lượng, thí sinh làm bài.",
            "Cục Khảo thí và kiểm định chất lượng",
        ),
        (
            "Theo Viện phó Viện Cơ điện nông nghiệp và chế biến sau thu hoạch Nguyễn Kim Vũ, cần làm ngay.",
            "Viện Cơ điện nông nghiệp và chế biến sau thu hoạch",
        ),
    ],
    "'dự phòng' is a noun inside a name": [
        (
            "Ông Thọ, Phó Giám đốc Trung tâm Y tế dự phòng TP.HCM cũng cho biết.",
            "Trung tâm Y tế dự phòng TP.HCM",
        ),
        ("Theo Trung tâm Y tế dự phòng Hà Nội, bia cỏ rẻ hơn.", "Trung tâm Y tế dự phòng Hà Nội"),
    ],
    "a school's or a hospital's kind before its name": [
        ("Ông A, Hiệu trưởng ĐH dân lập Hồng Bàng, cho biết.", "ĐH dân lập Hồng Bàng"),
        ("Theo ĐH bán công Tôn Đức Thắng Huỳnh Kim Anh, năm nay khó.", "ĐH bán công Tôn Đức Thắng"),
        ("Trường THPT dân lập Nguyễn Khuyến tuyển 500 học sinh.", "Trường THPT dân lập Nguyễn Khuyến"),
        ("Ông A, Hiệu trưởng ĐH dân lập Kỹ thuật Công nghệ, trả lời.", "ĐH dân lập Kỹ thuật Công nghệ"),
        ("Sáng nay, ĐH dân lập Thăng Long công bố điểm.", "ĐH dân lập Thăng Long"),
        ("Bác sĩ Bệnh viện cấp cứu Trưng Vương cho biết.", "Bệnh viện cấp cứu Trưng Vương"),
        ("Năm 2006, ĐH Bán công Tôn Đức Thắng dự kiến tuyển 6.500 sinh viên.", "ĐH Bán công Tôn Đức Thắng"),
    ],
    "the supreme court or procuracy, capitalized": [
        ("Ngày 30/8/2004, VKSND Tối cao có Quyết định phân bổ biên chế.", "VKSND Tối cao"),
        ("Ông Ơi còn được TAND Tối cao tuyên không phạm tội.", "TAND Tối cao"),
    ],
    "an association's stem alone is its local chapter": [
        ("Xuất trình thẻ hội viên Hội cựu chiến binh, giấy giới thiệu.", "Hội cựu chiến binh"),
        ("Bộ Chính trị yêu cầu Mặt trận Tổ quốc và các đoàn thể vào cuộc.", "Mặt trận Tổ quốc"),
    ],
}

# form -> sentences and a name each one must not give
NEVER: FormTable = {
    "a three-syllable place after a level word is no person": [
        ("Ông Bé, Phó Chủ tịch UBND xã Đức Lập Thượng, cho biết.", "UBND xã Đức"),
        # a city of one syllable, then a person: the body ends at the city
        ("Giám đốc Công an TP Huế Lê Hùng cho biết.", "Công an TP Huế Lê Hùng"),
    ],
    "a battalion is a body of its own": [
        (
            "Đoàn kiểm tra Ban CHQS huyện Quế Sơn và Tiểu đoàn 18 đã xong.",
            "Ban CHQS huyện Quế Sơn và Tiểu đoàn 18",
        ),
    ],
    "a field's second part in lowercase after 'và'": [
        ("Ông Kiên, Chủ nhiệm Ủy ban Kinh tế và ngân sách, thẳng thắn.", "Ủy ban Kinh tế"),
        ("Đảng Cộng sản và nhân dân Việt Nam đã thắng.", "Đảng Cộng sản và nhân dân Việt Nam"),
        ("Chính phủ và ngân sách nhà nước chi 5 tỉ đồng.", "Chính phủ và ngân sách nhà nước"),
    ],
    "an association's stem alone is its local chapter": [
        ("Bảo hiểm xã hội là chế độ rất ưu việt.", "Bảo hiểm xã hội"),
    ],
    "a school's or a hospital's kind before its name": [
        ("Số hồ sơ tại hầu hết ĐH dân lập TP HCM còn thua chỉ tiêu.", "ĐH dân lập TP HCM"),
        ("Học ĐH dân lập Kinh doanh ở đâu?", "ĐH dân lập Kinh"),
    ],
}


@pytest.mark.parametrize(("text", "body"), table_cases(GIVES) + table_cases(GIVES_S12B), ids=case_id)
def test_the_form_gives_its_body(text: str, body: str) -> None:
    assert body in org_names(text)


@pytest.mark.parametrize(("text", "part"), table_cases(NEVER) + table_cases(NEVER_S12B), ids=case_id)
def test_the_form_gives_no_such_name(text: str, part: str) -> None:
    assert part not in org_names(text)


def test_a_procuracy_of_the_level_is_named_as_written() -> None:
    text = "VKSND tỉnh Quảng Trị tổ chức hội nghị. Hội nghị kết nối từ trụ sở VKSND tỉnh đến 9 điểm cầu."
    assert {"VKSND tỉnh Quảng Trị", "VKSND tỉnh"} <= set(org_names(text))
