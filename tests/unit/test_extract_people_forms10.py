"""Person-title forms tuned on rounds 9 and 10 (rulespt), on made-up sentences in the shapes of real ones.

Each form has a positive case and, where the form can overreach, a negative one.
"""

from __future__ import annotations

from transforms.extract.people import extract_people


def _titles(body: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_people(body)}


# --- a department, council or forum named in lowercase in a closed apposition --------------------


def test_a_departments_lowercase_name_closed_by_a_comma_is_its_title() -> None:
    titles = _titles(
        "Ông Nguyễn Ngọc Long, Cục trưởng Cục Giám định và Quản lý chất lượng công trình giao thông, "
        "thay mặt Bộ trưởng vào làm việc."
    )
    assert titles["Nguyễn Ngọc Long"] == (
        "Cục trưởng Cục Giám định và Quản lý chất lượng công trình giao thông",
    )
    titles = _titles("Theo ông Phạm Văn Thịnh, Giám đốc Phòng cảnh sát giao thông TP HCM, cho biết thêm.")
    assert titles["Phạm Văn Thịnh"] == ("Giám đốc Phòng cảnh sát giao thông TP HCM",)


def test_a_verb_of_speech_still_ends_a_councils_title() -> None:
    titles = _titles("Ông Lê Minh Nhựt, Phó chủ tịch Hội đồng bầu cử thành phố nhắc nhở các phường, xã.")
    assert titles["Lê Minh Nhựt"] == ("Phó chủ tịch Hội đồng",)


# --- "nông thôn" before a name is the ministry's field, no hamlet ----------------------------------


def test_a_two_word_name_after_the_countryside_field_is_a_person() -> None:
    titles = _titles(
        "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Hoàng Trung, cùng ông Nguyễn Ngọc Hè dự hội nghị."
    )
    assert titles["Hoàng Trung"] == ("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn",)


def test_a_hamlet_is_still_no_person() -> None:
    assert "Hoàng Trung" not in _titles("Ông Lê Văn Tám ở thôn Hoàng Trung, xã Tân Lập cho biết.")


# --- a title before a name, run on over a field joined by a dash and written in lowercase --------


def test_a_dashed_lowercase_field_before_a_name_is_in_the_title() -> None:
    titles = _titles("Bộ trưởng Bộ Tài nguyên - môi trường Mai Ái Trực cho biết việc sửa đổi.")
    assert titles["Mai Ái Trực"] == ("Bộ trưởng Bộ Tài nguyên - môi trường",)
    titles = _titles("Cục trưởng Cục Quản lý dược Cao Minh Quang cũng ký quyết định.")
    assert titles["Cao Minh Quang"] == ("Cục trưởng Cục Quản lý dược",)


def test_a_dash_then_a_verb_is_no_field() -> None:
    titles = _titles("Bộ trưởng Bộ Tài chính - làm việc với Nguyễn Văn Bình hôm qua.")
    assert titles.get("Nguyễn Văn Bình", ()) == ()


# --- "Trưởng Đoàn Đại biểu": the delegation, not a person "Đoàn Đại" cutting the chain ---------------


def test_the_head_of_a_delegation_ends_a_listed_chain() -> None:
    titles = _titles(
        "Dự có các đồng chí: Nguyễn Mạnh Hiển, Bí thư Tỉnh ủy; Nguyễn Dương Thái, Phó Bí thư Tỉnh ủy, "
        "Chủ tịch UBND tỉnh, Trưởng Đoàn Đại biểu Quốc hội tỉnh; Triệu Thế Hùng, Phó Bí thư Tỉnh ủy dự."
    )
    assert titles["Nguyễn Dương Thái"] == (
        "Phó Bí thư Tỉnh ủy",
        "Chủ tịch UBND tỉnh",
        "Trưởng Đoàn Đại biểu Quốc hội tỉnh",
    )


def test_a_minister_named_doan_is_still_a_person() -> None:
    assert _titles("Bộ trưởng Đoàn Mạnh Giao phát biểu.") == {"Đoàn Mạnh Giao": ("Bộ trưởng",)}


# --- a bare lowercase head right before a name ------------------------------------------------------


def test_a_bare_lowercase_head_before_a_name_is_its_office() -> None:
    titles = _titles("Ông Đào Đình Bình và thứ trưởng Nguyễn Việt Tiến còn đang đổ lỗi cho nhau.")
    assert titles["Nguyễn Việt Tiến"] == ("thứ trưởng",)
    titles = _titles("Đoàn kiểm tra do phó chánh thanh tra Trần Ngọc Nga làm trưởng đoàn.")
    assert titles["Trần Ngọc Nga"] == ("phó chánh thanh tra",)
    titles = _titles("Tiếp phóng viên tại nhà riêng, nguyên thủ tướng Võ Văn Kiệt đã dành trọn buổi chiều.")
    assert titles["Võ Văn Kiệt"] == ("nguyên thủ tướng",)


def test_a_weak_or_capitalized_heads_lowercase_end_is_no_bare_office() -> None:
    # "bí thư" alone is a weak head; "trưởng khoa" after "Bác sĩ" is the end of a capitalized phrase
    assert _titles("Hôm qua bí thư Nguyễn Văn Hai về thăm xã.").get("Nguyễn Văn Hai", ()) == ()
    assert _titles("Bác sĩ trưởng khoa Nguyễn Trọng Ân cho biết.").get("Nguyễn Trọng Ân", ()) == ()


# --- a foreign name swallowed by the tail of a title whose body is named in Vietnamese --------------


def test_a_foreign_name_at_the_end_of_a_titles_tail_is_a_person() -> None:
    titles = _titles("Thủ tướng gặp Chủ tịch Thượng viện Canada Dan Hays, Chủ tịch Hạ viện Peter Milliken.")
    assert titles["Peter Milliken"] == ("Chủ tịch Hạ viện",)
    assert titles["Dan Hays"] == ("Chủ tịch Thượng viện Canada",)


def test_a_businesss_foreign_name_is_no_person() -> None:
    assert _titles("Giám đốc nhân sự Khách sạn Park Hyatt hướng dẫn sinh viên.") == {}
    assert _titles("Phó Chủ tịch Hội đồng quản trị Công ty Vietsoft Vision nói.") == {}


# --- an office given by a verb is the subject's, even when the next name's title follows it ---------


def test_an_office_given_by_a_verb_stays_with_its_subject() -> None:
    titles = _titles(
        "Ông Nguyễn Văn A được bầu làm Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh Trần Văn B nói."
    )
    assert titles == {"Nguyễn Văn A": ("Chủ tịch UBND tỉnh",), "Trần Văn B": ("Phó Chủ tịch UBND tỉnh",)}


def test_an_appositive_chain_running_into_the_next_name_is_still_that_names() -> None:
    titles = _titles("Thay mặt ông Lê Văn C, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Văn D phát biểu.")
    assert titles["Trần Văn D"] == ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")


# --- family names of the 2006 press that the list lacked ----------------------------------------


def test_the_family_name_banh_opens_a_name() -> None:
    titles = _titles("Thứ trưởng Bộ GDĐT Bành Tiến Long cho biết, Bộ sẽ xây dựng chương trình mới.")
    assert titles == {"Bành Tiến Long": ("Thứ trưởng Bộ GDĐT",)}


# --- a lowercase unit head after a name keeps its unit's lowercase name -----------------------------


def test_a_lowercase_unit_head_after_a_name_is_not_cut_to_a_weak_head() -> None:
    titles = _titles("Tặng bằng khen cho BS Nguyễn Văn Quang (trưởng khoa chi dưới) thuộc bệnh viện.")
    assert titles["Nguyễn Văn Quang"] == ("trưởng khoa chi dưới",)
    titles = _titles("Ông Trần Văn Hây, trưởng ban tư pháp xã Thới Sơn, cho biết.")
    assert titles["Trần Văn Hây"] == ("trưởng ban tư pháp xã Thới Sơn",)


# --- an aside in brackets closes an apposition ------------------------------------------------------


def test_an_aside_in_brackets_closes_the_apposition() -> None:
    titles = _titles(
        "Theo giáo sư Lê Thế Trung, Chủ tịch Hội đồng ghép tạng (Bệnh viện quân y 103), bệnh nhân cần thuốc."
    )
    assert titles["Lê Thế Trung"] == ("Chủ tịch Hội đồng ghép tạng",)
    titles = _titles("Ông Vũ Mạnh Cường, Trưởng phòng Quản lý nhà (Cục quản lý nhà, Bộ Xây dựng) cho biết.")
    assert titles["Vũ Mạnh Cường"] == ("Trưởng phòng Quản lý nhà",)


def test_a_verb_before_the_bracket_still_ends_the_title() -> None:
    titles = _titles("Ông Lê Văn Năm, Giám đốc Trung tâm cho biết thêm (theo báo cáo), việc đã xong.")
    assert titles["Lê Văn Năm"] == ("Giám đốc Trung tâm",)


# --- a verb of speech or leading closes an apposition -----------------------------------------------


def test_a_verb_of_speech_or_leading_closes_the_apposition() -> None:
    titles = _titles(
        "Văn bản do ông Phạm Quốc Trường, Giám đốc Sở Giao thông công chính Hà Nội yêu cầu Ban báo cáo."
    )
    assert titles["Phạm Quốc Trường"] == ("Giám đốc Sở Giao thông công chính Hà Nội",)
    titles = _titles(
        "Đoàn do nghị sĩ Jimi Shozaburo - Phó Chủ tịch Diễn đàn hành động vì môi trường thế giới dẫn đầu."
    )
    assert titles["Jimi Shozaburo"] == ("Phó Chủ tịch Diễn đàn hành động vì môi trường thế giới",)


# --- a delegation's constituency is in its title ------------------------------------------------------


def test_a_delegations_constituency_is_in_its_title() -> None:
    titles = _titles(
        "Đồng chí Nguyễn Văn Danh, Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội đơn vị tỉnh Tiền Giang dự."
    )
    assert titles["Nguyễn Văn Danh"] == (
        "Bí thư Tỉnh ủy",
        "Trưởng Đoàn Đại biểu Quốc hội đơn vị tỉnh Tiền Giang",
    )
