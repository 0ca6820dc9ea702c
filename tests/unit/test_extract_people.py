"""People and title chains, on real sentences (seed file or VNTC id cited on each case)."""

from __future__ import annotations

import pytest

from transforms.extract.people import extract_people, find_names
from transforms.extract.titles import clean_title, find_titles
from transforms.records import Person


def _people(body: str, captions: tuple[str, ...] = ()) -> dict[str, Person]:
    return {p.name: p for p in extract_people(body, captions)}


def test_titles_after_the_name_stop_before_the_verb() -> None:
    # seed 000
    body = "Đồng chí Nguyễn Văn Thể, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối chủ trì hội nghị."
    person = _people(body)["Nguyễn Văn Thể"]
    assert person.titles == ("Ủy viên Trung ương Đảng", "Bí thư Đảng ủy Khối")
    assert person.roles == ("chủ trì",)
    assert (person.start, person.end) == (9, 23)


def test_title_before_the_name() -> None:
    # seed 003
    body = "Bí thư Đảng ủy Khối Sơn Minh Thắng đề nghị Ban Chấp hành Đảng bộ Khối giao Ban Thường vụ."
    assert _people(body)["Sơn Minh Thắng"].titles == ("Bí thư Đảng ủy Khối",)


def test_chain_before_the_name_with_a_leading_clause_and_role() -> None:
    # seed 004
    body = (
        "Phát biểu kết luận Hội nghị, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối Nguyễn Văn Thể cho biết, "
        "thực hiện các quy định."
    )
    person = _people(body)["Nguyễn Văn Thể"]
    assert person.titles == ("Ủy viên Trung ương Đảng", "Bí thư Đảng ủy Khối")
    assert "phát biểu kết luận" in person.roles


def test_title_shared_by_a_list() -> None:
    # seed 001
    body = (
        "Dự Hội nghị còn có các đồng chí Ủy viên Bộ Chính trị: Phan Đình Trạc, Trưởng Ban Nội chính Trung "
        "ương; "
        "Trần Cẩm Tú, Chủ nhiệm Ủy ban Kiểm tra Trung ương; Trần Thanh Mẫn, Phó Chủ tịch Thường trực Quốc "
        "hội."
    )
    people = _people(body)
    assert people["Phan Đình Trạc"].titles == ("Ủy viên Bộ Chính trị", "Trưởng Ban Nội chính Trung ương")
    assert people["Trần Cẩm Tú"].titles == ("Ủy viên Bộ Chính trị", "Chủ nhiệm Ủy ban Kiểm tra Trung ương")
    assert people["Trần Thanh Mẫn"].titles[-1] == "Phó Chủ tịch Thường trực Quốc hội"


def test_former_positions_keep_nguyen() -> None:
    # seed 001
    body = (
        "Nhân dịp này, đồng chí Tô Huy Rứa, nguyên Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, "
        "nguyên Trưởng Ban Tổ chức Trung ương, vinh dự được trao tặng Huân chương Hồ Chí Minh."
    )
    people = _people(body)
    assert list(people) == ["Tô Huy Rứa"]  # "Hồ Chí Minh" of an award is no person
    assert people["Tô Huy Rứa"].titles == (
        "nguyên Ủy viên Bộ Chính trị",
        "Bí thư Trung ương Đảng",
        "nguyên Trưởng Ban Tổ chức Trung ương",
    )


def test_alias_in_brackets() -> None:
    # seed 004
    body = (
        "đối với đồng chí Trần Thị Hiền, Phó Bí thư Đảng ủy, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương; "
        "đồng chí Đỗ Văn Phới (Đỗ Văn Phớn), Bí thư Đảng ủy, Phó Trưởng ban Dân vận Trung ương."
    )
    people = _people(body)
    assert people["Đỗ Văn Phới"].aliases == ("Đỗ Văn Phớn",)
    assert people["Đỗ Văn Phới"].titles == ("Bí thư Đảng ủy", "Phó Trưởng ban Dân vận Trung ương")
    assert people["Trần Thị Hiền"].titles == (
        "Phó Bí thư Đảng ủy",
        "Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương",
    )


def test_caption_titles_merge_without_offsets() -> None:
    # seed 000: the full chain is only in the caption
    body = "Phát biểu kết luận hội nghị, Bí thư Đảng ủy Khối Nguyễn Văn Thể nhấn mạnh một số nhiệm vụ."
    caption = (
        "Đồng chí Nguyễn Văn Thể, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối phát biểu kết luận hội nghị."
    )
    person = _people(body, (caption,))["Nguyễn Văn Thể"]
    assert set(person.titles) == {"Ủy viên Trung ương Đảng", "Bí thư Đảng ủy Khối"}
    only_caption = _people("Hội nghị thảo luận.", (caption,))["Nguyễn Văn Thể"]
    assert only_caption.start is None and only_caption.end is None


def test_later_mentions_are_counted() -> None:
    # seed 002
    body = (
        "Đồng chí Nguyễn Thị Tuyến, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Thành ủy dự và chỉ đạo "
        "hội nghị.\n\nPhát biểu tại hội nghị, đồng chí Nguyễn Thị Tuyến đánh giá cao công tác chuẩn bị."
    )
    person = _people(body)["Nguyễn Thị Tuyến"]
    assert person.mentions == 2
    assert person.titles == ("Ủy viên Trung ương Đảng", "Phó Bí thư Thường trực Thành ủy")
    assert "dự và chỉ đạo" in person.roles


@pytest.mark.parametrize(
    "body",
    [
        "Đồng chí đề nghị, Đảng ủy Khối và các đảng ủy trực thuộc tiếp tục thực hiện.",  # seed 000
        "Ghi nhận những kết quả, đồng chí Thường trực Ban Bí thư đề nghị Ngành cần tiếp tục.",  # seed 001
        "Trọng tâm công tác là “Năm tăng cường công tác kiểm tra, giám sát”.",  # seed 000
        "quét sạch chủ nghĩa cá nhân theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",  # seed 000
        "Ông Minh cho biết sẽ kiểm tra lại.",  # honorific + given name only
    ],
)
def test_no_person(body: str) -> None:
    assert extract_people(body) == ()


def test_cut_title_belongs_to_the_following_name() -> None:
    # VNTC XH_VNE_T_ (7593)
    body = (
        "Sau ông Nguyễn Minh Hiển, Bộ trưởng Lao động Thương binh Xã hội Nguyễn Thị Hằng và Bộ trưởng "
        "Nông nghiệp sẽ trả lời chất vấn."
    )
    people = _people(body)
    assert people["Nguyễn Minh Hiển"].titles == ()
    assert people["Nguyễn Thị Hằng"].titles == ("Bộ trưởng Lao động Thương binh Xã hội",)


def test_place_before_the_name_is_not_part_of_it() -> None:
    # VNTC XH_VNE_T_ (6691)
    body = (
        "Trao đổi với VnExpress sáng 29/9, Bí thư tỉnh ủy Yên Bái Hà Quyết thông báo 50 người dân đã bị chết."
    )
    assert _people(body)["Hà Quyết"].titles == ("Bí thư tỉnh ủy Yên Bái",)


def test_school_named_after_a_person_is_no_person() -> None:
    # VNTC XH_NLD_T_ (9053)
    body = "Bà DƯƠNG THỊ TRÚC BẠCH, Hiệu trưởng Trường THPT Nguyễn Thị Minh Khai TPHCM: Đổi mới chưa đồng bộ"
    assert "Nguyễn Thị Minh Khai" not in _people(body)


def test_vntc_lowercase_press_style() -> None:
    # VNTC XH_VNE_T_ (4884), XH_VNE_T_ (4197)
    body = (
        "Theo Phó chủ tịch UBND tỉnh Lâm Đồng Trương Văn Thu, Lễ hội sắc hoa Đà Lạt 2004 đã mang lại "
        "doanh thu. "
        "Chánh án Tòa án nhân dân tối cao Nguyễn Văn Hiện cho rằng, thành lập cơ quan chuyên trách."
    )
    people = _people(body)
    assert people["Trương Văn Thu"].titles == ("Phó chủ tịch UBND tỉnh Lâm Đồng",)
    assert people["Nguyễn Văn Hiện"].titles == ("Chánh án Tòa án nhân dân tối cao",)
    assert "Lâm Đồng" not in people


def test_name_candidates_need_a_family_name() -> None:
    names, _ = find_names("Điểm cầu Thái Nguyên. Linh Lan viết. Ông Trần Văn A đến.")
    assert [n.text for n in names] == ["Trần Văn A"]


def test_title_grammar_pieces() -> None:
    # seed 004
    text = "đồng chí Vũ Việt Trang, Bí thư Đảng ủy, Tổng Giám đốc Thông tấn xã Việt Nam."
    assert [t.text for t in find_titles(text)] == ["Bí thư Đảng ủy", "Tổng Giám đốc Thông tấn xã Việt Nam"]
    assert clean_title("Ủy viên") is None
    # VNTC XH_NLD_T_ (9769): a lowercase syllable before a capitalized word continues the name
    text = "Ông Trần Anh Kiệt, Giám đốc Công ty Xăng dầu Tân Nhật Minh cho biết"
    assert _people(text)["Trần Anh Kiệt"].titles == ("Giám đốc Công ty Xăng dầu Tân Nhật Minh",)
    # a word cut in the middle is never kept garbled ("Công ty Xăng"): closed by what the person
    # says, the apposition is the whole title (ex-titles6)
    text = "Ông Trần Anh Kiệt, Giám đốc Công ty Xăng dầu cho biết"
    assert _people(text)["Trần Anh Kiệt"].titles == ("Giám đốc Công ty Xăng dầu",)
    text = "Ông Trần Anh Kiệt, Giám đốc Công ty Xăng dầu đã ký"
    assert _people(text)["Trần Anh Kiệt"].titles == ("Giám đốc Công ty",)
    # closed by a comma, the apposition is the whole title (issue 9: lowercase words in bodies)
    text = "Ông Trần Anh Kiệt, Giám đốc Công ty Xăng dầu Tân Nhật Minh, cho biết"
    assert _people(text)["Trần Anh Kiệt"].titles == ("Giám đốc Công ty Xăng dầu Tân Nhật Minh",)


def test_chain_running_into_the_next_name_belongs_to_it() -> None:
    # VNTC XH_VNE_T_ (1539): "A, T1, T2, T3 B" with A titled before; "T.Ư" is inside the sentence
    body = (
        "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư T.Ư Đảng Phan Diễn, Ủy viên Bộ Chính trị, "
        "Bí thư T.Ư Đảng, Trưởng ban Tư tưởng - Văn hóa T.Ư Nguyễn Khoa Điềm cùng nhiều"
    )
    people = _people(body)
    assert people["Phan Diễn"].titles == ("Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư T.Ư Đảng")
    assert people["Nguyễn Khoa Điềm"].titles == (
        "Ủy viên Bộ Chính trị",
        "Bí thư T.Ư Đảng",
        "Trưởng ban Tư tưởng - Văn hóa T.Ư",
    )


def test_a_common_middle_family_name_does_not_restart_the_name() -> None:
    # VNTC XH_VNE_T_ (4799); XH_VNE_T_ (4665) a head is never trimmed away
    assert "Đỗ Hoàng Việt" in _people("Ông Đỗ Hoàng Việt, Phó chủ tịch UBND tỉnh Long An cho rằng")
    assert [t.text for t in find_titles("chị Nguyễn Lan Hương, Bí thư thành đoàn, chương trình")] == [
        "Bí thư"
    ]
