"""Issue 9, session four: bodies by grammar (head words + modifiers + place/level), made-up sentences.

Every sentence is invented in the shapes the press uses (names, bodies and places combined freely);
each rule has a positive case and a negative one, so a rule that fires everywhere or nowhere fails.
"""

from __future__ import annotations

from transforms.extract.gazetteer import ACRONYM, alternation_any_case
from transforms.extract.organizations import extract_organizations


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_organizations(text)]


def test_listed_names_and_heads_in_any_case_after_the_first_letter() -> None:
    assert "Mặt trận tổ quốc Việt Nam" in _orgs("Ông A nói Mặt trận tổ quốc Việt Nam đã vận động.")
    assert "Bộ Nông nghiệp và phát triển nông thôn" in _orgs(
        "Theo Bộ Nông nghiệp và phát triển nông thôn, diện tích lúa giảm."
    )
    text = "Ban chấp hành Hội Luật gia Việt Nam họp phiên thứ ba."
    assert "Ban chấp hành Hội Luật gia Việt Nam" in _orgs(text)
    # negative: the first letter stays as listed, and a line in capitals is a headline, not a body
    assert _orgs("người dân bộ đội biên phòng đều có mặt.") == []
    assert _orgs("BÁO CÁO KẾT QUẢ KỲ HỌP THỨ HAI") == []


def test_a_level_committee_named_alone() -> None:
    assert "Thành ủy" in _orgs("Sáng 5/3, Thành ủy tổ chức họp báo về công tác cán bộ.")
    assert "Tỉnh đoàn" in _orgs("Các đơn vị gồm Hội Nông dân tỉnh, Tỉnh đoàn, Sở Tư pháp.")
    # inside a title it is the body too (gold README: "a body named inside a person's title counts")
    assert "Tỉnh ủy" in _orgs("ông Lê Văn Bình, Bí thư Tỉnh ủy, phát biểu.")
    assert "Huyện ủy" in _orgs("đồng chí Phó Bí thư Huyện ủy phát biểu.")


def test_a_full_local_body_at_its_level() -> None:
    assert "Hội đồng nhân dân tỉnh" in _orgs("Phó Chủ tịch Hội đồng nhân dân tỉnh nhấn mạnh yêu cầu.")
    assert "Ủy ban nhân dân huyện" in _orgs("Đề nghị Ủy ban nhân dân huyện rà soát lại.")
    assert "UBND quận 3" in _orgs("Ông yêu cầu UBND quận 3 thống kê thiệt hại.")
    # the name ends at its level: "và" + a title is no part of it
    text = "Thay mặt Hội đồng nhân dân tỉnh và Chủ tọa Kỳ họp, tôi xin cảm ơn."
    assert "Hội đồng nhân dân tỉnh" in _orgs(text)
    text = "Thay mặt Hội đồng nhân dân tỉnh và Chủ tọa Kỳ họp, tôi cảm ơn."
    assert not any("Chủ tọa" in o for o in _orgs(text))
    # negative: a bare head and a level is no body ("Hội tỉnh")
    assert _orgs("Hội tỉnh nay đã khác.") == []


def test_standing_offices_and_presidiums() -> None:
    text = "Thường trực HĐND tỉnh Long An quyết định triệu tập kỳ họp."
    assert "Thường trực HĐND tỉnh Long An" in _orgs(text)
    assert "Thường trực Huyện ủy" in _orgs("Các cơ quan gồm: Thường trực Huyện ủy, Văn phòng Huyện ủy.")
    assert "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in _orgs(
        "Chiều 2/10, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam họp phiên thường kỳ."
    )
    # negative: after a title "Thường trực" belongs to the title; the committee is still a body
    orgs = _orgs("ông Trần Văn Hòa, Phó Bí thư Thường trực Thành ủy, dự họp.")
    assert "Thường trực Thành ủy" not in orgs
    assert "Thành ủy" in orgs


def test_international_organizations_and_parliaments() -> None:
    assert "Tổ chức Y tế Thế giới" in _orgs("Theo Tổ chức Y tế Thế giới (WHO), số ca mắc tăng.")
    assert "Thượng viện Ba Lan" in _orgs("Chủ tịch nước tiếp đoàn Thượng viện Ba Lan tại Hà Nội.")
    assert "Bộ Ngoại giao Cộng hòa Séc" in _orgs("Đại diện Bộ Ngoại giao Cộng hòa Séc cho biết.")
    assert "Đại sứ quán Nhật Bản tại VN" in _orgs("Số tiền được trao cho Đại sứ quán Nhật Bản tại VN.")
    # negative: "Tổ chức" + a meeting is the verb; inside a law's name it is no body
    assert _orgs("Tổ chức Hội nghị tổng kết năm 2024.") == []
    assert not any(o.startswith("Tổ chức") for o in _orgs("Dự thảo Luật Tổ chức Chính quyền địa phương."))


def test_abbreviated_heads_and_acronyms_joined_by_ampersand() -> None:
    assert "NXB Trẻ" in _orgs("Ông Lê Minh, Giám đốc NXB Trẻ, cho biết.")
    assert "ĐH Cần Thơ" in _orgs("Sinh viên ĐH Cần Thơ tham gia.")
    assert "Tổng LĐLĐ Việt Nam" in _orgs("Phó Chủ tịch Tổng LĐLĐ Việt Nam Trần Văn Lâm thăm công nhân.")
    assert "Sở KH&CN" in _orgs("Ông được bổ nhiệm Giám đốc Sở KH&CN.")
    assert "T.Ư Hội Nông dân Việt Nam" in _orgs("Đoàn công tác của T.Ư Hội Nông dân Việt Nam đến thăm.")
    # "Trung ương Đảng" closed in a title is the Central Committee as written (lead's decision, session
    # twelve: a body named inside a title counts); inside "BCH Trung ương Đảng" it is not given alone
    assert "Trung ương Đảng" in _orgs("đồng chí Võ Thị Hà, Ủy viên Trung ương Đảng, phát biểu.")
    assert "Trung ương Đảng" not in _orgs("đồng chí Hà, Ủy viên BCH Trung ương Đảng, phát biểu.")


def test_names_of_people_in_schools_and_unit_numbers() -> None:
    assert "Trường THPT Lê Quý Đôn" in _orgs("Lễ khai giảng tại Trường THPT Lê Quý Đôn, Đà Nẵng.")
    assert "Công ty Cấp nước 2" in _orgs("Công ty Cấp nước 2 đã ngừng cấp nước.")
    assert "Trại giam số 5" not in _orgs("Trại giam số 5")  # no head word, no body
    assert "Trung tâm Y tế số 3" in _orgs("Đoàn tặng quà cho Trung tâm Y tế số 3 (tỉnh Bình Dương).")
    # negative: a person after a body's name ends it; a number of months is no unit number
    assert "UBND tỉnh Hà Giang" in _orgs("Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn chỉ đạo.")
    assert "Đảng bộ Khối" in _orgs("trong Đảng bộ Khối 6 tháng đầu năm")


def test_a_listed_body_with_its_country_province_or_city() -> None:
    assert "Chính phủ VN" in _orgs("Chính phủ VN đã triển khai chương trình.")
    text = "Lễ kỷ niệm ngày truyền thống Bộ đội Biên phòng tỉnh Quảng Trị."
    assert "Bộ đội Biên phòng tỉnh Quảng Trị" in _orgs(text)
    assert "Sở Lao động - Thương binh và Xã hội tỉnh Nam Định" in _orgs(
        "Ông là Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Nam Định."
    )
    assert "Chi cục Thuế Gò Vấp" in _orgs("Tại Chi cục Thuế Gò Vấp - TP.HCM, chúng tôi ghi nhận.")
    # negative: a national body has no provincial branch ("đại biểu Quốc hội tỉnh X" is a deputy)
    assert "Quốc hội tỉnh Bình Phước" not in _orgs("Ông là đại biểu Quốc hội tỉnh Bình Phước.")
    assert "UBND tỉnh Bà Rịa - Vũng Tàu" in _orgs("UBND tỉnh Bà Rịa - Vũng Tàu vừa có văn bản.")


def test_a_comma_ends_the_name_before_a_lowercase_named_body() -> None:
    text = "Theo ông Trần Lân, Hội kiến trúc sư Việt Nam, cầu cần rộng hơn."
    assert "Hội kiến trúc sư Việt Nam" in _orgs(text)
    # negative: a title in lowercase after the head is no body's name
    text = "ông A, Chi cục trưởng Chi cục Thú y tỉnh Nam Định"
    assert not any(o.startswith("Chi cục trưởng") for o in _orgs(text))


def test_gazetteer_helpers() -> None:
    import re

    assert re.fullmatch(ACRONYM, "TT&TT") and re.fullmatch(ACRONYM, "GD-ĐT")
    assert not re.fullmatch(ACRONYM, "ẢNH")
    regex = re.compile(alternation_any_case(["Ban Chấp hành", "Bộ Y tế"]))
    assert regex.fullmatch("Ban chấp hành") and regex.fullmatch("Bộ y tế")
    assert not regex.fullmatch("ban Chấp hành")


def test_a_complete_name_going_on_in_lowercase_to_a_capitalized_tail() -> None:
    assert "Công ty Phát triển nhà ở Bình Minh" not in _orgs(
        "Công ty Phát triển nhà ở Bình Minh"
    )  # "ở": a clause
    text = "Ông là Giám đốc Công ty Cơ khí nông nghiệp Hưng Phát, đơn vị thi công."
    assert "Công ty Cơ khí nông nghiệp Hưng Phát" in _orgs(text)
    text = "Ban Quản lý dự án giao thông Hòa Bình đã bàn giao mặt bằng."
    assert "Ban Quản lý dự án giao thông Hòa Bình" in _orgs(text)
    # negative: a verb phrase after a complete name, and the next body
    assert "Sở Y tế" in _orgs("Sở Y tế công bố Quyết định mới.")
    assert not any("công bố" in o for o in _orgs("Sở Y tế công bố Quyết định mới."))
    assert not any(
        "Sở Xây dựng" in o and o != "Sở Xây dựng" for o in _orgs("UBND tỉnh giao Sở Xây dựng kiểm tra.")
    )


def test_lowercase_runs_closed_by_a_region_or_a_bracketed_acronym() -> None:
    assert "Trường Nghiệp vụ du lịch miền Trung" in _orgs(
        "Học viên Trường Nghiệp vụ du lịch miền Trung nhập học."
    )
    text = "Công ty Tư vấn thiết kế cầu đường (CDC) đã trình phương án."
    assert "Công ty Tư vấn thiết kế cầu đường" in _orgs(text)
    assert "Cảng hàng không miền Nam" not in _orgs("máy bay về Cảng hàng không miền Nam")  # no head word
    assert "Trường Sĩ quan dân tộc miền Tây" in _orgs("Lễ khai giảng của Trường Sĩ quan dân tộc miền Tây.")
    # negative: a level + a region is the provinces of the region, not one body
    assert "UBND tỉnh miền Trung" not in _orgs("Các UBND tỉnh miền Trung đã sơ tán dân.")
    text = "máy bay hạ cánh, Cụm cảng hàng không miền Bắc đã thông báo."
    assert "Cụm cảng hàng không miền Bắc" in _orgs(text)


def test_compounds_parents_and_foreign_owners() -> None:
    text = "Ngày 2/4, Ban Chấp hành Hội Kỹ sư Việt Nam (khóa III) họp."
    assert "Ban Chấp hành Hội Kỹ sư Việt Nam" in _orgs(text)
    text = "Ông Lê An, Trưởng Phòng Tổ chức cán bộ Sở Nội vụ tỉnh Phú Yên, cho biết."
    assert "Sở Nội vụ tỉnh Phú Yên" in _orgs(text)
    assert "Tòa án Tối cao của Canada" in _orgs("Vụ kiện sẽ do Tòa án Tối cao của Canada quyết định.")
    assert "Ủy ban Pháp luật - tư pháp" in _orgs("Ủy ban Pháp luật - tư pháp đã thẩm tra dự án.")
    assert "Hội đồng thẩm định quốc gia" in _orgs("Theo Hội đồng thẩm định quốc gia, hồ sơ đã đủ.")
    # negative: a comparison between two bodies is no body's name
    text = "Ủy ban hợp tác giữa Bộ Công an và Bộ Quốc phòng họp."
    assert not any(o.startswith("Ủy ban hợp tác giữa") for o in _orgs(text))


def test_a_person_after_a_department_is_no_part_of_its_name() -> None:
    text = "ông Lê Văn Tâm, Vụ trưởng Vụ Mầm non Nguyễn Thị Hà cho biết"
    assert "Vụ Mầm non" in _orgs("theo Vụ Mầm non, Bộ GD-ĐT") or "Vụ Mầm non Nguyễn Thị Hà" not in _orgs(text)
    assert "Vụ Mầm non Nguyễn Thị Hà" not in _orgs(text)
    # an acronym head's one-syllable name cut inside a word is no name ("ĐH Bán" + "công")
    assert "ĐH Dân" not in _orgs("sinh viên ĐH Dân lập Văn Lang")
    assert "ĐH Vinh" in _orgs("sinh viên ĐH Vinh, Nghệ An")


def test_companies_named_in_english_and_securities_firms() -> None:
    assert "Kajima Corporation" in _orgs("Nhà thầu Kajima Corporation (Nhật Bản) đã trúng thầu gói số 2.")
    assert "Hanoi Tower Co. Ltd" in _orgs("liên doanh với Hanoi Tower Co. Ltd để xây dựng")
    assert "World Bank" in _orgs("Theo World Bank, tăng trưởng sẽ chậm lại.")
    assert "Chứng khoán SSI" in _orgs("Trong báo cáo mới, Chứng khoán SSI nhận định thị trường.")
    # negative: no legal word, an article before it, a law's name
    assert _orgs("The Group said it would invest.") == []
    assert not any(o.startswith("Chứng khoán") for o in _orgs("Dự thảo Luật Chứng khoán SSI sửa đổi"))


def test_steering_committees_named_by_their_task() -> None:
    text = "Theo báo cáo của Ban chỉ đạo phòng chống thiên tai, mưa lớn còn kéo dài."
    assert "Ban chỉ đạo phòng chống thiên tai" in _orgs(text)
    text = "Quyết định thành lập Ban Chỉ đạo đổi mới chương trình THPT do Bộ trưởng làm trưởng ban."
    assert "Ban Chỉ đạo đổi mới chương trình THPT" in _orgs(text)
    # negative: a clause after the head is no task
    assert _orgs("Ban chỉ đạo đã họp với các tỉnh.") == []
