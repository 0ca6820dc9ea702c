"""Issue 9, session twelve (bodies2): bodies named by their head alone, and the inner body of a
leadership compound.

Made-up sentences in the shapes the press uses, one table per form: each sentence with the body it
must give (GIVES), or with a name it must not give (NEVER). The table tests of
`test_extract_bodies_s12.py` run these tables too.
"""

from __future__ import annotations

from tests.support.org_forms import FormTable

# form -> sentences and the body each one names
GIVES: FormTable = {
    "a Party committee or cell named by its head alone": [
        ("Dự có ông Long - Phó Bí thư Đảng ủy và toàn thể đảng viên trong Chi bộ.", "Đảng ủy"),
        ("Đảng ủy và ban giám đốc Công an TP tạm thời quy định.", "Đảng ủy"),
        ("Tại Đại hội, ông Được thay mặt Chi ủy trình bày báo cáo chính trị.", "Chi ủy"),
        ("Sáng 1/6, Chi bộ III đã long trọng tổ chức Đại hội Chi bộ.", "Chi bộ III"),
        ("Ông Được được bầu giữ chức vụ Bí thư Chi bộ 3 nhiệm kỳ 2025-2027.", "Chi bộ 3"),
    ],
    "a cell's unit is a body of its own": [
        ("Chi bộ Công ty JAPFACOMFEED có 6 đảng viên.", "Chi bộ Công ty JAPFACOMFEED"),
        ("Chi bộ Công ty JAPFACOMFEED có 6 đảng viên.", "Công ty JAPFACOMFEED"),
    ],
    "the Party's Central Committee named inside a title": [
        ("Ông Huấn, Ủy viên dự khuyết Trung ương Đảng, Tổng Biên tập, phát biểu.", "Trung ương Đảng"),
        ("Ông Hà, Ủy viên T.Ư Đảng, Chủ tịch UBND tỉnh Bình Định, cho biết.", "T.Ư Đảng"),
        ("Thực hiện chỉ thị của Trung ương Đảng về nhiệm vụ tiếp quản.", "Trung ương Đảng"),
    ],
    "a Party committee in lowercase after its officer's title": [
        ("Ông Tuấn, Bí thư tỉnh ủy Nam Định cho biết.", "tỉnh ủy Nam Định"),
        ("Ông Trọng, Bí thư thành uỷ Hà Nội, cho biết.", "thành uỷ Hà Nội"),
        ("Theo ông Đến, Bí thư đảng ủy xã Xuân Cẩm, việc bán cát là sai.", "đảng ủy xã Xuân Cẩm"),
        ("Ông Hoàn, phó bí thư huyện ủy, nói.", "huyện ủy"),
        ("Thông báo được gửi đến Thường trực tỉnh ủy; đồng chí Bí thư tỉnh ủy.", "Thường trực tỉnh ủy"),
        ("Nhưng Bí thư quận ủy quận 6 Lê Thị Út khẳng định.", "quận ủy quận 6"),
    ],
}

# form -> sentences and a name each one must not give
NEVER: FormTable = {
    "a Party committee or cell named by its head alone": [
        ("Ông Chung - Chi ủy viên, Phó phòng tổ chức - đã tự ý thu tiền.", "Chi ủy"),
        ("Ông Hùng - Thành ủy viên, Chủ tịch UBND thị xã - phát biểu.", "Thành ủy"),
        ("Trường đã ra quyết định thành lập một Chi bộ Đảng tại Vũ Hán.", "Chi bộ Đảng"),
    ],
    "the Party's Central Committee named inside a title": [
        ("Ông Hà, Ủy viên Trung ương Đảng Cộng sản Việt Nam, phát biểu.", "Trung ương Đảng"),
    ],
    "a Party committee in lowercase after its officer's title": [
        ("Ông Được, Phó Bí thư Thường trực tỉnh ủy Nam Định, nói.", "Thường trực tỉnh ủy Nam Định"),
        ("Bí thư tỉnh ủy Yên Bái Hà Quyết cho biết.", "tỉnh ủy Yên Bái Hà"),
    ],
}
