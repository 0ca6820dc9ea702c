"""Bodies of the 2026-12-02 evening session (issue 9), on sentence shapes seen on VNTC (made-up names)."""

from __future__ import annotations

from transforms.extract.organizations import extract_organizations


def _names(body: str) -> list[str]:
    return [o.name for o in extract_organizations(body)]


def test_body_in_lowercase_closed_by_its_officers_name() -> None:
    names = _names("Chiều nay, Phó Ban chỉ đạo Quốc gia phòng chống dịch cúm gà Lê Văn Bình cho biết.")
    assert "Ban chỉ đạo Quốc gia phòng chống dịch cúm gà" in names, names
    names = _names("Phó chủ nhiệm Ủy ban Kinh tế - ngân sách Trần Thị Hoa nhận xét như vậy.")
    assert "Ủy ban Kinh tế - ngân sách" in names and "Ủy ban Kinh tế" not in names, names
    names = _names("Trưởng Ban chỉ đạo Xóa đói giảm nghèo và việc làm thành phố Nguyễn Văn Tâm phân tích.")
    assert "Ban chỉ đạo Xóa đói giảm nghèo và việc làm thành phố" in names, names


def test_officer_closing_no_body_across_a_title_or_a_school() -> None:
    names = _names("Ủy viên Bộ Chính trị - Trưởng ban Kinh tế T.Ư Trần Văn Sơn phát biểu.")
    assert not any(n.startswith("Bộ Chính trị -") for n in names), names
    names = _names("Trưởng Phòng Đào tạo Trường ĐH Bán công Tôn Đức Thắng trả lời.")
    assert "Phòng Đào tạo Trường ĐH Bán công" not in names, names
    names = _names("Cục trưởng Phòng chống tệ nạn xã hội Lê Văn Nam khẳng định.")
    assert "Phòng chống tệ nạn xã hội" not in names, names


def test_environment_is_no_school_before_a_name() -> None:
    # "môi trường" + a person: not "Trường" + its namesake
    names = _names("Bộ trưởng Bộ Tài nguyên - môi trường Mai Văn Trực cho biết thêm.")
    assert "Bộ Tài nguyên - môi trường" in names, names
    assert not any("Trực" in n for n in names), names
    names = _names("cảnh cáo ba cán bộ Phòng Tài nguyên - môi trường Huỳnh Văn Khải, Huỳnh Văn Hoàng.")
    assert "Phòng Tài nguyên - môi trường" in names, names


def test_body_in_lowercase_closed_by_a_comma_after_its_officer() -> None:
    names = _names(
        "Bác sĩ Đỗ Văn Ngọc, Giám đốc Trung tâm truyền thông giáo dục sức khỏe, Sở Y tế TP HCM, cho biết."
    )
    assert "Trung tâm truyền thông giáo dục sức khỏe" in names, names
    names = _names(
        "Ông Lê Văn Vạn, Cục phó Cục Địa chất và khoáng sản, Bộ Tài nguyên Môi trường: Phải bảo vệ."
    )
    assert "Cục Địa chất và khoáng sản" in names and "Cục Địa chất" not in names, names
    # not across a predicate, a person after "và", the next body after a dash
    names = _names("Ông Đỗ Văn Hoàng, Chủ tịch Hiệp hội Du lịch Việt Nam cam kết, sẽ đẩy mạnh thông tin.")
    assert not any(n.endswith("cam kết") for n in names), names
    names = _names("Bà Võ Thị Thắng, Cục trưởng Cục Du lịch Việt Nam và ngài Bandara, Bộ trưởng Công nghiệp.")
    assert not any("ngài" in n for n in names), names
    names = _names("ông Phan Văn Thắng, Cục trưởng Cục Đầu tư nước ngoài - Bộ KH-ĐT, cũng cho biết.")
    assert "Cục Đầu tư nước ngoài - Bộ KH-ĐT" not in names, names


def test_capitalized_environment_is_no_school_either() -> None:
    names = _names("Thứ trưởng Bộ Tài nguyên Môi trường Đặng Văn Võ cho biết.")
    assert "Bộ Tài nguyên Môi trường" in names and not any("Võ" in n for n in names), names


def test_brands_in_ascii_after_a_lowercase_kind_word() -> None:
    names = _names("Ông gửi thư tới những người đứng đầu các công ty hóa chất Acmetro và Dow Chemicals. Hết.")
    assert "Acmetro" in names and "Dow Chemicals" in names, names
    names = _names("Bệnh viện mua thuốc của hãng Roche, còn công ty Mai Linh thì không.")
    assert "Roche" in names and "Mai Linh" not in names, names


def test_no_brand_for_a_place_or_an_english_name_going_on() -> None:
    names = _names(
        "Đại diện một công ty du lịch Singapore nói. Ông A, nhân viên công ty du lịch Green travel, nói."
    )
    assert "Singapore" not in names and "Green" not in names, names


def test_brands_after_a_business_officers_title() -> None:
    names = _names(
        "Ông Nguyễn Văn Kỳ, Tổng Giám đốc Vietravel cho biết. Theo Phó Chủ tịch HĐQT Vitic Hồ Văn Tân, ..."
    )
    assert "Vietravel" in names and "Vitic" in names, names
    names = _names("Ông A gặp Quốc vương Sihamoni. Bà Lê Thị Yến, giám đốc Marketing, sẽ trao đổi.")
    assert "Sihamoni" not in names and "Marketing" not in names, names


def test_dash_field_in_sentence_case_is_not_cut_before_a_verb() -> None:
    names = _names("Đề nghị Bộ Tài nguyên - Môi trường xúc tiến nhanh việc thăm dò địa chất tại đây.")
    assert "Bộ Tài nguyên - Môi trường" in names and "Bộ Tài nguyên" not in names, names
