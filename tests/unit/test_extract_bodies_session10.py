"""Issue 9, session ten: organization forms counted on the VNTC texts (rulesorg).

Made-up sentences in the shapes the press uses (2006-style VNTC text and modern provincial news), one
table per form: each sentence with the body it must give, or with a name it must not give. The tables
are run by `test_extract_bodies_session9.py`, together with its own.
"""

from __future__ import annotations

from tests.support.org_forms import FormTable, org_names

# form -> sentences and the body each one names
GIVES: FormTable = {
    "a province's delegation to the National Assembly": [
        ("Dự hội nghị có ông A Pớt, Trưởng Đoàn ĐBQH tỉnh; ông B.", "Đoàn ĐBQH tỉnh"),
        ("Đoàn đại biểu Quốc hội TP HCM cũng vào cuộc.", "Đoàn đại biểu Quốc hội TP HCM"),
        ("Bà Thảo, Trưởng đoàn Đại biểu Quốc hội tỉnh, phát biểu.", "đoàn Đại biểu Quốc hội tỉnh"),
        ("Cử tri kiến nghị với Đoàn Đại biểu Quốc hội Quảng Ngãi.", "Đoàn Đại biểu Quốc hội Quảng Ngãi"),
    ],
    "a field in two parts joined by 'và'": [
        (
            "Ông Tâm, Cục trưởng Cục Địa chất và Khoáng sản Việt Nam, cho biết.",
            "Cục Địa chất và Khoáng sản Việt Nam",
        ),
        (
            "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Nghệ An đã khoan giếng.",
            "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Nghệ An",
        ),
        (
            "Theo Cục Khảo thí và Kiểm định chất lượng giáo dục, kỳ thi an toàn.",
            "Cục Khảo thí và Kiểm định chất lượng giáo dục",
        ),
    ],
    "a place ends the name before the predicate": [
        ("Bản ghi nhớ do UBND tỉnh Quảng Nam ký với nhà đầu tư.", "UBND tỉnh Quảng Nam"),
        ("Sở GTCC Hà Nội thông báo cấm đường.", "Sở GTCC Hà Nội"),
        ("Năm nay ĐH Luật Hà Nội tuyển 1.200 sinh viên.", "ĐH Luật Hà Nội"),
    ],
    "an association of Vietnamese abroad": [
        ("Ông Dũng, Phó Chủ tịch Hội người Việt Nam tại Đức, phát biểu.", "Hội người Việt Nam tại Đức"),
        ("Hội Sinh viên VN tại Nhật Bản (VYSA) tổ chức Tết.", "Hội Sinh viên VN tại Nhật Bản"),
        ("Lãnh đạo Hội người Việt ở LB Nga cho biết.", "Hội người Việt ở LB Nga"),
    ],
    "a national body's local branch": [
        (
            "Sáng nay, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Ninh tổ chức đại hội.",
            "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Ninh",
        ),
        (
            "Tiếp đoàn có lãnh đạo Liên hiệp các tổ chức hữu nghị tỉnh và các sở.",
            "Liên hiệp các tổ chức hữu nghị tỉnh",
        ),
        (
            "Theo thông báo từ Bộ đội Biên phòng thành phố, có 807 tàu xuất bến.",
            "Bộ đội Biên phòng thành phố",
        ),
    ],
    "a province's merged outlet": [
        (
            "Phóng viên Báo và Phát thanh, Truyền hình Nghệ An đã phỏng vấn lãnh đạo.",
            "Báo và Phát thanh, Truyền hình Nghệ An",
        ),
    ],
}

# form -> sentences and a part that no name given may hold
NEVER: FormTable = {
    "no delegation without its province": [
        ("Dự thảo đã được gửi đến các đoàn đại biểu Quốc hội để cho ý kiến.", "đoàn đại biểu"),
        ("Đoàn đại biểu Quốc hội Mông Cổ do Chủ tịch Quốc hội dẫn đầu đã tới Hà Nội.", "Đoàn đại biểu"),
        ("Trưởng Đoàn ĐBQH tỉnh A Pớt phát biểu.", "A Pớt"),
    ],
    "no 'và' between two bodies or before a clause": [
        ("Bộ Y tế và Nông nghiệp sẽ cử đoàn kiểm tra.", " và "),
        ("Tòa án thành phố và Thư viện quốc gia đóng cửa.", "phố và"),
        ("Sinh viên ĐH Khoa học xã hội và Nhân văn mở các lớp học.", "mở"),
    ],
}


def test_a_branch_is_not_cut_before_its_unlisted_place() -> None:
    orgs = org_names(
        "Ông Dũng, hội viên Hội Cựu chiến binh quận 4, phát biểu. Cảnh sát biển thành phố Pohang cho biết."
    )
    assert "Hội Cựu chiến binh quận" not in orgs
    assert "Cảnh sát biển thành phố" not in orgs
